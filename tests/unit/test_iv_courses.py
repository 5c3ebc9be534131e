"""IV courses as the agreement tells them (DIGEST §1; D1–D8, D16): scenarios end to end,
and every rule refusing bad input with the rule named and nothing written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.errors import InvalidInput, StaleRecord
from app.models import Administration, AuditEntry, CrpCheck, IvCourse
from app.services.iv import courses, crp, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.crp import ConferenceInput, CrpInput

from .iv_helpers import at, citizen, day, department, referral


def version(ctx, uuid):
    """The course's current version, read without opening it (opening is audit-logged)."""
    with ctx.store.read() as s:
        return s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))


def count(ctx, model):
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def give(ctx, uuid, offset, hh=8, **extra):
    return record_administration(
        ctx,
        uuid,
        AdministrationInput(start=at(offset, hh), end=at(offset, hh, 40), place="home", **extra),
    ).value


_current_store: list = [None]


def audit_rows(store):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)), s.scalar(
            select(func.max(IvCourse.version))
        )


@pytest.fixture(autouse=True)
def _remember_store(ctx):
    _current_store[0] = ctx.store


@pytest.fixture
def dept(ctx):
    return department(ctx)


@pytest.fixture
def person(ctx):
    return citizen(ctx)


def accepted_course(ctx, person, dept, accept_offset=-9, **changes):
    uuid = referral(ctx, person, dept, **changes)
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(accept_offset, 10))
    return uuid


def test_scenario_switch_to_oral_after_day_3_crp(ctx, person, dept):
    # Treatment day 1 in hospital 10 days ago; referral the same day; accepted the next day.
    uuid = referral(ctx, person, dept)
    assert views.get_course(ctx, uuid).status == "referred"
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(-9, 10))
    give(ctx, uuid, -9, 15)  # municipal day 1 = treatment day 2
    give(ctx, uuid, -9, 22)
    give(ctx, uuid, -8, 7)  # treatment day 3
    view = views.get_course(ctx, uuid)
    assert (view.status, view.start_date, view.crp_due) == ("active", day(-9), day(-8))
    crp_uuid = crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-8, 8), value="38,5")).value
    assert views.crp_state  # the check is open until the conference decides
    crp.record_decision(
        ctx,
        crp_uuid,
        version(ctx, uuid),
        ConferenceInput(
            conference_with="Læge K. Lund, Infektionsmedicinsk Afd. Q",
            conference_at=at(-8, 11),
            channel="phone",
            decision="switch_to_oral",
            note="Tablet amoxicillin/clavulansyre",
        ),
    )
    view = views.get_course(ctx, uuid)
    assert (view.status, view.end_date, view.end_reason) == ("ended", day(-8), "switched_to_oral")
    assert view.length_days == 2  # D4: end − start + 1 municipal days
    assert view.crp_state == "done"
    kinds = [e.kind for e in view.timeline]
    assert kinds == [
        "referred",
        "accepted",
        "administration",
        "administration",
        "administration",
        "crp",
        "conference",
        "ended",
    ]


def test_scenario_readmit(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    give(ctx, uuid, -8)
    crp_uuid = crp.record_crp(
        ctx, uuid, CrpInput(measured_at=at(-8, 9), value=Decimal("212"))
    ).value
    crp.record_decision(
        ctx,
        crp_uuid,
        version(ctx, uuid),
        ConferenceInput(
            conference_with="Bagvagt, Medicinsk Afd. M",
            conference_at=at(-8, 10),
            channel="video",
            decision="readmit",
        ),
    )
    view = views.get_course(ctx, uuid)
    assert (view.status, view.end_reason, view.length_days) == ("ended", "readmitted", 1)
    with pytest.raises(InvalidInput) as caught:
        give(ctx, uuid, -7)
    assert caught.value.problems[0].code == "iv.after_end"


def test_continue_iv_keeps_the_course_running(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    give(ctx, uuid, -8)
    crp_uuid = crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-8, 9), value=40)).value
    crp.record_decision(
        ctx,
        crp_uuid,
        version(ctx, uuid),
        ConferenceInput(
            conference_with="Læge",
            conference_at=at(-8, 12),
            channel="phone",
            decision="continue_iv",
        ),
    )
    assert views.get_course(ctx, uuid).status == "active"
    with pytest.raises(InvalidInput) as caught:
        crp.record_decision(
            ctx,
            crp_uuid,
            version(ctx, uuid),
            ConferenceInput(
                conference_with="Læge",
                conference_at=at(-8, 13),
                channel="phone",
                decision="readmit",
            ),
        )
    assert caught.value.problems[0].code == "crp.decided"


