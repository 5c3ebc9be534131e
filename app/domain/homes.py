"""Nursing homes and their fixed doctors: the rules of OK22 Bilag 2 as pure functions
(DIGEST §2.2; DECISIONS D30–D33; KLU lists DIGEST §4.2).

* D30 coverage: homes with a fixed doctor / all homes (001:12057–12059, 13883–13886),
  target 80 % by a configurable date (default 31.12.2024; Bilag 2 says end of 2023,
  001:13890, the main text end of 2024, 001:12049).
* D31 monthly fee: 1,935.27 kr. for 2 hours (April 2021 level, 001:13980); one extra hour
  (967.64 kr., 001:13982) when the doctor has *more than* 30 residents at that home or
  section (001:13902–13904). Current amounts through the D24 price index
  (app.domain.acute.index_on).
* D32 notice: 3 months to the end of a quarter (001:13976–13978): a termination registered
  on *d* takes effect at the end of the first quarter that ends at least 3 months after *d*.
* D33 temporary residents (respite, guest, acute places) never count as attached
  (001:13908–13911).
* Sections: a home may be split into sections of at least 30 residents each, each with its
  own fixed doctor (001:13898–13902).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.domain.money import round_kr
from app.domain.numerals import ascii_digits
from app.domain.problems import Problem, choice_problem, problem

FEE_2_HOURS_APRIL_2021 = Decimal("1935.27")  # D31, 001:13980
HOUR_FEE_APRIL_2021 = Decimal("967.64")  # D31, 001:13982
BASE_HOURS = 2
EXTRA_HOUR_ABOVE = 30  # D31: "more than 30 residents" (001:13902–13904)
MIN_SECTION_RESIDENTS = 30  # 001:13898–13902
NOTICE_MONTHS = 3  # D32
COVERAGE_TARGET = Decimal("80")  # D30, per cent
COVERAGE_TARGET_DATE = dt.date(2024, 12, 31)  # D30 default (end of 2024)
PROVIDER_NUMBER_DIGITS = 6  # ydernummer


class Ownership(enum.StrEnum):
    """Scope (001:13895–13896): municipal homes and private/self-governing ones with an
    operating agreement (driftsoverenskomst)."""

    MUNICIPAL = "municipal"
    PRIVATE_AGREEMENT = "private_agreement"


class PlaceKind(enum.StrEnum):
    """A resident's place; every kind but PERMANENT is temporary (D33)."""

    PERMANENT = "permanent"
    RESPITE = "respite"  # aflastningsplads
    GUEST = "guest"  # gæsteplads
    ACUTE = "acute"  # akutplads


class TerminatedBy(enum.StrEnum):
    """The notice is mutual (001:13976–13978)."""

    MUNICIPALITY = "municipality"
    DOCTOR = "doctor"


class EventKind(enum.StrEnum):
    STARTED = "started"
    CHANGED = "changed"
    TERMINATED = "terminated"


class ReportKind(enum.StrEnum):
    KLU = "klu"  # list for the municipal-medical committee (001:13959–13966)
    COVERAGE = "coverage"  # annual statement as of 1 January (001:13968–13972)
    CHANGES = "changes"  # quarterly changes to the region and PLO (001:13974–13976)


def is_temporary(kind: str) -> bool:
    """D33: respite, guest and acute places are temporary."""
    return kind != PlaceKind.PERMANENT


# -- dates: months and quarters ----------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's last day (31.03 + 3 = 30.06)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, 3 * quarter - 2, 1)


def quarter_end(year: int, quarter: int) -> dt.date:
    month = 3 * quarter
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def notice_effective(registered: dt.date) -> dt.date:
    """D32: the end of the first quarter that ends at least 3 months after ``registered``.

    "3 months after" is the same day 3 months later, clamped to the month's end, so a
    termination registered on the last day of a quarter takes effect at the end of the
    next quarter (31.03 → 30.06, 30.09 → 31.12), one registered on the first day of a
    quarter at the end of the quarter after (01.04 → 30.09), and 29.02.2024 → 30.06.2024."""
    earliest = add_months(registered, NOTICE_MONTHS)
    year, quarter = quarter_of(earliest)
    return quarter_end(year, quarter)


# -- fee (D31) ---------------------------------------------------------------------------------


def fee_hours(attached: int) -> int:
    """D31: 2 hours a month; 3 when the doctor has more than 30 attached residents at the
    home or section (temporary residents are never attached, D33)."""
    return BASE_HOURS + 1 if attached > EXTRA_HOUR_ABOVE else BASE_HOURS


