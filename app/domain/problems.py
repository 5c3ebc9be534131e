"""A problem found in user input: which field, what is wrong (a stable code), and typed
parameters.

The code is the message id: its English template is in the catalogue (``app/messages``, STYLE
§14), which the window and the command line translate; ``message`` is the English text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app import messages
from app.domain.clock import FIRST_YEAR, LAST_YEAR
from app.messages import Phrase, phrase

__all__ = ["Phrase", "Problem", "choice_problem", "clock_range", "phrase", "problem", "warning"]


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def problem(field_name: str, code: str, /, **params: Any) -> Problem:
    """The problem ``code`` (a catalogue id) with its parameters."""
    return Problem(field_name, code, messages.english(code, params), params)


def clock_range(field_name: str, day: str) -> Problem:
    """``day`` (ISO, as typed) lies outside the years AkutDesk works with (app/domain/clock.py)."""
    return problem(field_name, "date.range", value=day, first=FIRST_YEAR, last=LAST_YEAR)


def warning(field_name: str, code: str, /, **params: Any) -> Problem:
    return Problem(field_name, code, messages.english(code, params), params, warning=True)


def choice_problem(field_name: str, value: object, allowed: Iterable[object]) -> list[Problem]:
    """A value that must be one of a vocabulary's codes (used by every vocabulary check)."""
    codes = [str(a) for a in allowed]
    if str(value) in codes:
        return []
    return [problem(field_name, "choice.invalid", value=value, allowed=", ".join(codes))]
