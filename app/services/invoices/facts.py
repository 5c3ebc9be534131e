"""Reading what a billing run needs, set-based (a handful of queries whatever the month's
size — no query per course): the tariff versions, the courses with unbilled items up to a
date, their citizens, departments, units, type changes and last administrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from app.billing.items import CourseFacts, course_key, day_key, min_day_rate_from
from app.billing.tariffs import Tariff, Version
from app.models import (
    Administration,
    Citizen,
    CourseTypeChange,
    Department,
    IvCourse,
    StoreSetting,
)
from app.models.billing import BilledItem, TariffItem, TariffVersion

CHUNK = 900  # ids per IN list (SQLite's old variable limit is 999)


def load_versions(session: Session) -> list[Version]:
    rows = session.execute(
        select(TariffVersion, TariffItem)
        .join(TariffItem, TariffItem.version_id == TariffVersion.id)
        .order_by(TariffVersion.valid_from, TariffItem.id)
    ).all()
    versions: dict[int, Version] = {}
    for v, t in rows:
        current = versions.get(v.id) or Version(v.label, v.valid_from, (), v.note, v.id, v.uuid)
        tariff = Tariff(t.code, t.description, t.unit, t.amount, tuple(t.course_types),
                        t.from_day, t.min_doses_per_day, t.region_percent, t.id, v.id, v.label)  # fmt: skip
        versions[v.id] = Version(current.label, current.valid_from, (*current.tariffs, tariff),
                                 current.note, v.id, v.uuid)  # fmt: skip
    return sorted(versions.values(), key=lambda v: v.valid_from)


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _full_rows(session: Session, ids: Sequence[int]) -> list[Any]:
    cols = (IvCourse.id, IvCourse.uuid, Department.unit_id, IvCourse.status,
            IvCourse.course_type, IvCourse.doses_per_day, IvCourse.start_date, IvCourse.end_date,
            Citizen.cpr, Citizen.first_name, Citizen.last_name, Department.name)  # fmt: skip
    rows: list[Any] = []
    for part in chunks(ids):
        rows += session.execute(
            select(*cols)
            .join(Citizen, Citizen.id == IvCourse.citizen_id)
            .join(Department, Department.id == IvCourse.department_id)
            .where(IvCourse.id.in_(part))
        ).all()
    return rows


def _changes(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[dt.date, str, str]]]:
    found: dict[int, list[tuple[dt.date, str, str]]] = {}
    for part in chunks(ids):
        q = (
            select(CourseTypeChange.course_id, CourseTypeChange.effective_date,
                   CourseTypeChange.from_type, CourseTypeChange.to_type)
            .where(CourseTypeChange.course_id.in_(part))
            .order_by(CourseTypeChange.effective_date, CourseTypeChange.id)
        )  # fmt: skip
        for course_id, effective, before, after in session.execute(q):
            found.setdefault(course_id, []).append((effective, before, after))
    return found


def _last_days(session: Session, ids: Sequence[int]) -> dict[int, dt.date]:
    found: dict[int, dt.date] = {}
    for part in chunks(ids):
        q = (
            select(Administration.course_id, func.max(Administration.day))
            .where(Administration.course_id.in_(part))
            .group_by(Administration.course_id)
        )
        found.update({cid: day for cid, day in session.execute(q)})
    return found


def facts(session: Session, ids: Sequence[int]) -> dict[int, CourseFacts]:
    """The billing facts of these courses (4 queries per 900 courses)."""
    ids = sorted(set(ids))
    changes = _changes(session, ids)
    running = [r for r in _full_rows(session, ids)]
    last = _last_days(session, [r[0] for r in running if r[3] != "ended"])
    return {
        r[0]: CourseFacts(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], last.get(r[0]),
                          r[8], f"{r[9]} {r[10]}", r[11], tuple(changes.get(r[0], ())))
        for r in running
    }  # fmt: skip


def unbilled_course_ids(
    session: Session, versions: Sequence[Version], until: dt.date, floor: dt.date
) -> list[int]:
    """Ended courses whose course tariff is not billed yet, ended by ``until`` and inside the
    agreement (on or after the first version) — whatever month they ended in (D11 late)."""
    if not versions:
        return []
    billed = exists().where(and_(BilledItem.course_id == IvCourse.id, BilledItem.kind == "course"))
    q = select(IvCourse.id).where(
        IvCourse.status == "ended",
        IvCourse.start_date.is_not(None),
        IvCourse.end_date <= until,
        IvCourse.end_date >= floor,
        ~billed,
    )
    return list(session.scalars(q))


def day_rate_candidates(
    session: Session, versions: Sequence[Version], until: dt.date, floor: dt.date
) -> list[int]:
    """Courses that may have unbilled day-rate days up to ``until`` (D3, D11): long enough to
    reach the first day rate, and with fewer billed days than they have had days."""
    first = min_day_rate_from(versions)
    if not first or not versions:
        return []
    latest_start = until - dt.timedelta(days=first - 1)
    day_types = {k for v in versions for t in v.tariffs if t.unit == "day" for k in t.course_types}
    changed = exists().where(CourseTypeChange.course_id == IvCourse.id)
    q = select(IvCourse.id, IvCourse.start_date, IvCourse.end_date).where(
        IvCourse.status.in_(("ended", "active")),
        IvCourse.start_date <= latest_start,
        or_(IvCourse.end_date.is_(None), IvCourse.end_date >= floor),
        # a type with day rates now, or one that had another type on some day (D1)
        or_(IvCourse.course_type.in_(sorted(day_types)), changed),
    )
    long = {}
    for cid, start, end in session.execute(q):
        assert start is not None  # filtered above
        if end is None or (end - start).days + 1 >= first:
            long[cid] = ((min(end or until, until) - start).days + 1) - (first - 1)
    billed = dict(
        session.execute(
            select(BilledItem.course_id, func.count())
            .where(BilledItem.kind == "day")
            .group_by(BilledItem.course_id)
        ).all()
    )
    return [cid for cid, most in long.items() if billed.get(cid, 0) < most]


START_SETTING = "invoices.start"


def billing_start(session: Session) -> dt.date | None:
    """The first month AkutDesk invoices (None: from the agreement's start)."""
    setting = session.get(StoreSetting, START_SETTING)
    return dt.date.fromisoformat(str(setting.value)) if setting and setting.value else None


def floor(session: Session, versions: Sequence[Version]) -> dt.date:
    """Items dated before this are outside what AkutDesk bills: before the first tariff
    version (the agreement), or before the store's billing start."""
    start = billing_start(session)
    first = versions[0].valid_from if versions else dt.date.max
    return max(first, start) if start else first


def billed_keys(session: Session, ids: Sequence[int]) -> set[str]:
    """The keys of these courses' billed items (D12), made from the ledger's course, kind
    and date: the stored ``item_key`` names the server's row ids, which an office's copy
    of the ledger does not share (issue #15); on the server the two are the same."""
    keys: set[str] = set()
    ledger = BilledItem
    for part in chunks(sorted(ids)):
        query = select(ledger.course_id, ledger.kind, ledger.item_date).where(
            ledger.course_id.in_(part)
        )
        for course_id, kind, day in session.execute(query):
            keys.add(course_key(course_id) if kind == "course" else day_key(course_id, day))
    return keys
