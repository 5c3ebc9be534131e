"""Demo users: one per role, all with the documented demo password (issue #7; README).

Only for demo stores (``akutdesk demo``): the password is public, so a real store never
gets these users.
"""

from __future__ import annotations

from app.services.kernel.context import Context
from app.services.security import users

DEMO_PASSWORD = "akutdesk-demo"

# initials, name, roles
DEMO_USERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("SYG", "Sara Sygeplejerske", ("nurse",)),
    ("VIS", "Vibeke Visitator", ("visitator",)),
    ("LED", "Lars Leder", ("manager",)),
    ("ADM", "Anders Administrator", ("administrator",)),
    ("DPO", "Dorthe Databeskyttelse", ("dpo",)),
)


def add_demo_users(ctx: Context) -> list[tuple[str, tuple[str, ...]]]:
    """Add the demo users that are missing; returns (initials, roles) of every demo user."""
    known = {u.initials for u in users.list_users(ctx)}
    for initials, name, roles in DEMO_USERS:
        if initials not in known:
            users.add_user(ctx, name, initials, roles, DEMO_PASSWORD)
    return [(initials, roles) for initials, _, roles in DEMO_USERS]
