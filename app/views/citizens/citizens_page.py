"""Citizens: search by CPR or name as you type; the list shows masked CPRs (D40)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.services import citizens
from app.views.citizens.citizen_dialog import CitizenDialog
from app.views.citizens.citizens_model import CitizenTableModel
from app.views.components.gates import gate
from app.views.components.page import Page

SEARCH_DELAY_MS = 120


class CitizensPage(Page):
    watches = frozenset({"citizen"})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build_ui()
        self._connect_signals()
        self.model.set_query("")
        self._update_count()

    def _build_ui(self) -> None:
        self.title.setText(self.tr("Citizens"))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("citizen_search")
        self.search.setPlaceholderText(self.tr("Search by CPR (ddmmyy) or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search citizens"))
        self.new_button = QPushButton(self.tr("&New citizen"))
        gate(self.new_button, self.ctx, "citizens.edit")  # issue #12: the reason in words
        self.open_button = QPushButton(self.tr("&Open"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        self.column.addLayout(bar)
        self.model = CitizenTableModel(self.ctx, self)
        self.table = QTableView()
        self.table.setObjectName("citizen_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 260, 330, 100)):
            self.table.setColumnWidth(column, width)
        self.column.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setStyleSheet("color: #556;")
        self.column.addWidget(self.count)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.setTabOrder(self.open_button, self.new_button)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._search_now_and_focus)
        self.timer.timeout.connect(self.apply_search)
        self.new_button.clicked.connect(self.new_citizen)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        QShortcut(QKeySequence.StandardKey.New, self, self.new_citizen)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.model.rowsInserted.connect(self._update_count)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.search.setFocus()

    def apply_search(self) -> None:
        self.timer.stop()
        self.model.set_query(self.search.text())
        self._update_count()

    def _search_now_and_focus(self) -> None:
        """Enter in the search box: a single hit opens, several put the focus on the first
        (issue #12)."""
        self.apply_search()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
        if self.model.rowCount() == 1 and not self.model.canFetchMore(QModelIndex()):
            self.open_row(0)

    def reload(self) -> None:
        self.model.reload()
        self._update_count()

    def _update_count(self, *_args: Any) -> None:
        shown = self.model.rowCount()
        if shown == 0:
            text = (
                self.tr("No citizens match.") if self.model.query else self.tr("No citizens yet.")
            )
        elif self.model.canFetchMore(QModelIndex()):
            text = self.tr("Showing the first %n citizen(s); scroll for more.", "", shown)
        else:
            text = self.tr("%n citizen(s).", "", shown)
        self.count.setText(text)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def open_selected(self) -> None:
        self.open_row(self.selected_row())

    def open_row(self, row: int) -> None:
        uuid = self.model.uuid_at(row)
        if uuid is None:
            return
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.components.access_reason import ask_reason

        reason = ask_reason(self, self.ctx, uuid)
        if reason is None:
            return
        detail = citizens.open_citizen(self.ctx, uuid, reason)
        CitizenDialog(self.ctx, detail, self).exec()

    def new_citizen(self) -> None:
        CitizenDialog(self.ctx, None, self).exec()