def refused(call, code, ctx=None):
    """The call is refused with ``code`` — and writes nothing (no audit entry, no record)."""
    store = _current_store[0]
    before = audit_rows(store)
    with pytest.raises(InvalidInput) as caught:
        call()
    assert audit_rows(store) == before, "a refused call wrote something"
    codes = [p.code for p in caught.value.problems]
    assert code in codes, codes
    return caught.value


def test_under_15_refused_at_acceptance_unless_local_agreement(ctx, dept):
    child = citizen(ctx, cpr=f"{day(-14 * 365).strftime('%d%m%y')}4007", first="Ida", last="Barn")
    uuid = referral(ctx, child, dept)
    error = refused(
        lambda: referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(-9)), "iv.age"
    )
    assert "15 or over" in error.message
    assert views.get_course(ctx, uuid).status == "referred"
    other = referral(ctx, child, dept, local_agreement_under_15="Lokalaftale Odense/OUH 2024-03")
    referrals.accept_referral(ctx, other, version(ctx, other), at=at(-9))
    assert views.get_course(ctx, other).status == "accepted"


def test_antibiotics_need_two_hospital_doses_fluids_do_not(ctx, person, dept):
    uuid = referral(ctx, person, dept, hospital_doses=1)
    error = refused(
        lambda: referrals.accept_referral(ctx, uuid, version(ctx, uuid)), "iv.hospital_doses_min"
    )
    assert "at least 2 doses in hospital" in error.message
    fluid = referral(ctx, person, dept, course_type="fluid", drug="NaCl 0,9 %", hospital_doses=0)
    referrals.accept_referral(ctx, fluid, version(ctx, fluid))
    assert views.get_course(ctx, fluid).status == "accepted"


def test_no_administration_before_acceptance(ctx, person, dept):
    uuid = referral(ctx, person, dept)
    before = count(ctx, Administration)
    error = refused(lambda: give(ctx, uuid, -9), "iv.not_accepted")
    assert "cannot start before" in error.message
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(-8, 12))
    refused(lambda: give(ctx, uuid, -8, 9), "iv.before_acceptance")
    assert count(ctx, Administration) == before


def test_fourth_dose_and_night_dose_need_a_reason_and_are_flagged(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    for hh in (8, 14, 20):
        give(ctx, uuid, -7, hh)
    error = refused(lambda: give(ctx, uuid, -7, 22), "iv.d16")
    assert "at most 3 a day" in error.message and "D16" not in error.message  # codes: docs only
    assert [p.code for p in error.problems] == ["iv.d16"]
    assert count(ctx, Administration) == 3
    give(ctx, uuid, -7, 22, exception_reason="Ordineret 4 gange dagligt af OUH")
    refused(lambda: give(ctx, uuid, -6, 5), "iv.d16")
    give(ctx, uuid, -6, 5, exception_reason="Forsinket dosis")
    view = views.get_course(ctx, uuid)
    assert view.flagged_administrations == 2


def test_late_entries_are_marked(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    give(ctx, uuid, -7)
    with ctx.store.read() as s:
        assert s.scalars(select(Administration.late)).one() is True
    assert views.get_course(ctx, uuid).late_administrations == 1


def test_rejection_needs_category_and_text(ctx, person, dept):
    uuid = referral(ctx, person, dept)
    refused(
        lambda: referrals.reject_referral(ctx, uuid, version(ctx, uuid), "capacity", " "),
        "iv.rejection_text",
    )
    refused(
        lambda: referrals.reject_referral(ctx, uuid, version(ctx, uuid), "busy", "x"),
        "choice.invalid",
    )
    referrals.reject_referral(
        ctx, uuid, version(ctx, uuid), "patient_safety", "Ustabil, feber 39,8"
    )
    view = views.get_course(ctx, uuid)
    assert (view.status, view.rejection_reason) == ("rejected", "patient_safety")
    refused(lambda: give(ctx, uuid, -5), "iv.rejected")


def test_crp_rules(ctx, person, dept):
    fluid = accepted_course(ctx, person, dept, course_type="fluid", drug="NaCl", hospital_doses=0)
    refused(lambda: crp.record_crp(ctx, fluid, CrpInput(measured_at=at(-8), value=10)), "crp.fluid")
    uuid = accepted_course(ctx, person, dept)
    refused(
        lambda: crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-8), value="abc")), "crp.value"
    )
    refused(
        lambda: crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-8), value=5000)), "crp.range"
    )
    refused(
        lambda: crp.record_crp(
            ctx, uuid, CrpInput(measured_at=at(-8), value=50, method="measured_at_hospital")
        ),
        "crp.hospital_value",
    )
    assert count(ctx, CrpCheck) == 0
    late = accepted_course(ctx, person, dept, accept_offset=-5)  # accepted on treatment day 6
    crp.record_crp(ctx, late, CrpInput(measured_at=at(-8), value=50, method="measured_at_hospital"))
    assert count(ctx, CrpCheck) == 1


