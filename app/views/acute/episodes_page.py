"""Acute episodes under OK22 Bilag 3: the list of episodes (open, ended, all; searched by
CPR or name as you type), the occupancy board of the acute places for the visitation
office, and the GP-fee statements (D24, D25). New episodes start here (Ctrl+N)."""

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.acute.board import OccupancyBoard
from app.views.acute.episode_window import open_episode
from app.views.acute.episodes_model import EpisodeTableModel
from app.views.acute.statements import StatementsView
from app.views.components import acute_vocabulary as ev
from app.views.components.gates import gate
from app.views.components.page import Page

SEARCH_DELAY_MS = 120


class EpisodeList(QWidget):
    """The episodes, filtered by status and searched by the citizen's CPR or name."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._connect_signals()
        self.apply_search()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.status = ev.combo(ev.STATUS_FILTERS, "open")
        self.status.setObjectName("episode_status_filter")
        caption = QLabel(self.tr("S&how:"))
        caption.setBuddy(self.status)
        self.search = QLineEdit()
        self.search.setObjectName("episode_search")
        self.search.setPlaceholderText(self.tr("Search by CPR (ddmmyy) or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search episodes"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.new_button = QPushButton(self.tr("&New episode…"))
        self.new_button.setToolTip("Ctrl+N")
        gate(self.new_button, self.ctx, "acute.episodes")  # issue #12: the reason in words
        for widget in (caption, self.status):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        column.addLayout(bar)
        self.model = EpisodeTableModel(self.ctx, self)
        self.table = self._make_table()
        column.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("episode_count")
        self.count.setStyleSheet("color: #556;")
        column.addWidget(self.count)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.setTabOrder(self.status, self.search)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.setTabOrder(self.open_button, self.new_button)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("episode_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EpisodeTableModel.RESPONSIBLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in enumerate((80, 95, 150, 175, 160, 260, 115, 125)):
            table.setColumnWidth(column, width)
        return table

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._search_now_and_focus)
        self.timer.timeout.connect(self.apply_search)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_search())
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.model.rowsInserted.connect(self._update_count)

    def apply_search(self) -> None:
        self.timer.stop()
        status = self.status.currentData()
        self.model.set_filter(status, self.search.text())
        self.table.setColumnHidden(EpisodeTableModel.STATUS, status != "all")  # all the same
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
        if shown == 0 and not self.search.text().strip() and self.status.currentData() == "open":
            text = self.tr("No open episodes. Attach a citizen with “New episode…” (Ctrl+N).")
        elif shown == 0:
            text = self.tr("No episodes match.")
        elif self.model.canFetchMore(QModelIndex()):
            text = self.tr("Showing the first %n episode(s); scroll for more.", "", shown)
        else:
            text = self.tr("%n episode(s).", "", shown)
        self.count.setText(text)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.open_row(rows[0].row() if rows else -1)

    def open_row(self, row: int) -> Any:
        uuid = self.model.uuid_at(row)
        return open_episode(self.ctx, uuid, self) if uuid else None


def _may_read_statements(ctx: Any) -> bool:
    # lazy: start-up (the window is shown before the core loads)
    from app.services.kernel.permissions import allowed

    return allowed(ctx, "acute.statements")


class EpisodesPage(Page):
    watches = frozenset({"acute_episode", "acute_unit", "citizen"})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Acute episodes"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("episode_tabs")
        self.list = EpisodeList(ctx)
        self.board = OccupancyBoard(ctx)
        self.tabs.addTab(self.list, self.tr("Episodes"))
        self.tabs.addTab(self.board, self.tr("Acute places"))
        self.statements: StatementsView | None = None
        if _may_read_statements(ctx):  # a courtesy: the core refuses anyway
            self.statements = StatementsView(ctx)
            self.tabs.addTab(self.statements, self.tr("GP fees"))
        self.column.addWidget(self.tabs, 1)
        self.list.new_button.clicked.connect(lambda: self.new_episode())
        self.board.new_on_place.connect(self.new_episode_on_place)
        QShortcut(QKeySequence.StandardKey.New, self, self.list.new_button.click)
        QShortcut(QKeySequence.StandardKey.Find, self, self._find)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.tabs.currentWidget() is self.list:
            self.list.search.setFocus()

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.list)
        self.list.search.setFocus()

    def reload(self) -> None:
        self.list.reload()
        self.board.reload()
        if self.statements is not None:
            self.statements.reload()

    def new_episode(self, unit_uuid: str = "", place: int | None = None) -> Any:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.acute.episode_edit import EpisodeDialog

        dialog = EpisodeDialog(self.ctx, None, self)
        if unit_uuid:
            dialog.preset_place(unit_uuid, place)
        created = dialog.created if dialog.exec() else None
        dialog.deleteLater()
        return open_episode(self.ctx, created, self) if created else None

    def new_episode_on_place(self, unit_uuid: str, place: int) -> None:
        self.new_episode(unit_uuid, place)
