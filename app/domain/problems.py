"""A problem found in user input: which field, what is wrong, and a stable code.

The code lets the views show a translated text (``app/views/messages.py``) while the
core and the command line keep the English ``message``.
"""

from __future__ import annotations

import dataclasses
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
