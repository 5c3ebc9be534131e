"""Time for AkutDesk: every date shown or billed is Europe/Copenhagen (DECISIONS D42).

Timestamps are stored in UTC; ``today()`` is the Copenhagen calendar date.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


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
