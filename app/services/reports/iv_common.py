"""What the IV reports (iv_activity, iv_crp, iv_time; issue #14, DIGEST §1.15–1.16) share:
the filters as SQL, time differences that SQLite and PostgreSQL compute alike, and the
statistics of a value → count distribution (the SQL groups by the value, Python reads a few
hundred groups instead of every row).

Time differences are whole seconds of each moment (fractions dropped), and minutes the
difference in seconds divided by 60, truncated: the same on both databases and in the
reconciliation tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVarTuple

from sqlalchemy import BigInteger, Integer, Select, String, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.domain import clock
from app.domain.reports import ONE_DECIMAL, Filters, Label
from app.models import Citizen, Department, HospitalUnit, IvCourse, Team

Ts = TypeVarTuple("Ts")

#: a value → how many times it occurs (minutes → administrations, days → courses)
Counts = Mapping[int, int]


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def epoch_seconds(session: Session, column: Any) -> ColumnElement[int]:
    """A stored UTC moment as whole seconds since 1970 (fractions dropped). SQLite from 3.38
    has ``unixepoch`` (twice as fast as ``strftime('%s')`` over a million rows)."""
    if dialect(session) == "sqlite":
        if sqlite_version(session) >= (3, 38):
            return cast(func.unixepoch(column), Integer)
        return cast(func.strftime("%s", column), Integer)
    return cast(func.floor(func.extract("epoch", column)), BigInteger)


def sqlite_version(session: Session) -> tuple[int, ...]:
    """The SQLite library the connection runs (SQLCipher's own, not Python's sqlite3);
    asked once per session."""
    if "sqlite_version" not in session.info:
        text = str(session.execute(select(func.sqlite_version())).scalar_one())
        session.info["sqlite_version"] = tuple(int(p) for p in text.split(".") if p.isdigit())
    version: tuple[int, ...] = session.info["sqlite_version"]
    return version


def minutes_between(session: Session, start: Any, end: Any) -> ColumnElement[int]:
    """Whole minutes from ``start`` to ``end`` (seconds difference // 60, truncated; the
    integer division of both databases)."""
    return (epoch_seconds(session, end) - epoch_seconds(session, start)) // 60


def days_between(session: Session, start: Any, end: Any) -> ColumnElement[int]:
    """``end`` − ``start`` in days, for two date columns."""
    if dialect(session) == "sqlite":
        return cast(func.julianday(end) - func.julianday(start), Integer)
    return cast(end - start, Integer)


def joined(session: Session, number: ColumnElement[int]) -> ColumnElement[str]:
    """The group's numbers as one text, comma-separated (an aggregate)."""
    if dialect(session) == "sqlite":
        return func.group_concat(number, ",")
    return func.string_agg(cast(number, String), ",")


def period_moments(filters: Filters) -> tuple[dt.datetime, dt.datetime]:
    """The period as UTC moments: from the first day's Copenhagen midnight to the midnight
    after the last day (exclusive)."""
    first = dt.datetime.combine(filters.start, dt.time(0), clock.COPENHAGEN)
    after = dt.datetime.combine(filters.end + dt.timedelta(days=1), dt.time(0), clock.COPENHAGEN)
    return first.astimezone(dt.UTC), after.astimezone(dt.UTC)


def scoped(query: Select[*Ts], filters: Filters) -> Select[*Ts]:
    """The page's filters on a query over :class:`IvCourse`: ``unit`` is the hospital unit
    (its code) of the referring department, ``team`` the citizen's responsible team (name)."""
    if filters.unit is not None:
        in_unit = (
            select(Department.id)
            .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
            .where(HospitalUnit.code == filters.unit)
        )
        query = query.where(IvCourse.department_id.in_(in_unit))
    if filters.team is not None:
        in_team = (
            select(Citizen.id)
            .join(Team, Team.id == Citizen.team_id)
            .where(Team.name == filters.team)
        )
        query = query.where(IvCourse.citizen_id.in_(in_team))
    return query


def add(counts: dict[int, int], value: int, n: int) -> None:
    counts[value] = counts.get(value, 0) + n


def total(counts: Counts) -> int:
    return sum(counts.values())


def _ordered(counts: Counts) -> list[tuple[int, int]]:
    return sorted((v, n) for v, n in counts.items() if n > 0)


def _nth(pairs: list[tuple[int, int]], rank: int) -> int:
    """The value at 0-based ``rank`` of the sorted multiset."""
    seen = 0
    for value, n in pairs:
        seen += n
        if rank < seen:
            return value
    raise IndexError(rank)


def median_of(counts: Counts, scale: int = 1) -> Decimal | None:
    """The median of the multiset divided by ``scale`` (60: minutes as hours), one decimal
    half up — the mean of the middle two for an even count, as app.domain.reports.median."""
    pairs = _ordered(counts)
    n = sum(c for _, c in pairs)
    if n == 0:
        return None
    if n % 2:
        middle = Decimal(_nth(pairs, n // 2))
    else:
        middle = Decimal(_nth(pairs, n // 2 - 1) + _nth(pairs, n // 2)) / 2
    return (middle / scale).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def mean_of(counts: Counts, scale: int = 1) -> Decimal | None:
    """The mean divided by ``scale``, one decimal half up (exact: one division)."""
    n = total(counts)
    if n == 0:
        return None
    whole = sum(v * c for v, c in counts.items())
    return (Decimal(whole) / (n * scale)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def percentile_of(counts: Counts, share: int, scale: int = 1) -> Decimal | None:
    """The ``share`` th percentile by the nearest rank (the value at rank ⌈share·n/100⌉)."""
    pairs = _ordered(counts)
    n = sum(c for _, c in pairs)
    if n == 0:
        return None
    rank = -(-share * n // 100)  # ceiling
    return (Decimal(_nth(pairs, max(rank, 1) - 1)) / scale).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def over(counts: Counts, limit: int) -> int:
    """How many values exceed ``limit``."""
    return sum(c for v, c in counts.items() if v > limit)


def labels(prefix: str, codes: Iterable[str]) -> dict[str, Label]:
    """Each code's :class:`Label` ``reports.<prefix>.<code>`` (the code a plain string, not
    the vocabulary's enum member: the CSV and JSON carry it)."""
    return {str(code): Label(f"reports.{prefix}.{code}", str(code)) for code in codes}
