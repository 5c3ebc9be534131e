"""Which tariff items a course gives, and on which date (D1, D3, D4, D11, D13).

* D4: municipal day 1 is the start date; the course lasts ``end − start + 1`` days.
* D11: a course tariff is dated on the day the course ends (billed in that month); a day
  rate is dated on the day itself. A course still running is billed for the days up to its
  last municipal administration — a day the course certainly ran (an end date can never be
  set before it), so nothing billed for a running course can fall after its end.
* D1: billing uses the type at the end of the course — for an ended course the course
  tariff and every day rate (a no-pump course that became a pump course gets no day rates;
  a pump course that became a no-pump course gets all of them from day 15). The days of a
  running course are billed before its end is known, so they use the type in effect on
  that day.
* D13: each item uses the version valid on its date; items dated before the first version
  are outside the agreement.
* D12: each item has a key that is billed at most once (``billed_items.item_key``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.billing.tariffs import Tariff, Version, applicable, version_on
from app.domain.iv import municipal_day


@dataclass(frozen=True)
class CourseFacts:
    """What billing needs of a course (read set-based by the service)."""

    id: int
    uuid: str
    unit_id: int
    status: str
    course_type: str  # the current type = the type at the end for an ended course
    doses_per_day: int
    start: dt.date | None
    end: dt.date | None
    last_day: dt.date | None  # last municipal administration (running courses)
    cpr: str = ""
    citizen_name: str = ""
    department: str = ""
    changes: tuple[tuple[dt.date, str, str], ...] = ()  # (effective, from, to), in order

    def type_on(self, day: dt.date) -> str:
        """D1: one type at a time; changes are dated."""
        current = self.changes[0][1] if self.changes else self.course_type
        for effective, _, to_type in self.changes:
            if effective <= day:
                current = to_type
        return current

    def day_rate_type(self, day: dt.date) -> str:
        """D1: the type a day rate is billed with (see the module docstring)."""
        if self.status == "ended" and self.end is not None:
            return self.type_on(self.end)
        return self.type_on(day)

    @property
    def days(self) -> int:
        """D4: end − start + 1 (for a running course: up to its last administration)."""
        last = self.end or self.last_day
        return municipal_day(self.start, last) if self.start and last else 0


@dataclass(frozen=True)
class Item:
    """One billable tariff item (D12)."""

    key: str
    kind: str  # course | day
    course_id: int
    date: dt.date
    tariff: Tariff
    course_type: str


@dataclass(frozen=True)
class Missing:
    """An item the catalogue has no tariff for (shown as "cannot be billed")."""

    course_id: int
    date: dt.date
    course_type: str
    kind: str


def course_key(course_id: int) -> str:
    return f"course:{course_id}"


def day_key(course_id: int, day: dt.date) -> str:
    return f"day:{course_id}:{day.isoformat()}"


def course_item(course: CourseFacts, versions: Sequence[Version]) -> Item | Missing | None:
    """D11/D13/D1: the course tariff of an ended course, dated on its end."""
    if course.status != "ended" or course.start is None or course.end is None:
        return None
    version = version_on(versions, course.end)
    if version is None:
        return None
    kind = course.type_on(course.end)
    tariff = applicable(version.tariffs, "course", kind, course.doses_per_day)
    if tariff is None:
        return Missing(course.id, course.end, kind, "course")
    return Item(course_key(course.id), "course", course.id, course.end, tariff, kind)


def day_items(course: CourseFacts, versions: Sequence[Version], until: dt.date) -> list[Item]:
    """D3/D11: one item per municipal day from the tariff's ``from_day`` up to the end (or
    the last administration of a running course), dated on the day, no later than ``until``."""
    last = course.end if course.status == "ended" else course.last_day
    if course.start is None or last is None:
        return []
    first_from = min_day_rate_from(versions)
    if not first_from:
        return []
    found = []
    day = course.start + dt.timedelta(days=first_from - 1)
    while day <= min(last, until):
        tariff = _day_tariff(course, versions, day)
        if tariff is not None:
            found.append(Item(day_key(course.id, day), "day", course.id, day, tariff, course.day_rate_type(day)))  # fmt: skip
        day += dt.timedelta(days=1)
    return found


def _day_tariff(course: CourseFacts, versions: Sequence[Version], day: dt.date) -> Tariff | None:
    version = version_on(versions, day)
    if version is None or course.start is None:
        return None
    tariff = applicable(version.tariffs, "day", course.day_rate_type(day), course.doses_per_day)
    if tariff is None or municipal_day(course.start, day) < tariff.from_day:
        return None
    return tariff


def min_day_rate_from(versions: Sequence[Version]) -> int:
    """The first municipal day any day rate can fall on (0: no day rates at all)."""
    return min((t.from_day for v in versions for t in v.tariffs if t.unit == "day"), default=0)
