"""An ended course's outcome and a readmission after it (issue #14 item 3).

The outcome is the NORS OPAT outcome (app/domain/outcomes.py: success, partial success,
failure, indeterminate; "" = not recorded), given when the course ends
(:func:`app.services.iv.courses.end_course`) or set and changed here later; a readmission
within 30 days after the course's last day is kept as its date. Both are on the course
record, so they take its version (optimistic locking) and each change is in the audit
trail with the value before and after.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import outcomes as rules
from app.errors import InvalidInput
from app.models import IvCourse
from app.services.iv import common
from app.services.kernel import audit
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.workflows import IV_COURSE


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def follow_up_in_session(
    session: Session,
    ctx: Context,
    course: IvCourse,
    outcome: str,
    readmitted_on: dt.date | None,
) -> bool:
    """Set the outcome and the readmission of an ended course (None: no readmission);
    refused as a whole with every problem, nothing written. False when nothing changed."""
    problems = IV_COURSE.check("outcome", course.status)
    problems += rules.outcome_problems(outcome)
    if not problems and readmitted_on is not None:
        problems += rules.readmission_problems(
            course.end_date, course.end_reason, readmitted_on, clock.today()
        )
    if problems:
        raise InvalidInput(problems)
    before = {"outcome": course.outcome, "readmitted_on": _iso(course.readmitted_on)}
    after = {"outcome": outcome, "readmitted_on": _iso(readmitted_on)}
    if before == after:
        return False
    course.outcome, course.readmitted_on = outcome, readmitted_on
    common.touch(session, ctx, course)
    changed = [key for key in after if before[key] != after[key]]
    audit.write(
        session,
        ctx,
        "update",
        common.ENTITY,
        course.uuid,
        before={k: before[k] for k in changed},
        after={k: after[k] for k in changed},
    )
    return True


def record_follow_up(
    ctx: Context,
    uuid: str,
    expected_version: int,
    outcome: str,
    readmitted_on: dt.date | None,
) -> Done[bool]:
    """The outcome dialog's save: both at once, on the course as the user saw it."""
    require(ctx, "iv.course")
    with ctx.store.session() as session:
        course = common.course(session, uuid, expected_version)
        changed = follow_up_in_session(session, ctx, course, outcome, readmitted_on)
    return Done(changed, Changes.of(common.ENTITY, uuid) if changed else NOTHING)


def set_outcome(ctx: Context, uuid: str, expected_version: int, outcome: str) -> Done[bool]:
    """Set or change (``""``: clear) the NORS outcome of an ended course."""
    require(ctx, "iv.course")
    with ctx.store.session() as session:
        course = common.course(session, uuid, expected_version)
        changed = follow_up_in_session(session, ctx, course, outcome, course.readmitted_on)
    return Done(changed, Changes.of(common.ENTITY, uuid) if changed else NOTHING)


def record_readmission(
    ctx: Context, uuid: str, expected_version: int, readmitted_on: dt.date | None
) -> Done[bool]:
    """A readmission 0–30 days after the course's last day (None: take it back)."""
    require(ctx, "iv.course")
    with ctx.store.session() as session:
        course = common.course(session, uuid, expected_version)
        changed = follow_up_in_session(session, ctx, course, course.outcome, readmitted_on)
    return Done(changed, Changes.of(common.ENTITY, uuid) if changed else NOTHING)
