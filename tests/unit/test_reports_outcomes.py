"""The outcome of a course and a readmission after it (issue #14 item 3): recorded at the
end or later, checked, locked and audit-logged; and the ``iv.outcomes`` report reconciled
figure by figure with a plain Python count over the records of a seeded store (SQLite and
PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest
from sqlalchemy import select

from app.demo import generate as demo
from app.domain import clock
from app.domain import iv as iv_rules
from app.domain import outcomes as rules
from app.domain.reports import Filters, per_100, percent
from app.errors import InvalidInput, StaleRecord
from app.models import (
    Administration,
    AuditEntry,
    Citizen,
    Department,
    HospitalUnit,
    IvCourse,
    Team,
)
from app.services.iv import corrections, courses, outcomes, referrals
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.reports import registry

from .iv_helpers import at, citizen, day, department, referral


def version(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))


def course_row(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalars(select(IvCourse).where(IvCourse.uuid == uuid)).one()


def ended_course(ctx, end_offset=-5, reason="completed", outcome="", cpr="0101500007"):
    e = end_offset
    dept = department(ctx) if cpr == "0101500007" else _dept(ctx)
    uuid = referral(ctx, citizen(ctx, cpr), dept, first_dose_date=day(e - 5),
                    referred_at=at(e - 5, 14))  # fmt: skip
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(e - 4, 10))
    record_administration(
        ctx, uuid, AdministrationInput(start=at(e - 4, 15), end=at(e - 4, 15, 40), place="home")
    )
    courses.end_course(ctx, uuid, version(ctx, uuid), day(end_offset), reason, "", outcome)
    return uuid


def _dept(ctx):
    with ctx.store.read() as s:
        return s.scalar(select(Department.uuid).order_by(Department.id.desc()))


def refusal(call):
    with pytest.raises(InvalidInput) as caught:
        call()
    return [p.code for p in caught.value.problems]


# -- recording ---------------------------------------------------------------------------


def test_the_outcome_is_given_at_the_end_or_later_and_each_change_is_audited(ctx):
    uuid = ended_course(ctx, outcome="partial")
    assert course_row(ctx, uuid).outcome == "partial"
    done = outcomes.set_outcome(ctx, uuid, version(ctx, uuid), "success")
    assert done.value is True and done.changes.names() == {"iv_course", f"iv_course:{uuid}"}
    again = outcomes.set_outcome(ctx, uuid, version(ctx, uuid), "success")
    assert again.value is False and not again.changes  # nothing changed, nothing said
    with ctx.store.read() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_uuid == uuid).order_by(AuditEntry.id)
        ).all()
    assert entries[-2].action == "end" and entries[-2].after["outcome"] == "partial"
    assert (entries[-1].action, entries[-1].before, entries[-1].after) == (
        "update", {"outcome": "partial"}, {"outcome": "success"},
    )  # fmt: skip
    assert refusal(lambda: outcomes.set_outcome(ctx, uuid, version(ctx, uuid), "cured")) == [
        "outcomes.unknown"
    ]
    with pytest.raises(StaleRecord):
        outcomes.set_outcome(ctx, uuid, version(ctx, uuid) - 1, "failure")
    assert course_row(ctx, uuid).outcome == "success"


def test_an_unknown_outcome_at_the_end_refuses_the_end(ctx):
    uuid = referral(ctx, citizen(ctx), department(ctx))
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(-9, 10))
    codes = refusal(
        lambda: courses.end_course(ctx, uuid, version(ctx, uuid), day(-1), "completed", "", "x")
    )
    assert codes == ["outcomes.unknown"]
    assert course_row(ctx, uuid).status == "accepted"


def test_a_readmission_lies_0_to_30_days_after_the_end_else_one_clear_refusal(ctx):
    uuid = ended_course(ctx, end_offset=-40)
    end = day(-40)
    for wrong in (end - dt.timedelta(days=1), end + dt.timedelta(days=31)):
        codes = refusal(
            lambda w=wrong: outcomes.record_readmission(ctx, uuid, version(ctx, uuid), w)
        )
        assert codes == ["outcomes.readmission_window"]
    for right in (end, end + dt.timedelta(days=30)):
        assert outcomes.record_readmission(ctx, uuid, version(ctx, uuid), right).value
        assert course_row(ctx, uuid).readmitted_on == right
    assert outcomes.record_readmission(ctx, uuid, version(ctx, uuid), None).value
    assert course_row(ctx, uuid).readmitted_on is None
    recent = ended_course(ctx, end_offset=-1, cpr="0202500004")
    assert refusal(
        lambda: outcomes.record_readmission(ctx, recent, version(ctx, recent), day(1))
    ) == ["outcomes.readmission_future"]


def test_no_readmission_on_a_running_course_nor_after_an_end_by_readmission(ctx):
    readmitted = ended_course(ctx, reason="readmitted")
    assert refusal(
        lambda: outcomes.record_readmission(ctx, readmitted, version(ctx, readmitted), day(-2))
    ) == ["outcomes.readmission_by_end"]
    running = referral(ctx, citizen(ctx, "0202500004"), _dept(ctx))
    codes = refusal(
        lambda: outcomes.record_follow_up(ctx, running, version(ctx, running), "success", day(-2))
    )
    assert codes == ["iv.outcome_not_ended"]
    assert rules.readmission_problems(None, "", day(0), day(0))[0].code == (
        "outcomes.readmission_not_ended"
    )


def test_taking_back_the_end_takes_back_its_outcome_and_readmission(ctx):
    uuid = ended_course(ctx, end_offset=0, outcome="failure")
    outcomes.record_readmission(ctx, uuid, version(ctx, uuid), day(0))
    corrections.correct_end(ctx, uuid, version(ctx, uuid), "ended by mistake")
    row = course_row(ctx, uuid)
    assert (row.status, row.outcome, row.readmitted_on) == ("active", "", None)


# -- the report, reconciled --------------------------------------------------------------

START, END = day(-200), day(-20)


@pytest.fixture
def seeded(other_ctx):
    """The demo store plus outcomes, readmissions, complications of every kind and a team;
    and hand-made edges: a course ending on the period's first and last day, one ending the
    day after, a readmission on day 30 after the end."""
    ctx = other_ctx
    demo.load_demo(ctx, citizens=400)
    rng = random.Random(14)
    with ctx.store.session() as s:
        team = Team(name="Akutteam Nord", version=1, created_at=clock.now_utc(),
                    updated_at=clock.now_utc())  # fmt: skip
        s.add(team)
        s.flush()
        for c in s.scalars(select(Citizen)):
            if rng.random() < 0.4:
                c.team_id = team.id
        for course in s.scalars(select(IvCourse).where(IvCourse.end_date.is_not(None))):
            course.outcome = rng.choice(["", *rules.Outcome])
            if course.end_reason != "readmitted" and rng.random() < 0.2:
                course.readmitted_on = course.end_date + dt.timedelta(days=rng.randint(0, 30))
        kinds = list(iv_rules.Complication)
        for a in s.scalars(select(Administration)):
            if rng.random() < 0.05:
                a.complications = rng.sample(kinds, rng.randint(1, 2))
    return ctx


def independent(ctx, f: Filters):
    """Every figure by a plain loop over the records."""
    with ctx.store.read() as s:
        units = {d.id: u.code for d, u in s.execute(
            select(Department, HospitalUnit).join(HospitalUnit, HospitalUnit.id == Department.unit_id))}  # fmt: skip
        teams = {t.id: t.name for t in s.scalars(select(Team))}
        team_of = {c.id: teams.get(c.team_id) for c in s.scalars(select(Citizen))}
        all_courses = {c.id: c for c in s.scalars(select(IvCourse))}
        admins = s.scalars(select(Administration)).all()

    def belongs(c):
        return (f.unit is None or units[c.department_id] == f.unit) and (
            f.team is None or team_of[c.citizen_id] == f.team
        )

    ended = [c for c in all_courses.values()
             if c.end_date and f.start <= c.end_date <= f.end and belongs(c)]  # fmt: skip
    days: set[tuple[int, dt.date]] = set()
    per_unit_month: Counter = Counter()
    kinds: Counter = Counter()
    for a in admins:
        c = all_courses[a.course_id]
        if f.start <= a.day <= f.end and belongs(c):
            if (a.course_id, a.day) not in days:
                days.add((a.course_id, a.day))
                per_unit_month[(units[c.department_id], a.day.replace(day=1))] += 1
            for code in set(a.complications):
                kinds[code] += 1
    readmitted = [c for c in ended if c.readmitted_on is not None
                  and 0 <= (c.readmitted_on - c.end_date).days <= 30]  # fmt: skip
    return {
        "ended": len(ended),
        "reasons": Counter(c.end_reason for c in ended),
        "outcomes": Counter(c.outcome or "not_recorded" for c in ended),
        "readmitted": len(readmitted),
        "days": len(days),
        "per_unit_month": per_unit_month,
        "kinds": kinds,
    }


@pytest.mark.parametrize(
    "unit, team", [(None, None), ("OUH", None), (None, "Akutteam Nord"), ("SLB", "Akutteam Nord")]
)
def test_every_figure_of_iv_outcomes_reconciles_with_the_records(seeded, unit, team):
    f = registry.filters(START, END, unit, team)
    report = registry.run_report(seeded, "iv.outcomes", f)
    want = independent(seeded, f)
    assert want["ended"] > 0 and want["days"] > 0 and sum(want["kinds"].values()) > 0
    figure = {x.key: x.value for x in report.figures}
    assert figure["ended"] == want["ended"]
    assert figure["readmitted"] == want["readmitted"]
    assert figure["readmitted_share"] == percent(want["readmitted"], want["ended"])
    assert figure["treatment_days"] == want["days"]
    total = sum(want["kinds"].values())
    assert figure["complications"] == total
    assert figure["complication_rate"] == per_100(total, want["days"])
    reasons = report.table("end_reasons")
    assert {str(r[0]): r[1] for r in reasons.rows} == {
        code: want["reasons"][code] for code in iv_rules.EndReason
    }
    assert {str(r[0]): r[2] for r in reasons.rows} == {
        code: percent(want["reasons"][code], want["ended"]) for code in iv_rules.EndReason
    }
    got = {str(r[0]): r[1] for r in report.table("outcomes").rows}
    assert got == {code: want["outcomes"][code] for code in [*rules.Outcome, "not_recorded"]}
    kinds = report.table("complications")
    assert {str(r[0]): (r[1], r[2]) for r in kinds.rows} == {
        code: (want["kinds"][code], per_100(want["kinds"][code], want["days"]))
        for code in iv_rules.Complication
    }
    table = report.table("treatment_days")
    codes = [c.key for c in table.columns[1:-1]]
    got_days = Counter()
    for month, *counts, row_total in table.rows:
        assert row_total == sum(counts)
        for code, n in zip(codes, counts, strict=True):
            if n:
                got_days[(code, month)] = n
    assert got_days == want["per_unit_month"]
    assert len(table.rows) == 7  # every month of the period, empty ones too
    assert report.charts[-1].series == tuple(codes)


def test_a_course_ending_on_the_edges_of_the_period_and_the_day_after(other_ctx):
    ctx = other_ctx
    first, last = day(-30), day(-10)
    inside = [ended_course(ctx, end_offset=-30, outcome="success"),
              ended_course(ctx, end_offset=-10, cpr="0202500004")]  # fmt: skip
    outside = ended_course(ctx, end_offset=-9, cpr="0303500001", outcome="failure")
    outcomes.record_readmission(ctx, inside[0], version(ctx, inside[0]), day(0))  # day 30
    outcomes.record_readmission(ctx, outside, version(ctx, outside), day(-8))
    report = registry.run_report(ctx, "iv.outcomes", registry.filters(first, last))
    figure = {x.key: x.value for x in report.figures}
    assert (figure["ended"], figure["readmitted"]) == (2, 1)
    assert {str(r[0]): r[1] for r in report.table("outcomes").rows}["success"] == 1
    # the administrations four days before each end: only the two later ones fall inside
    assert figure["treatment_days"] == 2 and figure["complication_rate"] == 0
    empty = registry.run_report(ctx, "iv.outcomes", registry.filters(day(-3), day(0)))
    assert {x.key: x.value for x in empty.figures}["complication_rate"] is None
    assert {x.key: x.value for x in empty.figures}["readmitted_share"] is None
