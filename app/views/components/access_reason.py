"""Asking for the reason to open a record outside the user's team (issue #7).

The service decides (``teams.needs_reason``) and refuses without a reason anyway; this
only asks the user before the call, and the reason goes into the audit entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from app.services.security import teams


def ask_reason(parent: QWidget, ctx: Any, citizen_uuid: str) -> str | None:
    """An empty text when no reason is needed, the reason typed, or None when cancelled."""
    if not teams.needs_reason(ctx, citizen_uuid):
        return ""
    return ask_text(parent)


def is_reason_required(error: Exception) -> bool:
    """Whether a service refused for want of a reason (app/services/security/teams.py)."""
    problems = getattr(error, "problems", [])
    return any(p.code == "access.reason_required" for p in problems)


def ask_text(parent: QWidget) -> str | None:
    """The reason typed (asked again while empty), or None when the user cancelled."""
    while True:
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("AccessReason", "Another team's citizen"),
            QCoreApplication.translate(
                "AccessReason",
                "This citizen belongs to another team. Why do you open the record? "
                "The reason is kept in the audit trail.",
            ),
        )
        if not ok:
            return None
        if text.strip():
            return text.strip()
