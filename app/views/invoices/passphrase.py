"""The organisation certificate's passphrase when posting needs it (issue #16): on a
computer whose keyring does not hold it (or with no keyring at all) a dialog asks for it
before posting, a credit note or a regulation; it goes to the signing renderer of that one
run and is kept nowhere else (a keyring, where there is one, keeps it: app.signing.store).

``ask`` is the dialog; tests replace it (a modal dialog would hang an offscreen test).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.services.kernel.context import Context
from app.services.security import certificates


@dataclass(frozen=True)
class Given:
    """What posting signs with: ``value`` None when no passphrase is needed."""

    value: str | None = None

    def renderer(self, ctx: Context, module: Any) -> dict[str, Any]:
        """The keyword for the use case (``post_month``, ``credit_invoice``,
        ``post_regulation``): its ``default_renderer`` with the passphrase — called in the
        background run, so a wrong passphrase is the run's refusal."""
        if self.value is None:
            return {}
        return {"renderer": module.default_renderer(ctx, self.value)}


def ask_dialog(parent: QWidget) -> str | None:
    """The passphrase typed (hidden), or None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Passphrase", "Certificate passphrase"),
        QCoreApplication.translate(
            "Passphrase",
            "This computer does not keep the organisation certificate's passphrase. Type it "
            "to sign what is posted now; it is not kept.",
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


ask: Callable[[QWidget], str | None] = ask_dialog


def for_posting(parent: QWidget, ctx: Context) -> Given | None:
    """The passphrase posting signs with, asked for when no keyring holds it; None when the
    user cancelled (nothing is posted)."""
    if not certificates.passphrase_needed(ctx):
        return Given()
    typed = ask(parent)
    return None if typed is None else Given(typed)
