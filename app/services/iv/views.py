"""What screens, documents and the worklist show of IV courses: one course with its day
counting (D4), CRP state (D5/D6) and timeline, and lists of courses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from app.domain import clock
from app.domain import iv as rules
from app.domain.cave import Cave
from app.domain.identifiers import age_on, mask_cpr
from app.errors import NotFound
from app.models import Administration, Citizen, Department, HospitalUnit, IvCourse
from app.services import case_lists
from app.services.citizens import cave_of
from app.services.iv import common
from app.services.iv.courses import type_on
from app.services.kernel import audit
from app.services.kernel.cases import CaseRow, Stays, during
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import user_label
from app.services.security import teams

# -- what a screen shows of a course ---------------------------------------------------------


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event of a course. ``text`` is a plain English summary (logs, CLI); ``data``
    holds the codes and values a screen or document formats in its own language."""

    at: dt.datetime
    kind: str  # referred, accepted, rejected, type_change, administration, crp, conference, ended
    text: str
    flags: tuple[str, ...] = ()
    data: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class CourseView:
    uuid: str
    version: int
    status: str
    citizen_uuid: str
    citizen_name: str
    cpr_masked: str
    age: int | None
    cave: Cave  # issue #12: shown on every screen of the case
    unit_code: str
    unit_name: str
    department_name: str
    department_phone: str
    responsible_doctor: str
    course_type: str
    drug: str
    dose: str
    doses_per_day: int
    planned_days: int
    iv_access: str
    closed_system: str
    place: str
    may_be_left_alone: bool
    first_dose_date: dt.date
    hospital_doses: int
    plan_end_date: dt.date | None
    planned_end: dt.date
    plan_oral_switch: str
    plan_blood_tests: str
    plan_controls: str
    referral_note: str
    caller_name: str  # who at the hospital phoned the referral in, and their role
    caller_role: str
    referred_at: dt.datetime
    decided_at: dt.datetime | None
    decided_by: str
    rejection_reason: str
    rejection_text: str
    start_date: dt.date | None
    end_date: dt.date | None
    end_reason: str
    end_text: str
    outcome: str  # issue #14: the NORS outcome ("" = not recorded)
    readmitted_on: dt.date | None  # a readmission within 30 days after the end
    length_days: int | None
    treatment_day_today: int
    municipal_day_today: int | None
    crp_due: dt.date | None
    crp_state: str  # not_applicable, upcoming, due, overdue, awaiting_decision, done
    administrations: int
    late_administrations: int
    flagged_administrations: int
    open_crp_uuid: str | None
    timeline: tuple[TimelineEvent, ...]
    # minutes at the citizen of each administration so far: the form's proposal (issue #14)
    visit_minutes: tuple[int, ...] = ()


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


def _timeline(session: Session, course: IvCourse) -> tuple[TimelineEvent, ...]:
    dept = session.get(Department, course.department_id)
    events = [
        TimelineEvent(
            course.referred_at,
            "referred",
            course.drug,
            data={"drug": course.drug, "department": dept.name if dept else ""},
        )
    ]
    if course.decided_at:
        by = user_label(session, course.decided_by_id)
        if course.status == rules.Status.REJECTED:
            events.append(
                TimelineEvent(
                    course.decided_at,
                    "rejected",
                    course.rejection_text,
                    data={
                        "by": by,
                        "reason": course.rejection_reason,
                        "text": course.rejection_text,
                    },
                )
            )
        else:
            events.append(TimelineEvent(course.decided_at, "accepted", by, data={"by": by}))
    for change in course.type_changes:
        at = dt.datetime.combine(change.effective_date, dt.time(12), clock.COPENHAGEN).astimezone(
            dt.UTC
        )
        events.append(
            TimelineEvent(
                at,
                "type_change",
                f"{change.from_type} → {change.to_type}",
                data={"from": change.from_type, "to": change.to_type, "reason": change.reason},
            )
        )
    for a in course.administrations:
        flags = tuple(a.exception_flags) + (("late",) if a.late else ()) + tuple(a.complications)
        start, end = clock.format_local(a.start_at)[-5:], clock.format_local(a.end_at)[-5:]
        events.append(
            TimelineEvent(
                a.start_at,
                "administration",
                f"{start}–{end} {a.place}",
                flags,
                data={
                    "start": start,
                    "end": end,
                    "place": a.place,
                    "nurse": user_label(session, a.nurse_id),
                    "observations": a.observations,
                    "exception_reason": a.exception_reason,
                    "complication_text": a.complication_text,
                    "vitals": _vitals_text(a),
                },
            )
        )
    for c in course.crp_checks:
        events.append(
            TimelineEvent(
                c.measured_at,
                "crp",
                f"CRP {c.value} mg/L ({c.method})",
                data={"value": str(c.value), "method": c.method},
            )
        )
        if c.conference_at:
            events.append(
                TimelineEvent(
                    c.conference_at,
                    "conference",
                    f"{c.decision} · {c.conference_with} · {c.channel}",
                    data={
                        "decision": c.decision,
                        "with": c.conference_with,
                        "channel": c.channel,
                        "note": c.decision_note,
                    },
                )
            )
    if course.end_date:
        at = dt.datetime.combine(course.end_date, dt.time(23, 59), clock.COPENHAGEN).astimezone(
            dt.UTC
        )
        events.append(
            TimelineEvent(
                at,
                "ended",
                course.end_reason,
                data={"reason": course.end_reason, "text": course.end_text},
            )
        )
    return tuple(sorted(events, key=lambda e: e.at))


