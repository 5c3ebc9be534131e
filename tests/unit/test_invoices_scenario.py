"""The story end to end (STYLE §8): register → administer → CRP day 3 → end → invoice the
month → credit note; then the lifecycle's guarantees: numbers, immutability, refusals with
nothing written, reprints byte-identical, export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.lifecycle import InvoiceNotModifiable
from app.domain import clock
from app.errors import Forbidden, InvalidInput
from app.models import AuditEntry, BilledItem, Invoice, InvoiceFile, InvoiceLine
from app.services.invoices import credit as invoices_credit
from app.services.invoices import documents as invoices_docs
from app.services.invoices import export as invoices_export
from app.services.invoices import post as invoices_post
from app.services.invoices import runs as invoices
from app.services.iv import crp
from tests.unit import billing_helpers as h

TODAY = clock.today()
LAST_MONTH = (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
MONTH = LAST_MONTH.strftime("%Y-%m")


def _counts(store) -> tuple[int, ...]:
    with store.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m))
            for m in (Invoice, InvoiceLine, BilledItem, InvoiceFile, AuditEntry)
        )


@pytest.fixture
def dept(ctx):
    h.give_units_ean(ctx)
    return h.department(ctx)


def test_register_administer_crp_end_invoice_credit(ctx, dept):
    start = LAST_MONTH + dt.timedelta(days=2)
    uuid = h.course(ctx, dept, start)
    crp.record_crp(ctx, uuid, crp.CrpInput(measured_at=dt.datetime.combine(start + dt.timedelta(days=1), dt.time(10)), value="42"))  # fmt: skip
    from app.services.iv import courses

    courses.end_course(ctx, uuid, h.version(ctx, uuid), start + dt.timedelta(days=4), "completed")
    preview = invoices.preview_month(ctx, MONTH)
    [unit] = preview.units
    [line] = unit.lines
    assert (unit.code, line.course.uuid, line.kind, line.days) == ("OUH", uuid, "course", 5)
    assert (line.tariff_amount, line.region_share, line.municipality_share) == (
        Decimal("7000.00"), Decimal("4900.00"), Decimal("2100.00"))  # fmt: skip

    [posted] = invoices_post.post_month(ctx, MONTH, expected=preview.fingerprint, renderer=h.fake_renderer).value  # fmt: skip
    assert posted.number == f"{TODAY.year}-0001" and posted.total_region == Decimal("4900.00")
    assert invoices.preview_month(ctx, MONTH).units == ()  # D12: billed once

    pdf = invoices_docs.get_document(ctx, posted.uuid, "pdf")
    assert pdf.sha256 == hashlib.sha256(pdf.content).hexdigest()
    assert invoices_docs.get_document(ctx, posted.uuid, "pdf").content == pdf.content  # reprint
    assert b'"number": "%s"' % posted.number.encode() in pdf.content

    credit = invoices_credit.credit_invoice(ctx, posted.uuid, reason="Forkert enhed", renderer=h.fake_renderer).value  # fmt: skip
    assert credit.kind == "credit_note" and credit.number == f"{TODAY.year}-0002"
    assert credit.refs == (posted.number,) and credit.total_region == Decimal("4900.00")
    # Not freed for re-billing (the default): the course stays billed, never billed again.
    assert invoices.preview_month(ctx, MONTH).units == ()
    listed = {i.number: i for i in invoices_credit.list_invoices(ctx)}
    assert listed[posted.number].credited_lines == 1
    # D12: a credit note is not credited again (the declared state allows it, the kind not)
    with pytest.raises(InvalidInput) as refused:
        invoices_credit.credit_invoice(ctx, credit.uuid, reason="x", renderer=h.fake_renderer)
    assert [p.code for p in refused.value.problems] == ["invoice.credit_note_credit"]


def test_credit_that_frees_the_items_lets_the_next_run_bill_them_again(ctx, dept):
    start = LAST_MONTH + dt.timedelta(days=3)
    h.course(ctx, dept, start, start + dt.timedelta(days=2), course_type="fluid")
    [posted] = invoices_post.post_month(ctx, MONTH, renderer=h.fake_renderer).value
    invoices_credit.credit_invoice(ctx, posted.uuid, reason="Ny faktura", rebill=True, renderer=h.fake_renderer)  # fmt: skip
    [line] = invoices.preview_month(ctx, MONTH).units[0].lines
    assert line.tariff.code == "IV-VAESKE" and line.tariff_amount == Decimal("1000.00")


def test_refusals_write_nothing(ctx, dept):
    start = LAST_MONTH + dt.timedelta(days=3)
    h.course(ctx, dept, start, start + dt.timedelta(days=2))
    before = _counts(ctx.store)
    nurse = dataclasses.replace(ctx, roles=frozenset({"nurse"}))
    with pytest.raises(Forbidden):
        invoices_post.post_month(nurse, MONTH, renderer=h.fake_renderer)
    with pytest.raises(InvalidInput) as open_month:
        invoices_post.post_month(ctx, TODAY.strftime("%Y-%m"), renderer=h.fake_renderer)
    assert open_month.value.problems[0].code == "invoice.month_open"
    with pytest.raises(InvalidInput) as changed:
        invoices_post.post_month(ctx, MONTH, expected="stale", renderer=h.fake_renderer)
    assert changed.value.problems[0].code == "invoice.changed"

    def broken(doc):
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        invoices_post.post_month(ctx, MONTH, renderer=broken)
    assert _counts(ctx.store) == before
    # ... and no number was used: the next posting gets 0001.
    [posted] = invoices_post.post_month(ctx, MONTH, renderer=h.fake_renderer).value
    assert posted.number == f"{TODAY.year}-0001"
    after = _counts(ctx.store)
    for kwargs, code in (({"reason": " "}, "invoice.reason"),
                         ({"reason": "x", "line_nos": [7]}, "invoice.no_line"),
                         ({"reason": "x", "line_nos": []}, "invoice.no_lines")):  # fmt: skip
        with pytest.raises(InvalidInput) as refused:
            invoices_credit.credit_invoice(ctx, posted.uuid, renderer=h.fake_renderer, **kwargs)
        assert refused.value.problems[0].code == code
    with pytest.raises(Forbidden):
        invoices_credit.credit_invoice(nurse, posted.uuid, reason="x", renderer=h.fake_renderer)
    with pytest.raises(Forbidden):
        invoices_export.export_month(nurse, MONTH, ctx.store.path.parent if ctx.store.path else ".")
    assert _counts(ctx.store) == after
    invoices_credit.credit_invoice(ctx, posted.uuid, reason="x", renderer=h.fake_renderer)
    with pytest.raises(InvalidInput) as again:
        invoices_credit.credit_invoice(ctx, posted.uuid, reason="x", renderer=h.fake_renderer)
    assert again.value.problems[0].code == "invoice.all_credited"


def test_posted_invoice_is_immutable(ctx, dept):
    start = LAST_MONTH + dt.timedelta(days=3)
    h.course(ctx, dept, start, start + dt.timedelta(days=2))
    [posted] = invoices_post.post_month(ctx, MONTH, renderer=h.fake_renderer).value
    with pytest.raises(InvoiceNotModifiable), ctx.store.session() as s:
        s.scalars(select(Invoice)).one().total_region = Decimal("1.00")
    with pytest.raises(InvoiceNotModifiable), ctx.store.session() as s:
        s.scalars(select(InvoiceLine)).one().region_share = Decimal("1.00")
    with pytest.raises(InvoiceNotModifiable), ctx.store.session() as s:
        s.delete(s.scalars(select(Invoice)).one())
    with ctx.store.read() as s:
        assert s.scalars(select(Invoice)).one().total_region == posted.total_region


def test_export_writes_pdf_xml_csv_per_invoice_and_marks_exported(ctx, dept, tmp_path):
    start = LAST_MONTH + dt.timedelta(days=3)
    h.course(ctx, dept, start, start + dt.timedelta(days=2), course_type="antibiotic_pump")
    [posted] = invoices_post.post_month(ctx, MONTH, renderer=h.fake_renderer).value
    progress: list[tuple[int, int]] = []
    result = invoices_export.export_month(ctx, MONTH, tmp_path, progress=lambda d, t: progress.append((d, t))).value  # fmt: skip
    folder = tmp_path / MONTH
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"faktura-{posted.number}.{x}" for x in ("csv", "pdf", "xml")]
    assert (folder / f"faktura-{posted.number}.pdf").read_bytes() == invoices_docs.get_document(ctx, posted.uuid).content  # fmt: skip
    csv_text = (folder / f"faktura-{posted.number}.csv").read_text(encoding="utf-8")
    assert "IV-AB-PUMPE" in csv_text and "980,00" in csv_text
    assert result.exported == 1 and progress[-1] == (1, 1)
    assert [i.state for i in invoices_credit.list_invoices(ctx)] == ["exported"]


def test_an_invoices_lines_show_which_are_credited(ctx, dept):
    start = LAST_MONTH + dt.timedelta(days=3)
    h.course(ctx, dept, start, start + dt.timedelta(days=2))
    h.course(ctx, dept, start, start + dt.timedelta(days=4), course_type="fluid")
    [posted] = invoices_post.post_month(ctx, MONTH, renderer=h.fake_renderer).value
    invoices_credit.credit_invoice(ctx, posted.uuid, reason="x", line_nos=[2], renderer=h.fake_renderer)  # fmt: skip
    lines = invoices_credit.invoice_lines(ctx, posted.uuid)
    assert [(x.line_no, x.credited) for x in lines] == [(1, False), (2, True)]
    assert all(x.cpr_masked.endswith("-xxxx") for x in lines)  # D40
    invoice = next(r for r in invoices_credit.list_invoices(ctx) if r.uuid == posted.uuid)
    assert sum(x.region_share for x in lines) == invoice.total_region
    with pytest.raises(Forbidden):
        invoices_credit.invoice_lines(
            dataclasses.replace(ctx, roles=frozenset({"nurse"})), posted.uuid
        )
