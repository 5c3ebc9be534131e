"""Digits typed by a person: ASCII ``0``–``9`` only (DECISIONS D40, issue #13).

``str.isdigit()``, ``int()``, ``Decimal()`` and the regular expression ``\\d`` all take the
digits of other scripts too — Arabic-Indic ``٠١٠١١٠١٢٣٤`` passes them as ``0101101234``,
so one person could be registered twice under two spellings of one CPR number. Every
identifier (CPR, CVR, EAN/GLN, SOR, phone, postcode, bank account, invoice number) and every
number read from text goes through these instead.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def ascii_digits(text: str) -> bool:
    """Whether ``text`` is one or more of ``0``–``9`` and nothing else."""
    return text.isascii() and text.isdigit()


def ascii_decimal(value: object) -> Decimal:
    """``Decimal(str(value))`` for ASCII text only; raises ``InvalidOperation`` otherwise
    (as ``Decimal`` does for text that is no number)."""
    text = str(value)
    if not text.isascii():
        raise InvalidOperation(text)
    return Decimal(text)
