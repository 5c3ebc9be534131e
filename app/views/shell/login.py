"""Signing in with initials and password (issue #7), at start and to unlock the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import AkutDeskError, InvalidInput
from app.services.security import users
from app.views.components.messages import error_text, problem_text
from app.views.components.tasks import run_in_background
from app.views.widgets.form import FieldForm


class LoginDialog(QDialog):
    """Initials and password; ``ctx`` holds the signed-in context once accepted.

    ``locked_by`` names the user whose window is locked: they sign in again with their
    password, or another user signs in instead. ``read``: what the first screen shows,
    read while the password is checked (``users.sign_in_reading``, issue #17); its result
    is in ``prepared`` once accepted (None: read it in place)."""

    def __init__(
        self,
        store: Any,
        initials: str = "",
        *,
        locked_by: str = "",
        read: Callable[[Any], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ctx: Any = None
        self.prepared: Any = None
        self.read = read
        self.locked_by = locked_by
        self._run: Any = None  # the sign-in running in the background
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

    @property
    def signing_in(self) -> bool:
        """The password is being checked (tests wait for it)."""
        return self._run is not None and not self._run.finished

    def submit(self) -> None:
        """The password is checked off the GUI thread (Argon2, ~0.1 s: issue #17); the
        dialog says "Signing in…" and takes no second submit meanwhile."""
        if self.signing_in:
            return
        store, initials, password = self.store, self.initials.text(), self.password.text()
        self.buttons.setEnabled(False)
        self.message.setStyleSheet("color: #4a5a6a;")
        self.message.setText(self.tr("Signing in…"))
        self.message.show()
        read = self.read
        if read is None:
            self._run = run_in_background(
                lambda: users.sign_in(store, initials, password), self._signed_in, self._refused
            )
        else:
            self._run = run_in_background(
                lambda: users.sign_in_reading(store, initials, password, read),
                self._signed_in_reading,
                self._refused,
            )

    def reject(self) -> None:
        if not self.signing_in:  # the check finishes first
            super().reject()

    def _signed_in_reading(self, signed: tuple[Any, Any]) -> None:
        self.prepared = signed[1]
        self._signed_in(signed[0])

    def _signed_in(self, ctx: Any) -> None:
        self.ctx = ctx
        self.buttons.setEnabled(True)
        self.message.hide()
        self.password.clear()
        self.accept()

    def _refused(self, exc: BaseException, _details: str) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self._say("\n".join(problem_text(p) for p in exc.problems))
        elif isinstance(exc, AkutDeskError):
            self._say(error_text(exc))
        else:  # a bug: the crash dialog takes it on the GUI thread
            raise exc

    def _say(self, text: str) -> None:
        self.password.clear()
        self.password.setFocus()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
        self.message.show()
