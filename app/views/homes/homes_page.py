"""Nursing homes and their fixed doctors (OK22 Bilag 2): the list of homes with coverage
against the target (D30), each home's page, and the reports area (KLU list, coverage as
of 1 January, quarterly changes; made, viewed and marked sent)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.services.homes import figures
from app.views.components.gates import gate
from app.views.components.page import Page
from app.views.homes.home_dialog import HomeDialog
from app.views.homes.home_page import HomeView
from app.views.homes.homes_model import HomesTableModel
from app.views.homes.reports import ReportsPanel
from app.views.homes.tables import make_table


def selected(table: QTableView) -> Any:
    rows = table.selectionModel().selectedRows()
    model = table.model()
    return model.rows[rows[0].row()] if rows else None


class NursingHomesPage(Page):
    watches = frozenset({"nursing_home", "fixed_doctor", "resident", "home_report", "citizen"})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.snapshot: figures.Snapshot | None = None
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.title.setText(self.tr("Nursing homes"))
        self.tabs = QTabWidget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_tab())
        self.home = HomeView(self.ctx)
        self.stack.addWidget(self.home)
        self.tabs.addTab(self.stack, self.tr("Homes"))
        self.reports = ReportsPanel(self.ctx)
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.column.addWidget(self.tabs, 1)

    def _list_tab(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage_summary")
        self.coverage.setStyleSheet("font-size: 11pt;")
        column.addWidget(self.coverage)
        self.model = HomesTableModel(self._homes, self)
        self.table = make_table(self.model, "home_table", (180, 180, 60, 150, 340))
        column.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.new_button = QPushButton(self.tr("&New nursing home…"))
        gate(self.new_button, self.ctx, "homes.edit")  # issue #12: the reason in words
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        column.addLayout(bar)
        return box

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(lambda: self.open_row(self._selected_row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.new_button.clicked.connect(lambda: HomeDialog(self.ctx, parent=self).exec())
        self.home.back.connect(lambda: self.stack.setCurrentIndex(0))

    def _homes(self) -> list[Any]:
        self.snapshot = figures.snapshot(self.ctx, clock.today())
        return list(self.snapshot.homes)

    def reload(self) -> None:
        self.model.reload()
        self._show_coverage()
        if self.stack.currentIndex() == 1:
            self.home.reload()
        self.reports.reload()

    def _show_coverage(self) -> None:
        if self.snapshot is None:
            return
        c = self.snapshot.coverage
        text = self.tr(
            "<b>{covered} of {homes} homes</b> have a fixed doctor today: coverage "
            "<b>{percent} %</b> — target {target} % by {date}: {state}."
        ).format(
            covered=c.covered, homes=c.homes, percent=str(c.percent).replace(".", ","),
            target=str(c.target).replace(".", ","), date=c.target_date.strftime("%d.%m.%Y"),
            state=self.tr("met") if c.met else self.tr("not met"),
        )  # fmt: skip
        colour = "#1b6e3a" if c.met else "#b00020"
        self.coverage.setText(f"<span style='color:{colour}'>{text}</span>")

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def open_row(self, row: int) -> None:
        uuid = self.model.uuid_at(row)
        if uuid:
            self.open_home(uuid)

    def open_home(self, uuid: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.home.show_home(uuid)
        self.stack.setCurrentIndex(1)
