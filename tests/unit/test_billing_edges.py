"""The pure billing engine (app.billing) at its edges, without a store: courses the
catalogue has no tariff for, courses with no billable days, invoices that may not move
back, and every way a new tariff version (``akutdesk tariffs add-version``) is refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from app.billing import items, lifecycle, tariffs
from app.billing.items import CourseFacts, Missing
from app.billing.tariffs import PILOT, Tariff, Version

D = dt.date
COURSE_ONLY = Version("Uden døgntakst", D(2021, 10, 1),
                      tuple(t for t in PILOT.tariffs if t.unit == "course"))  # fmt: skip


def _course(start: D | None, end: D | None, kind: str = "antibiotic_no_pump",
            last: D | None = None) -> CourseFacts:  # fmt: skip
    return CourseFacts(7, "u", 1, "ended" if end else "active", kind, 3, start, end, last)


def test_a_course_the_catalogue_has_no_tariff_for_is_named_as_missing():
    """D16/D13: a version need not price every type; an ended course of a type it lacks is
    "cannot be billed" (dated on its end, D11), never billed at another type's tariff."""
    no_fluid = Version("Uden væske", D(2021, 10, 1),
                       tuple(t for t in PILOT.tariffs if t.code != "IV-VAESKE"))  # fmt: skip
    fluid = _course(D(2026, 3, 1), D(2026, 3, 5), "fluid")
    assert items.course_item(fluid, [no_fluid]) == Missing(7, D(2026, 3, 5), "fluid", "course")
    assert items.course_item(fluid, [PILOT]).tariff.code == "IV-VAESKE"


def test_a_running_course_without_administrations_has_no_days_to_bill():
    """D11: a running course is billed up to its last municipal administration; with none
    recorded yet there is nothing, however long ago it started (and no course tariff)."""
    waiting = _course(D(2026, 1, 1), None)
    assert items.day_items(waiting, [PILOT], D(2026, 12, 31)) == []
    assert items.course_item(waiting, [PILOT]) is None
    assert waiting.days == 0
    running = _course(D(2026, 1, 1), None, last=D(2026, 1, 16))
    assert [i.date.day for i in items.day_items(running, [PILOT], D(2026, 12, 31))] == [15, 16]


def test_a_catalogue_without_day_rates_bills_no_days():
    """D3 as data (D16): the day rate from day 15 is an item of the version; a version
    without one bills a 40-day course its course tariff only."""
    long = _course(D(2026, 3, 1), D(2026, 4, 9))
    assert items.min_day_rate_from([COURSE_ONLY]) == 0
    assert items.day_items(long, [COURSE_ONLY], D(2026, 12, 31)) == []
    assert items.course_item(long, [COURSE_ONLY]).tariff.code == "IV-AB"


def test_days_before_the_first_tariff_version_are_outside_the_agreement():
    """D13: a course's day 15 onwards before the pilot's 2021-10-01 is not billed; its days
    from 2021-10-01 are, each at the version valid on the day."""
    course = _course(D(2021, 9, 1), D(2021, 10, 3))
    billed = items.day_items(course, [PILOT], D(2021, 12, 31))
    assert [i.date for i in billed] == [D(2021, 10, 1), D(2021, 10, 2), D(2021, 10, 3)]
    assert {i.tariff.code for i in billed} == {"IV-AB-LANG"}


def test_each_tariff_says_which_rule_it_bills_by():
    """D2/D3: a course tariff once per course; a day rate from its municipal day."""
    assert [t.rule for t in PILOT.tariffs] == [
        "course tariff", "course tariff", "course tariff", "day rate from day 15"
    ]  # fmt: skip


# -- the invoice's states (STYLE §3, D12) -----------------------------------------------------


@pytest.mark.parametrize(
    ("current", "target"),
    [("posted", "draft"), ("exported", "posted"), ("draft", "exported"), ("draft", "draft")],
)
def test_an_invoice_never_moves_back_nor_skips_posting(current, target):
    """D12: a posted invoice never changes back; a correction is a credit note."""
    with pytest.raises(lifecycle.InvoiceNotModifiable) as refused:
        lifecycle.check_transition("2026-0007", current, target)
    assert refused.value.code == "invoice_not_modifiable"


def test_the_allowed_transitions_pass_and_a_draft_is_named_as_such():
    lifecycle.check_transition("", "draft", "posted")
    lifecycle.check_transition("2026-0007", "posted", "exported")
    with pytest.raises(lifecycle.InvoiceNotModifiable) as refused:
        lifecycle.check_transition("", "posted", "draft")
    assert "(draft)" in str(refused.value)
    assert lifecycle.format_number(2026, 7) == "2026-0007"


# -- a new tariff version from JSON (D13, D16) ------------------------------------------------


def _version(**overrides: Any) -> dict[str, Any]:
    data = tariffs.version_json(Version("2026", D(2026, 1, 1), PILOT.tariffs))
    data.update(overrides)
    return data


