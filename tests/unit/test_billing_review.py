"""An independent review of the invoice engine against the rules (D1, D3, D9–D12, D15,
D41): each test here failed on a bug before it was fixed, or pins a rule's edge that the
other billing tests do not reach (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing import items
from app.billing.items import CourseFacts
from app.billing.lifecycle import InvoiceNotModifiable
from app.billing.tariffs import PILOT
from app.domain import clock
from app.models import InvoiceFile, InvoiceLine
from app.services.invoices import documents as invoices_docs
from app.services.invoices import export as invoices_export
from app.services.invoices import post as invoices_post
from app.services.invoices import regulation as invoices_regulation
from app.services.invoices import runs as invoices
from app.services.invoices import tariffs as invoices_tariffs
from tests.unit import billing_helpers as h

D = dt.date
TODAY = clock.today()
LAST_MONTH = (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
EARLIER = (LAST_MONTH - dt.timedelta(days=1)).replace(day=1)


@pytest.fixture
def dept(ctx):
    h.give_units_ean(ctx)
    return h.department(ctx)


def _lines(ctx, month: dt.date):
    return [line for u in invoices.preview_month(ctx, month).units for line in u.lines]


def _post(ctx, month: dt.date):
    return invoices_post.post_month(ctx, month, renderer=h.fake_renderer).value


def _switched(before: str, after: str, on_day: int) -> CourseFacts:
    start, end = D(2026, 3, 1), D(2026, 3, 20)
    change = ((start + dt.timedelta(days=on_day - 1), before, after),)
    return CourseFacts(1, "u", 1, "ended", after, 3, start, end, None, changes=change)


def test_ended_course_day_rates_use_the_type_at_the_end():
    """D1 + D3: a 20-day course that lost its pump on day 18 is a no-pump course: 7.000 and
    day rates for days 15–20; one that got a pump on day 18 is a pump course: no day rate."""
    to_no_pump = _switched("antibiotic_pump", "antibiotic_no_pump", 18)
    days = items.day_items(to_no_pump, [PILOT], D(2026, 12, 31))
    assert [i.date.day for i in days] == [15, 16, 17, 18, 19, 20]
    assert {i.course_type for i in days} == {"antibiotic_no_pump"}
    assert items.course_item(to_no_pump, [PILOT]).tariff.code == "IV-AB"
    to_pump = _switched("antibiotic_no_pump", "antibiotic_pump", 18)
    assert items.day_items(to_pump, [PILOT], D(2026, 12, 31)) == []
    assert items.course_item(to_pump, [PILOT]).tariff.code == "IV-AB-PUMPE"


def test_running_course_day_rates_use_the_type_on_each_day():
    """The days of a running course are billed before its end is known (docs/invoices.md)."""
    start = D(2026, 3, 1)
    change = ((D(2026, 3, 18), "antibiotic_no_pump", "antibiotic_pump"),)
    running = CourseFacts(1, "u", 1, "active", "antibiotic_pump", 3, start, None,
                          D(2026, 3, 25), changes=change)  # fmt: skip
    assert [i.date.day for i in items.day_items(running, [PILOT], D(2026, 3, 31))] == [15, 16, 17]


def test_switch_after_day_15_through_the_services(ctx, dept):
    """D1 in a run: the switch to pump on day 18 of 20 gives the pump tariff only (D2)."""
    s = LAST_MONTH + dt.timedelta(days=1)
    h.course(ctx, dept, s, s + dt.timedelta(days=19),
             change=(s + dt.timedelta(days=17), "antibiotic_pump"))  # fmt: skip
    found = [(x.kind, x.tariff.code, x.tariff_amount, x.region_share) for x in _lines(ctx, LAST_MONTH)]  # fmt: skip
    assert found == [("course", "IV-AB-PUMPE", Decimal("1400.00"), Decimal("980.00"))]


def test_day_15_exactly_gives_one_day_rate(ctx, dept):
    """D3/D4: 15 municipal days (end − start + 1) → 7.000 + 1 × 1.400."""
    s = LAST_MONTH + dt.timedelta(days=1)
    h.course(ctx, dept, s, s + dt.timedelta(days=14))
    found = sorted((x.kind, x.quantity, x.tariff_amount, x.days) for x in _lines(ctx, LAST_MONTH))
    assert found == [("course", 1, Decimal("7000.00"), 15), ("day", 1, Decimal("1400.00"), 1)]


def test_unit_total_is_the_sum_of_rounded_line_shares(ctx, dept):
    """D10/D41 with an amount whose 70 % needs rounding: 1.000,05 → 700,04 per line."""
    odd = {"code": "IV-VAESKE", "description": "Forløb med IV-væske", "unit": "course",
           "amount": "1000.05", "course_types": ["fluid"]}  # fmt: skip
    invoices_tariffs.add_version(ctx, {"label": "Ulige", "valid_from": EARLIER.isoformat(), "tariffs": [odd]})  # fmt: skip
    s = LAST_MONTH + dt.timedelta(days=1)
    for _ in range(3):
        h.course(ctx, dept, s, s + dt.timedelta(days=2), course_type="fluid")
    [unit] = invoices.preview_month(ctx, LAST_MONTH).units
    assert [x.region_share for x in unit.lines] == [Decimal("700.04")] * 3
    assert unit.totals.region == Decimal("2100.12")  # not round(3 × 1.000,05 × 70 %) = 2100,11
    assert unit.totals.municipality == Decimal("900.03")


def test_csv_is_what_danish_excel_expects(ctx, dept, tmp_path):
    """Semicolons, decimal comma, CPR as ddmmyy-xxxx (a leading zero is kept), Danish labels."""
    s = LAST_MONTH + dt.timedelta(days=1)
    h.course(ctx, dept, s, s + dt.timedelta(days=2), course_type="fluid")
    [line] = _lines(ctx, LAST_MONTH)
    [posted] = _post(ctx, LAST_MONTH)
    invoices_export.export_month(ctx, LAST_MONTH, tmp_path)
    raw = (tmp_path / LAST_MONTH.strftime("%Y-%m") / f"faktura-{posted.number}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    [row] = rows
    cpr = line.course.cpr
    assert row["cpr"] == f"{cpr[:6]}-{cpr[6:]}"
    assert (row["forløbstype"], row["enhed"]) == ("IV-væske", "forløb")
    assert (row["takst"], row["region"], row["kommune"]) == ("1000,00", "700,00", "300,00")


def test_stored_documents_cannot_be_changed_or_deleted(ctx, dept):
    """Reprints are byte-identical: the stored PDF/XML of a posted invoice are immutable."""
    s = LAST_MONTH + dt.timedelta(days=1)
    h.course(ctx, dept, s, s + dt.timedelta(days=2), course_type="fluid")
    [posted] = _post(ctx, LAST_MONTH)
    before = invoices_docs.get_document(ctx, posted.uuid, "pdf").content
    with pytest.raises(InvoiceNotModifiable), ctx.store.session() as session:
        session.scalars(select(InvoiceFile)).first().content = b"%PDF-forged"
    with pytest.raises(InvoiceNotModifiable), ctx.store.session() as session:
        session.delete(session.scalars(select(InvoiceFile)).first())
    assert invoices_docs.get_document(ctx, posted.uuid, "pdf").content == before


def test_regulation_lines_state_amounts_in_danish_format(ctx, dept):
    """D41 on the documents: "7.000,00 → 7.600,00 kr.", not "7000.00 → 7600.00 kr."."""
    from tests.unit.test_invoices_regulation import OCT, _version

    h.course(ctx, dept, OCT + dt.timedelta(days=2), OCT + dt.timedelta(days=6))
    [original] = _post(ctx, OCT)
    invoices_tariffs.add_version(ctx, _version(OCT, "7600.00"))
    invoices_regulation.post_regulation(ctx, renderer=h.fake_renderer)
    with ctx.store.read() as session:
        [line] = session.scalars(select(InvoiceLine).where(InvoiceLine.regulates_line_id.is_not(None)))  # fmt: skip
        assert line.note == f"Regulering af faktura {original.number} linje 1: 7.000,00 → 7.600,00 kr."  # fmt: skip
        assert (line.tariff_amount, line.region_share) == (Decimal("600.00"), Decimal("420.00"))


def test_courses_ended_early_are_billed_and_one_without_administration_is_not(ctx, dept):
    """A course tariff pays for the course the municipality delivered, however it ended
    (readmitted, switched to oral, died); an accepted course that ended before any municipal
    administration delivered nothing (D4) and is listed as "not_started"."""
    from app.services.iv import courses, referrals

    s = LAST_MONTH + dt.timedelta(days=1)
    for reason in ("readmitted", "switched_to_oral", "died"):
        uuid = h.course(ctx, dept, s, None, last_given=s + dt.timedelta(days=1))
        courses.end_course(ctx, uuid, h.version(ctx, uuid), s + dt.timedelta(days=2), reason)
    h.course(ctx, dept, s, s + dt.timedelta(days=1))  # completed after 2 days
    uuid = referrals.register_referral(ctx, _referral(ctx, dept, s)).value
    referrals.accept_referral(ctx, uuid, h.version(ctx, uuid), at=dt.datetime.combine(s, dt.time(12)))  # fmt: skip
    courses.end_course(ctx, uuid, h.version(ctx, uuid), s + dt.timedelta(days=1), "readmitted")
    preview = invoices.preview_month(ctx, LAST_MONTH)
    # lines are ordered by citizen name and CPR, and the CPR counter is shared between tests
    assert sorted((x.tariff.code, x.days) for u in preview.units for x in u.lines) == [("IV-AB", 2)] + [("IV-AB", 3)] * 3  # fmt: skip
    assert [(x.course_uuid, x.reason) for x in preview.unbillable] == [(uuid, "not_started")]


def _referral(ctx, dept: str, start: dt.date):
    from app.services.iv import referrals

    return referrals.ReferralInput(
        citizen_uuid=h.citizen(ctx), department_uuid=dept, responsible_doctor="Overlæge Hansen",
        course_type="antibiotic_no_pump", drug="Piperacillin/tazobactam", dose="4 g",
        doses_per_day=3, planned_days=7, iv_access="picc", closed_system="codan_mix_add",
        first_dose_date=start - dt.timedelta(days=1), hospital_doses=3, place="home",
        referred_at=dt.datetime.combine(start - dt.timedelta(days=1), dt.time(14)),
    )  # fmt: skip


def test_csv_text_never_starts_a_formula():
    """A name or department typed as "=HYPERLINK(…)" stays text in Excel."""
    from types import SimpleNamespace

    line = SimpleNamespace(
        line_no=1, cpr="0101504001", citizen_name="=HYPERLINK(1)", department="+Afd", course_type="fluid",
        tariff_code="IV-VAESKE", description="Forløb med IV-væske", version_label="Pilot 2021",
        course_start=D(2026, 3, 1), course_end=D(2026, 3, 3), first_date=D(2026, 3, 3),
        last_date=D(2026, 3, 3), days=3, unit="course", quantity=1, unit_amount=Decimal("1000.00"),
        tariff_amount=Decimal("1000.00"), region_share=Decimal("700.00"),
        municipality_share=Decimal("300.00"), earlier_period=True, note="",
    )  # fmt: skip
    [row] = csv.DictReader(io.StringIO(invoices_export.lines_csv([line]).decode("utf-8-sig")), delimiter=";")  # fmt: skip
    assert (row["cpr"], row["navn"], row["afdeling"]) == ("010150-4001", "'=HYPERLINK(1)", "'+Afd")
    assert (row["start"], row["tidligere periode"], row["enhedspris"]) == (
        "01.03.2026",
        "ja",
        "1000,00",
    )


def test_course_tariff_uses_the_version_on_the_end_and_day_rates_the_version_on_the_day():
    """D13 across a version change on 2023-10-01 (each tariff id is its version's)."""
    from dataclasses import replace

    from app.billing import lines
    from app.billing.tariffs import Version

    new = Version("2023", D(2023, 10, 1), tuple(replace(t, amount=t.amount + 100, id=10 + n) for n, t in enumerate(PILOT.tariffs)))  # fmt: skip
    old = replace(PILOT, tariffs=tuple(replace(t, id=n) for n, t in enumerate(PILOT.tariffs)))
    course = CourseFacts(1, "u", 1, "ended", "antibiotic_no_pump", 3, D(2023, 9, 10), D(2023, 10, 5), None)  # fmt: skip
    found = [items.course_item(course, [old, new]), *items.day_items(course, [old, new], D(2023, 10, 31))]  # fmt: skip
    made = lines.make_lines(found, {1: course}, D(2023, 10, 1))
    assert [(x.kind, x.quantity, x.tariff.amount, x.earlier_period) for x in made] == [
        ("day", 7, Decimal("1400.00"), True),  # 24.–30.09 (day 15 = 24.09)
        ("day", 5, Decimal("1500.00"), False),  # 01.–05.10
        ("course", 1, Decimal("7100.00"), False),  # dated on the end, 05.10
    ]
