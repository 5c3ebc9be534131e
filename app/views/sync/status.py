"""The sync's status in the status bar of an office store (issue #15 item 5, docs/sync.md):
the last successful sync and how long ago, the changes waiting to go, the conflicts
waiting (a button that opens the list), and a clear line when the server cannot be reached
— the office keeps working. Syncs on a timer, on demand, and once when the window opens;
each runs in the background (run_op), its refusal said in place, never in a box."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain import clock
from app.errors import AkutDeskError
from app.services.sync import office
from app.views.components.hub import hub
from app.views.components.messages import error_text
from app.views.components.tasks import announce, run_in_background

#: how often the window syncs by itself
INTERVAL_MS = 5 * 60 * 1000


class SyncStatus(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sync_status")
        self.running = False
        self.unreachable = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("sync_label")
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("sync_conflicts_button")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now_button")
        self.sync_button.setFlat(True)
        self.sync_button.clicked.connect(self.sync_now)
        for widget in (self.label, self.conflicts_button, self.sync_button):
            row.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        hub.changed.connect(self._changed)  # a method: Qt lets go of it with the widget
        self.refresh()

    def _changed(self, _names: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        found = office.status(self.ctx.store)
        self.label.setText(self.text(found, clock.now_utc()))
        self.label.setStyleSheet("color: #a33;" if self.unreachable else "")
        self.label.setToolTip(self.unreachable)  # the whole message, with the server's reason
        self.conflicts_button.setText(self.tr("%n conflict(s) waiting", "", found.conflicts))
        self.conflicts_button.setVisible(found.conflicts > 0)

    def text(self, found: office.Status, now: dt.datetime) -> str:
        waiting = self.tr("%n change(s) waiting to go", "", found.waiting)
        if self.running:
            return self.tr("Syncing with the server…")
        if self.unreachable:
            return self.tr(
                "The server cannot be reached – you keep working locally; {waiting}"
            ).format(waiting=waiting)
        if found.last_sync_at is None:
            return self.tr("Not synced yet; {waiting}").format(waiting=waiting)
        minutes = max(0, int((now - found.last_sync_at).total_seconds() // 60))
        return self.tr("Synced {at} ({minutes} min ago); {waiting}").format(
            at=clock.local(found.last_sync_at).strftime("%H:%M"), minutes=minutes, waiting=waiting
        )

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        self.refresh()
        run_in_background(lambda: office.sync(self.ctx.store), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.running, self.unreachable = False, ""
        announce(result)
        self.refresh()

    def _failed(self, exc: BaseException, _details: str = "") -> None:
        self.running = False
        if not isinstance(exc, AkutDeskError):
            raise exc
        self.unreachable = error_text(exc)
        self.refresh()

    def open_conflicts(self) -> Any:
        # lazy: start-up (only when asked for)
        from app.views.sync.conflicts import ConflictsDialog

        self.dialog = ConflictsDialog(self.ctx, self.window())
        self.dialog.open()
        return self.dialog


def sync_role(ctx: Any) -> str:
    """The store's part in the sync ("office", "server", "": none), for :func:`install`."""
    return office.status(ctx.store).role


def install(window: Any, ctx: Any, role: str | None = None) -> SyncStatus | None:
    """On an office store: the status in the window's status bar, and a first sync.
    ``role``: :func:`sync_role`, read already off the GUI thread (None: read here)."""
    if (sync_role(ctx) if role is None else role) != "office":
        return None
    widget = SyncStatus(ctx, window)
    window.statusBar().addPermanentWidget(widget)
    QTimer.singleShot(0, widget.sync_now)
    return widget
