"""``dataset.courses`` and ``dataset.courses_pseudonymised`` (issue #14 item 8): the joint
municipal + regional dataset of the IV agreement (DIGEST §1.15 [DERIVED] field list, §1.16
"a joint municipal + regional dataset"; D1, D4–D8). Every column is documented in
docs/report-dataset.md — keep the two in step.

* Table ``courses``: one row per IV course *active* in the period — started (municipal day
  1, D4) on or before the period's last day and not ended before its first. A course
  accepted but not yet started is not active. Its counts (administrations, minutes at the
  citizen, places) are the whole course's as registered, not only the period's days.
* Table ``rejections``: one row per referral rejected (D8) in the period, by the day of
  the decision — a rejected referral is never a course (D7).
* Identifying variant: the full CPR number (``ddmmyy-xxxx``); reading it is a disclosure
  (D40), audit-logged by app/services/reports/dataset_delivery.py. Pseudonymised variant:
  the keyed pseudonym (app/services/reports/dataset_pseudonym.py) and a five-year age band
  instead; no name, no birth date, no free text in either.
* Filters: ``unit`` = the hospital unit (code) of the course's referring department;
  ``team`` = the citizen's responsible team.

Cells carry the stored codes (``antibiotic_no_pump``, ``picc``): the dataset is read by
programs; docs/report-dataset.md lists every code. The courses are read in one query
with what their administrations add up to (``iv_course_tallies``, kept by the database:
app/models/iv.py ``CourseTally``), their CRP checks :data:`CHUNK` courses at a time:
:func:`course_rows` yields the rows.
"""

from __future__ import annotations

import contextvars
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    or_,
    select,
)
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import iv as rules
from app.domain.reports import Cell, Column, Figure, Filters, Progress, Report, Table
from app.models import Citizen, CourseTally, CrpCheck, Department, HospitalUnit, IvCourse, Team
from app.services.reports import dataset_pseudonym as pseudo
from app.services.reports.acute_common import utc_bounds

CHUNK = 2000
#: the places counted, in the columns' order (DIGEST §1.15 place of treatment)
PLACES = (rules.Place.HOME, rules.Place.CLINIC, rules.Place.NURSING_HOME)
#: a course type's code → (treatment, pump) cells; an unknown code → (None, "no")
KIND_CELLS = {
    t.value: ("antibiotic" if t.is_antibiotic else "fluid",
             "yes" if t == rules.CourseType.ANTIBIOTIC_PUMP else "no")
    for t in rules.CourseType
}  # fmt: skip
Ts = TypeVarTuple("Ts")
T = "reports.dataset."
#: set by app/services/reports/dataset_delivery.py while it runs a dataset: the builders
#: refuse to run without it, so no dataset leaves the store without its audit entry
DELIVERING: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "dataset_delivering", default=False
)


@dataclass(frozen=True)
class Variant:
    pseudonymised: bool
    key: bytes | None = None  # the store's pseudonym key (pseudonymised only)


def _col(key: str, kind: str = "text") -> Column:
    return Column(key, f"{T}col.{key}", kind)  # type: ignore[arg-type]


def course_columns(variant: Variant) -> tuple[Column, ...]:
    who = (_col("pseudonym"), _col("age_band")) if variant.pseudonymised else (_col("cpr"),)
    return (
        _col("course"), *who,
        _col("course_type"), _col("treatment"), _col("pump"), _col("iv_access"),
        _col("closed_system"), _col("hospital_unit"), _col("department"),
        _col("referred_on", "date"), _col("accepted_on", "date"), _col("accepted_time"),
        _col("first_dose_on", "date"), _col("start_date", "date"), _col("end_date", "date"),
        _col("end_reason"), _col("status"), _col("length_days", "days"), _col("place"),
        _col("doses_per_day", "count"), _col("administrations", "count"),
        _col("minutes_total", "minutes"), _col("administrations_home", "count"),
        _col("administrations_clinic", "count"), _col("administrations_nursing_home", "count"),
        _col("performing_units"), _col("crp_due_on", "date"), _col("crp_on", "date"),
        _col("crp_treatment_day", "count"), _col("crp_value", "decimal"), _col("crp_method"),
        _col("crp_decision"), _col("crp_decision_on", "date"),
    )  # fmt: skip


def rejection_columns(variant: Variant) -> tuple[Column, ...]:
    who = (_col("pseudonym"), _col("age_band")) if variant.pseudonymised else (_col("cpr"),)
    return (
        _col("referral"), *who, _col("course_type"), _col("hospital_unit"), _col("department"),
        _col("referred_on", "date"), _col("decided_on", "date"), _col("rejection_reason"),
    )  # fmt: skip