def _entry(**overrides: Any) -> dict[str, Any]:
    entry = tariffs.version_json(PILOT)["tariffs"][0]
    entry.update(overrides)
    return _version(tariffs=[entry])


def _codes(data: dict[str, Any]) -> list[tuple[str, str]]:
    parsed, problems = tariffs.parse_version(data)
    assert parsed is None  # nothing is half-accepted
    return [(p.field, p.code) for p in problems]


def test_a_version_needs_a_label_a_date_and_tariffs():
    """D13: a version is a label, a valid-from date and at least one tariff."""
    assert _codes(_version(label="  ")) == [("label", "tariff.label")]
    assert _codes(_version(valid_from="1.1.2026")) == [("valid_from", "tariff.date")]
    assert _codes(_version(valid_from=None)) == [("valid_from", "tariff.date")]
    assert _codes(_version(tariffs=[])) == [("tariffs", "tariff.none")]
    assert _codes(_version(tariffs={"code": "IV-AB"})) == [("tariffs", "tariff.none")]
    assert _codes({}) == [("label", "tariff.label"), ("valid_from", "tariff.date"),
                          ("tariffs", "tariff.none")]  # fmt: skip


def test_each_tariff_must_be_an_object():
    assert _codes(_version(tariffs=["IV-AB", 7000])) == [
        ("tariffs[0]", "tariff.shape"), ("tariffs[1]", "tariff.shape")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"code": ""}, "tariff.text"),
        ({"code": "X" * 41}, "tariff.text"),
        ({"description": " "}, "tariff.text"),
        ({"description": "x" * 201}, "tariff.text"),
        ({"unit": "month"}, "tariff.unit"),
        ({"amount": "syv tusind"}, "tariff.amount"),
        ({"amount": "NaN"}, "tariff.amount"),
        ({"amount": "-1"}, "tariff.amount"),
        ({"amount": "7000.005"}, "tariff.amount"),
        ({"region_percent": "101"}, "tariff.percent"),
        ({"region_percent": "-0.01"}, "tariff.percent"),
        ({"region_percent": "halvfjerds"}, "tariff.percent"),
        ({"course_types": []}, "tariff.types"),
        ({"course_types": ["oral"]}, "tariff.types"),
        ({"course_types": "fluid"}, "tariff.types"),
        ({"from_day": 0}, "tariff.numbers"),
        ({"from_day": "15"}, "tariff.numbers"),
        ({"min_doses_per_day": -1}, "tariff.numbers"),
        ({"min_doses_per_day": 3.5}, "tariff.numbers"),
    ],
)
def test_every_field_of_a_tariff_is_checked_and_named(change, code):
    """D10 (share 0–100 %), D16 (a dose threshold ≥ 0), D3 (from a day ≥ 1), D41 (kroner
    with at most 2 decimals), D1 (the known course types)."""
    assert _codes(_entry(**change)) == [("tariffs[0]", code)]


def test_the_limits_of_a_tariff_are_accepted():
    parsed, problems = tariffs.parse_version(_entry(
        code="X" * 40, description="x" * 200, amount="0", region_percent="100",
        course_types=["fluid", "antibiotic_pump"], from_day=1, min_doses_per_day=0))  # fmt: skip
    assert problems == [] and parsed is not None
    tariff = parsed.tariffs[0]
    assert (tariff.amount, tariff.region_percent) == (Decimal(0), Decimal(100))
    assert tariff.course_types == ("fluid", "antibiotic_pump")


def test_every_problem_of_a_tariff_comes_at_once():
    found = _codes(_entry(code="", unit="week", amount="x", course_types=None, from_day=-1))
    assert [c for _, c in found] == [
        "tariff.text", "tariff.unit", "tariff.amount", "tariff.types", "tariff.numbers"
    ]  # fmt: skip


def test_two_tariffs_that_would_make_the_choice_ambiguous_are_refused():
    """D16: the most specific tariff (dose threshold) wins, so two of the same unit, type and
    threshold could not be told apart; a duplicate code is refused too."""
    pilot = tariffs.version_json(PILOT)["tariffs"]
    twin = dict(pilot[0], code="IV-AB-2")
    assert _codes(_version(tariffs=[*pilot, twin])) == [("tariffs", "tariff.ambiguous")]
    four = dict(pilot[0], code="IV-AB-4X", min_doses_per_day=4)
    parsed, problems = tariffs.parse_version(_version(tariffs=[*pilot, four]))
    assert problems == [] and parsed is not None
    assert _codes(_version(tariffs=[*pilot, dict(four, code="IV-AB")])) == [
        ("tariffs", "tariff.duplicate")
    ]


def test_a_parsed_version_is_made_of_plain_tariffs():
    parsed, _ = tariffs.parse_version(_version(note="  Regulering 2026  "))
    assert parsed is not None and parsed.note == "Regulering 2026"
    assert all(isinstance(t, Tariff) for t in parsed.tariffs)
    assert parsed.tariffs == PILOT.tariffs
