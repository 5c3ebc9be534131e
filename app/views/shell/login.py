"""Signing in with initials and password (issue #7), at start and to unlock the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import AkutDeskError, InvalidInput
from app.services.security import users
from app.views.components.messages import error_text, problem_text
from app.views.widgets.form import FieldForm


class LoginDialog(QDialog):
    """Initials and password; ``ctx`` holds the signed-in context once accepted.

    ``locked_by`` names the user whose window is locked: they sign in again with their
    password, or another user signs in instead."""

    def __init__(
        self, store: Any, initials: str = "", *, locked_by: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ctx: Any = None
        self.locked_by = locked_by
        self._build_ui(initials)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _build_ui(self, initials: str) -> None:
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Sign in to AkutDesk"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        if self.locked_by:
            text = self.tr(
                "The window was locked after a while without use. {initials} signs in again "
                "with their password, or another user signs in."
            ).format(initials=self.locked_by)
        else:
            text = self.tr("Sign in with your initials and password.")
        self.intro = QLabel(text)
        intro = self.intro
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FieldForm()
        self.initials = self.form.add("initials", self.tr("Initials"), max_length=12)
        self.initials.setText(initials)
        self.password = self.form.add("password", self.tr("Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.form)
        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        layout.addWidget(self.buttons)
        (self.password if initials else self.initials).setFocus()

    def submit(self) -> None:
        try:
            self.ctx = users.sign_in(self.store, self.initials.text(), self.password.text())
        except InvalidInput as exc:
            self._say("\n".join(problem_text(p) for p in exc.problems))
            return
        except AkutDeskError as exc:
            self._say(error_text(exc))
            return
        self.password.clear()
        self.accept()

    def _say(self, text: str) -> None:
        self.password.clear()
        self.password.setFocus()
        self.message.setText(text)
        self.message.show()
