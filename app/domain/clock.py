"""Time for AkutDesk: every date shown or billed is Europe/Copenhagen (DECISIONS D42).

Timestamps are stored in UTC; ``today()`` is the Copenhagen calendar date.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")

#: the years a day list, a month's fees or invoices may be asked for: past them a day's
#: arithmetic (the next day, a month's last day, a Copenhagen midnight in UTC) overflows
#: Python's dates (issue #13: ``worklist --date 9999-12-31``, ``--month 0001-01``)
FIRST_YEAR, LAST_YEAR = 1900, 2199


def plausible_day(day: dt.date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    return now_utc().astimezone(COPENHAGEN).date()


def local(moment: dt.datetime) -> dt.datetime:
    """A stored UTC moment as Copenhagen wall-clock time (naive input counts as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(COPENHAGEN)


def format_local(moment: dt.datetime | None) -> str:
    """Danish style ``23.11.2026 14:05`` (DECISIONS D41/D42)."""
    if moment is None:
        return ""
    return local(moment).strftime("%d.%m.%Y %H:%M")
