"""The pure rules of OK22 Bilag 2 (app.domain.homes): notice D32, the fee D31, temporary
residents D33, sections and coverage D30 — exhaustively at their edges."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain import homes as rules
from app.domain.homes import Stay

D = dt.date
JAN_1 = D(2026, 1, 1)


@pytest.mark.parametrize(
    ("registered", "effective"),
    [
        # last day of a quarter: exactly 3 months to the next quarter's end
        (D(2026, 3, 31), D(2026, 6, 30)),
        (D(2026, 6, 30), D(2026, 9, 30)),
        (D(2026, 9, 30), D(2026, 12, 31)),
        (D(2026, 12, 31), D(2027, 3, 31)),
        # first day of a quarter: the quarter after the next
        (D(2026, 1, 1), D(2026, 6, 30)),
        (D(2026, 4, 1), D(2026, 9, 30)),
        (D(2026, 7, 1), D(2026, 12, 31)),
        (D(2026, 10, 1), D(2027, 3, 31)),
        # the day before a quarter's last day is still in time
        (D(2026, 3, 30), D(2026, 6, 30)),
        # leap years
        (D(2024, 2, 29), D(2024, 6, 30)),
        (D(2028, 2, 29), D(2028, 6, 30)),
        (D(2023, 11, 29), D(2024, 3, 31)),  # + 3 months = 29.02.2024
        (D(2023, 11, 30), D(2024, 3, 31)),  # + 3 months clamps to 29.02.2024
        (D(2027, 11, 30), D(2028, 3, 31)),
        (D(2027, 12, 31), D(2028, 3, 31)),
        (D(2025, 11, 30), D(2026, 3, 31)),  # non-leap: clamps to 28.02
        (D(2028, 3, 31), D(2028, 6, 30)),
        (D(2028, 1, 1), D(2028, 6, 30)),
        # year boundary from mid-quarter
        (D(2026, 11, 15), D(2027, 3, 31)),
        (D(2026, 8, 15), D(2026, 12, 31)),
    ],
)
def test_notice_takes_effect_at_the_end_of_the_first_quarter_at_least_3_months_later(
    registered, effective
):
    assert rules.notice_effective(registered) == effective


def test_notice_over_every_day_of_four_years_is_a_quarter_end_3_to_6_months_later():
    day = D(2024, 1, 1)
    while day < D(2028, 12, 31):
        end = rules.notice_effective(day)
        assert end == rules.quarter_end(*rules.quarter_of(end))
        assert rules.add_months(day, 3) <= end
        # the quarter end before it is less than 3 months away (first such quarter)
        y, q = rules.quarter_of(end)
        previous = rules.quarter_start(y, q) - dt.timedelta(days=1)
        assert rules.add_months(day, 3) > previous
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 3, 31), 3, D(2026, 6, 30)),
        (D(2023, 11, 30), 3, D(2024, 2, 29)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2026, 11, 15), 3, D(2027, 2, 15)),
        (D(2026, 12, 31), 12, D(2027, 12, 31)),
    ],
)
def test_add_months_clamps_to_the_month_end(day, months, expected):
    assert rules.add_months(day, months) == expected


@pytest.mark.parametrize(
    ("attached", "hours"), [(0, 2), (1, 2), (29, 2), (30, 2), (31, 3), (32, 3), (120, 3)]
)
def test_the_third_hour_needs_more_than_30_attached_residents(attached, hours):
    assert rules.fee_hours(attached) == hours


def test_the_monthly_fee_at_april_2021_and_at_a_price_index():
    assert rules.monthly_fee(2) == Decimal("1935.27")
    assert rules.monthly_fee(3) == Decimal("2902.91")  # 1,935.27 + 967.64
    assert rules.monthly_fee(2, Decimal("1.0512")) == Decimal("2034.36")  # 2034.3558 half-up
    assert rules.monthly_fee(3, Decimal("1.1000")) == Decimal("3193.20")  # 3193.201


def _stay(unit="A", kind="permanent", moved_in=JAN_1, moved_out=None, fixed=True):
    return Stay(unit, kind, moved_in, moved_out, fixed)


def test_temporary_residents_never_count_as_attached():
    on = D(2026, 6, 1)
    stays = [_stay(kind=k) for k in ("respite", "guest", "acute")] + [_stay()]
    assert rules.attached(stays, ["A"], on) == 1
    assert rules.permanent_residents(stays, ["A"], on) == 1
    assert all(rules.is_temporary(k) for k in ("respite", "guest", "acute"))
    assert not rules.is_temporary("permanent")


def test_31_permanent_plus_temporary_give_3_hours_but_30_plus_temporary_give_2():
    on = D(2026, 6, 1)
    thirty = [_stay() for _ in range(30)] + [_stay(kind="respite") for _ in range(5)]
    assert rules.fee_hours(rules.attached(thirty, ["A"], on)) == 2
    assert rules.fee_hours(rules.attached([*thirty, _stay()], ["A"], on)) == 3


def test_attached_counts_only_the_units_the_doctor_covers_on_the_date_and_the_choice():
    on = D(2026, 6, 1)
    stays = [
        _stay("A"),
        _stay("B"),
        _stay("A", fixed=False),  # kept own GP
        _stay("A", moved_in=D(2026, 6, 2)),  # not yet
        _stay("A", moved_out=D(2026, 5, 31)),  # moved out the day before
        _stay("A", moved_out=D(2026, 6, 1)),  # moves out that day: still lives there
    ]
    assert rules.attached(stays, ["A"], on) == 2
    assert rules.attached(stays, ["A", "B"], on) == 3
    assert rules.permanent_residents(stays, ["A"], on) == 3


@pytest.mark.parametrize(
    ("home", "sections", "codes"),
    [
        (60, [30, 30], []),
        (60, [29, 31], ["homes.section_small"]),
        (59, [30, 30], ["homes.sections_exceed"]),
        (50, [29, 30], ["homes.section_small", "homes.sections_exceed"]),
        (40, [], []),
    ],
)
def test_sections_hold_at_least_30_places_within_the_home(home, sections, codes):
    assert [p.code for p in rules.check_sections(home, sections)] == codes


@pytest.mark.parametrize(
    ("homes", "covered", "percent", "met"),
    [
        (10, 8, Decimal("80.0"), True),
        (10, 7, Decimal("70.0"), False),
        (3, 2, Decimal("66.7"), False),
        (6, 5, Decimal("83.3"), True),
        (0, 0, Decimal("0.0"), False),
        (1, 1, Decimal("100.0"), True),
        (200, 159, Decimal("79.5"), False),
    ],
)
def test_coverage_per_cent_against_the_target(homes, covered, percent, met):
    c = rules.coverage(homes, covered)
    assert (c.percent, c.met, c.target, c.target_date) == (
        percent,
        met,
        Decimal(80),
        D(2024, 12, 31),
    )


def test_the_coverage_target_is_configurable_and_covered_cannot_exceed_homes():
    c = rules.coverage(10, 7, Decimal("70"), D(2023, 12, 31))
    assert c.met and c.target_date == D(2023, 12, 31)
    with pytest.raises(ValueError):
        rules.coverage(2, 3)


def test_a_split_home_is_covered_only_when_every_section_has_a_doctor():
    assert rules.home_covered(["s1", "s2"], {"s1", "s2"})
    assert not rules.home_covered(["s1", "s2"], {"s1"})
    assert rules.home_covered(["h"], {"h", "s1"})
    assert not rules.home_covered([], set())


@pytest.mark.parametrize(
    ("value", "ok"), [("123456", True), (" 012345 ", True), ("12345", False), ("12345a", False)]
)
def test_provider_numbers_have_6_digits(value, ok):
    assert (rules.check_provider_number(value) == []) is ok


def test_home_checks_and_quarters():
    codes = [p.code for p in rules.check_home("", "private", 0)]
    assert codes == ["choice.invalid", "homes.name_missing", "homes.places"]
    assert rules.check_home("Solgården", "private_agreement", 48) == []
    assert rules.quarter_of(D(2026, 12, 31)) == (2026, 4)
    assert rules.quarter_end(2028, 1) == D(2028, 3, 31)
    assert rules.periods_overlap(D(2026, 1, 1), None, D(2025, 1, 1), D(2026, 1, 1))
    assert not rules.periods_overlap(D(2026, 1, 2), None, D(2025, 1, 1), D(2026, 1, 1))
