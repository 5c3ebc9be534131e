"""Who is doing what, where: passed to every use case."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.db.store import Store


@dataclass(frozen=True)
class Context:
    """The signed-in user: id, initials, roles (app/services/kernel/permissions.py) and the ids of
    the teams they work in. A context made without roles may do nothing (least privilege)."""

    store: Store
    user_id: int | None
    initials: str = ""
    roles: frozenset[str] = field(default_factory=frozenset)
    teams: frozenset[int] = field(default_factory=frozenset)

    @property
    def role(self) -> str:
        """The roles as one text, for messages: "administrator + nurse"."""
        return " + ".join(sorted(self.roles)) or "no role"
