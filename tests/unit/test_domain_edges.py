"""The pure rules of app.domain at their edges, without a store: what the service tests
reach only on the happy path (issue #11, build item 7: every line of a rule module is run
by a test that would fail if the rule changed)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain import acute, clock, identifiers, iv, reference
from app.domain.iv import ReferralFacts

CET = clock.COPENHAGEN


def codes(problems) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.field, p.code) for p in problems]


# -- D42: Copenhagen time ---------------------------------------------------------------------


def test_a_naive_stored_moment_counts_as_utc():
    """D42: timestamps are stored in UTC; a naive one (as SQLite gives it back) is UTC, so
    12:00 in January is 13:00 in Copenhagen, and 12:00 in July is 14:00 (summer time)."""
    assert clock.local(dt.datetime(2026, 1, 15, 12, 0)).hour == 13
    assert clock.local(dt.datetime(2026, 7, 15, 12, 0)).hour == 14
    aware = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
    assert clock.local(aware) == clock.local(dt.datetime(2026, 1, 15, 12, 0))
    assert clock.local(aware).tzinfo is CET


def test_format_local_is_danish_style_and_empty_for_no_moment():
    """D41/D42: ``dd.mm.yyyy hh:mm`` in Copenhagen time; no moment shows as nothing."""
    assert clock.format_local(dt.datetime(2026, 11, 23, 13, 5, tzinfo=dt.UTC)) == "23.11.2026 14:05"
    assert clock.format_local(None) == ""


# -- D40: CPR ---------------------------------------------------------------------------------


def test_age_on_counts_birthdays_and_knows_no_age_without_a_birth_date():
    """D40: the age comes from the CPR's date and century (7th digit); a number with no real
    date gives no age (so the IV age rule, DIGEST §1.3, is not applied to it)."""
    assert identifiers.age_on("211062-1629", dt.date(2026, 10, 20)) == 63
    assert identifiers.age_on("211062-1629", dt.date(2026, 10, 21)) == 64
    assert identifiers.age_on("211062-5629", dt.date(2026, 10, 21)) == 164  # born 1862
    assert identifiers.age_on("321362-1629", dt.date(2026, 10, 21)) is None
    assert identifiers.age_on("", dt.date(2026, 10, 21)) is None


# -- reference data (DIGEST §5.7) -------------------------------------------------------------


def test_the_first_start_offers_region_syddanmarks_22_municipalities_by_their_full_name():
    """DIGEST §5.7: the 22 municipalities of Region Syddanmark, shown as "X Kommune"."""
    assert len(reference.RSD_MUNICIPALITIES) == len(set(reference.RSD_MUNICIPALITIES)) == 22
    assert reference.municipality_display_name("Odense") == "Odense Kommune"
    assert reference.municipality_display_name("Ærø") == "Ærø Kommune"


# -- IV referrals and administrations (DIGEST §1.3–§1.5, D16) --------------------------------


def _referral(**overrides) -> ReferralFacts:  # type: ignore[no-untyped-def]
    values = {"cpr": "211062-1629", "course_type": "antibiotic_no_pump",
              "first_dose_date": dt.date(2026, 3, 1), "hospital_doses": 2, "doses_per_day": 3,
              "planned_days": 7}  # fmt: skip
    values.update(overrides)
    return ReferralFacts(**values)


def test_a_valid_referral_has_no_problems():
    assert iv.check_referral(_referral()) == []
    assert iv.check_referral(_referral(planned_days=1, doses_per_day=1, hospital_doses=0)) == []
    assert iv.check_referral(_referral(planned_days=90, doses_per_day=6)) == []


@pytest.mark.parametrize("days", [0, 91, -3])
def test_planned_days_outside_1_to_90_are_refused(days):
    """A referral plans 1 to 90 days (DIGEST §1.11: the referral states the expected length)."""
    assert codes(iv.check_referral(_referral(planned_days=days))) == [
        ("planned_days", "iv.planned_days")
    ]


def test_negative_hospital_doses_are_refused_and_every_problem_is_named_at_once():
    """DIGEST §1.5: the doses given in hospital are counted (at least two for antibiotics,
    checked at acceptance); a negative count is never a count. All problems come together."""
    assert codes(iv.check_referral(_referral(hospital_doses=-1))) == [
        ("hospital_doses", "iv.hospital_doses")
    ]
    found = iv.check_referral(
        _referral(course_type="x", doses_per_day=7, planned_days=0, hospital_doses=-1)
    )
    assert [f for f, _ in codes(found)] == [
        "course_type", "doses_per_day", "planned_days", "hospital_doses"
    ]  # fmt: skip


def _at(hour: int, minute: int = 0, day: int = 10) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute)


def test_an_administration_that_ends_before_it_starts_is_refused_before_any_d16_check():
    """An administration's end is after its start; nothing else is judged (no D16 flags)."""
    found, flags = iv.check_administration_times(_at(9), _at(8, 59), 5, "")
    assert codes(found) == [("end", "iv.end_before_start")]
    assert flags == []


