"""Danish identifiers: CPR, CVR, EAN/GLN, phone numbers and postcodes.

Built on python-stdnum, with its gaps closed (DECISIONS D40):

* ``stdnum.dk.cpr.validate`` documents a check-digit test it does not make, and compares
  the birth date with the machine's local date. We take its compaction and its
  century table (7th digit) and decide "born yet?" on the Copenhagen date (D42).
  The modulus-11 test only *warns*: numbers issued since 2007 may fail it.
* ``stdnum.ean`` accepts 8, 12, 13 and 14 digits; an EAN location number (GLN) used as
  the e-invoice endpoint has exactly 13.
* Only ASCII digits (D40): ``str.isdigit()`` and ``\\d`` also take Arabic-Indic and other
  scripts' digits (app/domain/numerals.py).
"""

from __future__ import annotations

import datetime as dt
import re

from stdnum import ean as std_ean
from stdnum.dk import cpr as std_cpr
from stdnum.dk import cvr as std_cvr
from stdnum.exceptions import ValidationError

from app.domain import clock
from app.domain.numerals import ascii_digits
from app.domain.problems import Problem, problem, warning

CPR_MASK = "xxxx"


def normalise_cpr(value: str) -> str:
    """``"010190-1234"`` / ``" 0101901234 "`` → ``"0101901234"`` (no validation). A stored
    number (ten ASCII digits) is already compact: given back as it is, without stdnum's
    cleaning (a region's dataset compacts tens of thousands of them)."""
    value = value or ""
    if len(value) == 10 and ascii_digits(value):
        return value
    return std_cpr.compact(value)


def cpr_birth_date(cpr: str) -> dt.date | None:
    """The birth date the CPR number encodes, or None when it is no real date (D40: the
    century from the 7th digit). A compact number (ten ASCII digits, as stored) is read
    here by stdnum's own century table (:func:`_century`) without its cleaning; anything
    else goes through ``stdnum.dk.cpr.get_birth_date``. A region's dataset reads tens of
    thousands of birth dates; tests/unit/test_identifiers.py holds the two paths equal
    for every 7th digit and year."""
    if not ascii_digits(cpr):  # int() reads other scripts' digits too (D40)
        return None
    if len(cpr) == 10:
        year = int(cpr[4:6])
        try:
            return dt.date(_century(cpr[6], year) + year, int(cpr[2:4]), int(cpr[0:2]))
        except ValueError:
            return None
    try:
        return std_cpr.get_birth_date(cpr)
    except (ValidationError, ValueError, IndexError):
        return None


def _century(seventh: str, year: int) -> int:
    """stdnum.dk.cpr's century table: the 7th digit and the two-digit year → 1800/1900/2000."""
    if seventh in "5678" and year >= 58:
        return 1800
    if seventh in "0123" or (seventh in "49" and year >= 37):
        return 1900
    return 2000


def check_cpr(value: str, field: str = "cpr", *, today: dt.date | None = None) -> list[Problem]:
    """D40: ten ASCII digits, a real date with the century from the 7th digit, not in the future.

    Returns errors and (as a warning) a failed modulus-11 check.
    """
    number = normalise_cpr(value)
    if not number:
        return [problem(field, "cpr.missing")]
    if not ascii_digits(number) or len(number) != 10:
        return [
            problem(
                field,
                "cpr.format",
                value=value,
            )
        ]
    born = cpr_birth_date(number)
    if born is None:
        return [
            problem(
                field,
                "cpr.date",
                value=value,
                ddmmyy=number[:6],
            )
        ]
    if born > (today or clock.today()):
        return [
            problem(
                field,
                "cpr.future",
                value=value,
                born=born,
            )
        ]
    if std_cpr.checksum(number) != 0:
        return [
            warning(
                field,
                "cpr.mod11",
                value=value,
            )
        ]
    return []


def mask_cpr(cpr: str) -> str:
    """Lists show ``ddmmyy-xxxx`` (D40); the full number is shown on request only. A stored
    number (ten ASCII digits) is masked as it is: a list masks 200 a page (issue #17)."""
    if len(cpr) == 10 and ascii_digits(cpr):
        return f"{cpr[:6]}-{CPR_MASK}"
    number = normalise_cpr(cpr)
    return f"{number[:6]}-{CPR_MASK}" if len(number) >= 6 else CPR_MASK


def format_cpr(cpr: str) -> str:
    number = normalise_cpr(cpr)
    return f"{number[:6]}-{number[6:]}" if len(number) == 10 else number


def age_on(cpr: str, on: dt.date) -> int | None:
    born = cpr_birth_date(normalise_cpr(cpr))
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def normalise_digits(value: str) -> str:
    return re.sub(r"[\s.-]", "", value or "")


def check_gln(value: str, field: str = "ean", *, required: bool = False) -> list[Problem]:
    """A 13-digit EAN location number (GLN) with a valid GS1 check digit."""
    number = normalise_digits(value)
    if not number:
        return [problem(field, "ean.missing")] if required else []
    if not ascii_digits(number) or len(number) != 13:
        return [
            problem(
                field,
                "ean.length",
                value=value,
            )
        ]
    try:
        std_ean.validate(number)
    except ValidationError:
        return [problem(field, "ean.check", value=value)]
    return []


def gln_check_digit(first12: str) -> str:
    """The GS1 check digit for 12 digits (used for demo EANs)."""
    return std_ean.calc_check_digit(first12)


def check_cvr(value: str, field: str = "cvr", *, required: bool = True) -> list[Problem]:
    number = normalise_digits(value)
    if not number:
        return [problem(field, "cvr.missing")] if required else []
    try:
        std_cvr.validate(number)
    except ValidationError:
        return [
            problem(
                field,
                "cvr.invalid",
                value=value,
            )
        ]
    return []


_PHONE = re.compile(r"^(\+45|0045)?([0-9]{8})$")


def normalise_phone(value: str) -> str:
    """Danish numbers are kept as 8 digits; foreign numbers keep their + prefix."""
    compact = re.sub(r"[\s()-]", "", value or "")
    match = _PHONE.match(compact)
    return match.group(2) if match else compact


def check_phone(value: str, field: str, *, required: bool = False) -> list[Problem]:
    compact = re.sub(r"[\s()-]", "", value or "")
    if not compact:
        return [problem(field, "phone.missing")] if required else []
    if _PHONE.match(compact) or re.fullmatch(r"\+[0-9]{7,15}", compact):
        return []
    return [
        problem(
            field,
            "phone.invalid",
            value=value,
        )
    ]


def check_postcode(value: str, field: str = "postcode", *, required: bool = False) -> list[Problem]:
    code = (value or "").strip()
    if not code:
        return [problem(field, "postcode.missing")] if required else []
    if re.fullmatch(r"[0-9]{4}", code) and code[0] != "0":
        return []
    return [problem(field, "postcode.invalid", value=value)]
