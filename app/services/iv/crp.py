"""The day-3 CRP check and the conference with the hospital (D5, D6; DIGEST §1.6).

A CRP value (mg/L, NPU19748) and, when the conference has happened, its decision are
recorded in one transaction (``record_crp_and_decision``: a refused decision writes no
value); a value awaiting its decision gets it later (``record_decision``, D6). ``switch_to_oral`` and
``readmit`` end the municipal course on the decision date; ``continue_iv`` keeps it going.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import iv as rules
from app.domain.numerals import ascii_decimal
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import CrpCheck, IvCourse
from app.services.iv import common
from app.services.iv.courses import end_in_session
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import get_by_uuid
from app.workflows import IV_COURSE

NPU_CRP = "NPU19748"  # C-reactive protein; P; mass concentration (mg/L)
MAX_CRP = Decimal("1000")


@dataclass(frozen=True)
class CrpInput:
    measured_at: dt.datetime  # naive = Copenhagen time
    value: Decimal | str | float | int
    method: str = rules.CrpMethod.POINT_OF_CARE


@dataclass(frozen=True)
class ConferenceInput:
    conference_with: str  # name and role at the responsible department
    conference_at: dt.datetime
    channel: str
    decision: str
    note: str = ""


def parse_value(value: object) -> tuple[Decimal | None, list[Problem]]:
    try:
        number = ascii_decimal(str(value).replace(",", ".").strip()).quantize(Decimal("0.1"))
    except (InvalidOperation, ValueError):
        return None, [problem("value", "crp.value", value=value)]
    if not Decimal(0) <= number <= MAX_CRP:
        return None, [problem("value", "crp.range", value=value)]
    return number, []


def check_crp(course: IvCourse, data: CrpInput, measured: dt.datetime) -> list[Problem]:
    found: list[Problem] = IV_COURSE.check("crp", course.status)  # D5
    if course.course_type == rules.CourseType.FLUID:
        found.append(problem("course_type", "crp.fluid"))
    found += rules.vocabulary_problem("method", str(data.method), rules.CrpMethod)
    accepted_on = common.local_date(course.decided_at) if course.decided_at else clock.today()
    if data.method == rules.CrpMethod.HOSPITAL and not rules.accepted_after_crp_day(
        course.first_dose_date, accepted_on
    ):
        found.append(
            problem(
                "method",
                "crp.hospital_value",
            )
        )
    if measured > clock.now_utc() + dt.timedelta(minutes=5):
        found.append(problem("measured_at", "crp.future"))
    if common.local_date(measured) < course.first_dose_date:
        found.append(problem("measured_at", "crp.before_course"))
    return found


def add_crp_in_session(
    session: Session, ctx: Context, course: IvCourse, data: CrpInput, *, uuid: str | None = None
) -> CrpCheck:
    measured = common.as_utc(data.measured_at)
    value, problems = parse_value(data.value)
    problems += check_crp(course, data, measured)
    if problems:
        raise InvalidInput(problems)
    assert value is not None
    check = CrpCheck(
        course_id=course.id, measured_at=measured, value=value, method=str(data.method)
    )
    audit.insert(
        session,
        ctx,
        check,
        "iv_crp",
        after={
            "value": str(value),
            "measured_at": measured.isoformat(),
            "method": str(data.method),
        },
        uuid=uuid,
    )
    common.touch(session, ctx, course)
    return check


def record_crp(ctx: Context, course_uuid: str, data: CrpInput) -> Done[str]:
    """D5: the CRP value of an antibiotic course; it stays open on the worklist until the
    conference decision is recorded. Only a nurse takes it (issue #12 item 3): ``iv.crp``
    is the nurse's alone, and the signed-in nurse is its author."""
    require(ctx, "iv.crp")
    with ctx.store.session() as session:
        uuid = add_crp_in_session(session, ctx, common.course(session, course_uuid), data).uuid
    return Done(uuid, Changes.of(common.ENTITY, course_uuid, also={"iv_crp"}))


def check_conference(check: CrpCheck, data: ConferenceInput, at: dt.datetime) -> list[Problem]:
    found: list[Problem] = []
    if check.decision:
        found.append(
            problem(
                "decision",
                "crp.decided",
                decision=check.decision,
            )
        )
    if not data.conference_with.strip():
        found.append(
            problem(
                "conference_with",
                "crp.who",
            )
        )
    found += rules.vocabulary_problem("channel", data.channel, rules.Channel)
    if not data.decision.strip():  # no default decision (issue #12): the nurse picks it
        found.append(problem("decision", "crp.no_decision"))
    else:
        found += rules.vocabulary_problem("decision", data.decision, rules.Decision)
    if at < check.measured_at - dt.timedelta(hours=1):
        found.append(
            problem(
                "conference_at",
                "crp.conference_before",
            )
        )
    if at > clock.now_utc() + dt.timedelta(minutes=5):
        found.append(problem("conference_at", "crp.conference_future"))
    return found


def decide_in_session(
    session: Session, ctx: Context, check: CrpCheck, data: ConferenceInput
) -> None:
    course = check.course
    at = common.as_utc(data.conference_at)
    problems = check_conference(check, data, at)
    ends = (
        rules.Decision(data.decision).ends_course if data.decision in set(rules.Decision) else None
    )
    if ends is not None:  # D6: switch_to_oral and readmit end the course (D7)
        problems += IV_COURSE.check("decision_ending", course.status)
    if problems:
        raise InvalidInput(problems)
    check.conference_with, check.conference_at = data.conference_with.strip(), at
    check.channel, check.decision, check.decision_note = (
        data.channel,
        data.decision,
        data.note.strip(),
    )
    audit.stamp_change(check, ctx)
    if ends is not None:
        end_in_session(session, ctx, course, common.local_date(at), ends, data.note)
    else:
        common.touch(session, ctx, course)
    audit.write(
        session,
        ctx,
        "decide",
        "iv_crp",
        check.uuid,
        after={
            "decision": data.decision,
            "with": check.conference_with,
            "channel": data.channel,
            "at": at.isoformat(),
        },
    )


def record_decision(
    ctx: Context, crp_uuid: str, expected_course_version: int, data: ConferenceInput
) -> Done[None]:
    """D6: the conference with the responsible department and its decision."""
    require(ctx, "iv.crp")
    with ctx.store.session() as session:
        check = get_by_uuid(session, CrpCheck, crp_uuid, "iv_crp")
        course_uuid = check.course.uuid
        common.course(session, course_uuid, expected_course_version)
        decide_in_session(session, ctx, check, data)
    return Done(None, Changes.of(common.ENTITY, course_uuid, also={"iv_crp"}))


def record_crp_and_decision(
    ctx: Context,
    course_uuid: str,
    data: CrpInput,
    conference: ConferenceInput | None = None,
    expected_course_version: int | None = None,
) -> Done[str]:
    """D5 and D6 as one use case: the CRP value and, when given, the conference decision in
    one transaction — all or nothing, so a refused decision leaves no CRP value behind.
    Without ``conference`` the value awaits its decision (``record_decision``, D6). Returns
    the CRP check's uuid and what changed. The audit entries are those of the two steps."""
    require(ctx, "iv.crp")
    with ctx.store.session() as session:
        course = common.course(session, course_uuid, expected_course_version)
        check = add_crp_in_session(session, ctx, course, data)
        if conference is not None:
            check.course = course
            decide_in_session(session, ctx, check, conference)
        return Done(check.uuid, Changes.of(common.ENTITY, course_uuid, also={"iv_crp"}))
