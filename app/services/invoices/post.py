"""Posting a month's run: draft → posted (STYLE §3; D9–D13, D41).

One transaction does it all or nothing: it locks the year's sequence row (SELECT … FOR
UPDATE; on SQLite the first statement is a write, which takes the database's write lock),
recomputes the run — so a concurrent posting of the same month finds the items already
billed — writes one invoice per hospital unit with its lines and its billed items (the
UNIQUE item key refuses a second billing, D12), gives each invoice the next gapless number
"YYYY-NNNN", makes the signed PDF and the OIOUBL XML from the stored content and stores
them with their SHA-256. Any refusal leaves nothing written and no number used. The post
entry of the audit chain holds the SHA-256 of the invoice's header, totals, lines and
documents (app/services/invoices/integrity.py, issue #13), so ``audit verify`` names an
invoice changed afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.billing import lifecycle
from app.billing.lines import DraftLine, shares, totals
from app.domain import clock
from app.domain.problems import problem
from app.errors import InvalidInput
from app.models import (
    BilledItem,
    HospitalUnit,
    Invoice,
    InvoiceLine,
    InvoiceSequence,
    Municipality,
    StoreSetting,
)
from app.models.base import new_uuid
from app.services.invoices import integrity, numbering
from app.services.invoices.documents import (
    Renderer,
    SignedRenderer,
    document_of,
    seller_of,
    store_files,
)
from app.services.invoices.integrity import ENTITY
from app.services.invoices.runs import UnitDraft, compute, parse_month
from app.services.invoices.where import require_posting_here
from app.services.kernel import audit
from app.services.kernel.batch import batch
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

Progress = Callable[[int, int], None]
LINES, LEDGER = cast(Table, InvoiceLine.__table__), cast(Table, BilledItem.__table__)


@dataclass(frozen=True)
class PostedInvoice:
    uuid: str
    number: str
    kind: str  # invoice | credit_note
    state: str
    unit_code: str
    unit_name: str
    period: dt.date
    issue_date: dt.date
    total_tariff: Decimal
    total_region: Decimal
    total_municipality: Decimal
    lines: int
    refs: tuple[str, ...] = ()
    regulation: bool = False


def summary(invoice: Invoice, unit: HospitalUnit, lines: int) -> PostedInvoice:
    assert invoice.number and invoice.issue_date
    return PostedInvoice(invoice.uuid, invoice.number, invoice.kind, invoice.state, unit.code,
                         unit.name, invoice.period, invoice.issue_date, invoice.total_tariff,
                         invoice.total_region, invoice.total_municipality, lines,
                         tuple(invoice.refs), invoice.regulation)  # fmt: skip


def refuse(field: str, code: str, **params: object) -> InvalidInput:
    return InvalidInput([problem(field, code, **params)])


def default_renderer(ctx: Context, passphrase: str | None = None) -> Renderer:
    """The product's renderer: loads the signer before anything is written (a missing or
    expired certificate refuses posting with nothing written; demo stores sign with the
    fictitious test certificate). ``passphrase``: the organisation certificate's, typed or
    from the environment when no keyring holds it (issue #16; see
    ``certificates.passphrase_needed``)."""
    with ctx.store.read() as session:
        demo = bool((s := session.get(StoreSetting, "demo")) and s.value)
        name = session.scalars(select(Municipality.name)).first() or ""
    return SignedRenderer(demo, name, clock.now_utc(), passphrase)


def lock_sequence(session: Session, year: int) -> InvoiceSequence:
    """The year's sequence row, locked until the transaction ends (gapless numbers); the
    year's last number is kept outside the store file when the transaction commits, so a
    restore never issues a number twice (D44)."""
    touch = update(InvoiceSequence).where(InvoiceSequence.year == year)
    session.execute(
        touch.values(last_number=InvoiceSequence.last_number).execution_options(
            synchronize_session=False
        )
    )
    query = select(InvoiceSequence).where(InvoiceSequence.year == year).with_for_update()
    row = session.scalars(query).one_or_none()
    if row is None:
        try:
            with session.begin_nested():
                session.add(InvoiceSequence(year=year, last_number=0))
        except IntegrityError:
            pass  # another posting made the row meanwhile; lock theirs
        row = session.scalars(query.execution_options(populate_existing=True)).one()
    numbering.watch(session, row)  # D44: the mark outside the store file, raised at commit
    return row


def new_invoice(
    session: Session, ctx: Context, kind: str, unit: HospitalUnit, period: dt.date, **fields: object
) -> Invoice:
    municipality = session.scalars(select(Municipality)).one()
    demo = session.get(StoreSetting, "demo")
    values: dict[str, object] = {"refs": [], "reason": "", "regulation": False, "rebill": False}
    values.update(fields)
    invoice = Invoice(
        kind=kind, state=lifecycle.DRAFT, unit_id=unit.id, period=period,
        seller=seller_of(municipality), buyer={"name": unit.name, "ean": unit.ean, "code": unit.code},
        region_percent=Decimal("70"), demo=bool(demo and demo.value), **values,
    )  # fmt: skip
    audit.insert(session, ctx, invoice, ENTITY, after={"kind": kind, "unit": unit.code,
                                                        "period": period.isoformat()})  # fmt: skip
    return invoice


def post_in_session(
    session: Session,
    ctx: Context,
    invoice: Invoice,
    rows: Sequence[Any],  # InvoiceLine or its stored values (same attributes)
    sequence: InvoiceSequence,
    render: Renderer,
) -> None:
    """draft → posted: totals (D41), the next number, the stored documents, the audit entry."""
    lifecycle.check_transition(invoice.number or "", invoice.state, lifecycle.POSTED)
    t = totals(rows)
    today = clock.today()
    payment_days = session.scalars(select(Municipality.payment_days)).first() or 30
    sequence.last_number += 1
    invoice.number = lifecycle.format_number(sequence.year, sequence.last_number)
    invoice.total_tariff, invoice.total_region, invoice.total_municipality = t.tariff, t.region, t.municipality  # fmt: skip
    invoice.region_percent = rows[0].region_percent if rows else Decimal("70")
    invoice.issue_date, invoice.due_date = today, today + dt.timedelta(days=payment_days)
    invoice.state, invoice.posted_at = lifecycle.POSTED, clock.now_utc()
    audit.stamp_change(invoice, ctx)
    session.flush()
    refs = list(invoice.refs)
    dates = dict(session.execute(select(Invoice.number, Invoice.issue_date).where(Invoice.number.in_(refs))).all())  # fmt: skip
    document = document_of(invoice, list(rows), tuple(d for n in refs if (d := dates.get(n))))
    stored = store_files(session, invoice, render(document))
    session.flush()
    audit.write(session, ctx, integrity.POST, ENTITY, invoice.uuid, after={
        "number": invoice.number, "kind": invoice.kind, "lines": len(rows),
        "total_region": str(invoice.total_region), "refs": refs,
        "sha256": integrity.digests(session, invoice.id, stored)})  # fmt: skip


def line_values(invoice: Invoice, line_no: int, draft: DraftLine) -> dict[str, Any]:
    """The stored line: a snapshot of citizen, course and tariff (D9, D10, D11)."""
    c, t = draft.course, draft.tariff
    assert c.start is not None
    region, rest = shares(draft.tariff_amount, t.region_percent)
    return dict(
        invoice_id=invoice.id, line_no=line_no, course_id=c.id, kind=draft.kind,
        first_date=draft.first_date, last_date=draft.last_date, cpr=c.cpr,
        citizen_name=c.citizen_name, department=c.department, course_type=draft.course_type,
        tariff_item_id=t.id, tariff_code=t.code, description=t.description,
        version_label=t.version_label, course_start=c.start, course_end=c.end, days=draft.days,
        unit=t.unit, quantity=draft.quantity, unit_amount=t.amount,
        tariff_amount=draft.tariff_amount, region_share=region, municipality_share=rest,
        region_percent=t.region_percent, earlier_period=draft.earlier_period, note="",
        credits_line_id=None, regulates_line_id=None,
    )  # fmt: skip


def _write_lines(session: Session, invoice: Invoice, unit: UnitDraft) -> list[SimpleNamespace]:
    """Lines and their ledger rows in two set-based INSERTs (5,000 lines in well under a
    second); the UNIQUE item key refuses an item billed meanwhile (D12)."""
    values = [line_values(invoice, n, line) for n, line in enumerate(unit.lines, start=1)]
    # Plain executemany (no RETURNING): the drivers send it in one batch/pipeline; the ids
    # are then read back by line number. Into the tables themselves: the ORM's bulk insert
    # would only walk every row through the mapper (a third of the posting's database time)
    # for rows that no session object stands for.
    session.execute(insert(LINES), values)
    by_no = dict(
        session.execute(
            select(InvoiceLine.line_no, InvoiceLine.id).where(InvoiceLine.invoice_id == invoice.id)
        ).all()
    )
    ids = [by_no[v["line_no"]] for v in values]
    ledger = [
        {"item_key": i.key, "course_id": i.course_id, "kind": i.kind, "item_date": i.date,
         "unit_id": unit.unit_id, "line_id": line_id, "tariff_item_id": i.tariff.id,
         "unit_amount": i.tariff.amount, "region_percent": i.tariff.region_percent,
         "credited": False, "uuid": new_uuid(), "version": 1}  # the uuid: it travels (#15)
        for draft, line_id in zip(unit.lines, ids, strict=True) for i in draft.items
    ]  # fmt: skip
    try:
        with session.begin_nested():
            session.execute(insert(LEDGER), ledger)
    except IntegrityError:
        raise refuse("month", "invoice.concurrent") from None  # fmt: skip
    return [SimpleNamespace(id=line_id, **v) for line_id, v in zip(ids, values, strict=True)]


def post_month(
    ctx: Context,
    month: str | dt.date,
    *,
    expected: str | None = None,
    renderer: Renderer | None = None,
    progress: Progress | None = None,
) -> Done[list[PostedInvoice]]:
    """Post the month's run: one invoice per hospital unit (D9). ``expected`` is the
    preview's fingerprint: when the run changed since the preview, posting is refused."""
    require(ctx, "invoices.post")
    require_posting_here(ctx)  # D44: numbers are the server's (issue #15)
    first, last = parse_month(month)
    if last >= clock.today():
        raise refuse("month", "invoice.month_open", month=first.strftime("%Y-%m"))  # fmt: skip
    render = renderer or default_renderer(ctx)
    with batch(), ctx.store.session() as session:
        sequence = lock_sequence(session, clock.today().year)
        preview = compute(session, first, last, waiting=False)
        if not preview.units:
            raise refuse("month", "invoice.nothing", month=first.strftime("%Y-%m"))  # fmt: skip
        if expected and expected != preview.fingerprint:
            raise refuse("month", "invoice.changed")  # fmt: skip
        posted = []
        for done, draft in enumerate(preview.units, start=1):
            posted.append(_post_unit(session, ctx, draft, first, sequence, render))
            if progress:
                progress(done, len(preview.units))
    return Done(posted, Changes.of(ENTITY, *(p.uuid for p in posted)))


def _post_unit(
    session: Session, ctx: Context, draft: UnitDraft, period: dt.date,
    sequence: InvoiceSequence, render: Renderer,
) -> PostedInvoice:  # fmt: skip
    unit = session.get(HospitalUnit, draft.unit_id)
    assert unit is not None
    invoice = new_invoice(session, ctx, "invoice", unit, period)
    rows = _write_lines(session, invoice, draft)
    post_in_session(session, ctx, invoice, rows, sequence, render)
    return summary(invoice, unit, len(rows))
