"""Retroactive regulation (D14; DIGEST §1.13, 001:6132–6136).

When a tariff version is entered with a valid-from date in the past, the items already
billed on or after that date were billed at the old tariff. A regulation run finds every
billed item (not credited) whose version is no longer the one valid on its date, works out
the tariff that now applies (the same rules as a normal run: D1, D3, D13) and bills the
difference: one supplementary invoice per hospital unit for increases and one credit note
per unit for decreases, each line naming the original invoice and line, each document
listing the original invoice numbers. The ledger then holds the new amounts, so a second
run finds nothing. Pilot items (before 2022-10-01) are never regulated (001:6132).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.items import CourseFacts
from app.billing.lines import shares
from app.billing.tariffs import REGULATION_FROM, Tariff, Version, applicable, version_on
from app.documents import labels as da
from app.domain import clock
from app.domain.iv import municipal_day
from app.models import BilledItem, HospitalUnit, Invoice, InvoiceLine, InvoiceSequence, TariffItem
from app.services.invoices import facts as facts_of
from app.services.invoices.documents import Renderer
from app.services.invoices.post import (
    PostedInvoice,
    Progress,
    default_renderer,
    lock_sequence,
    new_invoice,
    post_in_session,
    refuse,
    summary,
)
from app.services.invoices.where import require_posting_here
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require


@dataclass(frozen=True)
class RegulationLine:
    """The difference for the items of one original line that share old and new tariff."""

    unit_id: int
    line_id: int  # the original line
    quantity: int
    old_amount: Decimal  # per unit
    old_percent: Decimal
    new_tariff: Tariff | None  # None: no tariff applies any more (amount 0)
    items: tuple[int, ...]  # billed_items ids

    @property
    def new_amount(self) -> Decimal:
        return self.new_tariff.amount if self.new_tariff else Decimal("0.00")

    @property
    def new_percent(self) -> Decimal:
        return self.new_tariff.region_percent if self.new_tariff else self.old_percent

    @property
    def tariff_diff(self) -> Decimal:
        return (self.new_amount - self.old_amount) * self.quantity

    @property
    def region_diff(self) -> Decimal:
        new = shares(self.new_amount * self.quantity, self.new_percent)[0]
        return new - shares(self.old_amount * self.quantity, self.old_percent)[0]

    @property
    def sign(self) -> int:
        """+1: a supplementary invoice line; −1: a credit-note line."""
        decisive = self.region_diff or self.tariff_diff
        return 1 if decisive > 0 else -1


@dataclass(frozen=True)
class RegulationPreview:
    lines: tuple[RegulationLine, ...]  # with a difference
    unchanged: int  # items moved to the new version at the same amount

    @property
    def total_region(self) -> Decimal:
        return sum((x.region_diff for x in self.lines), Decimal(0))


def _new_tariff(course: CourseFacts, versions: Sequence[Version], kind: str, day: dt.date) -> tuple[Version, Tariff | None]:  # fmt: skip
    version = version_on(versions, day)
    assert version is not None
    kind_of = course.day_rate_type(day) if kind == "day" else course.type_on(day)
    tariff = applicable(version.tariffs, kind, kind_of, course.doses_per_day)
    if (
        tariff
        and kind == "day"
        and course.start
        and municipal_day(course.start, day) < tariff.from_day
    ):
        tariff = None
    return version, tariff


def compute(session: Session) -> tuple[RegulationPreview, list[RegulationLine]]:
    """The preview, and every stale group (with or without a difference) for the ledger."""
    versions = facts_of.load_versions(session)
    rows = session.execute(
        select(BilledItem, TariffItem.version_id)
        .join(TariffItem, TariffItem.id == BilledItem.tariff_item_id)
        .where(BilledItem.credited.is_(False), BilledItem.item_date >= REGULATION_FROM)
    ).all()
    stale = [
        (b, vid) for b, vid in rows if (v := version_on(versions, b.item_date)) and v.id != vid
    ]
    courses = facts_of.facts(session, [b.course_id for b, _ in stale])
    groups: dict[tuple[int, int, Decimal, Decimal, Tariff | None], list[int]] = {}
    for item, _ in stale:
        _, tariff = _new_tariff(courses[item.course_id], versions, item.kind, item.item_date)
        assert item.line_id is not None  # the server's ledger names the line (not an office's)
        key = (item.unit_id, item.line_id, item.unit_amount, item.region_percent, tariff)
        groups.setdefault(key, []).append(item.id)
    found = [RegulationLine(u, line, len(ids), amount, pct, tariff, tuple(ids))
             for (u, line, amount, pct, tariff), ids in groups.items()]  # fmt: skip
    changed = [x for x in found if x.tariff_diff or x.region_diff]
    unchanged = sum(x.quantity for x in found if not (x.tariff_diff or x.region_diff))
    changed.sort(key=lambda x: (x.unit_id, x.line_id))
    return RegulationPreview(tuple(changed), unchanged), found


def preview_regulation(ctx: Context) -> RegulationPreview:
    """What a regulation run would bill now (nothing written)."""
    require(ctx, "invoices.read")
    with ctx.store.read() as session:
        preview, _ = compute(session)
        return preview


def post_regulation(
    ctx: Context, *, renderer: Renderer | None = None, progress: Progress | None = None
) -> Done[list[PostedInvoice]]:
    """D14: supplementary invoices and credit notes per unit for the differences."""
    require(ctx, "invoices.post")
    require_posting_here(ctx)  # the server regulates (issue #15)
    render = renderer or default_renderer(ctx)
    with ctx.store.session() as session:
        sequence = lock_sequence(session, clock.today().year)
        preview, every = compute(session)
        if not every:
            raise refuse("tariffs", "invoice.nothing_to_regulate")  # fmt: skip
        originals = _originals(session, [x.line_id for x in preview.lines])
        batches: dict[tuple[int, int], list[RegulationLine]] = {}
        for x in preview.lines:
            batches.setdefault((x.unit_id, x.sign), []).append(x)
        posted = []
        for done, ((unit_id, sign), lines) in enumerate(sorted(batches.items()), start=1):
            posted.append(_post_batch(session, ctx, unit_id, sign, lines, originals, sequence, render))  # fmt: skip
            if progress:
                progress(done, len(batches))
        _move_ledger(session, every)
    return Done(posted, Changes.of("invoice", *(p.uuid for p in posted)))


def _originals(session: Session, ids: list[int]) -> dict[int, tuple[InvoiceLine, str]]:
    found: dict[int, tuple[InvoiceLine, str]] = {}
    for part in facts_of.chunks(sorted(set(ids))):
        q = select(InvoiceLine, Invoice.number).join(Invoice).where(InvoiceLine.id.in_(part))
        found.update({line.id: (line, number or "") for line, number in session.execute(q)})
    return found


def _post_batch(
    session: Session, ctx: Context, unit_id: int, sign: int, lines: list[RegulationLine],
    originals: dict[int, tuple[InvoiceLine, str]], sequence: InvoiceSequence, render: Renderer,
) -> PostedInvoice:  # fmt: skip
    unit = session.get(HospitalUnit, unit_id)
    assert unit is not None
    refs = sorted({originals[x.line_id][1] for x in lines})
    labels = sorted({x.new_tariff.version_label for x in lines if x.new_tariff})
    invoice = new_invoice(session, ctx, "invoice" if sign > 0 else "credit_note", unit,
                          clock.today().replace(day=1), refs=refs, regulation=True,
                          reason=f"Efterregulering efter takstversion {', '.join(labels)}.")  # fmt: skip
    rows = [_row(invoice, n, x, *originals[x.line_id], sign) for n, x in enumerate(lines, start=1)]
    session.add_all(rows)
    session.flush()
    post_in_session(session, ctx, invoice, rows, sequence, render)
    return summary(invoice, unit, len(rows))


def _row(invoice: Invoice, line_no: int, x: RegulationLine, o: InvoiceLine, number: str, sign: int) -> InvoiceLine:  # fmt: skip
    t = x.new_tariff
    region = x.region_diff * sign
    return InvoiceLine(
        invoice_id=invoice.id, line_no=line_no, course_id=o.course_id, kind=o.kind,
        first_date=o.first_date, last_date=o.last_date, cpr=o.cpr, citizen_name=o.citizen_name,
        department=o.department, course_type=o.course_type,
        tariff_item_id=t.id if t else o.tariff_item_id, tariff_code=t.code if t else o.tariff_code,
        description=t.description if t else o.description,
        version_label=t.version_label if t else o.version_label, course_start=o.course_start,
        course_end=o.course_end, days=o.days, unit=o.unit, quantity=x.quantity,
        unit_amount=(x.new_amount - x.old_amount) * sign, tariff_amount=x.tariff_diff * sign,
        region_share=region, municipality_share=x.tariff_diff * sign - region,
        region_percent=x.new_percent, earlier_period=False, regulates_line_id=o.id,
        note=f"Regulering af faktura {number} linje {o.line_no}: "
        f"{da.number(x.old_amount, 2)} → {da.number(x.new_amount, 2)} kr.",  # D41
    )  # fmt: skip


def _move_ledger(session: Session, lines: Sequence[RegulationLine]) -> None:
    """The ledger now holds the amounts billed after regulation (a second run finds none)."""
    by_id = {i: x for x in lines for i in x.items}
    for part in facts_of.chunks(sorted(by_id)):
        for item in session.scalars(select(BilledItem).where(BilledItem.id.in_(part))):
            x = by_id[item.id]
            if x.new_tariff is not None:
                item.tariff_item_id = x.new_tariff.id
            item.unit_amount, item.region_percent = x.new_amount, x.new_percent
