"""Registration and time (issue #14 item 4): the agreement's time study (DIGEST §1.15 "time
spent at the citizen", §1.16 tidsstudie), the D16 exceptions and late entries (DIGEST §1.5
real-time documentation).

Counting rules (the report's notes say them to the reader):

* an administration counts in the period of its **day** (the Copenhagen date of its start);
* **time at the citizen** is ``end_at − start_at`` in whole minutes; by the course's type
  now (D1: the type at the end) and the administration's own place;
* **outside 07–23** and **beyond 3 a day** are the flags the nurse's reason made acceptable
  when the administration was recorded (D16: ``exception_flags``);
* **late**: recorded (``recorded_at``, the moment the entry was saved) more than
  :data:`app.domain.iv.LATE_AFTER` (2 hours) after the administration's end — the rule the
  administration's own ``late`` mark follows (DIGEST §1.5: documentation in real time; two
  hours leaves an evening round's entries, made at the end of the round, on time).
"""

from __future__ import annotations

from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import String, case, cast, func, literal_column, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.domain import iv as rules
from app.domain.reports import (
    ONE_DECIMAL,
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
from app.models import Administration, IvCourse
from app.services.reports import iv_common as common
from app.services.reports.iv_activity import PLACE_LABELS, TYPE_LABELS, TYPES

LATE_SECONDS = int(rules.LATE_AFTER.total_seconds())
#: how late an entry was: (code, more than this many seconds after the end); the first is
#: "on time" (not late)
DAY, WEEK = 24 * 3600, 7 * 24 * 3600
DELAYS = (("on_time", None), ("hours", LATE_SECONDS), ("day", DAY), ("week", WEEK))
DELAY_LABELS = common.labels("iv_time.delay", tuple(code for code, _ in DELAYS))

#: the places in the order the administrations' list encodes them; the last: any other
PLACE_CODES = (*(str(p) for p in rules.Place), "other")

OUTSIDE = "outside_07_23"
BEYOND_3 = "more_than_3_a_day"


class Group:
    """One course type's (or place's) administrations: minutes → count, and the flags."""

    def __init__(self) -> None:
        self.minutes: dict[int, int] = {}
        self.outside = 0
        self.beyond = 0
        self.flagged = 0
        self.late = 0

    @property
    def count(self) -> int:
        return common.total(self.minutes)


def build(session: Session, filters: Filters, progress: Progress) -> Report:
    progress(0, 1)
    types, places, delays = _scan(session, filters)
    progress(1, 1)
    everything = Group()
    for group in types.values():
        for m, n in group.minutes.items():
            common.add(everything.minutes, m, n)
        everything.outside += group.outside
        everything.beyond += group.beyond
        everything.flagged += group.flagged
        everything.late += group.late
    n = everything.count
    total_minutes = sum(m * c for m, c in everything.minutes.items())
    hours = (Decimal(total_minutes) / 60).quantize(ONE_DECIMAL, ROUND_HALF_UP) if n else None
    figures = (
        Figure("administrations", "reports.iv_time.administrations", n),
        Figure("hours", "reports.iv_time.hours", hours, "hours"),
        Figure("median_minutes", "reports.iv_time.median_minutes",
               common.median_of(everything.minutes), "minutes"),
        Figure("mean_minutes", "reports.iv_time.mean_minutes",
               common.mean_of(everything.minutes), "minutes"),
        Figure("outside", "reports.iv_time.outside", everything.outside),
        Figure("beyond_3", "reports.iv_time.beyond_3", everything.beyond),
        Figure("late", "reports.iv_time.late", everything.late),
        Figure("late_share", "reports.iv_time.late_share", percent(everything.late, n), "percent"),
    )  # fmt: skip
    tables = (
        _minutes_table(types, everything),
        _place_table(places),
        _flags_table(types, everything),
        _delay_table(delays),
    )
    charts = (
        Chart("minutes", "reports.iv_time.minutes", "minutes", "bar", "type",
              ("median", "mean")),
        Chart("flags", "reports.iv_time.flags", "flags", "bar", "type",
              ("outside", "beyond_3", "late")),
        Chart("delays", "reports.iv_time.delays", "delays", "bar", "delay",
              ("administrations",)),
    )  # fmt: skip
    return Report("iv.time", "reports.iv_time.title", filters, figures, tables, charts,
                  ("reports.iv_time.note",))  # fmt: skip


def _scan(
    session: Session, filters: Filters
) -> tuple[dict[str, Group], dict[tuple[str, str], Group], dict[str, int]]:
    """One pass over the period's administrations, course by course, and one over the few
    with a D16 exception.

    SQLite has no hash aggregate: a GROUP BY over the minutes would sort every
    administration (a year on the bench store: a million rows, ~2 s). Grouped by course
    instead, the scan follows the (course_id, day, place, start_at, end_at, late) index and
    streams; each course gives its administrations' minutes and places as one list of
    numbers (minutes × 4 + place), which Python counts (C speed), and its late entries'
    delays as sums (the moment recorded is read for the late ones only)."""
    a = Administration
    minutes = common.minutes_between(session, a.start_at, a.end_at)
    token = minutes * len(PLACE_CODES) + case(
        *((a.place == p, i) for i, p in enumerate(PLACE_CODES[:-1])), else_=len(PLACE_CODES) - 1
    )
    late_by = common.epoch_seconds(session, a.recorded_at) - common.epoch_seconds(session, a.end_at)
    late = a.late.is_(True)  # the stored mark (rules.is_late when recorded)
    query = (
        select(
            IvCourse.course_type,
            common.joined(session, token),
            _count(late),
            _count(case((late, late_by), else_=0) > DAY),
            _count(case((late, late_by), else_=0) > WEEK),
        )
        .join(a, (a.course_id == IvCourse.id) & (a.day >= filters.start) & (a.day <= filters.end))
        .group_by(IvCourse.id, IvCourse.course_type)
    )
    types: dict[str, Group] = {}
    places: dict[tuple[str, str], Group] = {}
    tokens: dict[str, Counter[str]] = {}
    delays = {code: 0 for code, _ in DELAYS}
    for kind, listed, n_late, over_day, over_week in session.execute(common.scoped(query, filters)):
        tokens.setdefault(kind, Counter()).update(listed.split(","))
        types.setdefault(kind, Group()).late += n_late
        delays["week"] += over_week
        delays["day"] += over_day - over_week
        delays["hours"] += n_late - over_day
    for kind, counted in tokens.items():
        for text, n in counted.items():
            m, place = divmod(int(text), len(PLACE_CODES))
            common.add(types[kind].minutes, m, n)
            common.add(places.setdefault((kind, PLACE_CODES[place]), Group()).minutes, m, n)
    delays["on_time"] = sum(g.count for g in types.values()) - sum(g.late for g in types.values())
    _flags(session, filters, types)
    return types, places, delays


def _with_exception() -> ColumnElement[bool]:
    """The partial index's own condition, literally (not a parameter), so the planner may
    use the index."""
    return Administration.exception_reason != literal_column("''")


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _flags(session: Session, filters: Filters, types: dict[str, Group]) -> None:
    """D16: the administrations with an exception, by course type — those with a reason
    (kept only with a flag), found by their own small index."""
    a = Administration
    flags = cast(a.exception_flags, String)
    outside, beyond = flags.like(f'%"{OUTSIDE}"%'), flags.like(f'%"{BEYOND_3}"%')
    query = (
        select(IvCourse.course_type, _count(outside), _count(beyond), _count(outside | beyond))
        .join(IvCourse, IvCourse.id == a.course_id)
        .where(_with_exception(), a.day >= filters.start, a.day <= filters.end)
        .group_by(IvCourse.course_type)
    )
    for kind, n_outside, n_beyond, either in session.execute(common.scoped(query, filters)):
        group = types.setdefault(kind, Group())
        group.outside, group.beyond, group.flagged = n_outside, n_beyond, either


def _type_label(kind: str) -> Label:
    return TYPE_LABELS.get(kind, Label(kind, kind))


def _all() -> Label:
    return Label("reports.col.all", "all")


def _ordered_types(types: dict[str, Group]) -> list[str]:
    return [*(t for t in TYPES if t in types), *sorted(set(types) - set(TYPES))]


def _minutes_table(types: dict[str, Group], everything: Group) -> Table:
    def row(label: Label, g: Group) -> tuple[Cell, ...]:
        return (label, g.count, common.median_of(g.minutes), common.mean_of(g.minutes))

    rows = [row(_type_label(t), types[t]) for t in _ordered_types(types)]
    rows.append(row(_all(), everything))
    return Table("minutes", "reports.iv_time.minutes",
                 (Column("type", "reports.col.course_type"),
                  Column("administrations", "reports.col.administrations", "count"),
                  Column("median", "reports.col.median_minutes", "minutes"),
                  Column("mean", "reports.col.mean_minutes", "minutes")),
                 tuple(rows), "reports.iv_time.minutes_note")  # fmt: skip


def _place_table(places: dict[tuple[str, str], Group]) -> Table:
    order = {str(p): i for i, p in enumerate(rules.Place)}
    types = {str(t): i for i, t in enumerate(TYPES)}
    keys = sorted(places, key=lambda k: (types.get(k[0], 9), order.get(k[1], 9), k))
    rows = tuple(
        (_type_label(kind), PLACE_LABELS.get(place, Label(place, place)), places[kind, place].count,
         common.median_of(places[kind, place].minutes), common.mean_of(places[kind, place].minutes))
        for kind, place in keys
    )  # fmt: skip
    return Table("by_place", "reports.iv_time.by_place",
                 (Column("type", "reports.col.course_type"), Column("place", "reports.col.place"),
                  Column("administrations", "reports.col.administrations", "count"),
                  Column("median", "reports.col.median_minutes", "minutes"),
                  Column("mean", "reports.col.mean_minutes", "minutes")),
                 rows, "reports.iv_time.minutes_note")  # fmt: skip


def _flags_table(types: dict[str, Group], everything: Group) -> Table:
    def row(label: Label, g: Group) -> tuple[Cell, ...]:
        n = g.count
        return (label, n, g.outside, percent(g.outside, n), g.beyond, percent(g.beyond, n),
                g.flagged, percent(g.flagged, n), g.late, percent(g.late, n))  # fmt: skip

    rows = [row(_type_label(t), types[t]) for t in _ordered_types(types)]
    rows.append(row(_all(), everything))
    return Table("flags", "reports.iv_time.flags",
                 (Column("type", "reports.col.course_type"),
                  Column("administrations", "reports.col.administrations", "count"),
                  Column("outside", "reports.col.outside_07_23", "count"),
                  Column("outside_share", "reports.col.outside_07_23_share", "percent"),
                  Column("beyond_3", "reports.col.beyond_3", "count"),
                  Column("beyond_3_share", "reports.col.beyond_3_share", "percent"),
                  Column("flagged", "reports.col.flagged", "count"),
                  Column("flagged_share", "reports.col.flagged_share", "percent"),
                  Column("late", "reports.col.late", "count"),
                  Column("late_share", "reports.col.late_share", "percent")),
                 tuple(rows), "reports.iv_time.flags_note")  # fmt: skip


def _delay_table(delays: dict[str, int]) -> Table:
    n = sum(delays.values())
    rows = tuple((DELAY_LABELS[code], delays[code], percent(delays[code], n)) for code, _ in DELAYS)
    return Table("delays", "reports.iv_time.delays",
                 (Column("delay", "reports.col.recorded_after"),
                  Column("administrations", "reports.col.administrations", "count"),
                  Column("share", "reports.col.share", "percent")),
                 rows, "reports.iv_time.delays_note")  # fmt: skip
