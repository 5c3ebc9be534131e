"""Reading typed values out of an exchange record, each failure naming its field path."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain import clock
from app.domain.problems import problem


class BadValue(Exception):
    """A problem in one record, with the field path inside the record: a message id of the
    catalogue (app/messages/exchange.py) and its typed parameters (STYLE §14)."""

    def __init__(self, path: str, code: str, /, **params: object) -> None:
        self.problem = problem(path, code, **params)
        super().__init__(self.problem.message)
        self.path, self.message = path, self.problem.message


# -- reading values --------------------------------------------------------------------------


def parse_moment(value: Any, path: str) -> dt.datetime:
    """ISO 8601; without an offset it is Copenhagen wall-clock time (D42)."""
    if not isinstance(value, str):
        raise BadValue(path, "exchange.not_moment")
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadValue(path, "exchange.bad_moment", value=value) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.COPENHAGEN)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:  # year 1 or 9999 moved across midnight into year 0 or 10000
        raise BadValue(path, "exchange.bad_moment", value=value) from None


def parse_day(value: Any, path: str) -> dt.date:
    if not isinstance(value, str):
        raise BadValue(path, "exchange.not_day")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise BadValue(path, "exchange.bad_day", value=value) from None


def get_text(record: dict[str, Any], key: str, path: str, default: str = "") -> str:
    value = record.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise BadValue(f"{path}{key}", "exchange.not_text")
    return str(value)


def get_int(record: dict[str, Any], key: str, path: str, default: int | None = None) -> int | None:
    value = record.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValue(f"{path}{key}", "exchange.not_int")
    return value


def get_required(record: dict[str, Any], key: str, path: str) -> Any:
    if key not in record or record[key] in (None, ""):
        raise BadValue(f"{path}{key}", "exchange.required")
    return record[key]


def get_object(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadValue(path, "exchange.not_json_object")
    return value


def get_list(record: dict[str, Any], key: str) -> list[Any]:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise BadValue(key, "exchange.not_a_list")
    return value
