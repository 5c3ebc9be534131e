"""One acute episode (OK22 Bilag 3): the treatment-responsible doctor or function and the
phone always in view at the top (D20), then the episode, its measurements with their
trends, and the GP contacts with whether each counts for the fee and why not (D21–D23);
and what can be done next: change, measure, record a GP contact, end, and the XDIS22
closing note as PDF or text. Opened from the episode list and the occupancy board; it
follows changes announced on the hub."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError
from app.services.acute import views
from app.views.acute.episode_details import EpisodeDetails
from app.views.acute.episode_form import ENTITY
from app.views.acute.episode_header import EpisodeHeader
from app.views.acute.episode_trends import MeasurementsPanel
from app.views.acute.episodes_model import ContactTableModel
from app.views.components import documents
from app.views.components.gates import gate
from app.views.components.guarded import FittedDialog
from app.views.components.hub import hub
from app.views.components.messages import error_text
from app.workflows import ACUTE_EPISODE

# the permission each action's use case requires (app/domain/kinds.py)
ACTION_PERMISSIONS = {
    "edit": "acute.episodes", "measurement": "acute.care", "contact": "acute.care",
    "correct": "acute.care", "texts": "acute.care", "end": "acute.episodes",
}  # fmt: skip
NOTE_MODULE = "app.services.acute.closing_note"
_open: dict[str, EpisodeWindow] = {}


def open_episode(ctx: Any, uuid: str, parent: QWidget | None = None) -> Any:
    """Show the episode; one already open is brought to the front instead."""
    window = _open.get(uuid)
    if window is None:
        window = EpisodeWindow(ctx, uuid, parent)
    window.show()
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.activateWindow()
    return window


def _table(model: Any, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class EpisodeWindow(FittedDialog):
    def __init__(self, ctx: Any, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.uuid = uuid
        self.view: Any = None
        self._outdated = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_ui()
        self._connect_signals()
        self.reload()
        _open[uuid] = self
        self.destroyed.connect(lambda *_: _open.pop(uuid, None))

    # -- construction -----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Acute episode"))
        self.resize(1180, 780)
        layout = QVBoxLayout(self)
        self.header = EpisodeHeader()
        layout.addWidget(self.header)
        self.message = QLabel()
        self.message.setObjectName("episode_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.details = EpisodeDetails()
        scroll = QScrollArea()
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroll, self.tr("&Episode"))
        self.measurements = MeasurementsPanel()
        self.tabs.addTab(self.measurements, self.tr("Measurements and &trends"))
        self.tabs.addTab(self._build_contacts(), self.tr("GP c&ontacts"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_actions())

    def _build_contacts(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.contact_model = ContactTableModel(self)
        self.contact_table = _table(self.contact_model, "contact_table")
        column.addWidget(self.contact_table, 1)
        self.contact_reason = QLabel()
        self.contact_reason.setObjectName("contact_reason")
        self.contact_reason.setWordWrap(True)
        column.addWidget(self.contact_reason)
        self.contacts_empty = QLabel(self.tr("No GP contacts yet. Record one with “GP contact…”."))
        self.contacts_empty.setStyleSheet("color: #556;")
        column.addWidget(self.contacts_empty)
        return box

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        for key, text, keys in (
            ("edit", self.tr("C&hange…"), ""),
            ("measurement", self.tr("&Measurement…"), "Ctrl+M"),
            ("contact", self.tr("GP &contact…"), "Ctrl+K"),
            ("correct", self.tr("Co&rrect contact…"), ""),
            ("texts", self.tr("Closin&g texts…"), ""),
            ("end", self.tr("E&nd episode…"), ""),
        ):
            button = QPushButton(text)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _=False, k=key: self.run(k))
            if keys:
                button.setToolTip(keys)
                QShortcut(QKeySequence(keys), self, lambda k=key: self._shortcut(k))
            row.addWidget(button)
            self.actions[key] = button
        row.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Closing note (&PDF)…"))
        self.text_button = QPushButton(self.tr("Closing note (te&xt)…"))
        for button in (self.pdf_button, self.text_button):
            button.setEnabled(documents.available(NOTE_MODULE))
            row.addWidget(button)
        self.close_button = QPushButton(self.tr("C&lose"))
        row.addWidget(self.close_button)
        return row

    def _connect_signals(self) -> None:
        hub.changed.connect(self._on_changed)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.text_button.clicked.connect(self.export_text)
        self.close_button.clicked.connect(self.close)
        self.contact_table.selectionModel().selectionChanged.connect(self._show_reason)
        self.contact_table.activated.connect(lambda _index: self.run("correct"))

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._outdated = False
        try:
            # Only the first load opens the record (audit); later ones refresh it.
            self.view = views.get_episode(self.ctx, self.uuid, opened=self.view is None)
        except AkutDeskError as exc:
            self.say(error_text(exc))
            return
        view = self.view
        self.setWindowTitle(
            self.tr("Acute episode — {name} ({cpr})").format(
                name=view.citizen_name, cpr=view.cpr_masked
            )
        )
        self.header.show_episode(view)
        self.details.show_episode(view)
        self.measurements.show_measurements(view.measurements)
        newest_first = sorted(view.contacts, key=lambda c: c.at, reverse=True)
        self.contact_model.set_rows(newest_first)
        self.contacts_empty.setVisible(not view.contacts)
        if view.contacts:
            self.contact_table.selectRow(0)
        self._show_reason()
        offered = ACUTE_EPISODE.buttons_in(view.status)  # app/workflows.py
        for key, button in self.actions.items():
            button.setVisible(key in offered)
        self.actions["correct"].setEnabled(bool(view.contacts))
        for key, permission in ACTION_PERMISSIONS.items():  # issue #12: the reason in words
            gate(self.actions[key], self.ctx, permission)

    def _show_reason(self, *_args: Any) -> None:
        """The selected contact's fee status in full words (D21–D23)."""
        row = self.selected_contact()
        self.contact_reason.setText(self.contact_model.fee_reason(row) if row else "")

    def selected_contact(self) -> Any:
        rows = self.contact_table.selectionModel().selectedRows()
        return self.contact_model.rows[rows[0].row()] if rows else None

    def _on_changed(self, entities: Any) -> None:
        entities = set(entities)
        named = {e for e in entities if e.startswith(f"{ENTITY}:")}
        # the citizen's own record moved (CAVE in the header, issue #12)
        citizen = self.view is not None and f"citizen:{self.view.citizen_uuid}" in entities
        if not citizen and (
            ENTITY not in entities or (named and f"{ENTITY}:{self.uuid}" not in named)
        ):
            return
        if self.isVisible():
            self.reload()
        else:
            self._outdated = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._outdated:
            self.reload()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions ----------------------------------------------------------------------------
    def make_dialog(self, kind: str) -> Any:
        """The dialog for an action, on the episode as shown (its version)."""
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.acute import episode_edit, episode_end, gp_contact, measurement

        view = self.view
        makers = {
            "edit": lambda: episode_edit.EpisodeDialog(self.ctx, view, self),
            "measurement": lambda: measurement.MeasurementDialog(self.ctx, view, self),
            "contact": lambda: gp_contact.GpContactDialog(self.ctx, view, self),
            "correct": lambda: gp_contact.GpContactDialog(
                self.ctx, view, self, contact=self.selected_contact() or self._latest()
            ),
            "texts": lambda: episode_end.ClosingTextsDialog(self.ctx, view, self),
            "end": lambda: episode_end.EndEpisodeDialog(self.ctx, view, self),
        }
        return makers[kind]()

    def _latest(self) -> Any:
        return max(self.view.contacts, key=lambda c: c.at, default=None)

    def _shortcut(self, kind: str) -> None:
        if self.actions[kind].isVisible() and self.actions[kind].isEnabled():
            self.run(kind)

    def run(self, kind: str) -> None:
        if self.view is None or (kind == "correct" and not self.view.contacts):
            return
        self.say("")
        dialog = self.make_dialog(kind)
        dialog.exec()  # a change is announced on the hub, which reloads this window
        dialog.deleteLater()

    def _file_name(self, suffix: str) -> str:
        return self.tr("closing-note-{date}.{suffix}").format(
            date=f"{self.view.start_at:%Y%m%d}", suffix=suffix
        )

    def export_pdf(self) -> None:
        make = documents.maker(NOTE_MODULE, "closing_note_pdf")
        path = documents.ask_path(self, self.tr("Save closing note"), self._file_name("pdf"))
        if make is not None and path:
            ctx, uuid = self.ctx, self.uuid
            documents.export(
                self, lambda: make(ctx, uuid), path, self.tr("Making the closing note…")
            )

    def export_text(self) -> None:
        """The note as plain text, to paste into a correspondence message: saved, opened
        and put on the clipboard."""
        make = documents.maker(NOTE_MODULE, "closing_note_text")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save closing note"),
            str(Path.home() / self._file_name("txt")),
            self.tr("Text (*.txt)"),
        )
        if make is None or not path:
            return
        try:
            text = make(self.ctx, self.uuid)
        except AkutDeskError as exc:
            self.say(error_text(exc))
            return
        QGuiApplication.clipboard().setText(text)
        documents.export(
            self, lambda: text.encode("utf-8"), path, self.tr("Making the closing note…")
        )
