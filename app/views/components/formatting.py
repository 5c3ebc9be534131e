"""Dates, moments and numbers as the screens show them: Danish style (D41/D42), Copenhagen
wall-clock time whatever the workstation's time zone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from app.domain import clock


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def moment_text(moment: dt.datetime | None) -> str:
    return clock.format_local(moment)


def now_wall_clock() -> dt.datetime:
    """Now as a naive Copenhagen wall-clock time, to the minute (what a person types)."""
    return clock.local(clock.now_utc()).replace(tzinfo=None, second=0, microsecond=0)


def decimal_text(value: str) -> str:
    """A decimal from the core ("38.5") with the user's decimal sign ("38,5")."""
    return value.replace(".", QLocale().decimalPoint()) if value else value


def phone_text(phone: str) -> str:
    """A Danish 8-digit number in pairs ("65 41 12 34"), easier to read out and dial."""
    digits = phone.replace(" ", "")
    if len(digits) == 8 and digits.isdigit():
        return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return phone


def short_date_text(day: dt.date | None) -> str:
    """Day and month only ("23.11."), for lists around one date."""
    return day.strftime("%d.%m.") if day else ""
