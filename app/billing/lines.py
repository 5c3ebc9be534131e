"""Tariff items → invoice lines with the region's and the municipality's shares (D10, D11, D41).

A course tariff is one line. The day rates of a course are one line per month, type and
tariff (so a long course across a month end is split per month, D11). Lines dated before
the billed month are marked "earlier period" (registered late, D11). Each line shows the
full tariff, the region's share (D10, 70 % by default) and the municipality's rest,
rounded half-up once per line; totals are the sums, rounded once (D41).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.billing.items import CourseFacts, Item
from app.billing.tariffs import Tariff
from app.domain.money import round_kr


def shares(tariff_amount: Decimal, percent: Decimal) -> tuple[Decimal, Decimal]:
    """D10/D41: (region, municipality) of a line's tariff amount; they add up exactly."""
    region = round_kr(tariff_amount * percent / Decimal(100))
    return region, tariff_amount - region


@dataclass(frozen=True)
class DraftLine:
    unit_id: int
    course: CourseFacts
    kind: str  # course | day
    course_type: str
    tariff: Tariff
    items: tuple[Item, ...]
    earlier_period: bool

    @property
    def quantity(self) -> int:
        return len(self.items)

    @property
    def first_date(self) -> dt.date:
        return self.items[0].date

    @property
    def last_date(self) -> dt.date:
        return self.items[-1].date

    @property
    def tariff_amount(self) -> Decimal:
        return self.tariff.amount * self.quantity

    @property
    def region_share(self) -> Decimal:
        return shares(self.tariff_amount, self.tariff.region_percent)[0]

    @property
    def municipality_share(self) -> Decimal:
        return shares(self.tariff_amount, self.tariff.region_percent)[1]

    @property
    def days(self) -> int:
        """The course's length for a course tariff (D4), the number of days for day rates."""
        return self.course.days if self.kind == "course" else self.quantity

    def as_json(self) -> dict[str, Any]:
        c = self.course
        return {
            "course_uuid": c.uuid, "cpr": c.cpr, "citizen": c.citizen_name,
            "department": c.department, "course_type": self.course_type, "kind": self.kind,
            "start": _iso(c.start), "end": _iso(c.end), "first_date": self.first_date.isoformat(),
            "last_date": self.last_date.isoformat(), "days": self.days,
            "tariff": self.tariff.code, "version": self.tariff.version_label,
            "quantity": self.quantity, "unit_amount": str(self.tariff.amount),
            "tariff_amount": str(self.tariff_amount), "region_share": str(self.region_share),
            "municipality_share": str(self.municipality_share),
            "earlier_period": self.earlier_period,
        }  # fmt: skip


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def make_lines(
    items: Iterable[Item], courses: dict[int, CourseFacts], period: dt.date
) -> list[DraftLine]:
    """Group items into lines (see module docstring), in a stable order: earlier periods
    first, then department, citizen and date."""
    groups: dict[tuple[Any, ...], list[Item]] = {}
    for item in items:
        month = month_of(item.date) if item.kind == "day" else item.date
        key = (item.course_id, item.kind, item.tariff.id, item.tariff.code, item.course_type, month)
        groups.setdefault(key, []).append(item)
    lines = []
    for (course_id, kind, _, _, course_type, _), grouped in groups.items():
        grouped.sort(key=lambda i: i.date)
        course = courses[course_id]
        lines.append(
            DraftLine(course.unit_id, course, kind, course_type, grouped[0].tariff,
                      tuple(grouped), grouped[0].date < period)
        )  # fmt: skip
    lines.sort(key=_order)
    return lines


def _order(line: DraftLine) -> tuple[Any, ...]:
    c = line.course
    return (not line.earlier_period, c.department, c.citizen_name, c.cpr, c.id, line.first_date,
            line.kind != "course")  # fmt: skip


@dataclass(frozen=True)
class Totals:
    tariff: Decimal
    region: Decimal
    municipality: Decimal


def totals(lines: Sequence[Any]) -> Totals:
    """D41: sums of the rounded line amounts, rounded once. Works for draft and stored lines."""
    return Totals(
        round_kr(sum((x.tariff_amount for x in lines), Decimal(0))),
        round_kr(sum((x.region_share for x in lines), Decimal(0))),
        round_kr(sum((x.municipality_share for x in lines), Decimal(0))),
    )
