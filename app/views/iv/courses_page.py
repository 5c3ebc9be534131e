"""IV courses: every referral and course, filtered by status and searched by the citizen's
CPR or name as you type; new referrals start here."""

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

from app.views.components import vocabulary as voc
from app.views.components.gates import gate
from app.views.components.page import Page
from app.views.iv.course_window import open_course
from app.views.iv.courses_model import CourseTableModel
from app.views.iv.referral import ReferralDialog

SEARCH_DELAY_MS = 120


class IvCoursesPage(Page):
    watches = frozenset({"iv_course", "citizen", "department"})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build_ui()
        self._connect_signals()
        self.apply_search()

    def _build_ui(self) -> None:
        self.title.setText(self.tr("IV courses"))
        bar = QHBoxLayout()
        self.status = voc.combo(voc.STATUS_FILTERS, "open")
        self.status.setObjectName("status_filter")
        self.status.setAccessibleName(self.tr("Show"))
        caption = QLabel(self.tr("S&how:"))
        caption.setBuddy(self.status)
        self.search = QLineEdit()
        self.search.setObjectName("course_search")
        self.search.setPlaceholderText(self.tr("Search by CPR (ddmmyy) or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search courses"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.new_button = QPushButton(self.tr("&New referral…"))
        gate(self.new_button, self.ctx, "iv.referrals")  # issue #12: the reason in words
        bar.addWidget(caption)
        bar.addWidget(self.status)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        self.column.addLayout(bar)
        self.model = CourseTableModel(self.ctx, self)
        self.table = self._make_table()
        self.column.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setStyleSheet("color: #556;")
        self.column.addWidget(self.count)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.setTabOrder(self.status, self.search)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.setTabOrder(self.open_button, self.new_button)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("course_table")
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
        # the department gives way on a narrow screen, the dates stay in view
        header.setSectionResizeMode(CourseTableModel.DEPARTMENT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in enumerate((95, 95, 165, 155, 155, 180, 85, 150)):
            table.setColumnWidth(column, width)
        return table

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self._search_now_and_focus)
        self.timer.timeout.connect(self.apply_search)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_search())
        self.new_button.clicked.connect(self.new_referral)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        QShortcut(QKeySequence.StandardKey.New, self, self.new_referral)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.model.rowsInserted.connect(self._update_count)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.search.setFocus()

    def apply_search(self) -> None:
        self.timer.stop()
        status = self.status.currentData()
        self.model.set_filter(status, self.search.text())
        self.table.setColumnHidden(CourseTableModel.END, status in CourseTableModel.WITHOUT_END)
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
            text = self.tr("No courses match.")
        elif self.model.canFetchMore(QModelIndex()):
            text = self.tr("Showing the first %n course(s); scroll for more.", "", shown)
        else:
            text = self.tr("%n course(s).", "", shown)
        self.count.setText(text)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def open_selected(self) -> None:
        self.open_row(self.selected_row())

    def open_row(self, row: int) -> Any:
        uuid = self.model.uuid_at(row)
        return open_course(self.ctx, uuid, self) if uuid else None

    def new_referral(self) -> None:
        dialog = ReferralDialog(self.ctx, self)
        if dialog.exec() and dialog.created:
            open_course(self.ctx, dialog.created, self)
