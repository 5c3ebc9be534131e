"""Day-3 CRP compliance (issue #14 item 2; D5, D6; DIGEST §1.15 "observations, incl. CRP on
day 3"; D40: the manager's list masks the CPR number).

Counting rules (the report's notes say them to the reader):

* the courses counted are the **antibiotic** courses (their type on the due day, D1; fluids
  have no CRP check, D5) whose CRP check was **due in the period and before today** (the due
  day has passed, so the check can be judged). The due day is D5's, computed by
  :func:`app.domain.iv.crp_due_date` as the worklist does: treatment day 3, or municipal day
  1 (the day of acceptance until then) for a course accepted after day 3;
* a course that ended on or before its due day without a CRP value had no check to make
  and is not counted;
* the check is the course's **first CRP value**: **on time** when measured on or before the
  due day (a value measured at the hospital included, D5), **late** when after it; the
  **decision** is that value's conference decision (D6), and the time from value to
  decision is ``conference_at − measured_at`` in whole minutes, shown in hours;
* **overdue**: the due day passed without a value (late or still missing); they are listed
  with the CPR number masked (D40), newest due day first, at most :data:`LIST_LIMIT`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import iv as rules
from app.domain.identifiers import mask_cpr
from app.domain.reports import (
    Cell,
    Chart,
    Column,
    Figure,
    Filters,
    Label,
    Progress,
    Report,
    Table,
    percent,
)
from app.models import Citizen, CourseTypeChange, CrpCheck, Department, HospitalUnit, IvCourse
from app.services.reports import iv_common as common

LIST_LIMIT = 300  # the overdue list's rows (the figure counts them all)

DECISIONS = (*(str(d) for d in rules.Decision), "awaiting", "no_value")
DECISION_LABELS = common.labels("crp_decision", DECISIONS)
STATUS_LABELS = common.labels("course_status", tuple(rules.Status))


@dataclass(frozen=True)
class Due:
    """One counted course: its due day and its first CRP value."""

    course_id: int
    uuid: str
    unit: str
    department: str
    due: dt.date
    status: str
    measured_on: dt.date | None
    decision: str
    wait_minutes: int | None

    @property
    def on_time(self) -> bool:
        return self.measured_on is not None and self.measured_on <= self.due


def type_on(original: str, changes: list[tuple[dt.date, int, str, str]], day: dt.date) -> str:
    """D1 on plain rows — the rule of app.services.iv.courses.type_on: the first change's
    ``from_type`` before it, each change's ``to_type`` from its effective date."""
    ordered = sorted(changes)
    current = ordered[0][2] if ordered else original
    for effective, _, _, to_type in ordered:
        if effective <= day:
            current = to_type
    return current


def counted(session: Session, filters: Filters, today: dt.date) -> list[Due]:
    """The counted courses (see the module's rules), one query for the candidates and their
    first CRP value, one for the few type changes."""
    first, after = common.period_moments(filters)
    lead = dt.timedelta(days=rules.CRP_TREATMENT_DAY - 1)
    rank = func.row_number().over(
        partition_by=CrpCheck.course_id, order_by=(CrpCheck.measured_at, CrpCheck.id)
    )
    checks = select(CrpCheck.course_id, CrpCheck.measured_at, CrpCheck.decision,
                    CrpCheck.conference_at, rank.label("rank")).subquery()  # fmt: skip
    wait = common.minutes_between(session, checks.c.measured_at, checks.c.conference_at)
    changed = select(CourseTypeChange.course_id)
    query = (
        select(IvCourse.id, IvCourse.uuid, HospitalUnit.code, Department.name,
               IvCourse.course_type, IvCourse.status, IvCourse.first_dose_date,
               IvCourse.decided_at, IvCourse.start_date, IvCourse.end_date,
               checks.c.measured_at, checks.c.decision, checks.c.conference_at, wait)
        .join(Department, Department.id == IvCourse.department_id)
        .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
        .outerjoin(checks, (checks.c.course_id == IvCourse.id) & (checks.c.rank == 1))
        .where(IvCourse.decided_at.is_not(None),
               IvCourse.status.not_in((rules.Status.REFERRED, rules.Status.REJECTED)),
               (IvCourse.course_type != rules.CourseType.FLUID) | IvCourse.id.in_(changed),
               IvCourse.first_dose_date.between(filters.start - lead, filters.end - lead)
               | IvCourse.start_date.between(filters.start, filters.end)
               | ((IvCourse.decided_at >= first) & (IvCourse.decided_at < after)))
    )  # fmt: skip
    rows = session.execute(common.scoped(query, filters)).all()
    changes: dict[int, list[tuple[dt.date, int, str, str]]] = {}
    ids = {r[0] for r in rows}
    for course_id, effective, change_id, from_type, to_type in session.execute(
        select(CourseTypeChange.course_id, CourseTypeChange.effective_date, CourseTypeChange.id,
               CourseTypeChange.from_type, CourseTypeChange.to_type)
    ):  # fmt: skip
        if course_id in ids:
            changes.setdefault(course_id, []).append((effective, change_id, from_type, to_type))
    found: list[Due] = []
    for (course_id, uuid, unit, dept, kind, status, first_dose, decided_at, start, end,
         measured_at, decision, conference_at, minutes) in rows:  # fmt: skip
        assert decided_at is not None  # the query's condition
        accepted_on = clock.local(decided_at).date()
        started = start if start is not None and start <= today else None
        due = rules.crp_due_date(first_dose, accepted_on, started)
        if not (filters.start <= due <= filters.end and due < today):
            continue
        if not rules.CourseType(type_on(kind, changes.get(course_id, []), due)).is_antibiotic:
            continue
        measured_on = clock.local(measured_at).date() if measured_at is not None else None
        if end is not None and end <= due and (measured_on is None or measured_on > due):
            continue  # ended by its due day without a value: no check to make
        timed = bool(decision) and conference_at is not None and minutes is not None
        found.append(Due(course_id, uuid, unit, dept, due, status, measured_on, decision or "",
                         int(minutes) if timed else None))  # fmt: skip
    return found


