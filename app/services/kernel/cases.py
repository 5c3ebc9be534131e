"""A case of any kind as another feature lists it: the nursing-home page's cases of a home's
residents (app/services/homes/pages.py). Each case kind that has such cases makes its rows
with its ``residents`` hook (app.domain.kinds); the listing feature names no kind."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.homes import periods_overlap

#: citizen id -> the periods (moved in, moved out or None) the citizen lived in the home
Stays = dict[int, list[tuple[dt.date, dt.date | None]]]


@dataclass(frozen=True)
class CaseRow:
    kind: str  # the case kind's key (app.domain.kinds)
    uuid: str
    citizen_name: str
    cpr_masked: str
    start: dt.date
    end: dt.date | None
    what: str
    status: str


def during(periods: list[tuple[dt.date, dt.date | None]], start: dt.date, end: dt.date) -> bool:
    """Whether a case from ``start`` to ``end`` overlaps one of the periods of a stay."""
    return any(periods_overlap(start, end, a, b) for a, b in periods)
