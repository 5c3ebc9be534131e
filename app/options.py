"""What the window starts from: a plain options object that the command line builds from its
arguments (app/cli/main.py), so the window never imports the command line (STYLE §11).

A ``NamedTuple``, not a dataclass: this module is on the window's start path, and
``typing`` is loaded there already (DEVELOPERS.md "Start-up").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple


class LaunchOptions(NamedTuple):
    #: the PostgreSQL URL, or None for the SQLite file in the data folder
    database_url: str | None
    #: initials of the user to work as (None: the last user)
    user: str | None
    #: the user interface language (None: the saved setting, else Danish)
    lang: str | None
    #: the password of ``user`` where no one types it into the login dialog (the bench
    #: start-up, screenshots): AKUTDESK_PASSWORD, else a prompt in the terminal
    password: Callable[[str | None], str]
    #: shows a new store's recovery key once where no dialog can (screenshots: on stderr)
    announce_recovery_key: Callable[[Any], None]


class ScreenshotOptions(NamedTuple):
    """``akutdesk screenshot PAGE --out F.png``: one page rendered offscreen."""

    launch: LaunchOptions
    page: str
    out: Path
    size: str = "1280x800"