# -- the queries ---------------------------------------------------------------------------------


def _filtered(query: Select[*Ts], chosen: Filters) -> Select[*Ts]:
    query = (
        query.join(Citizen, Citizen.id == IvCourse.citizen_id)
        .join(Department, Department.id == IvCourse.department_id)
        .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
    )
    if chosen.unit is not None:
        query = query.where(HospitalUnit.code == chosen.unit)
    if chosen.team is not None:
        query = query.join(Team, Team.id == Citizen.team_id).where(Team.name == chosen.team)
    return query


def active_in(chosen: Filters) -> ColumnElement[bool]:
    return and_(
        IvCourse.start_date.is_not(None),
        IvCourse.start_date <= chosen.end,
        or_(IvCourse.end_date.is_(None), IvCourse.end_date >= chosen.start),
    )


def _tally(
    count: int | None, seconds: int | None, home: int, clinic: int, nursing: int, units: str
) -> tuple[Any, ...]:
    """A course's row of ``iv_course_tallies`` (kept by the database from its
    administrations, migration 0015) as (count, seconds, at home, in a clinic, in a nursing
    home, performing units joined by "; "); a course with none has no row: all zero."""
    if count is None:
        return (0, 0, 0, 0, 0, "")
    names = sorted(u for u in units.split("\x1f") if u)
    return (count, int(seconds or 0), home, clinic, nursing, "; ".join(names))


