"""Reading a JSON file a person hands in (an exchange file, a tariff version): any bytes
end in the parsed document or one typed refusal, never a traceback (issue #13).

* A UTF-8 byte-order mark (Excel and Notepad save one) is accepted.
* A key twice in one object is refused, naming the key: ``json`` would keep the last one
  silently, so a file could say two things and be read as one of them.
* Nesting deeper than :data:`MAX_DEPTH` and whole numbers longer than :data:`MAX_DIGITS`
  are refused before Python's limits turn them into ``RecursionError`` / ``ValueError``.
* ``NaN`` and ``Infinity`` (which ``json`` reads, though JSON has no such numbers) are
  refused.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from pathlib import Path
from typing import Any

from app.errors import AkutDeskError

#: deeper than any file AkutDesk writes (an exchange file nests 5 levels)
MAX_DEPTH = 64
#: a whole number longer than this is no count, version or amount (int64 has 19 digits)
MAX_DIGITS = 30
#: a key echoed in a refusal is cut to this many characters
KEY_SHOWN = 60


class FileUnreadable(AkutDeskError):
    code = "file.unreadable"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path=str(path), reason=reason)


class FileIsFolder(AkutDeskError):
    code = "file.is_folder"

    def __init__(self, path: Path) -> None:
        super().__init__(path=str(path))


class FileNotText(AkutDeskError):
    code = "file.not_utf8"

    def __init__(self, path: Path) -> None:
        super().__init__(path=str(path))


class FileNotJson(AkutDeskError):
    code = "file.not_json"

    def __init__(self, path: Path, line: int, column: int, reason: str) -> None:
        super().__init__(path=str(path), line=line, column=column, reason=reason)


class FileTooDeep(AkutDeskError):
    code = "file.too_deep"

    def __init__(self, path: Path) -> None:
        super().__init__(path=str(path), n=MAX_DEPTH)


class FileNumberTooLong(AkutDeskError):
    code = "file.number_too_long"

    def __init__(self, path: Path) -> None:
        super().__init__(path=str(path), n=MAX_DIGITS)


class FileNotANumber(AkutDeskError):
    code = "file.not_a_number"

    def __init__(self, path: Path, word: str) -> None:
        super().__init__(path=str(path), word=word)


class FileDuplicateKey(AkutDeskError):
    code = "file.duplicate_key"

    def __init__(self, path: Path, key: str) -> None:
        shown = key if len(key) <= KEY_SHOWN else key[: KEY_SHOWN - 1] + "…"
        super().__init__(path=str(path), key=shown)


class _Refused(Exception):
    """Raised inside the decoder's hooks; turned into the typed error with the path."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind)
        self.kind, self.detail = kind, detail


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _Refused("duplicate", key)
        found[key] = value
    return found


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused("digits")
    return int(text)


def _float(text: str) -> float:
    number = float(text)
    if number in (float("inf"), float("-inf")):  # 1e999
        raise _Refused("digits")
    return number


def _constant(word: str) -> Any:
    raise _Refused("constant", word)


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def nesting_depth(text: str) -> int:
    """How deep arrays and objects nest in ``text`` (strings skipped), in linear time."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    steps = (1 if c in "[{" else -1 for c in brackets)
    return max(accumulate(steps, initial=0))


def parse(text: str, path: Path) -> Any:
    """The JSON ``text`` (read from ``path``, which the refusals name)."""
    if nesting_depth(text) > MAX_DEPTH:
        raise FileTooDeep(path)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_int,
            parse_float=_float,
            parse_constant=_constant,
        )
    except _Refused as refused:
        if refused.kind == "duplicate":
            raise FileDuplicateKey(path, refused.detail) from None
        if refused.kind == "constant":
            raise FileNotANumber(path, refused.detail) from None
        raise FileNumberTooLong(path) from None
    except json.JSONDecodeError as exc:
        raise FileNotJson(path, exc.lineno, exc.colno, exc.msg) from None
    except RecursionError:  # nesting_depth counts what json recurses on; kept as a net
        raise FileTooDeep(path) from None


def read(path: Path) -> Any:
    """The JSON document in the file ``path``; UTF-8 with or without a byte-order mark."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise FileIsFolder(path) from None
    except OSError as exc:
        raise FileUnreadable(path, exc.strerror or type(exc).__name__) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileNotText(path) from None
    return parse(text, path)
