"""A signed-in user in the window: after the login at start and after the idle lock (when
someone else signs in)."""

from __future__ import annotations

from typing import Any

from app import settings


def prepare(ctx: Any) -> dict[str, Any]:
    """What :func:`attach` reads from the store, fetched off the GUI thread at start-up
    (issue #17): the user's name, the first page's data (Today's tiles and lists), and
    whether the store is an office's (its sync status in the status bar, whose module
    loads here too)."""
    # lazy: start-up (the window is shown before the services load)
    from app.services.security import users

    # lazy: start-up (the window is shown before the services load)
    from app.views.shell.main_window import preload

    # lazy: start-up (the window is shown before the services load)
    from app.views.sync.status import sync_role

    return {"name": users.me(ctx).name, "first_page": preload(ctx), "sync": sync_role(ctx)}


def attach(window: Any, store: Any, ctx: Any, prepared: dict[str, Any] | None = None) -> None:
    """``prepared``: :func:`prepare`'s result for this ``ctx``, else it is read here."""
    if prepared is None:
        # lazy: start-up (the window is shown before the services load)
        from app.services.security import users

        name, first_page, sync = users.me(ctx).name, None, None
    else:
        name, first_page, sync = prepared["name"], prepared["first_page"], prepared["sync"]
    if settings.get("last_user") != ctx.initials:  # written (with an fsync) when it changes
        settings.put("last_user", ctx.initials)
    window.attach(
        ctx, store_text=store.describe(), user_name=name, first_page=first_page, sync_role=sync
    )