def test_decision_needs_who_channel_and_decision(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    crp_uuid = crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-8), value=20)).value
    error = refused(
        lambda: crp.record_decision(
            ctx,
            crp_uuid,
            version(ctx, uuid),
            ConferenceInput(
                conference_with="", conference_at=at(-8, 10), channel="pigeon", decision="wait"
            ),
        ),
        "crp.who",
    )
    assert {p.field for p in error.problems} == {"conference_with", "channel", "decision"}
    # none chosen (the form has no default, issue #12): asked for, without the codes
    error = refused(
        lambda: crp.record_decision(
            ctx, crp_uuid, version(ctx, uuid), ConferenceInput("Læge", at(-8, 10), "phone", "")
        ),
        "crp.no_decision",
    )
    assert [p.field for p in error.problems] == ["decision"]
    assert "continue_iv" not in error.problems[0].message


def test_end_reasons(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    give(ctx, uuid, -8)
    give(ctx, uuid, -6)
    refused(
        lambda: courses.end_course(ctx, uuid, version(ctx, uuid), day(-6), "other", ""),
        "iv.end_other",
    )
    refused(
        lambda: courses.end_course(ctx, uuid, version(ctx, uuid), day(-7), "completed"),
        "iv.end_before_last",
    )
    refused(
        lambda: courses.end_course(ctx, uuid, version(ctx, uuid), day(1), "completed"),
        "iv.end_future",
    )
    courses.end_course(ctx, uuid, version(ctx, uuid), day(-6), "completed")
    view = views.get_course(ctx, uuid)
    assert (view.end_reason, view.length_days) == ("completed", 3)


def test_type_change_is_a_dated_event(ctx, person, dept):
    uuid = accepted_course(
        ctx, person, dept, course_type="antibiotic_pump", closed_system="elastomeric_pump"
    )
    courses.change_course_type(
        ctx, uuid, version(ctx, uuid), "antibiotic_no_pump", day(-6), "Pumpe seponeret"
    )
    view = views.get_course(ctx, uuid)
    assert view.course_type == "antibiotic_no_pump"
    assert [e.text for e in view.timeline if e.kind == "type_change"] == [
        "antibiotic_pump → antibiotic_no_pump"
    ]
    refused(
        lambda: courses.change_course_type(
            ctx, uuid, version(ctx, uuid), "antibiotic_no_pump", day(-5)
        ),
        "iv.same_type",
    )


def test_second_save_of_a_course_is_refused_naming_who(ctx, other_ctx, person, dept):
    uuid = referral(ctx, person, dept)
    seen = version(ctx, uuid)
    referrals.accept_referral(other_ctx, uuid, seen, at=at(-9))
    audits = count(ctx, AuditEntry)
    with pytest.raises(StaleRecord) as caught:
        referrals.reject_referral(ctx, uuid, seen, "capacity", "Ingen ledige sygeplejersker")
    assert "Peter Visitator (PV)" in caught.value.message
    assert count(ctx, AuditEntry) == audits
    assert views.get_course(ctx, uuid).status == "accepted"


def test_referral_field_rules(ctx, person, dept):
    error = refused(
        lambda: referral(
            ctx, person, dept, iv_access="arm", doses_per_day=0, drug=" ", closed_system="other"
        ),
        "choice.invalid",
    )
    assert {p.field for p in error.problems} >= {
        "iv_access",
        "doses_per_day",
        "drug",
        "closed_system_other",
    }
    assert count(ctx, IvCourse) == 0


def test_list_courses_filters_by_status_and_citizen(ctx, person, dept):
    other = citizen(ctx, cpr="0202600018", first="Bent", last="Dam")
    running = accepted_course(ctx, person, dept)
    waiting = referral(ctx, other, dept, referred_at=at(-2))
    rows = views.list_courses(ctx, "open")
    assert [r.uuid for r in rows] == [waiting, running]  # newest referral first
    assert [r.uuid for r in views.list_courses(ctx, "referred")] == [waiting]
    assert [r.uuid for r in views.list_courses(ctx, "open", "bent")] == [waiting]
    assert [r.uuid for r in views.list_courses(ctx, "all", "010150")] == [running]
    assert rows[0].cpr_masked == "020260-xxxx" and rows[0].unit_code == "OUH"
    assert [r.uuid for r in views.courses_of_citizen(ctx, person)] == [running]


def test_opening_a_course_is_audit_logged_refreshing_is_not(ctx, person, dept):
    uuid = referral(ctx, person, dept)
    views.get_course(ctx, uuid)
    views.get_course(ctx, uuid, opened=False)
    with ctx.store.read() as s:
        opened = s.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity_uuid == uuid, AuditEntry.action == "open"
            )
        ).all()
    assert opened == ["open"]


