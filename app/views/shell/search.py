"""One search over citizens, IV courses and acute episodes (Ctrl+K, issue #12): type a CPR
(ddmmyy) or a name; Enter opens a single hit, arrows and Enter one of several. Lists show
the masked CPR only (D40); what the user's roles do not reach is left out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import Forbidden
from app.services import citizens
from app.services.acute import views as acute_views
from app.services.iv import views as iv_views
from app.views.components import acute_vocabulary as acute_voc
from app.views.components import vocabulary as voc
from app.views.components.guarded import FittedDialog

SEARCH_DELAY_MS = 150
LIMIT = 8
KIND = Qt.ItemDataRole.UserRole
UUID = Qt.ItemDataRole.UserRole + 1


class SearchDialog(FittedDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("global_search")
        self.search.setPlaceholderText(self.tr("CPR (ddmmyy) or name of a citizen…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search citizens, courses and episodes"))
        layout.addWidget(self.search)
        self.hits = QListWidget()
        self.hits.setObjectName("global_hits")
        layout.addWidget(self.hits, 1)
        self.count = QLabel()
        self.count.setStyleSheet("color: #667;")
        layout.addWidget(self.count)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._enter)
        self.hits.itemActivated.connect(self._open_item)
        # how each kind of hit opens (a test replaces them)
        self.openers: dict[str, Callable[[str], Any]] = {
            "citizen": self._open_citizen,
            "iv_course": self._open_course,
            "acute_episode": self._open_episode,
        }

    def apply_search(self) -> None:
        self.timer.stop()
        self.hits.clear()
        text = self.search.text().strip()
        if not text:
            self.count.setText("")
            return
        for kind, rows in (
            ("citizen", self._citizens(text)),
            ("iv_course", self._courses(text)),
            ("acute_episode", self._episodes(text)),
        ):
            for uuid, shown in rows:
                item = QListWidgetItem(shown)
                item.setData(KIND, kind)
                item.setData(UUID, uuid)
                self.hits.addItem(item)
        found = self.hits.count()
        self.count.setText(
            self.tr("%n hit(s).", "", found) if found else self.tr("Nothing matches.")
        )

    def _citizens(self, text: str) -> list[tuple[str, str]]:
        try:
            rows = citizens.search_citizens(self.ctx, text, limit=LIMIT)
        except Forbidden:
            return []
        return [
            (r.uuid, self.tr("Citizen: {name} · {cpr}").format(name=r.name, cpr=r.cpr_masked))
            for r in rows
        ]

    def _courses(self, text: str) -> list[tuple[str, str]]:
        try:
            rows = iv_views.list_courses(self.ctx, "all", text, limit=LIMIT)
        except Forbidden:
            return []
        return [
            (
                r.uuid,
                self.tr("IV course: {name} · {cpr} · {drug} · {status}").format(
                    name=r.citizen_name,
                    cpr=r.cpr_masked,
                    drug=r.drug,
                    status=voc.label(voc.STATUSES, r.status),
                ),
            )
            for r in rows
        ]

    def _episodes(self, text: str) -> list[tuple[str, str]]:
        try:
            rows = acute_views.list_episodes(self.ctx, "all", text=text, limit=LIMIT)
        except Forbidden:
            return []
        return [
            (
                r.uuid,
                self.tr("Acute episode: {name} · {cpr} · {status}").format(
                    name=r.citizen_name,
                    cpr=r.cpr_masked,
                    status=acute_voc.label(acute_voc.STATUSES, r.status),
                ),
            )
            for r in rows
        ]

    def _enter(self) -> None:
        self.apply_search()
        if self.hits.count() == 1:
            self._open_item(self.hits.item(0))
        elif self.hits.count():
            self.hits.setFocus()
            self.hits.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem) -> None:
        kind, uuid = item.data(KIND), item.data(UUID)
        self.accept()
        self.openers[kind](uuid)

    def _open_citizen(self, uuid: str) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.citizens.citizen_dialog import CitizenDialog
        from app.views.components.access_reason import ask_reason

        parent = self.parentWidget()
        reason = ask_reason(parent, self.ctx, uuid)
        if reason is None:
            return
        dialog = CitizenDialog(self.ctx, citizens.open_citizen(self.ctx, uuid, reason), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_course(self, uuid: str) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.iv.course_window import open_course

        open_course(self.ctx, uuid, self.parentWidget())

    def _open_episode(self, uuid: str) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.acute.episode_window import open_episode

        open_episode(self.ctx, uuid, self.parentWidget())


def open_search(window: Any) -> SearchDialog | None:
    if window.ctx is None:
        return None
    dialog = SearchDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.search.setFocus()
    return dialog
