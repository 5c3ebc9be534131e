"""The IV courses a day's work list reads, as plain rows (issue #17: Today at start-up).

Every open course is on Today (~1,300 on the bench store): loading them as ORM instances
with their CRP checks and type changes cost more than everything else on the way to the
first screen. Here they are one joined select (course, citizen, department) and one select
each for the CRP checks and type changes of the same courses, filtered by a subquery (no
list of ids to bind, however many courses a past day had). A :class:`ListedCourse` has the
attributes the IV rules read (``crp_state``, ``planned_end``, ``type_on``), so the rules
stay the single place that decides (D4–D6)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.sql import ColumnElement, Select

from app.domain import iv as rules
from app.models import Citizen, CourseTypeChange, CrpCheck, Department, IvCourse

#: the course's columns the list reads
COURSE_COLUMNS = (
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
)
#: the citizen's (a course's row carries them)
PERSON_COLUMNS = (
    "first_name",
    "last_name",
    "cpr",
    "cave_state",
    "cave",
    "address",
    "postcode",
    "city",
    "phone",
)


class ListedCourse:
    """One course of the list: its columns, its citizen's and department's, its CRP checks
    (``measured_at``, ``decision``, ``conference_at``) and type changes (``effective_date``,
    ``id``, ``from_type``, ``to_type``) — what the IV rules read of an ``IvCourse``."""

    def __init__(self, row: Any) -> None:
        self.__dict__ = dict(zip(ROW_NAMES, row, strict=True))  # one step for ~30 columns
        self.crp_checks: list[Any] = []
        self.type_changes: list[Any] = []

    def __getattr__(self, name: str) -> Any:  # for the type checker: every column is set
        raise AttributeError(name)


#: a course's row, in the order :func:`courses` selects it
ROW_NAMES = (*COURSE_COLUMNS, *PERSON_COLUMNS, "department", "department_phone")


def listed(on: dt.date, day_end: dt.datetime, citizen_id: int | None) -> ColumnElement[bool]:
    """The courses of ``on``'s list: open ones through the status index, ones that ended
    after the date (a past date's list) through the status and end-date index (migration
    0011), referred before the day ends; only the citizen's when ``citizen_id`` is given."""
    open_now = IvCourse.status.in_(
        [rules.Status.REFERRED, rules.Status.ACCEPTED, rules.Status.ACTIVE]
    )
    ended_later = and_(IvCourse.status == rules.Status.ENDED, IvCourse.end_date > on)
    found = and_(or_(open_now, ended_later), IvCourse.referred_at < day_end)
    return found if citizen_id is None else and_(IvCourse.citizen_id == citizen_id, found)


def listed_ids(on: dt.date, day_end: dt.datetime, citizen_id: int | None = None) -> Select[int]:
    return select(IvCourse.id).where(listed(on, day_end, citizen_id))


def courses(
    session: Any, on: dt.date, day_end: dt.datetime, citizen_id: int | None = None
) -> list[ListedCourse]:
    """The courses of ``on``'s list with their CRP checks and type changes, by citizen
    name (then by course, so equal names keep one order)."""
    rows = session.execute(
        select(
            *(getattr(IvCourse, name) for name in COURSE_COLUMNS),
            *(getattr(Citizen, name) for name in PERSON_COLUMNS),
            Department.name,
            Department.phone_24_7,
        )
        .join(Citizen, Citizen.id == IvCourse.citizen_id)
        .join(Department, Department.id == IvCourse.department_id)
        .where(listed(on, day_end, citizen_id))
    ).all()
    found = {row[0]: ListedCourse(row) for row in rows}
    ids = listed_ids(on, day_end, citizen_id)
    for check in session.execute(
        select(CrpCheck.course_id, CrpCheck.measured_at, CrpCheck.decision, CrpCheck.conference_at)
        .where(CrpCheck.course_id.in_(ids))
        .order_by(CrpCheck.measured_at)
    ):
        found[check.course_id].crp_checks.append(check)
    for change in session.execute(
        select(
            CourseTypeChange.course_id,
            CourseTypeChange.effective_date,
            CourseTypeChange.id,
            CourseTypeChange.from_type,
            CourseTypeChange.to_type,
        )
        .where(CourseTypeChange.course_id.in_(ids))
        .order_by(CourseTypeChange.effective_date)
    ):
        found[change.course_id].type_changes.append(change)
    return sorted(found.values(), key=lambda c: (f"{c.first_name} {c.last_name}", c.id))
