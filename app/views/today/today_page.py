"""Today: the nurse's day — the store at a glance, then the work list for a date (today
unless another is picked): CRP checks, administrations, courses ending, referrals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.domain import clock
from app.domain.kinds import KINDS
from app.services.today import overview
from app.services.today.worklist import worklist
from app.views.components import documents
from app.views.components.page import Page
from app.views.iv.course_window import open_course
from app.views.today.worklist import WorklistView
from app.views.widgets.inputs import date_edit, date_of, qdate

DAY_LIST_MODULE = "app.services.today.daylist"


def card(title: str, value: str, note: str = "") -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet(
        "QFrame { background: #f7f9fb; border: 1px solid #d5dde5; border-radius: 6px; }"
        "QLabel { border: none; }"
    )
    grid = QGridLayout(frame)
    grid.setContentsMargins(10, 6, 10, 6)
    grid.setVerticalSpacing(2)
    caption = QLabel(title)
    caption.setStyleSheet("color: #4a5a6a;")
    number = QLabel(value)
    number.setObjectName("card_value")
    number.setStyleSheet("font-size: 16pt; font-weight: 600; color: #1f3b57;")
    grid.addWidget(caption, 0, 0)
    grid.addWidget(number, 1, 0)
    if note:
        extra = QLabel(note)
        extra.setWordWrap(True)
        extra.setStyleSheet("color: #8a5a00;")
        grid.addWidget(extra, 2, 0)
    return frame


class TodayPage(Page):
    # the store's figures, and the case of each kind Today lists (app.domain.kinds: today)
    watches = frozenset({"citizen", "hospital_unit", "department", "municipality"}) | {
        kind.records[0] for kind in KINDS if kind.today
    }

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("font-size: 11pt; color: #4a5a6a;")
        self.column.addWidget(self.subtitle)
        self.demo_banner = QLabel(
            self.tr(
                "Demo store: every citizen here is fictitious, and so are "
                "the EAN numbers marked as such."
            )
        )
        self.demo_banner.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0b84f; padding: 6px;"
        )
        self.column.addWidget(self.demo_banner)
        self.cards = QGridLayout()
        self.column.addLayout(self.cards)
        self.column.addLayout(self._build_bar())
        self.worklist = WorklistView()
        self.column.addWidget(self.worklist, 1)

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.list_title = QLabel()
        self.list_title.setObjectName("worklist_title")
        self.list_title.setStyleSheet("font-size: 13pt; font-weight: 600; color: #1f3b57;")
        self.day = date_edit(clock.today())
        self.day.setObjectName("worklist_date")
        self.day.setAccessibleName(self.tr("Date of the work list"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.print_button = QPushButton(self.tr("&Print day list…"))
        self.print_button.setEnabled(documents.available(DAY_LIST_MODULE))
        if not self.print_button.isEnabled():
            self.print_button.setToolTip(self.tr("The day list is not available yet."))
        caption = QLabel(self.tr("&Date:"))
        caption.setBuddy(self.day)
        bar.addWidget(self.list_title)
        bar.addStretch(1)
        for widget in (caption, self.day, self.today_button, self.print_button):
            bar.addWidget(widget)
        return bar

    def _connect_signals(self) -> None:
        self.day.dateChanged.connect(lambda _d: self.load_worklist())
        self.today_button.clicked.connect(lambda: self.day.setDate(qdate(clock.today())))
        self.print_button.clicked.connect(self.print_day_list)
        self.worklist.course_activated.connect(self.open_course)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_day_list)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)

    def reload(self) -> None:
        self.load_overview()
        self.load_worklist()

    def selected_date(self) -> dt.date:
        return date_of(self.day)

    def load_worklist(self) -> None:
        on = self.selected_date()
        day = QDate(on.year, on.month, on.day)
        self.list_title.setText(
            self.tr("Work list for {date}").format(date=QLocale().toString(day, "dddd d. MMMM"))
        )
        self.worklist.show_worklist(worklist(self.ctx, on))

    def open_course(self, uuid: str) -> Any:
        return open_course(self.ctx, uuid, self)

    def showEvent(self, event: Any) -> None:
        """The work list has the focus (issue #12): arrows and Enter open a course."""
        super().showEvent(event)
        self.worklist.setFocus()

    def print_day_list(self) -> None:
        if not self.print_button.isEnabled():
            return
        make = documents.maker(DAY_LIST_MODULE, "day_list_pdf")
        if make is None:
            self.print_button.setEnabled(False)
            return
        on = self.selected_date()
        path = documents.ask_path(
            self,
            self.tr("Save day list"),
            self.tr("day-list-{date}.pdf").format(date=f"{on:%Y-%m-%d}"),
        )
        if path:
            ctx = self.ctx
            documents.export(self, lambda: make(ctx, on), path, self.tr("Making the day list…"))

    def load_overview(self) -> None:
        data = overview.today_overview(self.ctx)
        day = QDate(data.today.year, data.today.month, data.today.day)
        self.title.setText(
            self.tr("Today, {date}").format(date=QLocale().toString(day, "dddd d. MMMM yyyy"))
        )
        self.subtitle.setText(
            self.tr("{municipality} — signed in as {user}").format(
                municipality=data.municipality, user=data.user
            )
        )
        self.demo_banner.setVisible(data.demo)
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        locale = QLocale()
        missing = ", ".join(data.units_without_ean)
        self.cards.addWidget(
            card(self.tr("Citizens registered"), locale.toString(data.citizens)), 0, 0
        )
        self.cards.addWidget(
            card(
                self.tr("Hospital units"),
                locale.toString(data.units),
                self.tr(
                    "No EAN yet: {units} — enter it under Administration before invoicing."
                ).format(units=missing)
                if missing
                else "",
            ),
            0,
            1,
        )
        self.cards.addWidget(
            card(self.tr("Hospital departments"), locale.toString(data.departments)), 0, 2
        )
