"""Changing a course as a whole: its type (D1) and its end (D7)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.domain import clock, outcomes
from app.domain import iv as rules
from app.domain.problems import problem
from app.errors import InvalidInput
from app.models import CourseTypeChange, IvCourse
from app.services.iv import common
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.workflows import IV_COURSE

# -- type changes (D1) -----------------------------------------------------------------------


def type_on(course: IvCourse, day: dt.date) -> str:
    """The course type in effect on ``day`` (D1: one type at a time, changes are dated)."""
    changes = sorted(course.type_changes, key=lambda c: (c.effective_date, c.id or 0))
    current = changes[0].from_type if changes else course.course_type
    for change in changes:
        if change.effective_date <= day:
            current = change.to_type
    return current


def change_type_in_session(
    session: Session,
    ctx: Context,
    course: IvCourse,
    to_type: str,
    effective: dt.date,
    reason: str,
    *,
    uuid: str | None = None,
) -> CourseTypeChange:
    problems = rules.vocabulary_problem("course_type", to_type, rules.CourseType)
    problems += IV_COURSE.check("type", course.status)
    if to_type == course.course_type:
        problems.append(problem("course_type", "iv.same_type"))
    if effective < course.first_dose_date or effective > clock.today():
        problems.append(
            problem(
                "effective_date",
                "iv.type_date",
            )
        )
    if problems:
        raise InvalidInput(problems)
    change = CourseTypeChange(
        course_id=course.id,
        effective_date=effective,
        from_type=course.course_type,
        to_type=to_type,
        reason=reason.strip(),
    )
    if uuid:
        change.uuid = uuid
    audit.stamp_new(change, ctx)
    session.add(change)
    course.course_type = to_type
    common.touch(session, ctx, course)
    audit.write(
        session,
        ctx,
        "change_type",
        common.ENTITY,
        course.uuid,
        before={"course_type": change.from_type},
        after={"course_type": to_type, "from": effective.isoformat()},
    )
    return change


def change_course_type(
    ctx: Context,
    uuid: str,
    expected_version: int,
    to_type: str,
    effective: dt.date,
    reason: str = "",
) -> Done[None]:
    """D1: e.g. the pump is removed; billing uses the type at the end of the course."""
    require(ctx, "iv.course")
    with ctx.store.session() as session:
        change_type_in_session(
            session, ctx, common.course(session, uuid, expected_version), to_type, effective, reason
        )
    return Done(None, Changes.of(common.ENTITY, uuid))


# -- the end (D7) ----------------------------------------------------------------------------


def end_in_session(
    session: Session,
    ctx: Context,
    course: IvCourse,
    end: dt.date,
    reason: str,
    text: str,
    outcome: str = "",
) -> None:
    problems = rules.vocabulary_problem("end_reason", reason, rules.EndReason)
    problems += outcomes.outcome_problems(outcome)  # issue #14: optional at the end
    if reason == rules.EndReason.OTHER and not text.strip():
        problems.append(problem("end_text", "iv.end_other"))
    problems += IV_COURSE.check("end", course.status)  # D7
    last = max((a.day for a in course.administrations), default=None)
    if course.start_date and end < course.start_date:
        problems.append(problem("end_date", "iv.end_before_day1"))
    elif last and end < last:
        problems.append(
            problem(
                "end_date",
                "iv.end_before_last",
                day=last,
            )
        )
    if end > clock.today():
        problems.append(problem("end_date", "iv.end_future"))
    if problems:
        raise InvalidInput(problems)
    course.status = IV_COURSE.transition("end").to_state
    course.end_date, course.end_reason, course.end_text = end, reason, text.strip()
    course.outcome = outcome
    common.touch(session, ctx, course)
    after = {"end_date": end.isoformat(), "reason": reason, "text": text.strip()}
    audit.write(
        session,
        ctx,
        "end",
        common.ENTITY,
        course.uuid,
        after={**after, "outcome": outcome} if outcome else after,
    )


def end_course(
    ctx: Context,
    uuid: str,
    expected_version: int,
    end: dt.date,
    reason: str,
    text: str = "",
    outcome: str = "",
) -> Done[None]:
    """D7: the course ends with a reason; its length is end − start + 1 days (D4). The
    NORS outcome may be judged at once (issue #14, app/domain/outcomes.py) or later
    (app/services/iv/outcomes.py)."""
    require(ctx, "iv.course")
    with ctx.store.session() as session:
        course = common.course(session, uuid, expected_version)
        end_in_session(session, ctx, course, end, reason, text, outcome)
    return Done(None, Changes.of(common.ENTITY, uuid))


def planned_end(course: IvCourse) -> dt.date:
    return rules.planned_end(course.plan_end_date, course.first_dose_date, course.planned_days)


def crp_state(course: IvCourse, on: dt.date) -> tuple[dt.date | None, str]:
    """D5/D6 as of ``on``: (due date, state) — the single place the worklist reads too."""
    if course.status in (rules.Status.REFERRED, rules.Status.REJECTED) or course.decided_at is None:
        return None, "not_applicable"
    accepted_on = common.local_date(course.decided_at)
    if accepted_on > on or type_on(course, on) == rules.CourseType.FLUID:
        return None, "not_applicable"
    start = course.start_date if course.start_date and course.start_date <= on else None
    due = rules.crp_due_date(course.first_dose_date, accepted_on, start)
    checks = [c for c in course.crp_checks if common.local_date(c.measured_at) <= on]
    if any(
        c.decision and c.conference_at and common.local_date(c.conference_at) <= on for c in checks
    ):
        return due, "done"
    if checks:
        return due, "awaiting_decision"
    if course.end_date is not None and course.end_date <= on:
        return due, "not_applicable"
    if due > on:
        return due, "upcoming"
    return due, "due" if due == on else "overdue"
