"""A signed-in user in the window: after the login at start and after the idle lock (when
someone else signs in)."""

from __future__ import annotations

from typing import Any

from app import settings


def attach(window: Any, store: Any, ctx: Any) -> None:
    # lazy: start-up (the window is shown before the services load)
    from app.services.security import users

    me = users.me(ctx)
    settings.put("last_user", ctx.initials)
    window.attach(ctx, store_text=store.describe(), user_name=me.name)
