"""The pure billing engine (app.billing): tariff choice, day counting, month split,
shares and rounding — no store."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.billing import items, lines, tariffs
from app.billing.items import CourseFacts
from app.billing.tariffs import PILOT, Tariff

D = dt.date


def _course(start: D, end: D | None, kind: str = "antibiotic_no_pump", **kw) -> CourseFacts:
    return CourseFacts(1, "u", 1, "ended" if end else "active", kind, kw.pop("doses", 3), start,
                       end, kw.pop("last", None), "0101504001", "Else Jensen", "Afd.", **kw)  # fmt: skip


def test_day_rates_start_on_municipal_day_15_and_stop_at_the_end():
    """D3/D4: a 16-day course has day rates for days 15 and 16 only."""
    c = _course(D(2026, 3, 1), D(2026, 3, 16))
    assert [i.date.day for i in items.day_items(c, [PILOT], D(2026, 12, 31))] == [15, 16]
    assert items.day_items(_course(D(2026, 3, 1), D(2026, 3, 14)), [PILOT], D(2026, 12, 31)) == []
    assert c.days == 16


def test_items_never_fall_after_until_nor_before_the_first_version():
    c = _course(D(2026, 3, 1), D(2026, 4, 30))
    assert max(i.date for i in items.day_items(c, [PILOT], D(2026, 3, 31))) == D(2026, 3, 31)
    old = _course(D(2021, 8, 1), D(2021, 9, 30))
    assert items.course_item(old, [PILOT]) is None


def test_most_specific_tariff_wins():
    four = Tariff("4X", "fire doser", "day", Decimal("1900"), ("antibiotic_no_pump",), 15, 4)
    version = tariffs.Version("2025", D(2025, 1, 1), (*PILOT.tariffs, four))
    assert tariffs.applicable(version.tariffs, "day", "antibiotic_no_pump", 3).code == "IV-AB-LANG"
    assert tariffs.applicable(version.tariffs, "day", "antibiotic_no_pump", 4).code == "4X"
    assert tariffs.applicable(version.tariffs, "day", "fluid", 4) is None


def test_version_on_picks_the_latest_valid_from():
    later = tariffs.Version("2023", D(2022, 10, 1), PILOT.tariffs)
    assert tariffs.version_on([PILOT, later], D(2022, 9, 30)) is PILOT
    assert tariffs.version_on([PILOT, later], D(2022, 10, 1)) is later
    assert tariffs.version_on([PILOT, later], D(2021, 9, 30)) is None


def test_type_on_a_day_follows_dated_changes():
    """D1: the type before the first change is the change's from-type."""
    c = _course(D(2026, 3, 1), D(2026, 3, 20), "antibiotic_pump",
                changes=((D(2026, 3, 5), "antibiotic_no_pump", "antibiotic_pump"),))  # fmt: skip
    assert c.type_on(D(2026, 3, 4)) == "antibiotic_no_pump"
    assert c.type_on(D(2026, 3, 5)) == "antibiotic_pump"
    assert [i.date.day for i in items.day_items(c, [PILOT], D(2026, 12, 31))] == []
    assert items.course_item(c, [PILOT]).tariff.code == "IV-AB-PUMPE"


def test_shares_round_half_up_once_per_line_and_add_up():
    """D10/D41: 70 % of 1.000,05 = 700,035 → 700,04; the municipality gets the rest."""
    assert lines.shares(Decimal("1000.05"), Decimal("70")) == (Decimal("700.04"), Decimal("300.01"))


def test_lines_split_day_rates_per_month_and_mark_earlier_periods():
    c = _course(D(2026, 2, 10), D(2026, 3, 10))
    found = items.day_items(c, [PILOT], D(2026, 3, 31))
    made = lines.make_lines(found, {1: c}, D(2026, 3, 1))
    assert [(x.first_date, x.quantity, x.earlier_period) for x in made] == [
        (D(2026, 2, 24), 5, True), (D(2026, 3, 1), 10, False)]  # fmt: skip
    assert lines.totals(made).tariff == Decimal("21000.00")  # 15 days × 1.400


def test_parse_version_round_trips_the_json_form():
    parsed, problems = tariffs.parse_version(tariffs.version_json(PILOT))
    assert problems == [] and parsed is not None
    assert parsed.tariffs == PILOT.tariffs and parsed.valid_from == PILOT.valid_from
