"""The OK22 GP fee for acute-function contacts (D21–D25): daytime, the limit of two a day
in time order, age and insurance, the hospital's responsibility, the price index, the
monthly statement per practice and the Midtjylland trial's cap and split."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain import acute as rules
from app.errors import InvalidInput
from app.services.acute import contacts, episodes, fees, views
from app.services.acute.contacts import GpContactInput

from .acute_helpers import citizen, contact, episode, episode_input, on, weekday


def reasons(ctx, uuid):
    return [(c.billable, c.not_billable_reason) for c in views.get_episode(ctx, uuid).contacts]


def test_a_third_contact_is_recorded_but_not_billable_and_a_late_earlier_one_moves_the_limit(ctx):
    uuid = episode(ctx, citizen(ctx))
    day = weekday(1, 2)
    contact(ctx, uuid, on(day, 9))
    contact(ctx, uuid, on(day, 11))
    third = contact(ctx, uuid, on(day, 14))
    assert (third.billable, third.not_billable_reason) == (False, "limit")
    late = contact(ctx, uuid, on(day, 8, 30))  # entered afterwards, happened first
    assert late.billable
    assert reasons(ctx, uuid) == [(True, ""), (True, ""), (False, "limit"), (False, "limit")]
    # A contact without assessment does not use up the limit (D21 before D22).
    other = contact(ctx, uuid, on(weekday(1, 3), 9), assessed=False)
    assert other.not_billable_reason == "no_assessment"
    assert contact(ctx, uuid, on(weekday(1, 3), 10)).billable
    assert contact(ctx, uuid, on(weekday(1, 3), 11)).billable


def test_moving_a_contact_to_another_day_recounts_both_days(ctx):
    uuid = episode(ctx, citizen(ctx))
    day = weekday(1, 2)
    contact(ctx, uuid, on(day, 9))
    contact(ctx, uuid, on(day, 10))
    contact(ctx, uuid, on(day, 11))
    first = views.get_episode(ctx, uuid).contacts[0]
    data = GpContactInput(on(weekday(1, 1), 9), "video", "Læge Lund", "Lægehuset", treated=True)
    moved = contacts.update_gp_contact(ctx, first.uuid, first.version, data).value
    assert moved.billable
    assert reasons(ctx, uuid) == [(True, ""), (True, ""), (True, "")]


def test_under_18_and_not_group_1_never_count(ctx):
    young = episode(ctx, citizen(ctx, "0506124321", "Emil", "Berg"))
    assert contact(ctx, young, on(weekday(1, 2), 10)).not_billable_reason == "under_18"
    other = episode(ctx, citizen(ctx), group_1_insured=False)
    assert contact(ctx, other, on(weekday(1, 2), 10)).not_billable_reason == "not_group_1_insured"


def test_hospital_responsibility_never_counts_and_a_change_recounts(ctx):
    person = citizen(ctx)
    uuid = episode(ctx, person, 4, hospital_responsible=True)
    assert contact(ctx, uuid, on(weekday(1, 2), 10)).not_billable_reason == "hospital_responsible"
    version = views.get_episode(ctx, uuid).version
    # The hospital treatment is finished: responsibility moves to the GP (001:14096–14101).
    data = episode_input(person, 4, hospital_responsible=False)
    assert episodes.update_episode(ctx, uuid, version, data).value
    assert reasons(ctx, uuid) == [(True, "")]


@pytest.mark.parametrize(
    ("weekday_", "hh", "mm", "billable"),
    [(2, 7, 59, False), (2, 8, 0, True), (2, 15, 59, True), (2, 16, 0, False), (5, 10, 0, False)],
    ids=["07:59", "08:00", "15:59", "16:00", "saturday"],
)
def test_daytime_edges(ctx, weekday_, hh, mm, billable):
    uuid = episode(ctx, citizen(ctx))
    day = weekday(1, weekday_)
    if weekday_ < 5:  # a week whose day is a holiday would test D21's holidays instead
        day = next(
            d for d in (day - dt.timedelta(weeks=n) for n in range(8)) if rules.is_working_day(d)
        )
    result = contact(ctx, uuid, on(day, hh, mm))
    assert result.billable is billable
    assert result.not_billable_reason == ("" if billable else "outside_daytime")


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (dt.date(2026, 5, 13), True),  # the Wednesday before
        (dt.date(2026, 5, 14), False),  # Kristi himmelfartsdag
        (dt.date(2026, 4, 2), False),  # Skærtorsdag
        (dt.date(2026, 4, 6), False),  # 2. påskedag
        (dt.date(2026, 5, 25), False),  # 2. pinsedag
        (dt.date(2026, 6, 5), False),  # Grundlovsdag (D21 names it)
        (dt.date(2026, 12, 24), False),  # juleaftensdag (D21)
        (dt.date(2026, 12, 31), False),  # nytårsaftensdag (D21)
        (dt.date(2027, 1, 1), False),  # Nytårsdag
        (dt.date(2023, 5, 5), False),  # Store bededag, still a holiday in 2023
        (dt.date(2024, 4, 26), True),  # ... and no longer from 2024
        (dt.date(2026, 5, 1), True),  # 1 May is no public holiday
    ],
)
def test_d21_working_days_exclude_danish_public_holidays(day, working):
    assert rules.is_working_day(day) is working
    assert rules.is_daytime(dt.datetime.combine(day, dt.time(10))) is working


def test_a_gp_contact_on_kristi_himmelfartsdag_2026_at_10_does_not_count(ctx):
    """Issue #16: D21's daytime excludes the public holidays."""
    uuid = episode(ctx, citizen(ctx), referred_at=on(dt.date(2026, 5, 11), 9))
    holiday = contact(ctx, uuid, on(dt.date(2026, 5, 14), 10))
    assert (holiday.billable, holiday.not_billable_reason) == (False, "outside_daytime")
    workday = contact(ctx, uuid, on(dt.date(2026, 5, 13), 10))
    assert (workday.billable, workday.not_billable_reason) == (True, "")


