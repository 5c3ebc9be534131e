"""Posted invoices and credit notes: the list, one invoice's lines, and crediting (D12).

A posted invoice never changes; it is corrected by a credit note that references it and
credits whole lines (all of them, or the ones chosen). Each credited line is credited at
the amount currently billed for its items (after any regulation, D14), once only.

Whether a credited item may be billed again is the credit note's choice (``rebill``):
by default the items stay in the ledger marked "credited" and no run bills them again (a
course that should not have been billed); with ``rebill=True`` the ledger rows are removed
and the next run bills the items afresh, marked "earlier period" (e.g. a wrong unit or
type, corrected in the course first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing import lifecycle
from app.billing.lines import shares
from app.domain import clock
from app.domain.identifiers import mask_cpr
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import BilledItem, HospitalUnit, Invoice, InvoiceLine, TariffItem, TariffVersion
from app.services.invoices.documents import Renderer
from app.services.invoices.post import (
    PostedInvoice,
    default_renderer,
    lock_sequence,
    new_invoice,
    post_in_session,
    summary,
)
from app.services.invoices.where import require_posting_here
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import get_by_uuid
from app.workflows import INVOICE


@dataclass(frozen=True)
class InvoiceRow:
    """One posted invoice or credit note, for the list."""

    uuid: str
    number: str
    kind: str
    state: str
    unit_code: str
    unit_name: str
    period: dt.date
    issue_date: dt.date
    total_region: Decimal
    total_tariff: Decimal
    lines: int
    credited_lines: int
    refs: tuple[str, ...]
    regulation: bool
    reason: str


@dataclass(frozen=True)
class LineView:
    """One line of a posted invoice, for choosing what to credit (CPR masked, D40)."""

    line_no: int
    cpr_masked: str
    citizen_name: str
    department: str
    description: str
    first_date: dt.date
    last_date: dt.date
    region_share: Decimal
    credited: bool


def invoice_lines(ctx: Context, invoice_uuid: str) -> list[LineView]:
    """The lines of a posted invoice or credit note, each marked when a credit note has
    credited it already."""
    require(ctx, "invoices.read")
    with ctx.store.read() as session:
        invoice = get_by_uuid(session, Invoice, invoice_uuid, "invoice")
        lines = session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id).order_by(InvoiceLine.line_no)).all()  # fmt: skip
        ids = [x.id for x in lines]
        done = set(session.scalars(select(InvoiceLine.credits_line_id).where(InvoiceLine.credits_line_id.in_(ids))))  # fmt: skip
        return [
            LineView(
                x.line_no,
                mask_cpr(x.cpr),
                x.citizen_name,
                x.department,
                x.description,
                x.first_date,
                x.last_date,
                x.region_share,
                x.id in done,
            )
            for x in lines
        ]


def list_invoices(ctx: Context, month: dt.date | None = None) -> list[InvoiceRow]:
    """Posted invoices and credit notes, newest first (of one period when given)."""
    require(ctx, "invoices.read")
    credited = (
        select(func.count())
        .select_from(InvoiceLine)
        .where(InvoiceLine.invoice_id == Invoice.id, InvoiceLine.id.in_(
            select(InvoiceLine.credits_line_id).where(InvoiceLine.credits_line_id.is_not(None))))
        .scalar_subquery()
    )  # fmt: skip
    count = select(func.count()).where(InvoiceLine.invoice_id == Invoice.id).scalar_subquery()
    q = (
        select(Invoice, HospitalUnit.code, HospitalUnit.name, count, credited)
        .join(HospitalUnit, HospitalUnit.id == Invoice.unit_id)
        .where(Invoice.state != lifecycle.DRAFT)
        .order_by(Invoice.issue_date.desc(), Invoice.number.desc())
    )
    if month is not None:
        q = q.where(Invoice.period == month.replace(day=1))
    with ctx.store.read() as session:
        return [
            InvoiceRow(i.uuid, i.number or "", i.kind, i.state, code, name, i.period,
                       i.issue_date or i.period, i.total_region, i.total_tariff, n, c,
                       tuple(i.refs), i.regulation, i.reason)
            for i, code, name, n, c in session.execute(q)
        ]  # fmt: skip


def credit_refusals(kind: str, state: str, regulation: bool) -> list[Problem]:
    """Why an invoice of this kind, state and regulation cannot be credited (nothing: it
    can; the posted page asks before it offers "Credit note…"). D12: the state as the
    declaration allows (app/workflows.py, only a posted invoice), then a credit note is not
    credited again and a regulation invoice is corrected by the next regulation run."""
    found = INVOICE.check("credit", state)
    if not found and kind != "invoice":
        found.append(problem("invoice", "invoice.credit_note_credit"))
    elif not found and regulation:
        found.append(problem("invoice", "invoice.regulation_credit"))
    return found


def _problems(invoice: Invoice, reason: str) -> list[Problem]:
    found = []
    if not reason.strip():
        found.append(problem("reason", "invoice.reason"))
    return found + credit_refusals(invoice.kind, invoice.state, invoice.regulation)


def _chosen(
    session: Session, invoice: Invoice, line_nos: Sequence[int] | None, found: list[Problem]
) -> list[InvoiceLine]:
    lines = list(session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id).order_by(InvoiceLine.line_no)))  # fmt: skip
    ids = [x.id for x in lines]
    done = set(session.scalars(select(InvoiceLine.credits_line_id).where(InvoiceLine.credits_line_id.in_(ids))))  # fmt: skip
    if line_nos is None:
        chosen = [x for x in lines if x.id not in done]
        if not chosen and not found:
            found.append(problem("lines", "invoice.all_credited", number=invoice.number))  # fmt: skip
        return chosen
    if not line_nos:
        found.append(problem("lines", "invoice.no_lines", number=invoice.number))  # fmt: skip
    unknown = sorted(set(line_nos) - {x.line_no for x in lines})
    if unknown:
        found.append(problem("lines", "invoice.no_line", number=invoice.number, lines=", ".join(map(str, unknown))))  # fmt: skip
    chosen = [x for x in lines if x.line_no in set(line_nos)]
    again = [str(x.line_no) for x in chosen if x.id in done]
    if again:
        found.append(problem("lines", "invoice.already_credited", lines=", ".join(again), number=invoice.number))  # fmt: skip
    return chosen


def _credit_rows(
    session: Session, note: Invoice, number: str, originals: Sequence[InvoiceLine]
) -> list[InvoiceLine]:
    """Per credited line, the amounts billed now for its items (grouped by tariff/amount)."""
    items = session.scalars(select(BilledItem).where(BilledItem.line_id.in_([o.id for o in originals]))).all()  # fmt: skip
    groups: dict[tuple[int, int, Decimal, Decimal], int] = {}
    for i in items:
        assert i.line_id is not None  # selected by it
        key = (i.line_id, i.tariff_item_id, i.unit_amount, i.region_percent)
        groups[key] = groups.get(key, 0) + 1
    tariffs = {t.id: (t, v.label) for t, v in session.execute(select(TariffItem, TariffVersion).join(TariffVersion))}  # fmt: skip
    rows: list[InvoiceLine] = []
    for o in originals:
        for (_, tariff_id, amount, percent), quantity in sorted((k, n) for k, n in groups.items() if k[0] == o.id):  # fmt: skip
            tariff, label = tariffs[tariff_id]
            total = amount * quantity
            region, rest = shares(total, percent)
            rows.append(InvoiceLine(
                invoice_id=note.id, line_no=len(rows) + 1, course_id=o.course_id, kind=o.kind,
                first_date=o.first_date, last_date=o.last_date, cpr=o.cpr,
                citizen_name=o.citizen_name, department=o.department, course_type=o.course_type,
                tariff_item_id=tariff_id, tariff_code=tariff.code, description=tariff.description,
                version_label=label, course_start=o.course_start, course_end=o.course_end,
                days=o.days, unit=o.unit, quantity=quantity, unit_amount=amount,
                tariff_amount=total, region_share=region, municipality_share=rest,
                region_percent=percent, earlier_period=o.earlier_period,
                note=f"Kreditering af faktura {number} linje {o.line_no}", credits_line_id=o.id,
            ))  # fmt: skip
    return rows


def credit_invoice(
    ctx: Context,
    invoice_uuid: str,
    *,
    reason: str,
    line_nos: Sequence[int] | None = None,
    rebill: bool = False,
    renderer: Renderer | None = None,
) -> Done[PostedInvoice]:
    """A credit note for the whole invoice or the lines chosen (see the module docstring)."""
    require(ctx, "invoices.post")
    require_posting_here(ctx)  # the server credits (issue #15)
    render = renderer or default_renderer(ctx)
    with ctx.store.session() as session:
        sequence = lock_sequence(session, clock.today().year)
        invoice = get_by_uuid(session, Invoice, invoice_uuid, "invoice")
        found = _problems(invoice, reason)
        chosen = _chosen(session, invoice, line_nos, found)
        if found:
            raise InvalidInput(found)
        unit = session.get(HospitalUnit, invoice.unit_id)
        assert unit is not None and invoice.number
        note = new_invoice(session, ctx, "credit_note", unit, clock.today().replace(day=1),
                           refs=[invoice.number], reason=reason.strip(), rebill=rebill)  # fmt: skip
        rows = _credit_rows(session, note, invoice.number, chosen)
        session.add_all(rows)
        session.flush()
        _release(session, [o.id for o in chosen], rebill)
        post_in_session(session, ctx, note, rows, sequence, render)
        posted = summary(note, unit, len(rows))
    return Done(posted, Changes.of("invoice", posted.uuid, invoice_uuid))


def _release(session: Session, line_ids: list[int], rebill: bool) -> None:
    """D12: the credited items are kept as credited, or freed for the next run."""
    items = session.scalars(select(BilledItem).where(BilledItem.line_id.in_(line_ids)))
    for item in list(items):  # one by one, so the sync's journal sees each (issue #15)
        if rebill:
            session.delete(item)
        else:
            item.credited = True
    session.flush()