def monthly_fee(hours: int, index: Decimal = Decimal("1.0000")) -> Decimal:
    """D31/D24/D41: 1,935.27 kr. for 2 hours plus 967.64 kr. per extra hour (April 2021),
    times the price index, rounded half-up once."""
    april_2021 = FEE_2_HOURS_APRIL_2021 + HOUR_FEE_APRIL_2021 * (hours - BASE_HOURS)
    return round_kr(april_2021 * index)


@dataclass(frozen=True)
class Stay:
    """A resident's stay as the rules see it (dates inclusive; ``moved_out`` None = still
    living there)."""

    unit: str  # home uuid, or the section uuid when the home is split
    kind: str
    moved_in: dt.date
    moved_out: dt.date | None
    fixed_doctor: bool  # the resident has chosen the fixed doctor as own doctor


def lives_there(stay: Stay, on: dt.date) -> bool:
    return stay.moved_in <= on and (stay.moved_out is None or on <= stay.moved_out)


def attached(stays: Iterable[Stay], units: Sequence[str], on: dt.date) -> int:
    """D31/D33: residents attached to a fixed doctor on ``on`` — permanent residents of the
    doctor's home or section who have chosen the fixed doctor; temporary ones never count."""
    return sum(
        1
        for s in stays
        if s.unit in units and s.fixed_doctor and not is_temporary(s.kind) and lives_there(s, on)
    )


def permanent_residents(stays: Iterable[Stay], units: Sequence[str], on: dt.date) -> int:
    return sum(
        1 for s in stays if s.unit in units and not is_temporary(s.kind) and lives_there(s, on)
    )


# -- coverage (D30) ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    homes: int
    covered: int
    percent: Decimal  # one decimal
    target: Decimal
    target_date: dt.date
    met: bool


def coverage(
    homes: int,
    covered: int,
    target: Decimal = COVERAGE_TARGET,
    target_date: dt.date = COVERAGE_TARGET_DATE,
) -> Coverage:
    """D30: homes with a fixed doctor / all homes, in per cent with one decimal (half-up);
    no homes = 0 %. The target is met at or above the target per cent."""
    if not 0 <= covered <= homes:
        raise ValueError("covered homes must be between 0 and the number of homes")
    percent = (
        (Decimal(covered) * 100 / Decimal(homes)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        if homes
        else Decimal("0.0")
    )
    return Coverage(homes, covered, percent, target, target_date, percent >= target)


def home_covered(units: Sequence[str], covered_units: set[str]) -> bool:
    """A home counts as having a fixed doctor when every unit has one: the whole home, or
    each of its sections when it is split (a partly covered home is not covered)."""
    return bool(units) and all(u in covered_units for u in units)


# -- checks ------------------------------------------------------------------------------------


def check_home(name: str, ownership: str, places: int) -> list[Problem]:
    found = choice_problem("ownership", ownership, list(Ownership))
    if not name.strip():
        found.append(problem("name", "homes.name_missing"))
    if not 1 <= places <= 1000:
        found.append(problem("places", "homes.places"))
    return found


def check_sections(home_places: int, section_places: Sequence[int]) -> list[Problem]:
    """001:13898–13902: a split home has sections of at least 30 residents each (so at
    least 30 places each), and the sections hold no more places than the home."""
    found = []
    if any(p < MIN_SECTION_RESIDENTS for p in section_places):
        found.append(
            problem(
                "places",
                "homes.section_small",
                n=MIN_SECTION_RESIDENTS,
            )
        )
    if sum(section_places) > home_places:
        found.append(
            problem(
                "places",
                "homes.sections_exceed",
                total=sum(section_places),
                places=home_places,
            )
        )
    return found


def check_provider_number(value: str) -> list[Problem]:
    """The practice's provider number (ydernummer): 6 digits."""
    digits = value.strip()
    if len(digits) == PROVIDER_NUMBER_DIGITS and ascii_digits(digits):
        return []
    return [
        problem(
            "provider_number",
            "homes.provider_number",
            n=PROVIDER_NUMBER_DIGITS,
        )
    ]


def periods_overlap(
    a_start: dt.date, a_end: dt.date | None, b_start: dt.date, b_end: dt.date | None
) -> bool:
    """Inclusive periods; None = open-ended."""
    return (b_end is None or a_start <= b_end) and (a_end is None or b_start <= a_end)
