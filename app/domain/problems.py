"""A problem found in user input: which field, what is wrong, and a stable code.

The code lets the views show a translated text (``app/views/components/messages.py``) while the
core and the command line keep the English ``message``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def problem(field_name: str, code: str, message: str, /, **params: Any) -> Problem:
    return Problem(field_name, code, message.format(**params), params)


def warning(field_name: str, code: str, message: str, /, **params: Any) -> Problem:
    return Problem(field_name, code, message.format(**params), params, warning=True)


def choice_problem(field_name: str, value: object, allowed: Iterable[object]) -> list[Problem]:
    """A value that must be one of a vocabulary's codes (used by every vocabulary check)."""
    codes = [str(a) for a in allowed]
    if str(value) in codes:
        return []
    return [
        problem(
            field_name,
            "choice.invalid",
            "'{value}' is not one of: {allowed}.",
            value=value,
            allowed=", ".join(codes),
        )
    ]
