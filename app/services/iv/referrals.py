"""Referral in from a hospital department, and visitation: accept or reject (D8).

Rules: DIGEST §1.3 (target group: 15 or over, or a local agreement), §1.5 (≥ 2 antibiotic
doses in hospital), §1.11 (the hospital hands over at the earliest when the municipality
has accepted), D1 (course types), D8 (rejections with reason category and text).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import cave as cave_rules
from app.domain import clock
from app.domain import iv as rules
from app.domain.cave import Cave, CaveState
from app.domain.identifiers import normalise_cpr
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import Citizen, Department, IvCourse
from app.services import cave as cave_service
from app.services.iv import common
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import get_by_uuid
from app.workflows import IV_COURSE


@dataclass(frozen=True)
class ReferralInput:
    citizen_uuid: str
    department_uuid: str
    responsible_doctor: str
    course_type: str
    drug: str
    dose: str
    doses_per_day: int
    planned_days: int
    iv_access: str
    closed_system: str
    first_dose_date: dt.date
    hospital_doses: int
    place: str
    may_be_left_alone: bool = False
    closed_system_other: str = ""
    plan_end_date: dt.date | None = None
    plan_oral_switch: str = ""
    plan_blood_tests: str = ""
    plan_controls: str = ""
    referral_note: str = ""
    local_agreement_under_15: str = ""
    referred_at: dt.datetime | None = None  # default: now
    caller_name: str = ""  # who at the hospital phoned it in (issue #12)
    caller_role: str = ""  # their role, e.g. "sygeplejerske", "afdelingslæge"
    # The hospital's CAVE (issue #12): lands on the citizen, not on the course.
    cave_state: str = CaveState.UNKNOWN.value
    cave: str = ""

    @property
    def cave_value(self) -> Cave:
        return Cave(self.cave_state, self.cave)


REFERRAL_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(ReferralInput)
    if f.name not in ("citizen_uuid", "department_uuid", "cave_state", "cave")
)


def check_referral_input(data: ReferralInput, cpr: str) -> list[Problem]:
    """Every field rule of a referral (used by the service and by the import)."""
    found = rules.check_referral(
        rules.ReferralFacts(
            cpr,
            data.course_type,
            data.first_dose_date,
            data.hospital_doses,
            data.doses_per_day,
            data.planned_days,
            data.local_agreement_under_15,
        )
    )
    found += rules.vocabulary_problem("iv_access", data.iv_access, rules.IvAccess)
    found += rules.vocabulary_problem("closed_system", data.closed_system, rules.ClosedSystem)
    found += rules.vocabulary_problem("place", data.place, rules.Place)
    if data.closed_system == rules.ClosedSystem.OTHER and not data.closed_system_other.strip():
        found.append(problem("closed_system_other", "iv.closed_other"))
    if not data.drug.strip():
        found.append(problem("drug", "iv.drug"))
    if not data.responsible_doctor.strip():
        found.append(
            problem(
                "responsible_doctor",
                "iv.doctor",
            )
        )
    referred = data.referred_at or clock.now_utc()
    if data.first_dose_date > common.local_date(common.as_utc(referred)) + dt.timedelta(days=1):
        found.append(
            problem(
                "first_dose_date",
                "iv.first_dose_future",
            )
        )
    if data.plan_end_date is not None and data.plan_end_date < data.first_dose_date:
        found.append(problem("plan_end_date", "iv.plan_end"))
    return found + cave_rules.check(*cave_rules.normalise(data.cave_state, data.cave))


def facts(course: IvCourse, cpr: str) -> rules.ReferralFacts:
    return rules.ReferralFacts(
        cpr,
        course.course_type,
        course.first_dose_date,
        course.hospital_doses,
        course.doses_per_day,
        course.planned_days,
        course.local_agreement_under_15,
    )


def add_referral_in_session(
    session: Session, ctx: Context, data: ReferralInput, *, uuid: str | None = None
) -> IvCourse:
    citizen = get_by_uuid(session, Citizen, data.citizen_uuid, "citizen")
    department = get_by_uuid(session, Department, data.department_uuid, "department")
    problems = check_referral_input(data, citizen.cpr)
    if problems:
        raise InvalidInput(problems)
    values = {name: getattr(data, name) for name in REFERRAL_FIELDS}
    values["referred_at"] = common.as_utc(data.referred_at or clock.now_utc())
    course = IvCourse(
        citizen_id=citizen.id, department_id=department.id, status=rules.Status.REFERRED, **values
    )
    audit.insert(
        session,
        ctx,
        course,
        common.ENTITY,
        after=audit.snapshot(course, REFERRAL_FIELDS),
        uuid=uuid,
    )
    cave_service.merge_cave_in_session(
        session, ctx, citizen, data.cave_value, reason=f"referral {course.uuid}"
    )
    return course


def register_referral(ctx: Context, data: ReferralInput) -> Done[str]:
    """A hospital department refers a citizen for IV treatment at home (DIGEST §1.11). The
    hospital's CAVE lands on the citizen, adding to what the record knows and never erasing
    it (issue #12, app/domain/cave.py)."""
    require(ctx, "iv.referrals")
    with ctx.store.session() as session:
        course = add_referral_in_session(session, ctx, data)
        uuid, citizen_uuid = course.uuid, data.citizen_uuid
    changes = Changes.of(common.ENTITY, uuid)
    if data.cave_value.state != CaveState.UNKNOWN:
        changes = changes | Changes.of("citizen", citizen_uuid)
    return Done(uuid, changes)


def accept_in_session(session: Session, ctx: Context, course: IvCourse, at: dt.datetime) -> None:
    IV_COURSE.require("accept", course.status)
    citizen = session.get(Citizen, course.citizen_id)
    assert citizen is not None
    problems = rules.check_acceptance(facts(course, citizen.cpr), common.local_date(at))
    if problems:
        raise InvalidInput(problems)
    course.status = IV_COURSE.transition("accept").to_state
    course.decided_at, course.decided_by_id = at, ctx.user_id
    common.touch(session, ctx, course)
    audit.write(
        session, ctx, "accept", common.ENTITY, course.uuid, after={"decided_at": at.isoformat()}
    )


def accept_referral(
    ctx: Context, uuid: str, expected_version: int, at: dt.datetime | None = None
) -> Done[None]:
    """Visitation accepts: the target-group rules are checked now (DIGEST §1.3, §1.5)."""
    require(ctx, "iv.referrals")
    with ctx.store.session() as session:
        accept_in_session(
            session,
            ctx,
            common.course(session, uuid, expected_version),
            common.as_utc(at or clock.now_utc()),
        )
    return Done(None, Changes.of(common.ENTITY, uuid))


def reject_in_session(
    session: Session, ctx: Context, course: IvCourse, reason: str, text: str, at: dt.datetime
) -> None:
    IV_COURSE.require("reject", course.status)
    problems = rules.check_rejection(reason, text)
    if problems:
        raise InvalidInput(problems)
    course.status = IV_COURSE.transition("reject").to_state  # D8
    course.decided_at, course.decided_by_id = at, ctx.user_id
    course.rejection_reason, course.rejection_text = reason, text.strip()
    common.touch(session, ctx, course)
    audit.write(
        session,
        ctx,
        "reject",
        common.ENTITY,
        course.uuid,
        after={"reason": reason, "text": text.strip()},
    )


def reject_referral(
    ctx: Context,
    uuid: str,
    expected_version: int,
    reason: str,
    text: str,
    at: dt.datetime | None = None,
) -> Done[None]:
    """D8: rejected referrals are kept, counted in reports and never billed."""
    require(ctx, "iv.referrals")
    with ctx.store.session() as session:
        reject_in_session(
            session,
            ctx,
            common.course(session, uuid, expected_version),
            reason,
            text,
            common.as_utc(at or clock.now_utc()),
        )
    return Done(None, Changes.of(common.ENTITY, uuid))


def find_citizen_uuid(ctx: Context, cpr: str) -> str | None:
    require(ctx, "citizens.read")
    with ctx.store.read() as session:
        return session.scalar(select(Citizen.uuid).where(Citizen.cpr == normalise_cpr(cpr)))