def _first_crp(connection: Connection, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """course id → its first CRP check (measured, value, method, decision, conference)."""
    query = (
        select(CrpCheck.course_id, CrpCheck.measured_at, CrpCheck.value, CrpCheck.method,
               CrpCheck.decision, CrpCheck.conference_at)
        .where(CrpCheck.course_id.in_(ids))
        .order_by(CrpCheck.course_id, CrpCheck.measured_at, CrpCheck.id)
    )  # fmt: skip
    found: dict[int, tuple[Any, ...]] = {}
    for course, *rest in connection.execute(query):
        if course not in found:
            found[course] = tuple(rest)
    return found


def _who(variant: Variant, cpr: str, on: dt.date) -> tuple[Cell, ...]:
    if not variant.pseudonymised:
        return (f"{cpr[:6]}-{cpr[6:]}",)
    assert variant.key is not None
    return (pseudo.pseudonym(variant.key, cpr), pseudo.age_band(cpr, on))


def _minutes(seconds: int) -> int:
    """Whole minutes, half up (away from zero), in integers: 90 s → 2, −90 s → −2."""
    whole, rest = divmod(abs(seconds), 60)
    minutes = whole + (rest >= 30)
    return minutes if seconds >= 0 else -minutes


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    return clock.local(moment) if moment is not None else None


def _crp_cells(
    course_type: str,
    first_dose: dt.date,
    start: dt.date,
    accepted: dt.datetime | None,
    crp: tuple[Any, ...] | None,
) -> tuple[Cell, ...]:
    """D5/D6: the due day and the first CRP check with its decision; fluid courses have
    none (all empty). ``accepted`` is the local moment of the visitation."""
    if course_type == rules.CourseType.FLUID:
        return (None,) * 7
    due = rules.crp_due_date(first_dose, accepted.date(), start) if accepted else None
    if crp is None:
        return (due, None, None, None, None, None, None)
    measured_at, value, method, decision, conference_at = crp
    measured = clock.local(measured_at).date()
    decided = _local(conference_at) if decision else None
    return (
        due, measured, rules.treatment_day(first_dose, measured), value,
        method, decision or None, decided.date() if decided else None,
    )  # fmt: skip


#: the columns :func:`_course_row` unpacks, in its order
_COURSE = (
    IvCourse.id, IvCourse.uuid, Citizen.cpr, IvCourse.course_type, IvCourse.iv_access,
    IvCourse.closed_system, HospitalUnit.code, Department.name, IvCourse.referred_at,
    IvCourse.decided_at, IvCourse.first_dose_date, IvCourse.start_date, IvCourse.end_date,
    IvCourse.end_reason, IvCourse.status, IvCourse.place, IvCourse.doses_per_day,
    CourseTally.administrations, CourseTally.seconds, CourseTally.home, CourseTally.clinic,
    CourseTally.nursing_home, CourseTally.units,
)  # fmt: skip


def _course_row(
    c: Sequence[Any], variant: Variant, crp: tuple[Any, ...] | None
) -> tuple[Cell, ...]:
    (_, uuid, cpr, course_type, iv_access, closed_system, unit_code, department, referred_at,
     decided_at, first_dose, start, end, end_reason, status, place, doses, *tally) = c  # fmt: skip
    count, seconds, home, clinic, nursing, units = _tally(*tally)
    accepted = _local(decided_at)
    referred = clock.local(referred_at).date()
    treatment, pump = KIND_CELLS.get(course_type, (None, "no"))
    length = rules.course_length(start, end) if end else None
    return (
        uuid, *_who(variant, cpr, start), course_type, treatment, pump, iv_access,
        closed_system, unit_code, department, referred,
        accepted.date() if accepted else None, accepted.strftime("%H:%M") if accepted else None,
        first_dose, start, end, end_reason or None, status, length,
        place, doses, count, _minutes(seconds), home, clinic, nursing, units or None,
        *_crp_cells(course_type, first_dose, start, accepted, crp),
    )  # fmt: skip


def course_rows(
    session: Session, chosen: Filters, variant: Variant, progress: Progress, chunk: int = CHUNK
) -> Iterator[tuple[Cell, ...]]:
    """The ``courses`` rows in course order: the courses with what their administrations
    add up to (``iv_course_tallies``) in one query (their number is the progress's total),
    their CRP checks :data:`CHUNK` courses at a time. The statements run on the session's
    connection without the ORM's row loading (plain column rows; the types still convert)."""
    connection = session.connection()
    query = (
        _filtered(select(*_COURSE), chosen)
        .outerjoin(CourseTally, CourseTally.course_id == IvCourse.id)
        .where(active_in(chosen))
        .order_by(IvCourse.id)
    )
    courses = connection.execute(query).all()
    total = len(courses)
    for done in range(0, total, chunk):
        rows = courses[done : done + chunk]
        crp = _first_crp(connection, [r[0] for r in rows])
        for r in rows:
            yield _course_row(r, variant, crp.get(r[0]))
        progress(done + len(rows), total)


def rejection_rows(session: Session, chosen: Filters, variant: Variant) -> list[tuple[Cell, ...]]:
    """The referrals rejected in the period (by the Copenhagen day of the decision, D8)."""
    lo, hi = utc_bounds(chosen)
    query = _filtered(
        select(IvCourse.uuid, Citizen.cpr, IvCourse.course_type, HospitalUnit.code,
               Department.name, IvCourse.referred_at, IvCourse.decided_at, IvCourse.rejection_reason),
        chosen,
    ).where(
        IvCourse.status == rules.Status.REJECTED, IvCourse.decided_at >= lo, IvCourse.decided_at < hi
    ).order_by(IvCourse.decided_at, IvCourse.id)  # fmt: skip
    found = []
    rows = session.connection().execute(query)  # plain rows, no ORM loading
    for uuid, cpr, kind, unit, dept, referred_at, decided_at, reason in rows:
        referred, decided = _local(referred_at), _local(decided_at)
        assert referred is not None and decided is not None
        found.append((uuid, *_who(variant, cpr, referred.date()), kind, unit, dept,
                      referred.date(), decided.date(), reason))  # fmt: skip
    return found


def build_report(session: Session, chosen: Filters, progress: Progress, variant: Variant) -> Report:
    if not DELIVERING.get():
        raise RuntimeError(
            "the region's dataset runs through app.services.reports.dataset_delivery.run_dataset"
        )
    courses = tuple(course_rows(session, chosen, variant, progress))
    rejections = tuple(rejection_rows(session, chosen, variant))
    citizens = len({row[1] for row in courses})
    name = "dataset.courses_pseudonymised" if variant.pseudonymised else "dataset.courses"
    figures = (
        Figure("courses", T + "fig.courses", len(courses)),
        Figure("citizens", T + "fig.citizens", citizens),
        Figure("rejections", T + "fig.rejections", len(rejections)),
    )
    tables = (
        Table("courses", T + "courses", course_columns(variant), courses, T + "courses_note"),
        Table("rejections", T + "rejections", rejection_columns(variant), rejections,
              T + "rejections_note"),
    )  # fmt: skip
    notes = (T + ("pseudonymised_note" if variant.pseudonymised else "identifying_note"),)
    return Report(name, T + ("title_pseudonymised" if variant.pseudonymised else "title"),
                  chosen, figures, tables, (), notes)  # fmt: skip


def build(session: Session, chosen: Filters, progress: Progress) -> Report:
    """``dataset.courses``: the identifying variant (full CPR numbers, D40)."""
    return build_report(session, chosen, progress, Variant(pseudonymised=False))


def build_pseudonymised(session: Session, chosen: Filters, progress: Progress) -> Report:
    """``dataset.courses_pseudonymised``: keyed pseudonyms and age bands, no CPR."""
    key = pseudo.stored_key(session)
    if key is None:
        raise RuntimeError("the store has no pseudonym key: run_dataset makes it first")
    return build_report(session, chosen, progress, Variant(pseudonymised=True, key=key))
