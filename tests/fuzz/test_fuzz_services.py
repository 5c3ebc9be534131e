"""Fuzzing the use cases with the input dataclasses the window and the import fill in
(issue #7): citizens (register, search), IV referrals and administrations, acute episodes,
measurements and GP contacts. Whatever the fields hold, a use case returns or refuses with
a typed error (AkutDeskError: InvalidInput, NotFound, …) — and a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.errors import AkutDeskError
from app.services import citizens
from app.services.acute import contacts, episodes, measurements
from app.services.admin import audit_chain as audit_trail
from app.services.citizens import CitizenInput
from app.services.iv import administrations, referrals, views
from app.services.iv.administrations import AdministrationInput
from tests.fuzz.counts import ran, service, table_counts
from tests.unit import acute_helpers, iv_helpers

TEXT = st.one_of(st.text(max_size=40), st.sampled_from(["", " ", "x" * 5000, "Ærø\x00Å",
                                                        "'; DROP TABLE citizens; --", "\u202e"]))  # fmt: skip
# Moments as a person or a file might give them: any year, naive (Copenhagen) or with a zone.
MOMENTS = st.one_of(
    st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 12, 31)),
    st.datetimes(),
    st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=14))])),
)
INTS = st.one_of(st.integers(-5, 100), st.integers())  # an int field gets an int (typed)
OPTIONAL_INTS = st.one_of(INTS, st.none())


def attempt(ctx, use_case: Callable[[], Any]) -> bool:  # type: ignore[no-untyped-def]
    """Run a use case: True when it went through; a refusal must have written nothing."""
    before = table_counts(ctx)
    try:
        use_case()
    except AkutDeskError:
        assert table_counts(ctx) == before, "a refused use case wrote something"
        return False
    return True


@pytest.fixture
def iv(admin) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A department, a citizen and an accepted IV course to record administrations on."""
    dept = iv_helpers.department(admin)
    person = iv_helpers.citizen(admin)
    uuid = iv_helpers.referral(admin, person, dept)
    referrals.accept_referral(admin, uuid, views.get_course(admin, uuid).version,
                              at=iv_helpers.at(-9, 9))  # fmt: skip
    return {"dept": dept, "citizen": person, "course": uuid}


@pytest.fixture
def episode(admin) -> str:  # type: ignore[no-untyped-def]
    person = acute_helpers.citizen(admin, "0202600001", "Hans", "Hansen")
    return acute_helpers.episode(admin, person)


@service(60)
@given(
    st.builds(
        CitizenInput,
        cpr=st.one_of(TEXT, st.from_regex(r"\A\d{6}-?\d{4}\Z")),
        first_name=TEXT,
        last_name=TEXT,
        address=TEXT,
        postcode=TEXT,
        phone=TEXT,
        gp_name=TEXT,
    ),
    TEXT,
)
@example(CitizenInput("0101500007", "Else", "Jensen\x00"), "\x00")  # PostgreSQL refuses NUL
@example(CitizenInput("", "", ""), "je\U0010ffff")  # found: no character after U+10FFFF
@example(CitizenInput("", "", ""), "je\ud7ff")  # found: the next one is a surrogate
def test_citizens_register_and_search(admin, data, text):
    ran("use case: register_citizen (CitizenInput)")
    attempt(admin, lambda: citizens.register_citizen(admin, data).value)
    ran("use case: search_citizens (search text)")
    assert isinstance(citizens.search_citizens(admin, text), list)


@service(60)
@given(
    course_type=st.one_of(TEXT, st.sampled_from(["antibiotic_no_pump", "fluid"])),
    doses=INTS, days=INTS, hospital=INTS,
    first_dose=st.dates(), referred_at=st.one_of(st.none(), MOMENTS),
    drug=TEXT, place=st.one_of(TEXT, st.just("home")), plan_end=st.one_of(st.none(), st.dates()),
    citizen_uuid=st.one_of(st.just("<citizen>"), TEXT),
)  # fmt: skip
def test_register_referral_with_junk_fields(admin, iv, **fields):
    ran("use case: register_referral (ReferralInput)")
    dept, person = iv["dept"], iv["citizen"]
    base = dict(
        citizen_uuid=person if fields["citizen_uuid"] == "<citizen>" else fields["citizen_uuid"],
        department_uuid=dept, responsible_doctor="Overlæge Hansen",
        course_type=fields["course_type"], drug=fields["drug"], dose="4 g",
        doses_per_day=fields["doses"], planned_days=fields["days"], iv_access="picc",
        closed_system="codan_mix_add", first_dose_date=fields["first_dose"],
        hospital_doses=fields["hospital"], place=fields["place"],
        plan_end_date=fields["plan_end"], referred_at=fields["referred_at"],
    )  # fmt: skip
    attempt(admin, lambda: referrals.register_referral(admin, referrals.ReferralInput(**base)))