def build(session: Session, filters: Filters, progress: Progress) -> Report:
    progress(0, 2)
    courses = counted(session, filters, clock.today())
    progress(1, 2)
    n = len(courses)
    valued = [c for c in courses if c.measured_on is not None]
    on_time = sum(1 for c in courses if c.on_time)
    decided = [c for c in valued if c.decision]
    waits: dict[int, int] = {}
    for c in decided:
        if c.wait_minutes is not None:
            common.add(waits, c.wait_minutes, 1)
    overdue = sorted((c for c in courses if not c.on_time), key=lambda c: (c.due, c.course_id),
                     reverse=True)  # fmt: skip
    figures = (
        Figure("due", "reports.iv_crp.due", n),
        Figure("on_time", "reports.iv_crp.on_time", on_time),
        Figure("on_time_share", "reports.iv_crp.on_time_share", percent(on_time, n), "percent"),
        Figure("decided_share", "reports.iv_crp.decided_share",
               percent(len(decided), len(valued)), "percent"),
        Figure("wait_median", "reports.iv_crp.wait_median", common.median_of(waits, 60), "hours"),
        Figure("wait_mean", "reports.iv_crp.wait_mean", common.mean_of(waits, 60), "hours"),
        Figure("overdue", "reports.iv_crp.overdue", len(overdue)),
    )  # fmt: skip
    tables = (
        _compliance_table(courses),
        _decision_table(courses),
        _overdue_table(session, overdue[:LIST_LIMIT]),
    )
    charts = (
        Chart("compliance", "reports.iv_crp.compliance", "compliance", "bar", "unit",
              ("on_time_share",)),
        Chart("decisions", "reports.iv_crp.decisions", "decisions", "bar", "decision",
              ("courses",)),
    )  # fmt: skip
    progress(2, 2)
    return Report("iv.crp", "reports.iv_crp.title", filters, figures, tables, charts,
                  ("reports.iv_crp.note",))  # fmt: skip


def _compliance_table(courses: list[Due]) -> Table:
    units: dict[str, list[Due]] = {}
    for c in courses:
        units.setdefault(c.unit, []).append(c)

    def row(label: Cell, group: list[Due]) -> tuple[Cell, ...]:
        valued = [c for c in group if c.measured_on is not None]
        on_time = sum(1 for c in group if c.on_time)
        decided = sum(1 for c in valued if c.decision)
        return (label, len(group), on_time, percent(on_time, len(group)),
                len(valued) - on_time, len(group) - len(valued), decided,
                percent(decided, len(valued)))  # fmt: skip

    rows = [row(unit, units[unit]) for unit in sorted(units)]
    rows.append(row(Label("reports.col.all", "all"), courses))
    return Table("compliance", "reports.iv_crp.compliance",
                 (Column("unit", "reports.col.unit"), Column("due", "reports.col.crp_due", "count"),
                  Column("on_time", "reports.col.crp_on_time", "count"),
                  Column("on_time_share", "reports.col.crp_on_time_share", "percent"),
                  Column("late", "reports.col.crp_late", "count"),
                  Column("missing", "reports.col.crp_missing", "count"),
                  Column("decided", "reports.col.crp_decided", "count"),
                  Column("decided_share", "reports.col.crp_decided_share", "percent")),
                 tuple(rows), "reports.iv_crp.compliance_note")  # fmt: skip


def outcome(c: Due) -> str:
    """The first value's decision, ``awaiting`` (a value, no decision) or ``no_value``."""
    if c.measured_on is None:
        return "no_value"
    return c.decision or "awaiting"


def _decision_table(courses: list[Due]) -> Table:
    counts = {d: 0 for d in DECISIONS}
    for c in courses:
        counts[outcome(c)] = counts.get(outcome(c), 0) + 1
    rows = tuple((DECISION_LABELS.get(d, Label(d, d)), n, percent(n, len(courses)))
                 for d, n in counts.items())  # fmt: skip
    return Table("decisions", "reports.iv_crp.decisions",
                 (Column("decision", "reports.col.decision"),
                  Column("courses", "reports.col.courses", "count"),
                  Column("share", "reports.col.share", "percent")),
                 rows, "reports.iv_crp.decisions_note")  # fmt: skip


def _overdue_table(session: Session, overdue: list[Due]) -> Table:
    cprs: dict[int, str] = {}
    if overdue:
        query = (
            select(IvCourse.id, Citizen.cpr)
            .join(Citizen, Citizen.id == IvCourse.citizen_id)
            .where(IvCourse.id.in_([c.course_id for c in overdue]))
        )
        cprs = {course_id: cpr for course_id, cpr in session.execute(query)}
    rows = tuple(
        (c.uuid[:8], c.unit, c.department, mask_cpr(cprs.get(c.course_id, "")), c.due,
         c.measured_on, STATUS_LABELS.get(c.status, Label(c.status, c.status)))
        for c in overdue
    )  # fmt: skip
    return Table("overdue", "reports.iv_crp.overdue_list",
                 (Column("course", "reports.col.course"), Column("unit", "reports.col.unit"),
                  Column("department", "reports.col.department"),
                  Column("cpr", "reports.col.cpr_masked"),
                  Column("due_on", "reports.col.crp_due_on", "date"),
                  Column("measured_on", "reports.col.crp_measured_on", "date"),
                  Column("status", "reports.col.status")),
                 rows, "reports.iv_crp.overdue_note")  # fmt: skip