def _vitals_text(a: Administration) -> str:
    parts = []
    if a.temperature is not None:
        parts.append(f"T {a.temperature} °C")
    if a.pulse is not None:
        parts.append(f"P {a.pulse}")
    if a.bp_systolic is not None and a.bp_diastolic is not None:
        parts.append(f"BT {a.bp_systolic}/{a.bp_diastolic}")
    if a.spo2 is not None:
        parts.append(f"SAT {a.spo2} %")
    return ", ".join(parts)


def _load(session: Session, uuid: str) -> IvCourse:
    course = session.scalars(
        select(IvCourse)
        .where(IvCourse.uuid == uuid)
        .options(
            selectinload(IvCourse.administrations),
            selectinload(IvCourse.crp_checks),
            selectinload(IvCourse.type_changes),
        )
    ).one_or_none()
    if course is None:
        raise NotFound(common.ENTITY, uuid)
    return course


def view_in_session(session: Session, course: IvCourse, today: dt.date) -> CourseView:
    citizen = session.get(Citizen, course.citizen_id)
    department = session.get(Department, course.department_id)
    assert citizen is not None and department is not None
    unit = session.get(HospitalUnit, department.unit_id)
    assert unit is not None
    due, state = crp_state(course, today)
    open_crp = next((c.uuid for c in course.crp_checks if not c.decision), None)
    length = (
        rules.course_length(course.start_date, course.end_date)
        if course.start_date and course.end_date
        else None
    )
    return CourseView(
        uuid=course.uuid,
        version=course.version,
        status=course.status,
        citizen_uuid=citizen.uuid,
        citizen_name=f"{citizen.first_name} {citizen.last_name}",
        cpr_masked=mask_cpr(citizen.cpr),
        age=age_on(citizen.cpr, today),
        cave=cave_of(citizen),
        unit_code=unit.code,
        unit_name=unit.name,
        department_name=department.name,
        department_phone=department.phone_24_7,
        responsible_doctor=course.responsible_doctor,
        course_type=course.course_type,
        drug=course.drug,
        dose=course.dose,
        doses_per_day=course.doses_per_day,
        planned_days=course.planned_days,
        iv_access=course.iv_access,
        closed_system=course.closed_system_other or course.closed_system,
        place=course.place,
        may_be_left_alone=course.may_be_left_alone,
        first_dose_date=course.first_dose_date,
        hospital_doses=course.hospital_doses,
        plan_end_date=course.plan_end_date,
        planned_end=planned_end(course),
        plan_oral_switch=course.plan_oral_switch,
        plan_blood_tests=course.plan_blood_tests,
        plan_controls=course.plan_controls,
        referral_note=course.referral_note,
        caller_name=course.caller_name,
        caller_role=course.caller_role,
        referred_at=course.referred_at,
        decided_at=course.decided_at,
        decided_by=user_label(session, course.decided_by_id) if course.decided_by_id else "",
        rejection_reason=course.rejection_reason,
        rejection_text=course.rejection_text,
        start_date=course.start_date,
        end_date=course.end_date,
        end_reason=course.end_reason,
        end_text=course.end_text,
        outcome=course.outcome,
        readmitted_on=course.readmitted_on,
        length_days=length,
        treatment_day_today=rules.treatment_day(course.first_dose_date, course.end_date or today),
        municipal_day_today=rules.municipal_day(course.start_date, course.end_date or today)
        if course.start_date
        else None,
        crp_due=due,
        crp_state=state,
        administrations=len(course.administrations),
        late_administrations=sum(1 for a in course.administrations if a.late),
        flagged_administrations=sum(1 for a in course.administrations if a.exception_flags),
        open_crp_uuid=open_crp,
        timeline=_timeline(session, course),
        visit_minutes=tuple(
            int((a.end_at - a.start_at).total_seconds() // 60) for a in course.administrations
        ),
    )


def get_course(ctx: Context, uuid: str, *, opened: bool = True, reason: str = "") -> CourseView:
    """A course with its timeline. Opening it is audit-logged like a citizen's record, with
    a reason required when the citizen belongs to another team (issue #7);
    ``opened=False`` is for refreshing a course the user already has open."""
    require(ctx, "iv.read")
    with ctx.store.session() as session:
        course = _load(session, uuid)
        if opened:
            citizen = session.get(Citizen, course.citizen_id)
            reason = teams.access_reason(ctx, citizen, reason) if citizen else reason
            audit.write(session, ctx, "open", common.ENTITY, uuid, reason=reason)
        return view_in_session(session, course, clock.today())


# -- lists -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CourseRow:
    """One line of the IV-course list (masked CPR, D40)."""

    uuid: str
    status: str
    citizen_name: str
    cpr_masked: str
    course_type: str
    drug: str
    department: str
    unit_code: str
    first_dose_date: dt.date
    start_date: dt.date | None
    end_date: dt.date | None
    end_reason: str


STATUS_FILTERS = {
    "all": (),
    "open": (rules.Status.REFERRED, rules.Status.ACCEPTED, rules.Status.ACTIVE),
    "referred": (rules.Status.REFERRED,),
    "running": (rules.Status.ACCEPTED, rules.Status.ACTIVE),
    "ended": (rules.Status.ENDED,),
    "rejected": (rules.Status.REJECTED,),
}


def list_courses(
    ctx: Context, status: str = "open", text: str = "", *, offset: int = 0, limit: int = 200
) -> list[CourseRow]:
    """Courses, newest referral first, filtered by status group and by the citizen's CPR/name
    (the same search as the citizen list)."""
    require(ctx, "iv.read")
    with ctx.store.read() as session:
        query = courses_query(session, status, text, offset=offset, limit=limit)
        return [
            CourseRow(uuid, status, f"{first} {last}", mask_cpr(cpr), *rest)
            for uuid, status, first, last, cpr, *rest in session.execute(query)
        ]


LIST = case_lists.CaseTable(
    IvCourse,
    IvCourse.id,
    IvCourse.status,
    (IvCourse.referred_at.desc(), IvCourse.id.desc()),
    IvCourse.citizen_id,
    by_status="ix_iv_courses_list_status",
    by_sort="ix_iv_courses_list_referred",
    by_citizen="ix_iv_courses_list_citizen",
)


def courses_query(
    session: Session, status: str = "open", text: str = "", *, offset: int = 0, limit: int = 200
) -> Select[*tuple[Any, ...]]:
    """The statement of :func:`list_courses` (bench/lists.py runs it bare too): the page's
    course ids from the list indexes alone (app/services/case_lists.py, issue #17), then only
    those courses joined to citizen, department and unit."""
    statuses = [str(s) for s in STATUS_FILTERS.get(status, ())]
    page = case_lists.page_ids(session, LIST, statuses, text, offset=offset, limit=limit)
    return (
        select(
            IvCourse.uuid,
            IvCourse.status,
            Citizen.first_name,
            Citizen.last_name,
            Citizen.cpr,
            IvCourse.course_type,
            IvCourse.drug,
            Department.name,
            HospitalUnit.code,
            IvCourse.first_dose_date,
            IvCourse.start_date,
            IvCourse.end_date,
            IvCourse.end_reason,
        )
        .join(Citizen, Citizen.id == IvCourse.citizen_id)
        .join(Department, Department.id == IvCourse.department_id)
        .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
        .where(IvCourse.id.in_(page))
        .order_by(*LIST.newest)
    )


def courses_of_citizen(ctx: Context, citizen_uuid: str) -> list[CourseRow]:
    require(ctx, "iv.read")
    with ctx.store.read() as session:
        cpr = session.scalar(select(Citizen.cpr).where(Citizen.uuid == citizen_uuid))
    return list_courses(ctx, "all", cpr or "-", limit=1000) if cpr else []


def cases_of_residents(session: Session, stays: Stays, day: dt.date) -> list[CaseRow]:
    """The IV kind's residents hook (app.domain.kinds; the nursing-home page): the courses
    given at a nursing home (place "nursing_home", not rejected) that overlap a stay of
    their citizen in the home (``stays``); a running course counts until ``day``."""
    query = (
        select(IvCourse, Citizen)
        .join(Citizen, Citizen.id == IvCourse.citizen_id)
        .where(
            IvCourse.citizen_id.in_(list(stays)),
            IvCourse.place == "nursing_home",
            IvCourse.status != "rejected",
        )
    )
    rows = []
    for course, c in session.execute(query):
        start = course.start_date or course.first_dose_date
        if during(stays[c.id], start, course.end_date or day):
            rows.append(
                CaseRow(
                    "iv",
                    course.uuid,
                    f"{c.first_name} {c.last_name}",
                    mask_cpr(c.cpr),
                    start,
                    course.end_date,
                    course.drug,
                    course.status,
                )
            )
    return rows
