"""A conference decision or an end recorded by mistake is taken back the same day, by its
author or by a nurse with a reason; nothing is deleted (issue #12, item 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.domain import clock
from app.errors import InvalidInput
from app.models import AuditEntry, CrpCheck, IvCourse
from app.services.iv import corrections, courses, crp, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.crp import ConferenceInput, CrpInput
from app.services.security import users

from .iv_helpers import at, citizen, day, department, referral

PASSWORD = "en-lang-adgangskode-1"


def version(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))


def audit_count(ctx):
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def signed_in(ctx, initials, roles):
    users.add_user(ctx, f"Bruger {initials}", initials, roles, PASSWORD)
    return users.sign_in(ctx.store, initials, PASSWORD)


@pytest.fixture
def course(ctx):
    uuid = referral(ctx, citizen(ctx), department(ctx))
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(-2, 10))
    for offset, hh in ((-2, 15), (-1, 8), (-1, 16)):
        record_administration(
            ctx,
            uuid,
            AdministrationInput(start=at(offset, hh), end=at(offset, hh, 30), place="home"),
        )
    return uuid


def now():
    """Copenhagen wall-clock time, naive (as a person types it)."""
    return clock.local(clock.now_utc()).replace(tzinfo=None)


def decide(ctx, course_uuid, decision, note=""):
    check = crp.record_crp_and_decision(
        ctx,
        course_uuid,
        CrpInput(measured_at=now() - dt.timedelta(minutes=30), value="41"),
        ConferenceInput(
            conference_with="Læge K. Lund, Infektionsmedicinsk Afd. Q",
            conference_at=now() - dt.timedelta(minutes=10),
            channel="phone",
            decision=decision,
            note=note,
        ),
        version(ctx, course_uuid),
    )
    return check.value


def refused(ctx, call, code):
    before = audit_count(ctx)
    with pytest.raises(InvalidInput) as caught:
        call()
    assert code in [p.code for p in caught.value.problems]
    assert audit_count(ctx) == before, "a refused correction wrote something"
    return caught.value


def test_a_switch_to_tablets_taken_back_by_its_author_reopens_the_course(ctx, course):
    check = decide(ctx, course, "switch_to_oral", "Tablet amoxicillin")
    assert views.get_course(ctx, course).status == "ended"
    done = corrections.correct_decision(ctx, check, version(ctx, course))
    assert ("iv_course", course) in done.changes.ids
    view = views.get_course(ctx, course)
    assert (view.status, view.end_date, view.end_reason) == ("active", None, "")
    with ctx.store.read() as s:
        row = s.scalars(select(CrpCheck).where(CrpCheck.uuid == check)).one()
        assert (row.value, row.decision, row.conference_with) == (41, "", "")
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "correct").order_by(AuditEntry.sequence)
        ).all()
    assert [(e.entity, e.before.get("decision") or e.before.get("reason")) for e in entries] == [
        ("iv_course", "switched_to_oral"),
        ("iv_crp", "switch_to_oral"),
    ]
    # The value awaits a new decision, which can now be recorded (D6).
    crp.record_decision(
        ctx,
        check,
        version(ctx, course),
        ConferenceInput(
            conference_with="Læge K. Lund",
            conference_at=now() - dt.timedelta(minutes=5),
            channel="phone",
            decision="continue_iv",
        ),
    )
    assert views.get_course(ctx, course).status == "active"


def test_a_continue_decision_taken_back_leaves_the_course_running(ctx, course):
    check = decide(ctx, course, "continue_iv")
    corrections.correct_decision(ctx, check, version(ctx, course))
    assert views.get_course(ctx, course).status == "active"
    with ctx.store.read() as s:
        assert s.scalar(select(CrpCheck.decision).where(CrpCheck.uuid == check)) == ""


def test_another_nurse_needs_a_reason_and_a_non_nurse_cannot(ctx, course):
    check = decide(ctx, course, "readmit")
    nurse = signed_in(ctx, "NB", ("nurse",))
    refused(ctx, lambda: corrections.correct_decision(nurse, check, version(ctx, course)),
            "iv.correct_reason")  # fmt: skip
    corrections.correct_decision(nurse, check, version(ctx, course), reason="Forkert patient")
    with ctx.store.read() as s:
        reasons = s.scalars(select(AuditEntry.reason).where(AuditEntry.action == "correct")).all()
    assert reasons == ["Forkert patient", "Forkert patient"]
    # An end recorded by the first user, taken back by a visitator (not its author, no nurse).
    courses.end_course(ctx, course, version(ctx, course), day(0), "completed")
    visitator = signed_in(ctx, "VB", ("visitator",))
    refused(ctx, lambda: corrections.correct_end(visitator, course, version(ctx, course), "x"),
            "iv.correct_author")  # fmt: skip
    corrections.correct_end(ctx, course, version(ctx, course))
    assert views.get_course(ctx, course).status == "active"


def test_only_the_same_day(ctx, course, monkeypatch):
    check = decide(ctx, course, "switch_to_oral")
    tomorrow = clock.today() + dt.timedelta(days=1)
    monkeypatch.setattr(clock, "today", lambda: tomorrow)
    error = refused(
        ctx,
        lambda: corrections.correct_decision(ctx, check, version(ctx, course)),
        "iv.correct_same_day",
    )
    assert error.problems[0].params["day"] == tomorrow - dt.timedelta(days=1)


def test_an_end_made_by_a_decision_is_taken_back_with_the_decision(ctx, course):
    check = decide(ctx, course, "switch_to_oral")
    refused(ctx, lambda: corrections.correct_end(ctx, course, version(ctx, course)),
            "iv.correct_by_decision")  # fmt: skip
    corrections.correct_decision(ctx, check, version(ctx, course))
    refused(ctx, lambda: corrections.correct_decision(ctx, check, version(ctx, course)),
            "iv.correct_nothing")  # fmt: skip
    refused(ctx, lambda: corrections.correct_end(ctx, course, version(ctx, course)),
            "iv.not_ended")  # fmt: skip


def test_an_invoiced_course_is_not_reopened(ctx):
    """D12/D14: once its tariff is on a posted invoice, a credit note corrects the course."""
    from app.services.invoices import post

    from . import billing_helpers as h

    h.give_units_ean(ctx)
    last_month = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    billed = h.course(ctx, h.department(ctx), last_month + dt.timedelta(days=2),
                      last_month + dt.timedelta(days=9))  # fmt: skip
    post.post_month(ctx, last_month, renderer=h.fake_renderer)
    refused(ctx, lambda: corrections.correct_end(ctx, billed, version(ctx, billed)),
            "iv.correct_invoiced")  # fmt: skip


def test_what_the_window_offers_to_take_back(ctx, course):
    assert corrections.correctable(ctx, course) == corrections.Correctable()
    check = decide(ctx, course, "switch_to_oral")
    offer = corrections.correctable(ctx, course)
    assert (offer.action, offer.crp_uuid, offer.needs_reason, offer.ends_course) == (
        "correct_decision", check, False, True,
    )  # fmt: skip
    nurse = signed_in(ctx, "NC", ("nurse",))
    assert corrections.correctable(nurse, course).needs_reason is True
    visitator = signed_in(ctx, "VC", ("visitator",))
    assert corrections.correctable(visitator, course).action == ""
    corrections.correct_decision(ctx, check, version(ctx, course))
    courses.end_course(ctx, course, version(ctx, course), day(0), "completed")
    assert corrections.correctable(ctx, course).action == "correct_end"
