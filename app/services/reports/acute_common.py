"""What the acute-function reports share (issue #14 item 6): the period as UTC moments, the
team filter, local days, and the bands the distributions are counted in.

A period is Copenhagen days (D42): from midnight of its first day to midnight after its
last, turned into UTC for the stored moments. An episode is *active* in the period when it
started before the period's end and had not ended before its start.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from app.domain import clock
from app.domain.reports import Filters
from app.models import AcuteEpisode, Citizen, Team

Ts = TypeVarTuple("Ts")


def midnight(day: dt.date) -> dt.datetime:
    """Copenhagen midnight at the start of ``day``, in UTC (D42)."""
    return dt.datetime.combine(day, dt.time(0), tzinfo=clock.COPENHAGEN).astimezone(dt.UTC)


def utc_bounds(chosen: Filters) -> tuple[dt.datetime, dt.datetime]:
    """The period as [first moment, first moment after) in UTC."""
    return midnight(chosen.start), midnight(chosen.end + dt.timedelta(days=1))


def local_day(moment: dt.datetime) -> dt.date:
    return clock.local(moment).date()


def active_in(lo: dt.datetime, hi: dt.datetime) -> ColumnElement[bool]:
    """An episode running at some moment of [lo, hi)."""
    return and_(
        AcuteEpisode.start_at < hi,
        or_(AcuteEpisode.end_at.is_(None), AcuteEpisode.end_at >= lo),
    )


def ended_in(lo: dt.datetime, hi: dt.datetime) -> ColumnElement[bool]:
    return and_(
        AcuteEpisode.end_at.is_not(None), AcuteEpisode.end_at >= lo, AcuteEpisode.end_at < hi
    )


def of_team(
    query: Select[*Ts], citizen_id: InstrumentedAttribute[int], team: str | None
) -> Select[*Ts]:
    """Only the citizens whose responsible team is named ``team`` (None: every citizen)."""
    if team is None:
        return query
    return query.where(
        citizen_id.in_(
            select(Citizen.id).join(Team, Team.id == Citizen.team_id).where(Team.name == team)
        )
    )


#: the bands of an episode's length in days: (first, last or None = and more)
LENGTH_BANDS: tuple[tuple[int, int | None], ...] = (
    (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 7), (8, 14), (15, 28), (29, None),
)  # fmt: skip
#: the bands of GP contacts per episode
CONTACT_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 0), (1, 1), (2, 2), (3, 3), (4, 5), (6, 9), (10, None),
)  # fmt: skip


def band_label(band: tuple[int, int | None]) -> str:
    """ "3", "6–7", "29+" (digits and signs only: the same in every language)."""
    first, last = band
    if last is None:
        return f"{first}+"
    return str(first) if first == last else f"{first}–{last}"


def band_counts(values: list[int], bands: tuple[tuple[int, int | None], ...]) -> list[int]:
    return [
        sum(1 for v in values if first <= v and (last is None or v <= last))
        for first, last in bands
    ]
