"""Today: the nurse's day. Until the IV-course module lands it shows the store at a glance
and says plainly that the work list is coming."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.services import overview
from app.views.pages.base import Page


def card(title: str, value: str, note: str = "") -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet(
        "QFrame { background: #f7f9fb; border: 1px solid #d5dde5; border-radius: 6px; }"
        "QLabel { border: none; }"
    )
    grid = QGridLayout(frame)
    caption = QLabel(title)
    caption.setStyleSheet("color: #4a5a6a;")
    number = QLabel(value)
    number.setObjectName("card_value")
    number.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f3b57;")
    grid.addWidget(caption, 0, 0)
    grid.addWidget(number, 1, 0)
    if note:
        extra = QLabel(note)
        extra.setWordWrap(True)
        extra.setStyleSheet("color: #8a5a00;")
        grid.addWidget(extra, 2, 0)
    return frame


class TodayPage(Page):
    watches = frozenset({"citizen", "hospital_unit", "department", "municipality"})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build_ui()
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
        coming = QLabel(
            self.tr(
                "<p><b>The day's work list is not here yet.</b> Administrations due, day-3 CRP checks "
                "(due and overdue), courses ending and referrals awaiting visitation will be listed on "
                "this page when the IV-course module is in place.</p>"
            )
        )
        coming.setObjectName("worklist_notice")
        coming.setWordWrap(True)
        coming.setTextFormat(Qt.TextFormat.RichText)
        coming.setStyleSheet("font-size: 11pt; color: #333; margin-top: 12px;")
        self.column.addWidget(coming)
        self.column.addStretch(1)

    def reload(self) -> None:
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