def test_an_administration_longer_than_12_hours_is_refused():
    """DIGEST §1.4: an infusion keeps the nurse less than an hour; over 12 hours is a typing
    error, refused even with a reason. Exactly 12 hours is still accepted."""
    found, flags = iv.check_administration_times(_at(7), _at(19, 1), 0, "reason")
    assert codes(found) == [("end", "iv.too_long")]
    assert flags == []
    found, _ = iv.check_administration_times(_at(7), _at(19), 0, "")
    assert found == []


def test_d16_flags_an_administration_past_midnight_and_the_fourth_of_a_day():
    """D16: within 07:00–23:00 on one day, at most 3 a day; otherwise a reason is needed and
    the exception is flagged for reports."""
    found, flags = iv.check_administration_times(_at(22, 30), _at(0, 30, day=11), 3, "")
    assert flags == ["outside_07_23", "more_than_3_a_day"]
    assert codes(found) == [("reason", "iv.d16")]
    found, flags = iv.check_administration_times(_at(22, 30), _at(0, 30, day=11), 3, "sepsis")
    assert found == [] and flags == ["outside_07_23", "more_than_3_a_day"]


# -- acute episodes and measurements (OK22 Bilag 3, D20) -------------------------------------


def _episode(**overrides) -> acute.EpisodeFacts:  # type: ignore[no-untyped-def]
    values = {"target_group": 1, "referrer_kind": "gp", "setting": "home",
              "responsible_doctor": "Lægerne i Vestergade", "responsible_phone": "66 11 22 33"}  # fmt: skip
    values.update(overrides)
    return acute.EpisodeFacts(**values)


def test_an_episode_needs_the_responsible_doctor_and_a_phone():
    """D20 (DIGEST §2.3, 001:14109–14115): who holds treatment responsibility, and how to
    reach them, is mandatory; blanks count as missing."""
    assert acute.check_episode(_episode()) == []
    found = acute.check_episode(_episode(responsible_doctor=" ", responsible_phone=""))
    assert codes(found) == [
        ("responsible_doctor", "acute.responsible_missing"),
        ("responsible_phone", "acute.responsible_phone_missing"),
    ]


def test_the_referrer_must_fit_the_target_group():
    """D20 (DIGEST §2.3, 001:14055–14082): groups 1–2 are referred by the GP, group 3 by home
    nursing, group 4 by a hospital doctor."""
    assert acute.check_episode(_episode(target_group=4, referrer_kind="hospital_physician")) == []
    assert codes(acute.check_episode(_episode(target_group=3, referrer_kind="gp"))) == [
        ("referrer_kind", "acute.referrer_mismatch")
    ]


def test_an_unknown_measurement_kind_is_refused():
    """Measurements are of the known kinds (NPU codes) only."""
    first, second, found = acute.check_measurement("cholesterol", "5")
    assert (first, second) == (None, None)
    assert codes(found) == [("kind", "choice.invalid")]


@pytest.mark.parametrize("value", ["abc", "", "1,2,3", None, "NaN", "Infinity", "-inf"])
def test_a_measurement_that_is_not_a_finite_number_is_refused(value):
    """A value is a number (Danish decimal comma allowed); NaN and infinities are not."""
    first, _, found = acute.check_measurement("crp", value)
    assert first is None
    assert codes(found) == [("value", "measure.value")]


def test_a_blood_pressure_names_each_bad_value_by_its_field():
    """The systolic is ``value``, the diastolic ``value2``: a non-number diastolic is named."""
    first, second, found = acute.check_measurement("blood_pressure", "120", "x")
    assert (first, second) == (Decimal(120), None)
    assert codes(found) == [("value2", "measure.value")]
    first, second, found = acute.check_measurement("blood_pressure", "120", "80")
    assert (first, second, found) == (Decimal(120), Decimal(80), [])


def test_a_measurement_is_rounded_to_its_kinds_decimals():
    """CRP is kept with one decimal (84,56 → 84.6), a pulse as a whole number."""
    assert acute.check_measurement("crp", "84,56")[0] == Decimal("84.6")
    assert acute.check_measurement("pulse", "71.4")[0] == Decimal(71)


def test_the_administration_form_proposes_the_courses_usual_visit_ending_now():
    """Issue #14: start = end = now put 0 minutes into the time study whenever the nurse
    saved the form unchanged; the proposal is the course's usual visit (DIGEST §1.15)."""
    from app.domain.iv import FIRST_VISIT_MINUTES, proposed_times

    now = dt.datetime(2026, 3, 4, 14, 7, 41)
    end = dt.datetime(2026, 3, 4, 14, 7)
    assert proposed_times(now, ()) == (end - dt.timedelta(minutes=FIRST_VISIT_MINUTES), end)
    # the median of the earlier visits, a 0-minute one left out
    assert proposed_times(now, (0, 20, 45, 25)) == (end - dt.timedelta(minutes=25), end)
    # never a proposal that asks for a D16 exception the visit does not have
    early = dt.datetime(2026, 3, 4, 7, 10)
    assert proposed_times(early, (40,)) == (dt.datetime(2026, 3, 4, 7, 0), early)
    late = dt.datetime(2026, 3, 4, 0, 10)
    assert proposed_times(late, (30,)) == (dt.datetime(2026, 3, 3, 23, 40), late)
