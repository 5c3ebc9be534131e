"""Taking back a conference decision or a course's end recorded by mistake (issue #12,
item 1: decisions that end a course are confirmed and reversible).

A decision (D6) or an end (D7) can be corrected on the Copenhagen day it was recorded, by
the user who recorded it, or by another nurse who gives a reason. Nothing is deleted: the
audit entry ``correct`` keeps what was recorded (``before``) and the reason; the CRP value
stays and awaits a new decision; a course the decision or the end closed runs again —
active when it has had its municipal day 1 (D4), else accepted. A course with a billed
item is not reopened: a posted invoice is corrected by a credit note (D12, D14).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import iv as rules
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import AuditEntry, BilledItem, CrpCheck, IvCourse
from app.services.iv import common
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import get_by_uuid
from app.workflows import IV_COURSE

NURSE = "nurse"
ENDING_DECISIONS = {d.value for d in rules.Decision if d.ends_course is not None}


def _recorded(session: Session, entity: str, uuid: str, action: str) -> AuditEntry | None:
    """The latest audit entry of ``action`` on the record: who recorded it, and when."""
    return session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == entity,
            AuditEntry.entity_uuid == uuid,
            AuditEntry.action == action,
        )
        .order_by(AuditEntry.sequence.desc())
        .limit(1)
    ).first()


def _who_may(ctx: Context, entry: AuditEntry | None, field: str, reason: str) -> list[Problem]:
    """The same day, by its author — or by a nurse with a reason."""
    if entry is None:
        return [problem(field, "iv.correct_nothing")]
    day = clock.local(entry.at).date()
    if day != clock.today():
        return [problem(field, "iv.correct_same_day", day=day)]
    if entry.user_id == ctx.user_id:
        return []
    if NURSE not in ctx.roles:
        return [problem(field, "iv.correct_author")]
    if not reason.strip():
        return [problem("reason", "iv.correct_reason")]
    return []


def _billed(session: Session, course: IvCourse) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(BilledItem.course_id == course.id, BilledItem.credited.is_(False))
            )
        )
    )


def _reopen(
    session: Session, ctx: Context, course: IvCourse, reason: str, problems: list[Problem]
) -> None:
    """Run an ended course again (after the checks), with the end kept in the audit."""
    if _billed(session, course):
        problems.append(problem("status", "iv.correct_invoiced"))
    if problems:
        raise InvalidInput(problems)
    before = {
        "status": course.status,
        "end_date": course.end_date.isoformat() if course.end_date else None,
        "reason": course.end_reason,
        "text": course.end_text,
        "outcome": course.outcome,
        "readmitted_on": course.readmitted_on.isoformat() if course.readmitted_on else None,
    }
    name = "reopen" if course.start_date else "reopen_unstarted"
    course.status = IV_COURSE.transition(name).to_state
    course.end_date, course.end_reason, course.end_text = None, "", ""
    course.outcome, course.readmitted_on = "", None  # judged at the end (issue #14)
    common.touch(session, ctx, course)
    audit.write(
        session,
        ctx,
        "correct",
        common.ENTITY,
        course.uuid,
        before=before,
        after={"status": course.status},
        reason=reason.strip(),
    )


def correct_decision(
    ctx: Context, crp_uuid: str, expected_course_version: int, reason: str = ""
) -> Done[None]:
    """Take back the conference decision of a CRP check (issue #12): the value awaits a new
    decision (D6); when the decision ended the course (switch to tablets, readmission) the
    course runs again. Same day, by its author or a nurse with a reason; audit-logged."""
    require(ctx, "iv.crp")
    with ctx.store.session() as session:
        check = get_by_uuid(session, CrpCheck, crp_uuid, "iv_crp")
        course = common.course(session, check.course.uuid, expected_course_version)
        problems = IV_COURSE.check("correct_decision", course.status)
        if not check.decision:
            problems.append(problem("decision", "iv.correct_nothing"))
        else:
            problems += _who_may(ctx, _recorded(session, "iv_crp", check.uuid, "decide"),
                                 "decision", reason)  # fmt: skip
        ended_by_it = check.decision in ENDING_DECISIONS and course.status == rules.Status.ENDED
        before = {
            "decision": check.decision,
            "with": check.conference_with,
            "channel": check.channel,
            "at": check.conference_at.isoformat() if check.conference_at else None,
            "note": check.decision_note,
        }
        if ended_by_it:
            _reopen(session, ctx, course, reason, problems)
        elif problems:
            raise InvalidInput(problems)
        else:
            common.touch(session, ctx, course)
        check.conference_with, check.conference_at = "", None
        check.channel, check.decision, check.decision_note = "", "", ""
        audit.stamp_change(check, ctx)
        audit.write(
            session,
            ctx,
            "correct",
            "iv_crp",
            check.uuid,
            before=before,
            after={"decision": ""},
            reason=reason.strip(),
        )
        course_uuid = course.uuid
    return Done(None, Changes.of(common.ENTITY, course_uuid, also={"iv_crp"}))


def correct_end(ctx: Context, uuid: str, expected_version: int, reason: str = "") -> Done[None]:
    """Take back a course's end recorded by mistake (issue #12, D7): the course runs again.
    An end that came with a conference decision is taken back with the decision
    (``correct_decision``), so the two never disagree."""
    require(ctx, "iv.course")
    with ctx.store.session() as session:
        course = common.course(session, uuid, expected_version)
        problems = IV_COURSE.check("correct_end", course.status)
        if not problems:
            problems += _who_may(ctx, _recorded(session, common.ENTITY, uuid, "end"),
                                 "end_date", reason)  # fmt: skip
            if any(
                c.decision in ENDING_DECISIONS and _decision_day(c) == course.end_date
                for c in course.crp_checks
            ):
                problems.append(problem("end_date", "iv.correct_by_decision"))
        _reopen(session, ctx, course, reason, problems)
    return Done(None, Changes.of(common.ENTITY, uuid))


def _decision_day(check: CrpCheck) -> dt.date | None:
    return common.local_date(check.conference_at) if check.conference_at else None


@dataclass(frozen=True)
class Correctable:
    """What the signed-in user may take back on a course now (the window's button):
    ``action`` is "correct_decision" (of ``crp_uuid``), "correct_end" or ""; with
    ``needs_reason`` when someone else recorded it."""

    action: str = ""
    crp_uuid: str | None = None
    needs_reason: bool = False
    ends_course: bool = False


def correctable(ctx: Context, course_uuid: str) -> Correctable:
    """The correction ``correct_decision``/``correct_end`` would accept from this user
    today (given a reason where one is needed), without writing anything."""
    require(ctx, "iv.read")
    with ctx.store.read() as session:
        course = common.course(session, course_uuid)
        decided = [c for c in course.crp_checks if c.decision]
        if decided and IV_COURSE.allows("correct_decision", course.status):
            check = max(decided, key=lambda c: c.conference_at or c.measured_at)
            entry = _recorded(session, "iv_crp", check.uuid, "decide")
            ends = check.decision in ENDING_DECISIONS and course.status == rules.Status.ENDED
            if not _who_may(ctx, entry, "decision", "reason") and not (
                ends and _billed(session, course)
            ):
                assert entry is not None
                return Correctable(
                    "correct_decision", check.uuid, entry.user_id != ctx.user_id, ends
                )
        if IV_COURSE.allows("correct_end", course.status):
            entry = _recorded(session, common.ENTITY, course_uuid, "end")
            by_decision = any(
                c.decision in ENDING_DECISIONS and _decision_day(c) == course.end_date
                for c in decided
            )
            if not (by_decision or _who_may(ctx, entry, "end_date", "reason")) and not _billed(
                session, course
            ):
                assert entry is not None
                return Correctable("correct_end", None, entry.user_id != ctx.user_id, True)
    return Correctable()
