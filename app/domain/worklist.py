"""Rules of the nurse's day (issue #12, item 5) as pure functions: when the day's remaining
IV doses are planned (from the doses a day and the last dose given, within the window of
D16), and how urgent a row of the work list is (the colour the screen and the day list
give it). Times are Copenhagen wall-clock times (D42), naive.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from app.domain.iv import DAY_WINDOW

#: a decision, a referral or another row waiting longer than this is marked (amber)
WAITING_TOO_LONG = dt.timedelta(hours=12)
#: a planned dose counts as overdue once this long past its planned time without a record:
#: the nurse records right after giving it (real-time records, DIGEST §1.5)
DOSE_GRACE = dt.timedelta(hours=1)


class Severity(enum.StrEnum):
    """How urgent a row is: ``overdue`` (red: its time has passed), ``waiting`` (amber:
    waiting for someone longer than :data:`WAITING_TOO_LONG`), ``normal`` (on time)."""

    OVERDUE = "overdue"
    WAITING = "waiting"
    NORMAL = "normal"


def severity(
    moment: dt.datetime, *, due: dt.datetime | None = None, waiting_since: dt.datetime | None = None
) -> Severity:
    """Overdue once ``moment`` is past ``due``; else waiting when it has waited since
    ``waiting_since`` longer than 12 hours; else normal. The moments compare as given (all
    aware, or all naive)."""
    if due is not None and moment > due:
        return Severity.OVERDUE
    if waiting_since is not None and moment - waiting_since > WAITING_TOO_LONG:
        return Severity.WAITING
    return Severity.NORMAL


def planned_times(
    on: dt.date,
    doses_per_day: int,
    given_on_day: int,
    last_dose: dt.datetime | None,
    not_before: dt.datetime | None = None,
) -> tuple[dt.datetime, ...]:
    """The planned times of the doses still to give on ``on`` (one per remaining dose).

    What we chose (D16: at most 3 a day, within 07:00–23:00):

    * the doses are spaced evenly over the day: every ``24 h / doses_per_day`` (3 a day:
      every 8 hours) after the **last dose given** (``last_dose``, on that day or before);
    * with **no dose yet** (the referral's plan: the hospital hands over once the
      municipality has accepted, DIGEST §1.11) the first is at 07:00, or at ``not_before``
      (the acceptance) when that is later on the same day;
    * a time before 07:00 (e.g. 3 a day after a late-evening dose at 22:30: 06:30) moves to
      07:00, and the next ones follow at the regular interval from it;
    * no dose is planned after 23:00: when the regular interval would carry one past it, the
      remaining doses are spread evenly between the first and 23:00 (4 a day from 07:00:
      07:00, 12:20, 17:40, 23:00); a first dose that would fall after 23:00 is at 23:00.
    """
    remaining = max(0, doses_per_day - given_on_day)
    if remaining == 0:
        return ()
    opens = dt.datetime.combine(on, DAY_WINDOW[0])
    closes = dt.datetime.combine(on, DAY_WINDOW[1])
    interval = dt.timedelta(hours=24) / doses_per_day
    if last_dose is not None:
        first = last_dose + interval
    elif not_before is not None and not_before.date() == on:
        first = not_before
    else:
        first = opens
    first = min(max(first, opens), closes)
    if remaining > 1:
        interval = min(interval, (closes - first) / (remaining - 1))
    return tuple(_minute(first + interval * n) for n in range(remaining))


def _minute(moment: dt.datetime) -> dt.datetime:
    """To the minute (a plan is read in hours and minutes; never past 23:00)."""
    return moment.replace(second=0, microsecond=0)


def worst(severities: Iterable[str]) -> str:
    """The most urgent of ``severities`` (a tile takes its list's worst row); none: normal."""
    found = set(severities)
    for level in (Severity.OVERDUE, Severity.WAITING):
        if level in found:
            return level.value
    return Severity.NORMAL.value