def test_day_billability_is_pure_and_keeps_the_given_order():
    def facts(hh, **kw):
        values = dict(
            at=dt.datetime(2026, 11, 18, hh),
            assessed=True,
            treated=False,
            followed_up=False,
            hospital_responsible=False,
            age=70,
            group_1_insured=True,
        )
        values.update(kw)
        return rules.ContactFacts(**values)

    assert rules.day_billability([facts(14), facts(9), facts(10), facts(11, age=17)]) == [
        "limit",
        "",
        "",
        "under_18",
    ]


def test_the_fee_at_a_price_index_and_the_monthly_statement(ctx):
    assert fees.current_fee(ctx, dt.date(2026, 1, 1)) == Decimal("158.61")
    with pytest.raises(InvalidInput):
        fees.add_price_level(ctx, dt.date(2021, 4, 1), "1.1")  # shipped already
    fees.add_price_level(ctx, dt.date(2024, 4, 1), "1,1234")
    assert fees.current_fee(ctx, dt.date(2026, 1, 1)) == Decimal(
        "178.18"
    )  # 158.61 × 1.1234 = 178.182474
    assert fees.current_fee(ctx, dt.date(2023, 1, 1)) == Decimal("158.61")
    day = weekday(1, 2)
    first = episode(ctx, citizen(ctx))
    second = episode(ctx, citizen(ctx, "0202420008", "Jens", "Olsen"))
    for hh in (9, 10, 11):
        contact(ctx, first, on(day, hh))
    contact(ctx, second, on(day, 9), practice="Lægerne i Tarup")
    contact(ctx, second, on(day, 20), practice="Lægerne i Tarup")
    statement = fees.gp_fee_statement(ctx, day.strftime("%Y-%m"))
    assert statement.fee == Decimal("178.18") and statement.scheme == "ok22"
    assert [
        (line.practice, line.billable, line.not_billable, line.amount) for line in statement.lines
    ] == [
        ("Lægehuset", 2, 1, Decimal("356.36")),
        ("Lægerne i Tarup", 1, 1, Decimal("178.18")),
    ]
    assert statement.total == Decimal("534.54")
    assert statement.not_billable == {"limit": 1, "outside_daytime": 1}


def test_the_trial_scheme_cap_and_split(ctx):
    use = rules.cap_use("midtjylland_trial", Decimal("3200000.005"))
    assert use.cap == Decimal("3000000.00") and use.over_cap == Decimal("200000.01")
    assert (use.region, use.municipalities) == (Decimal("1500000.00"), Decimal("1500000.00"))
    small = rules.cap_use("midtjylland_trial", Decimal("317.23"))
    assert (small.region, small.municipalities) == (Decimal("158.62"), Decimal("158.61"))
    assert rules.cap_use("ok22", Decimal("9000000")).over_cap == 0
    fees.set_fee_scheme(ctx, "midtjylland_trial")
    assert fees.get_fee_scheme(ctx) == "midtjylland_trial"
    with pytest.raises(InvalidInput):
        fees.set_fee_scheme(ctx, "free_for_all")
    day = weekday(1, 2)
    uuid = episode(ctx, citizen(ctx))
    contact(ctx, uuid, on(day, 9))
    contact(ctx, uuid, on(day, 10))
    statement = fees.trial_statement(ctx, day.year)
    assert sum(m.billable for m in statement.months) == 2
    assert statement.use.total == Decimal("317.22")
    assert statement.use.region + statement.use.municipalities == Decimal("317.22")
    assert statement.use.used_share == Decimal("0.0001")