# -- the declared workflow and the CRP with its decision as one use case (#11) ----------------


CONFERENCE = ConferenceInput(
    conference_with="Læge K. Lund, Infektionsmedicinsk Afd. Q",
    conference_at=at(-8, 11),
    channel="phone",
    decision="switch_to_oral",
)


def test_forbidden_transitions_are_refused_with_nothing_written(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    refused(lambda: referrals.accept_referral(ctx, uuid, version(ctx, uuid)), "iv.not_referred")
    refused(
        lambda: referrals.reject_referral(ctx, uuid, version(ctx, uuid), "capacity", "Ingen"),
        "iv.not_referred_reject",
    )
    courses.end_course(ctx, uuid, version(ctx, uuid), day(-1), "completed")
    refused(
        lambda: courses.end_course(ctx, uuid, version(ctx, uuid), day(0), "completed"),
        "iv.not_running",
    )
    refused(
        lambda: crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-2), value=5)),
        "crp.course_closed",
    )
    assert views.get_course(ctx, uuid).status == "ended"


def test_crp_and_decision_in_one_use_case(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    give(ctx, uuid, -8, 7)
    crp_uuid = crp.record_crp_and_decision(
        ctx, uuid, CrpInput(measured_at=at(-8, 8), value="38,5"), CONFERENCE, version(ctx, uuid)
    ).value
    view = views.get_course(ctx, uuid)
    assert (view.status, view.end_reason, view.crp_state) == ("ended", "switched_to_oral", "done")
    assert view.open_crp_uuid is None
    with ctx.store.read() as s:
        check = s.scalar(select(CrpCheck).where(CrpCheck.uuid == crp_uuid))
        assert (check.value, check.decision) == (Decimal("38.5"), "switch_to_oral")
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_uuid == crp_uuid)
        ).all()
    assert "decide" in actions and len(actions) == 2  # as the two steps wrote them


def test_crp_without_decision_awaits_it(ctx, person, dept):
    """D6: a value without a decision stays open; the decision follows later."""
    uuid = accepted_course(ctx, person, dept)
    crp_uuid = crp.record_crp_and_decision(
        ctx, uuid, CrpInput(measured_at=at(-8, 8), value=40)
    ).value
    assert views.get_course(ctx, uuid).open_crp_uuid == crp_uuid
    crp.record_decision(ctx, crp_uuid, version(ctx, uuid), CONFERENCE)
    assert views.get_course(ctx, uuid).status == "ended"


def test_a_refused_decision_writes_no_crp_value(ctx, person, dept):
    uuid = accepted_course(ctx, person, dept)
    for bad, code in (
        (ConferenceInput("", at(-8, 11), "phone", "switch_to_oral"), "crp.who"),
        (ConferenceInput("Læge", at(-8, 11), "phone", "maybe"), "choice.invalid"),
        (ConferenceInput("Læge", at(-8, 6), "phone", "readmit"), "crp.conference_before"),
    ):
        refused(
            lambda bad=bad: crp.record_crp_and_decision(
                ctx, uuid, CrpInput(measured_at=at(-8, 8), value=40), bad, version(ctx, uuid)
            ),
            code,
        )
    assert count(ctx, CrpCheck) == 0
    assert views.get_course(ctx, uuid).status == "accepted"


def test_only_an_active_nurse_can_be_given_as_the_performer(ctx, person, dept):
    """Issue #12: the administrator or the manager cannot be recorded as "given by"."""
    from app.models import User
    from app.services.security import users

    users.add_user(ctx, "Lars Leder", "LL", ("manager",), "en-lang-adgangskode-1")
    users.add_user(ctx, "Anders Admin", "AA", ("administrator",), "en-lang-adgangskode-1")
    users.add_user(ctx, "Nina Nat", "NN", ("nurse",), "en-lang-adgangskode-1")
    users.add_user(ctx, "Tidligere Sygeplejerske", "TS", ("nurse",), "en-lang-adgangskode-1")
    users.set_active(ctx, "TS", False)
    uuid = accepted_course(ctx, person, dept)
    for initials in ("LL", "aa", "TS"):
        error = refused(
            lambda i=initials: give(ctx, uuid, -7, nurse_initials=i), "iv.performer_not_nurse"
        )
        assert [p.field for p in error.problems] == ["nurse"]
    refused(lambda: give(ctx, uuid, -7, nurse_initials="XX"), "iv.nurse")
    assert count(ctx, Administration) == 0
    give(ctx, uuid, -7, nurse_initials="nn")
    with ctx.store.read() as s:
        given_by = s.scalar(
            select(User.initials).join(Administration, Administration.nurse_id == User.id)
        )
    assert given_by == "NN"
