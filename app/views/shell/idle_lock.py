"""The idle lock (issue #7): after N minutes without keyboard or mouse input the window
hides its pages (patient data) and asks for the same user's password; another user may
sign in instead, and the pages are then rebuilt for them. N is a per-store setting
(``users.idle_minutes``, default 10) that an administrator changes. The user may also lock
the window at once (Ctrl+L) or sign out, which drops the pages until someone signs in
(issue #12)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.views.shell.login import LoginDialog
from app.views.shell.signed_in import attach

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Watches the application's input; ``lock()`` when the timer runs out."""

    def __init__(self, window: Any, store: Any, interval_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.dialog: LoginDialog | None = None
        self._signed_out = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()
        window.lock_requested.connect(self.lock_now)
        window.sign_out_requested.connect(self.sign_out)
        window.show_lock_buttons()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.dialog is None and event.type() in INPUT_EVENTS:
            self.timer.start()  # restarts the countdown
        return False

    def lock(self) -> None:
        """The timer ran out: the same user signs in again, or another user."""
        if self.dialog is not None:
            return
        ctx = self.window.ctx
        self._open(
            LoginDialog(self.store, ctx.initials, locked_by=ctx.initials, parent=self.window)
        )

    def lock_now(self) -> None:
        """The user locks the window on leaving it (Ctrl+L)."""
        if self.dialog is not None:
            return
        self.lock()
        assert self.dialog is not None
        self.dialog.intro.setText(
            self.tr(
                "{initials} locked the window. {initials} signs in again with their password, "
                "or another user signs in."
            ).format(initials=self.window.ctx.initials)
        )

    def sign_out(self) -> None:
        """The pages go (nothing of the user's work stays in memory); anyone signs in."""
        if self.dialog is not None:
            return
        self._signed_out = True
        self.window.reset_pages()
        self._open(LoginDialog(self.store, "", parent=self.window))

    def _open(self, dialog: LoginDialog) -> None:
        self.window.centralWidget().hide()
        self.dialog = dialog
        dialog.rejected.connect(dialog.open)  # no way past the lock but signing in
        dialog.accepted.connect(self._unlocked)
        dialog.open()

    def _unlocked(self) -> None:
        assert self.dialog is not None
        ctx, self.dialog = self.dialog.ctx, None
        if self._signed_out or ctx.user_id != self.window.ctx.user_id:
            self.window.reset_pages()
            attach(self.window, self.store, ctx)
        self._signed_out = False
        self.window.centralWidget().show()
        self.timer.start()


def install(window: Any, store: Any, minutes: int | None = None) -> IdleLock:
    """The lock after the store's idle minutes (``minutes``: read already, off the GUI
    thread at start-up)."""
    if minutes is None:
        # lazy: start-up (the window is shown before the core loads)
        from app.services.security import users

        minutes = users.idle_minutes(store)
    return IdleLock(window, store, minutes * 60_000)
