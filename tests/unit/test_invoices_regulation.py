"""D14: a tariff version dated back → a regulation run bills the difference per unit,
listing the original invoices; pilot lines (before 2022-10-01) are never regulated; a
second run finds nothing. D13/D16: versions and new categories are data (JSON)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.billing.tariffs import PILOT
from app.errors import InvalidInput
from app.services.invoices import post as invoices_post
from app.services.invoices import regulation as invoices_regulation
from app.services.invoices import runs as invoices
from app.services.invoices import tariffs as invoices_tariffs
from tests.unit import billing_helpers as h

SEP, OCT, NOV = dt.date(2022, 9, 1), dt.date(2022, 10, 1), dt.date(2022, 11, 1)


def _version(valid_from: dt.date, course: str, day: str = "1400.00", **extra) -> dict:
    tariffs = [
        {"code": "IV-AB", "description": "Forløb med IV-antibiotika uden pumpe", "unit": "course",
         "amount": course, "course_types": ["antibiotic_no_pump"]},
        {"code": "IV-AB-PUMPE", "description": "Forløb med pumpe", "unit": "course",
         "amount": "1400.00", "course_types": ["antibiotic_pump"]},
        {"code": "IV-VAESKE", "description": "Forløb med IV-væske", "unit": "course",
         "amount": "1000.00", "course_types": ["fluid"]},
        {"code": "IV-AB-LANG", "description": "Døgntakst fra dag 15", "unit": "day",
         "amount": day, "course_types": ["antibiotic_no_pump"], "from_day": 15},
    ]  # fmt: skip
    tariffs += extra.get("more", [])
    return {"label": f"Takst {valid_from:%Y-%m}", "valid_from": valid_from.isoformat(), "tariffs": tariffs}  # fmt: skip


@pytest.fixture
def dept(ctx):
    h.give_units_ean(ctx)
    return h.department(ctx)


def test_pilot_catalogue_is_shipped_by_the_migration(ctx):
    [pilot] = invoices_tariffs.list_versions(ctx)
    assert (pilot.label, pilot.valid_from) == (PILOT.label, PILOT.valid_from)
    shipped = [(t.code, t.description, t.unit, t.amount, t.course_types, t.from_day, t.region_percent) for t in pilot.tariffs]  # fmt: skip
    assert shipped == [(t.code, t.description, t.unit, t.amount, t.course_types, t.from_day, t.region_percent) for t in PILOT.tariffs]  # fmt: skip


def test_regulation_bills_differences_per_unit_and_never_pilot_lines(ctx, dept):
    other = h.department(ctx, "SLB", "Medicinsk Afdeling")
    h.course(ctx, dept, SEP + dt.timedelta(days=2), SEP + dt.timedelta(days=6))  # pilot
    h.course(ctx, dept, OCT + dt.timedelta(days=2), OCT + dt.timedelta(days=6))
    h.course(
        ctx, other, OCT + dt.timedelta(days=1), OCT + dt.timedelta(days=20)
    )  # 20 days: 6 day rates
    sep = invoices_post.post_month(ctx, SEP, renderer=h.fake_renderer).value
    octo = invoices_post.post_month(ctx, OCT, renderer=h.fake_renderer).value
    invoices_tariffs.add_version(ctx, _version(OCT, "7600.00", "1300.00"))
    preview = invoices_regulation.preview_regulation(ctx)
    # OUH: +600 (course); SLB: +600 (course) and 6 days × −100 = −600.
    assert sorted((x.tariff_diff, x.region_diff) for x in preview.lines) == [
        (Decimal("-600.00"), Decimal("-420.00")), (Decimal("600.00"), Decimal("420.00")),
        (Decimal("600.00"), Decimal("420.00"))]  # fmt: skip
    posted = invoices_regulation.post_regulation(ctx, renderer=h.fake_renderer).value
    kinds = sorted((p.unit_code, p.kind, p.total_region) for p in posted)
    assert kinds == [("OUH", "invoice", Decimal("420.00")), ("SLB", "credit_note", Decimal("420.00")),
                     ("SLB", "invoice", Decimal("420.00"))]  # fmt: skip
    by_unit = {p.unit_code: p.number for p in octo}
    assert all(p.regulation and p.refs == (by_unit[p.unit_code],) for p in posted)
    assert sep[0].number not in {r for p in posted for r in p.refs}  # pilot never regulated
    with pytest.raises(InvalidInput):
        invoices_regulation.post_regulation(ctx, renderer=h.fake_renderer)
    assert invoices_regulation.preview_regulation(ctx).lines == ()


def test_a_new_category_needs_no_code_change(ctx, dept):
    """D16: the 2025 long-course tariff for 4 doses a day, as one more item of a version."""
    four = {"code": "IV-AB-LANG-4X", "description": "Langtidsforløb, 4 doser i døgnet, fra dag 15",
            "unit": "day", "amount": "1900.00", "course_types": ["antibiotic_no_pump"],
            "from_day": 15, "min_doses_per_day": 4}  # fmt: skip
    invoices_tariffs.add_version(ctx, _version(NOV, "7000.00", more=[four]))
    uuid = h.course(ctx, dept, NOV + dt.timedelta(days=1), None, last_given=NOV + dt.timedelta(days=16))  # fmt: skip
    plain = [x for u in invoices.preview_month(ctx, NOV).units for x in u.lines]
    assert [(x.tariff.code, x.quantity) for x in plain] == [("IV-AB-LANG", 2)]
    from app.models import IvCourse

    with ctx.store.session() as s:  # the prescription says 4 doses a day (D16)
        s.query(IvCourse).filter_by(uuid=uuid).one().doses_per_day = 4
    [line] = [x for u in invoices.preview_month(ctx, NOV).units for x in u.lines]
    assert (line.tariff.code, line.quantity, line.tariff_amount) == ("IV-AB-LANG-4X", 2, Decimal("3800.00"))  # fmt: skip


def test_add_version_refuses_bad_documents_and_writes_nothing(ctx):
    bad = _version(OCT, "7.001")
    bad["tariffs"].append({"code": "X", "description": "x", "unit": "week", "amount": "1",
                           "course_types": ["pump"]})  # fmt: skip
    bad["tariffs"].append(dict(bad["tariffs"][2]))  # IV-VAESKE twice
    with pytest.raises(InvalidInput) as refused:
        invoices_tariffs.add_version(ctx, bad)
    codes = sorted(p.code for p in refused.value.problems)
    assert codes == [
        "tariff.ambiguous",
        "tariff.amount",
        "tariff.duplicate",
        "tariff.types",
        "tariff.unit",
    ]
    with pytest.raises(InvalidInput) as taken:
        invoices_tariffs.add_version(ctx, _version(PILOT.valid_from, "7000.00"))
    assert [p.code for p in taken.value.problems] == ["tariff.date_taken"]
    assert len(invoices_tariffs.list_versions(ctx)) == 1
