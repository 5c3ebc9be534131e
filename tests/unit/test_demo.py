"""Demo IV data keeps every rule of the IV agreement (DIGEST §1; D1–D8, D16), covers every
vocabulary, and leaves real-looking work on today's worklist — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.cli.main import main
from app.demo import generate as demo
from app.domain import clock
from app.domain import iv as rules
from app.domain.identifiers import age_on
from app.models import (
    AcuteMeasurement,
    Administration,
    Citizen,
    CourseTypeChange,
    CrpCheck,
    IvCourse,
)
from app.services.iv import views
from app.services.iv.courses import type_on
from app.services.today.worklist import worklist

CITIZENS = 400  # → 100 courses (one per four citizens)


@pytest.fixture
def loaded(ctx):
    result = demo.load_demo(ctx, citizens=CITIZENS)
    with ctx.store.read() as s:
        everything = select(IvCourse).options(
            selectinload(IvCourse.type_changes), selectinload(IvCourse.crp_checks)
        )
        courses = {c.id: c for c in s.scalars(everything)}
        data = {
            "courses": courses,
            "admins": s.scalars(select(Administration)).all(),
            "crp": s.scalars(select(CrpCheck)).all(),
            "changes": s.scalars(select(CourseTypeChange)).all(),
            "cpr": {i: cpr for i, cpr in s.execute(select(Citizen.id, Citizen.cpr))},
        }
    return ctx, result, data


def local(moment: dt.datetime) -> dt.datetime:
    return clock.local(moment)


def test_volumes_and_every_vocabulary_occurs(loaded):
    _, result, data = loaded
    courses = data["courses"].values()
    assert result.iv.courses == CITIZENS // 4
    rejected = [c for c in courses if c.status == rules.Status.REJECTED]
    assert len(rejected) == result.iv.rejected
    assert 0.07 <= len(rejected) / len(courses) <= 0.12  # ~8–10 % of referrals (D8)
    assert {c.rejection_reason for c in rejected} == set(rules.RejectionReason)
    assert all(c.rejection_text.strip() for c in rejected)
    assert {c.end_reason for c in courses if c.end_date} == set(rules.EndReason)
    assert all(c.end_text.strip() for c in courses if c.end_reason == rules.EndReason.OTHER)
    started_as = {c.type_changes[0].from_type if c.type_changes else c.course_type for c in courses}
    assert started_as == set(rules.CourseType)
    assert {c.status for c in courses} == set(rules.Status)
    assert {ch.reason for ch in data["changes"]} and all(
        (ch.from_type, ch.to_type) == ("antibiotic_pump", "antibiotic_no_pump")
        for ch in data["changes"]
    )
    assert {c.decision for c in data["crp"]} >= set(rules.Decision)
    assert any(c.method == rules.CrpMethod.HOSPITAL for c in data["crp"])
    assert any(a.late for a in data["admins"])
    flags = {f for a in data["admins"] for f in a.exception_flags}
    assert flags == {"outside_07_23", "more_than_3_a_day"}  # D16, each with a reason
    assert len(data["admins"]) == result.iv.administrations


def test_administrations_keep_d16_and_the_course_dates(loaded):
    _, _, data = loaded
    courses = data["courses"]
    per_day: dict[tuple[int, dt.date], list[Administration]] = defaultdict(list)
    now = clock.now_utc()
    for a in data["admins"]:
        per_day[(a.course_id, a.day)].append(a)
        course = courses[a.course_id]
        start, end = local(a.start_at), local(a.end_at)
        assert course.status in (rules.Status.ACTIVE, rules.Status.ENDED)
        assert a.start_at >= course.decided_at  # DIGEST §1.11: not before acceptance
        assert course.end_date is None or a.day <= course.end_date  # not after the end
        assert a.day == start.date() and a.start_at < a.end_at <= a.recorded_at <= now
        assert a.late == rules.is_late(a.end_at, a.recorded_at)
        in_window = start.time() >= dt.time(7) and end.time() <= dt.time(23)
        assert in_window or "outside_07_23" in a.exception_flags
        assert bool(a.exception_flags) == bool(a.exception_reason.strip())
    for (course_id, day), given in per_day.items():
        given.sort(key=lambda a: a.start_at)
        for number, a in enumerate(given, start=1):
            assert number <= 3 or "more_than_3_a_day" in a.exception_flags  # D16
        assert courses[course_id].start_date <= day
    for course in courses.values():
        days = [d for (cid, d) in per_day if cid == course.id]
        assert course.start_date == (min(days) if days else None)  # D4: municipal day 1


def test_courses_keep_visitation_crp_and_end_rules(loaded):
    _, _, data = loaded
    courses = data["courses"]
    today = clock.today()
    for c in courses.values():
        if c.status == rules.Status.REFERRED:
            assert c.decided_at is None and c.start_date is None
            continue
        accepted_on = clock.local(c.decided_at).date()
        if c.status != rules.Status.REJECTED:
            facts = rules.ReferralFacts(
                data["cpr"][c.citizen_id],
                type_on(c, c.first_dose_date),
                c.first_dose_date,
                c.hospital_doses,
                c.doses_per_day,
                c.planned_days,
            )
            assert rules.check_acceptance(facts, accepted_on) == []  # §1.3, §1.5
            assert age_on(data["cpr"][c.citizen_id], accepted_on) >= rules.MIN_AGE
        if c.end_date:
            assert c.status == rules.Status.ENDED and c.start_date <= c.end_date <= today
            assert rules.course_length(c.start_date, c.end_date) >= 1  # D4
    for check in data["crp"]:
        course = courses[check.course_id]
        assert type_on(course, clock.local(check.measured_at).date()) != rules.CourseType.FLUID
        assert all(ch.from_type != rules.CourseType.FLUID for ch in course.type_changes)
        assert clock.local(check.measured_at).date() >= course.first_dose_date
        if check.method == rules.CrpMethod.HOSPITAL:  # D5: only when accepted after day 3
            assert rules.accepted_after_crp_day(
                course.first_dose_date, clock.local(course.decided_at).date()
            )
        if check.decision:
            assert check.conference_with and check.channel in set(rules.Channel)
            assert check.conference_at >= check.measured_at
        ends = rules.Decision(check.decision).ends_course if check.decision else None
        if ends is not None:  # D6: the decision ends the course that day
            assert course.end_reason == ends
            assert course.end_date == clock.local(check.conference_at).date()
    for change in data["changes"]:
        course = courses[change.course_id]
        assert course.first_dose_date <= change.effective_date <= today  # D1
        assert course.course_type == change.to_type


def test_todays_worklist_has_real_looking_work(loaded):
    ctx, _, _ = loaded
    today = worklist(ctx, clock.today())
    assert {"due", "overdue", "awaiting_decision"} <= {c.status for c in today.crp_checks}
    assert today.crp_checks[0].status == "overdue"
    assert "ends_today" in {e.status for e in today.courses_ending}
    assert len(today.referrals) >= 3 and len(today.administrations) >= 5
    assert any(p.given for p in today.administrations) or clock.local(clock.now_utc()).hour < 8


def test_a_demo_course_opens_with_its_timeline(loaded):
    ctx, _, data = loaded
    changed = data["changes"][0].course_id
    course = views.get_course(ctx, data["courses"][changed].uuid)
    kinds = Counter(e.kind for e in course.timeline)
    assert kinds["referred"] == kinds["accepted"] == kinds["type_change"] == 1
    assert kinds["administration"] == course.administrations > 0
    assert course.cpr_masked.endswith("-xxxx") and course.department_phone
    listed = views.list_courses(ctx, "all", limit=1000)
    assert len(listed) == len(data["courses"])


def test_repeatable_by_seed_and_now(ctx, tmp_path, data_dir):
    from app.services.admin import setup

    from ..conftest import first_start_input

    now = clock.now_utc()
    first = demo.load_demo(ctx, citizens=120, seed=7, now=now)
    other, _ = setup.open_store(f"sqlite:///{tmp_path / 'again.sqlite3'}", data_dir)
    other_ctx = setup.first_start(other, first_start_input())
    again = demo.load_demo(other_ctx, citizens=120, seed=7, now=now)
    assert first.iv == again.iv
    query = select(IvCourse.uuid, IvCourse.status, IvCourse.drug).order_by(IvCourse.id)
    with ctx.store.read() as a, other.read() as b:
        assert a.execute(query).all() == b.execute(query).all()
    other.dispose()


def test_cli_demo_with_courses(data_dir, capsys):
    assert main(["demo", "--citizens", "80", "--courses", "30"]) == 0
    out = capsys.readouterr().out
    assert "80 citizens" in out and "30 IV courses" in out
    assert main(["demo", "--citizens", "0", "--courses", "-1"]) == 2


def test_demo_administrations_are_given_by_nurses_only(ctx):
    """Issue #12: the demo obeys the role matrix; with the demo users in the store, no
    administration is "given by" the administrator or the manager."""
    from app.demo.users import add_demo_users
    from app.models import User

    add_demo_users(ctx)
    demo.load_demo(ctx, citizens=80)
    with ctx.store.read() as s:
        performers = Counter(
            s.scalars(select(User.roles).join(Administration, Administration.nurse_id == User.id))
        )
    assert performers and all("nurse" in roles.split() for roles in performers), performers
    # and a measurement (the day-3 CRP, an acute episode's values) is a nurse's too
    with ctx.store.read() as s:
        for model in (CrpCheck, AcuteMeasurement):
            authors = Counter(
                s.scalars(select(User.roles).join(model, model.created_by_id == User.id))
            )
            assert authors and all("nurse" in roles.split() for roles in authors), (model, authors)
