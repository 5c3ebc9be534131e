"""What every command needs: the database URL, dates typed as arguments, and signing in
(AKUTDESK_PASSWORD or a prompt). Only the standard library at module level."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def iso_date(text: str) -> Any:
    # lazy: start-up (only argparse loads before a command is chosen)
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def whole_number(text: str) -> int:
    """An argparse type: ``0``–``9`` only (``type=int`` reads Arabic-Indic digits too, and
    a minus sign; issue #13, D40)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain.numerals import ascii_digits

    if not ascii_digits(text.strip()):
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number (digits 0-9)")
    return int(text.strip())


def whole_numbers(text: str) -> list[int]:
    """An argparse type: ``N,N,…`` of :func:`whole_number`."""
    return [whole_number(part) for part in text.split(",")]


def database_url(args: argparse.Namespace) -> str | None:
    return args.database_url or os.environ.get("AKUTDESK_DATABASE_URL") or None


def sign_in(store: Any, args: argparse.Namespace) -> Any:
    """Sign in as --user (else the last user, else the first) with the password from
    AKUTDESK_PASSWORD or typed at a prompt; refused with one line (exit 1)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import settings

    # lazy: start-up (argparse only until a command runs)
    from app.services.security import users

    initials = args.user or settings.get("last_user") or None
    return users.sign_in(store, initials, password(initials))


def password(initials: str | None) -> str:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.errors import PasswordNoTerminal

    given = os.environ.get("AKUTDESK_PASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise PasswordNoTerminal()
    # lazy: start-up (only argparse loads before a command is chosen)
    import getpass

    return getpass.getpass(f"Password for {initials or 'the first user'}: ")
