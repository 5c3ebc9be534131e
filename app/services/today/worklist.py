"""Today: a nurse's day (IV-course issue, item 5) — administrations planned per active
course, CRP checks due and overdue (D4/D5) or awaiting the conference decision (D6),
courses ending, and referrals awaiting visitation. Computed as of a date, so yesterday's
list reads as it stood then."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import load_only, selectinload

from app.domain import clock
from app.domain import iv as rules
from app.domain.cave import Cave
from app.domain.identifiers import mask_cpr
from app.domain.problems import clock_range
from app.errors import InvalidInput
from app.models import Administration, Citizen, Department, IvCourse
from app.services.iv import common
from app.services.iv.views import crp_state, planned_end
from app.services.kernel.context import Context
from app.services.kernel.permissions import require


@dataclass(frozen=True)
class CourseRef:
    course_uuid: str
    citizen_name: str
    cpr_masked: str
    department: str
    department_phone: str
    course_type: str
    drug: str
    place: str
    cave: Cave  # the citizen's CAVE (issue #12)


@dataclass(frozen=True)
class PlannedAdministrations:
    course: CourseRef
    doses_per_day: int
    given: int
    remaining: int
    treatment_day: int
    municipal_day: int | None


@dataclass(frozen=True)
class CrpItem:
    course: CourseRef
    due_date: dt.date
    status: str  # due, overdue, awaiting_decision
    treatment_day: int
    accepted_after_day_3: bool


@dataclass(frozen=True)
class EndingItem:
    course: CourseRef
    planned_end: dt.date
    status: str  # ends_today, past_planned_end


@dataclass(frozen=True)
class ReferralItem:
    course: CourseRef
    referred_at: dt.datetime
    first_dose_date: dt.date
    hospital_doses: int


@dataclass(frozen=True)
class Worklist:
    date: dt.date
    administrations: tuple[PlannedAdministrations, ...]
    crp_checks: tuple[CrpItem, ...]
    courses_ending: tuple[EndingItem, ...]
    referrals: tuple[ReferralItem, ...]

    def as_json(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            if isinstance(value, dt.datetime | dt.date):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list | tuple):
                return [plain(v) for v in value]
            return value

        return plain(dataclasses.asdict(self))  # type: ignore[no-any-return]


LISTED_COLUMNS = (
    "id",
    "uuid",
    "status",
    "citizen_id",
    "department_id",
    "course_type",
    "drug",
    "place",
    "decided_at",
    "referred_at",
    "first_dose_date",
    "hospital_doses",
    "start_date",
    "end_date",
    "doses_per_day",
    "planned_days",
    "plan_end_date",
    "version",
)


def worklist(ctx: Context, on: dt.date) -> Worklist:
    """The list for ``on`` (a Copenhagen date); a date past the plausible years is refused."""
    require(ctx, "worklist.read")
    if not clock.plausible_day(on):
        raise InvalidInput([clock_range("date", on.isoformat())])
    day_end = dt.datetime.combine(on + dt.timedelta(days=1), dt.time(0), clock.COPENHAGEN)
    with ctx.store.read() as session:
        # Open courses through the status index, courses that ended after the date (a past
        # date's list) through the end-date index; only the columns the list reads.
        open_now = IvCourse.status.in_(
            [rules.Status.REFERRED, rules.Status.ACCEPTED, rules.Status.ACTIVE]
        )
        ended_later = and_(IvCourse.status == rules.Status.ENDED, IvCourse.end_date > on)
        courses = session.scalars(
            select(IvCourse)
            .where(or_(open_now, ended_later), IvCourse.referred_at < day_end)
            .options(
                load_only(*(getattr(IvCourse, name) for name in LISTED_COLUMNS)),
                selectinload(IvCourse.crp_checks),
                selectinload(IvCourse.type_changes),
            )
        ).all()
        refs = _refs(session, courses)
        given = (
            dict(
                session.execute(
                    select(Administration.course_id, func.count())
                    .where(
                        Administration.day == on,
                        Administration.course_id.in_([c.id for c in courses]),
                    )
                    .group_by(Administration.course_id)
                ).all()
            )
            if courses
            else {}
        )
        planned, crp, ending, referrals = [], [], [], []
        for course in sorted(courses, key=lambda c: refs[c.id].citizen_name):
            ref = refs[course.id]
            accepted_on = common.local_date(course.decided_at) if course.decided_at else None
            if accepted_on is None or accepted_on > on:
                referrals.append(
                    ReferralItem(
                        ref, course.referred_at, course.first_dose_date, course.hospital_doses
                    )
                )
                continue
            done = int(given.get(course.id, 0))
            planned.append(
                PlannedAdministrations(
                    ref,
                    course.doses_per_day,
                    done,
                    max(0, course.doses_per_day - done),
                    rules.treatment_day(course.first_dose_date, on),
                    rules.municipal_day(course.start_date, on)
                    if course.start_date and course.start_date <= on
                    else None,
                )
            )
            due, state = crp_state(course, on)
            if due is not None and state in ("due", "overdue", "awaiting_decision"):
                crp.append(
                    CrpItem(
                        ref,
                        due,
                        state,
                        rules.treatment_day(course.first_dose_date, on),
                        rules.accepted_after_crp_day(course.first_dose_date, accepted_on),
                    )
                )
            end = planned_end(course)
            if end <= on:
                ending.append(
                    EndingItem(ref, end, "ends_today" if end == on else "past_planned_end")
                )
        order = {"overdue": 0, "awaiting_decision": 1, "due": 2}
        crp.sort(key=lambda item: (order[item.status], item.due_date, item.course.citizen_name))
        return Worklist(on, tuple(planned), tuple(crp), tuple(ending), tuple(referrals))


def _refs(session: Any, courses: Any) -> dict[int, CourseRef]:
    if not courses:
        return {}
    citizen_ids = {c.citizen_id for c in courses}
    dept_ids = {c.department_id for c in courses}
    people = {
        row.id: row
        for row in session.execute(
            select(
                Citizen.id,
                Citizen.first_name,
                Citizen.last_name,
                Citizen.cpr,
                Citizen.cave_state,
                Citizen.cave,
            ).where(Citizen.id.in_(citizen_ids))
        )
    }
    depts = {
        row.id: row
        for row in session.execute(
            select(Department.id, Department.name, Department.phone_24_7).where(
                Department.id.in_(dept_ids)
            )
        )
    }
    out = {}
    for c in courses:
        person, dept = people[c.citizen_id], depts[c.department_id]
        out[c.id] = CourseRef(
            c.uuid,
            f"{person.first_name} {person.last_name}",
            mask_cpr(person.cpr),
            dept.name,
            dept.phone_24_7,
            c.course_type,
            c.drug,
            c.place,
            Cave(person.cave_state, person.cave),
        )
    return out
