"""Actions that follow the user's roles (issue #12): a button whose use case the roles do
not allow is disabled, its tooltip naming in words the roles that may ("Only a nurse may do
this."). A courtesy only: the service refuses anyway (app/services/kernel/permissions.py),
with the same words."""

from __future__ import annotations

from typing import Any

from app import messages
from app.services.kernel.permissions import allowed, who_may
from app.views.components.messages import language, qt_translator


def who_may_text(permission: str) -> str:
    """ "Only a nurse or a visitator may do this." in the user's language."""
    needed = messages.roles_phrase(who_may(permission))
    return messages.render("roles.only", {"needed": needed}, qt_translator, language())


def gate(button: Any, ctx: Any, permission: str) -> bool:
    """Disable ``button`` with the reason when ``ctx``'s roles do not hold ``permission``;
    returns whether they do (the caller then enables it as the state allows)."""
    if allowed(ctx, permission):
        return True
    button.setEnabled(False)
    button.setToolTip(who_may_text(permission))
    return False
