"""The tariff catalogue (D2, D3, D10, D13, D16) as plain values.

A version holds items valid from its date until the next version's. An item applies to
the course types it lists and to courses with at least ``min_doses_per_day`` doses a day;
when several items of the same unit apply to a course, the most specific one (highest
``min_doses_per_day``) wins — so a 2025-style "4 doses a day" long-course tariff (D16) is
one more item in a version, no code change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.iv import CourseType
from app.domain.numerals import ascii_decimal
from app.domain.problems import Problem, problem

UNITS = ("course", "day")
PILOT_FROM = dt.date(2021, 10, 1)  # DIGEST §1.13, 001:6129 — D13
REGULATION_FROM = dt.date(2022, 10, 1)  # D14: pilot payments are never regulated (001:6132)
REGION_PERCENT = Decimal("70")  # D10


@dataclass(frozen=True)
class Tariff:
    """One item of a version (``id``/``version_id`` are 0 until stored)."""

    code: str
    description: str  # Danish, printed on the invoice
    unit: str  # course | day
    amount: Decimal  # full tariff per unit
    course_types: tuple[str, ...]
    from_day: int = 1  # day rates: municipal day N onwards (D3, D4)
    min_doses_per_day: int = 0  # D16 categories
    region_percent: Decimal = REGION_PERCENT  # D10
    id: int = 0
    version_id: int = 0
    version_label: str = ""

    def applies(self, course_type: str, doses_per_day: int) -> bool:
        return course_type in self.course_types and doses_per_day >= self.min_doses_per_day

    @property
    def rule(self) -> str:
        if self.unit == "course":
            return "course tariff"
        return f"day rate from day {self.from_day}"


@dataclass(frozen=True)
class Version:
    label: str
    valid_from: dt.date
    tariffs: tuple[Tariff, ...]
    note: str = ""
    id: int = 0
    uuid: str = ""


# D13: the pilot tariffs shipped in the migration (001:6122–6127); D2 pump per course; D3.
PILOT = Version(
    label="Pilot 2021",
    valid_from=PILOT_FROM,
    note="Samarbejdsaftale for IV-behandling i nærområdet, Region Syddanmark (pilot).",
    tariffs=(
        Tariff("IV-AB", "Forløb med IV-antibiotika uden pumpe", "course", Decimal("7000.00"),
               ("antibiotic_no_pump",)),
        Tariff("IV-AB-PUMPE", "Forløb med IV-antibiotika med hjælp til montering af pumpe",
               "course", Decimal("1400.00"), ("antibiotic_pump",)),
        Tariff("IV-VAESKE", "Forløb med IV-væske", "course", Decimal("1000.00"), ("fluid",)),
        Tariff("IV-AB-LANG", "Langtidsforløb over 14 dage, døgntakst fra dag 15", "day",
               Decimal("1400.00"), ("antibiotic_no_pump",), from_day=15),
    ),
)  # fmt: skip


def applicable(tariffs: Sequence[Tariff], unit: str, course_type: str, doses: int) -> Tariff | None:
    """The tariff of ``unit`` for a course of this type and dose count (most specific wins)."""
    found = [t for t in tariffs if t.unit == unit and t.applies(course_type, doses)]
    return max(found, key=lambda t: t.min_doses_per_day, default=None)


def version_on(versions: Sequence[Version], day: dt.date) -> Version | None:
    """D13: the version valid on ``day`` (the latest valid-from on or before it)."""
    valid = [v for v in versions if v.valid_from <= day]
    return max(valid, key=lambda v: v.valid_from, default=None)


# -- a new version from a JSON document (akutdesk tariffs add-version FILE.json) -----------


def parse_version(data: Mapping[str, Any]) -> tuple[Version | None, list[Problem]]:
    """Check a version given as JSON: {"label", "valid_from", "note"?, "tariffs": [{"code",
    "description", "unit", "amount", "course_types", "from_day"?, "min_doses_per_day"?,
    "region_percent"?}]}. Every problem is named; nothing is half-accepted."""
    problems: list[Problem] = []
    label = str(data.get("label", "")).strip()
    if not label:
        problems.append(problem("label", "tariff.label"))
    valid_from = _date(data.get("valid_from"), problems)
    raw = data.get("tariffs")
    if not isinstance(raw, list) or not raw:
        problems.append(problem("tariffs", "tariff.none"))
        raw = []
    tariffs = [_tariff(i, entry, problems) for i, entry in enumerate(raw)]
    codes = [t.code for t in tariffs if t]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        problems.append(problem("tariffs", "tariff.duplicate", code=code))
    problems += _overlaps([t for t in tariffs if t])
    if problems or valid_from is None:
        return None, problems
    note = str(data.get("note", "")).strip()
    return Version(label, valid_from, tuple(t for t in tariffs if t), note), []


def _date(value: object, problems: list[Problem]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(problem("valid_from", "tariff.date"))
        return None


def _decimal(value: object) -> Decimal | None:
    try:
        number = ascii_decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _tariff(i: int, entry: object, problems: list[Problem]) -> Tariff | None:
    where = f"tariffs[{i}]"
    if not isinstance(entry, Mapping):
        problems.append(problem(where, "tariff.shape"))
        return None
    found: list[Problem] = []
    code = str(entry.get("code", "")).strip()
    description = str(entry.get("description", "")).strip()
    if not code or len(code) > 40 or not description or len(description) > 200:
        found.append(problem(where, "tariff.text"))  # fmt: skip
    unit = str(entry.get("unit", ""))
    if unit not in UNITS:
        found.append(problem(where, "tariff.unit"))
    amount = _decimal(entry.get("amount"))
    if amount is None or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        found.append(problem(where, "tariff.amount"))  # fmt: skip
    percent = _decimal(entry.get("region_percent", REGION_PERCENT))
    if percent is None or not Decimal(0) <= percent <= Decimal(100):
        found.append(problem(where, "tariff.percent"))
    types = entry.get("course_types")
    known = {t.value for t in CourseType}
    if not isinstance(types, list) or not types or not set(map(str, types)) <= known:
        found.append(problem(where, "tariff.types", known=", ".join(sorted(known))))  # fmt: skip
    from_day, doses = entry.get("from_day", 1), entry.get("min_doses_per_day", 0)
    whole = all(isinstance(n, int) and not isinstance(n, bool) for n in (from_day, doses))
    if not whole or from_day < 1 or doses < 0:  # JSON's true is no number (issue #13)
        found.append(problem(where, "tariff.numbers"))  # fmt: skip
    problems += found
    if found or amount is None or percent is None or not isinstance(types, list):
        return None
    return Tariff(code, description, unit, amount, tuple(map(str, types)), int(from_day),
                  int(doses), percent)  # fmt: skip


def _overlaps(tariffs: Sequence[Tariff]) -> list[Problem]:
    """Two tariffs of one unit, type and dose threshold would make the choice ambiguous."""
    seen: dict[tuple[str, str, int], str] = {}
    problems = []
    for t in tariffs:
        for course_type in t.course_types:
            key = (t.unit, course_type, t.min_doses_per_day)
            if key in seen:
                problems.append(problem("tariffs", "tariff.ambiguous",
                    a=seen[key], b=t.code, type=course_type, unit=t.unit))  # fmt: skip
            seen[key] = t.code
    return problems


def version_json(version: Version) -> dict[str, Any]:
    """The JSON form :func:`parse_version` reads (``tariffs list --json``)."""
    return {
        "label": version.label,
        "valid_from": version.valid_from.isoformat(),
        "note": version.note,
        "tariffs": [
            {"code": t.code, "description": t.description, "unit": t.unit,
             "amount": str(t.amount), "course_types": list(t.course_types),
             "from_day": t.from_day, "min_doses_per_day": t.min_doses_per_day,
             "region_percent": str(t.region_percent)}
            for t in version.tariffs
        ],
    }  # fmt: skip