@service(80)
@given(
    start=MOMENTS, minutes=st.integers(-600, 1000), reason=TEXT,
    temperature=st.one_of(st.none(), TEXT, st.sampled_from(["NaN", "sNaN", "-Infinity", "1e40",
                                                            "38,5", "1E-40"])),
    pulse=OPTIONAL_INTS, spo2=OPTIONAL_INTS, nurse=st.one_of(st.just(""), TEXT),
    complications=st.lists(st.one_of(TEXT, st.just("other"), st.just("fever")), max_size=3),
    place=st.one_of(st.just("home"), TEXT), recorded_at=st.one_of(st.none(), MOMENTS),
)  # fmt: skip
@example(start=dt.datetime(2026, 11, 20, 9), minutes=30, reason="", temperature="NaN", pulse=70,
         spo2=97, nurse="", complications=[], place="home", recorded_at=None)  # fmt: skip
@example(start=dt.datetime(1, 1, 1), minutes=30, reason="", temperature=None, pulse=None,
         spo2=None, nurse="", complications=[], place="home", recorded_at=None)  # fmt: skip
def test_record_administration_with_arbitrary_times_and_reasons(admin, iv, **f):
    ran("use case: record_administration (AdministrationInput)")
    data = AdministrationInput(
        start=f["start"], end=_plus(f["start"], f["minutes"]), place=f["place"],
        temperature=f["temperature"], pulse=f["pulse"], spo2=f["spo2"],
        complications=tuple(f["complications"]), exception_reason=f["reason"],
        nurse_initials=f["nurse"], recorded_at=f["recorded_at"],
    )  # fmt: skip
    attempt(admin, lambda: administrations.record_administration(admin, iv["course"], data))


def _plus(moment: dt.datetime, minutes: int) -> dt.datetime:
    try:
        return moment + dt.timedelta(minutes=minutes)
    except OverflowError:
        return moment


@service(60)
@given(kind=st.one_of(st.sampled_from(["temperature", "crp", "blood_pressure", "spo2"]), TEXT),
       at=MOMENTS, value=st.one_of(TEXT, st.integers(), st.floats(), st.decimals()),
       value2=st.one_of(st.none(), TEXT, st.integers()), note=TEXT)  # fmt: skip
def test_record_measurement(admin, episode, kind, at, value, value2, note):
    ran("use case: record_measurement (MeasurementInput)")
    data = measurements.MeasurementInput(kind, at, value, value2, note)
    attempt(admin, lambda: measurements.record_measurement(admin, episode, data))


@service(50)
@given(at=MOMENTS, channel=st.one_of(st.just("phone"), TEXT), gp=TEXT, practice=TEXT,
       flags=st.tuples(st.booleans(), st.booleans(), st.booleans()), note=TEXT,
       staff=st.one_of(st.just(""), TEXT))  # fmt: skip
def test_record_gp_contact(admin, episode, at, channel, gp, practice, flags, note, staff):
    ran("use case: record_gp_contact (GpContactInput)")
    data = contacts.GpContactInput(
        at, channel, gp, practice, *flags, note=note, staff_initials=staff
    )
    attempt(admin, lambda: contacts.record_gp_contact(admin, episode, data))


@service(50)
@given(group=INTS, referrer=st.one_of(st.just("gp"), TEXT), referred_at=MOMENTS,
       setting=st.one_of(st.just("home"), st.just("acute_place"), TEXT), doctor=TEXT,
       phone=TEXT, place=OPTIONAL_INTS, expected_end=st.one_of(st.none(), st.dates()),
       start_at=st.one_of(st.none(), MOMENTS))  # fmt: skip
def test_register_episode_with_junk_fields(admin, episode, **f):
    ran("use case: register_episode (EpisodeInput)")
    data = episodes.EpisodeInput(
        citizen_uuid=_episode_citizen(admin, episode), target_group=f["group"],
        referrer_kind=f["referrer"], referred_at=f["referred_at"], setting=f["setting"],
        responsible_doctor=f["doctor"], responsible_phone=f["phone"], place_number=f["place"],
        expected_end=f["expected_end"], start_at=f["start_at"],
    )  # fmt: skip
    attempt(admin, lambda: episodes.register_episode(admin, data))


def _episode_citizen(ctx, episode_uuid: str) -> str:  # type: ignore[no-untyped-def]
    from app.services.acute import views as acute_views

    return acute_views.get_episode(ctx, episode_uuid).citizen_uuid


def test_the_audit_chain_survives_the_use_cases(admin, iv, episode):
    assert audit_trail.verify(admin).intact
