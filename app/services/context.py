"""Who is doing what, where: passed to every use case."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.store import Store


@dataclass(frozen=True)
class Context:
    store: Store
    user_id: int | None
    initials: str = ""
    # Until users carry a stored role (issue #7) everyone signed in works as administrator
    # and manager alike; app/services/permissions.py holds the matrix.
    role: str = "administrator"
