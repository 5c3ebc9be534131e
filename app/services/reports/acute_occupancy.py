"""``acute.occupancy`` (issue #14 item 6): how full the municipal acute places
(akutpladser, DIGEST §5.1, 001:14032–14036) were over the period.

Counting rule: occupancy is *place time*. An episode on an acute place occupies one place
of its unit from its start to its end (an open episode: until now). A day's (or week's)
occupied places are the occupied place-hours divided by the hours of that Copenhagen day
(23 or 25 on the days the clocks change, D42) — the mean number of places in use; the
occupancy is that mean over the unit's places. A unit's number of places keeps no history:
today's number counts for the whole period (said in the note). Days after today are not
shown. Periods up to :data:`DAILY_UP_TO` days are shown per day, longer ones per week
(Monday to Sunday, cut at the period's edges).

The hospital-unit filter does not apply; the team filter counts the places used by that
team's citizens.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import acute as rules
from app.domain import clock
from app.domain.reports import (
    ONE_DECIMAL,
    Chart,
    Column,
    Figure,
    Filters,
    Progress,
    Report,
    Table,
)
from app.models import AcuteEpisode, AcuteUnit
from app.services.reports import acute_common as common

T = "reports.acute.occupancy."
DAILY_UP_TO = 92


def buckets(chosen: Filters, today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The days, or the weeks, of the period up to ``today``: (first day, last day)."""
    last = min(chosen.end, today)
    if last < chosen.start:
        return []
    if (chosen.end - chosen.start).days + 1 <= DAILY_UP_TO:
        days = (last - chosen.start).days + 1
        return [(d, d) for d in (chosen.start + dt.timedelta(n) for n in range(days))]
    found = []
    first = chosen.start
    while first <= last:
        sunday = first + dt.timedelta(days=6 - first.weekday())
        found.append((first, min(sunday, last)))
        first = sunday + dt.timedelta(days=1)
    return found


def _seconds(a: dt.datetime, b: dt.datetime, lo: dt.datetime, hi: dt.datetime) -> float:
    return max(0.0, (min(b, hi) - max(a, lo)).total_seconds())


def place_seconds(
    stays: list[tuple[int, dt.datetime, dt.datetime]], unit: int, lo: dt.datetime, hi: dt.datetime
) -> float:
    return sum(_seconds(a, b, lo, hi) for u, a, b in stays if u == unit)


def _stays(
    session: Session, chosen: Filters, now: dt.datetime
) -> list[tuple[int, dt.datetime, dt.datetime]]:
    """(unit id, start, end or now) of the episodes on an acute place in the period: three
    columns, not the records."""
    lo, hi = common.utc_bounds(chosen)
    query = select(AcuteEpisode.acute_unit_id, AcuteEpisode.start_at, AcuteEpisode.end_at).where(
        common.active_in(lo, hi),
        AcuteEpisode.setting == rules.Setting.ACUTE_PLACE,
        AcuteEpisode.acute_unit_id.is_not(None),
    )
    query = common.of_team(query, AcuteEpisode.citizen_id, chosen.team)
    return [(int(u), a, b or now) for u, a, b in session.execute(query) if u is not None]


def _mean(seconds: float, span: float) -> Decimal:
    return (Decimal(seconds) / Decimal(span)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def build(session: Session, chosen: Filters, progress: Progress) -> Report:
    """The ``acute.occupancy`` report (see the module's counting rule)."""
    now = clock.now_utc()
    units = session.execute(
        select(AcuteUnit.id, AcuteUnit.name, AcuteUnit.places).order_by(AcuteUnit.name)
    ).all()
    stays = _stays(session, chosen, now)
    spans = buckets(chosen, clock.local(now).date())
    over_time, per_unit = [], []
    used: dict[int, float] = {u.id: 0.0 for u in units}
    available: dict[int, float] = {u.id: 0.0 for u in units}
    for n, (first, last) in enumerate(spans):
        lo, hi = common.midnight(first), common.midnight(last + dt.timedelta(days=1))
        span = (hi - lo).total_seconds()
        total_used = total_places = 0.0
        for unit in units:
            seconds = place_seconds(stays, unit.id, lo, hi)
            used[unit.id] += seconds
            available[unit.id] += unit.places * span
            total_used += seconds
            total_places += unit.places
            per_unit.append((first, unit.name, unit.places, _mean(seconds, span),
                             _pct(seconds, unit.places * span)))  # fmt: skip
        over_time.append((first, int(total_places), _mean(total_used, span),
                          _pct(total_used, total_places * span)))  # fmt: skip
        progress(n + 1, len(spans))
    by_unit = tuple(
        (u.name, u.places, _days(used[u.id]), _days(available[u.id]),
         _pct(used[u.id], available[u.id]))
        for u in units
    )  # fmt: skip
    all_used, all_available = sum(used.values()), sum(available.values())
    figures = (
        Figure("places", T + "fig.places", sum(u.places for u in units)),
        Figure("occupied_days", T + "fig.occupied_days", _days(all_used), "days"),
        Figure("occupancy", T + "fig.occupancy", _pct(all_used, all_available), "percent"),
    )
    step = "day" if len(spans) and spans[0][0] == spans[0][1] else "week"
    day = Column("day", f"reports.col.{step}", "date")
    tables = (
        Table("over_time", T + "over_time", (
            day,
            Column("places", "reports.col.places", "count"),
            Column("occupied", "reports.col.occupied_places", "decimal"),
            Column("occupancy", "reports.col.occupancy", "percent"),
        ), tuple(over_time), T + "note"),
        Table("by_unit", T + "by_unit", (
            Column("unit", "reports.col.acute_unit"),
            Column("places", "reports.col.places", "count"),
            Column("occupied_days", "reports.col.occupied_days", "decimal"),
            Column("available_days", "reports.col.available_days", "decimal"),
            Column("occupancy", "reports.col.occupancy", "percent"),
        ), by_unit, T + "note"),
        Table("unit_over_time", T + "unit_over_time", (
            day,
            Column("unit", "reports.col.acute_unit"),
            Column("places", "reports.col.places", "count"),
            Column("occupied", "reports.col.occupied_places", "decimal"),
            Column("occupancy", "reports.col.occupancy", "percent"),
        ), tuple(per_unit), T + "note"),
    )  # fmt: skip
    charts = (
        Chart("over_time", T + "over_time", "over_time", "line", "day", ("occupancy",)),
        Chart("by_unit", T + "by_unit", "by_unit", "bar", "unit", ("occupancy",)),
    )
    return Report(
        "acute.occupancy", T + "title", chosen, figures, tables, charts,
        ("reports.acute.unit_note", T + "places_note"),
    )  # fmt: skip


def _pct(used: float, available: float) -> Decimal | None:
    """Per cent, one decimal, half up; None when nothing was available."""
    if available <= 0:
        return None
    return (Decimal(100) * Decimal(used) / Decimal(available)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def _days(seconds: float) -> Decimal:
    """Place-seconds as place-days (of 24 hours), one decimal."""
    return (Decimal(seconds) / Decimal(86400)).quantize(ONE_DECIMAL, ROUND_HALF_UP)
