"""The page's quick periods (issue #14): whole calendar months and years, the current ones
up to today. "Last 6 months" is the six whole months before this one — the period of the
agreement's status after six months (DIGEST §1.15)."""

from __future__ import annotations

import datetime as dt

#: the quick choices in the order the page lists them
CHOICES = ("this_month", "last_month", "last_6_months", "this_year", "last_year")


def month_start(day: dt.date, back: int = 0) -> dt.date:
    """The first day of the month ``back`` months before ``day``'s."""
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def period(choice: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a quick choice (both inclusive)."""
    this_month = month_start(today)
    if choice == "this_month":
        return this_month, today
    if choice == "last_month":
        return month_start(today, 1), this_month - dt.timedelta(days=1)
    if choice == "last_6_months":
        return month_start(today, 6), this_month - dt.timedelta(days=1)
    if choice == "this_year":
        return dt.date(today.year, 1, 1), today
    if choice == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    raise KeyError(choice)
