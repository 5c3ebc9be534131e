"""The nurse's day as one keyboard-friendly list (app.services.today.worklist): CRP checks (D5/D6,
overdue in red), administrations per running course (D4 days), courses ending, and
referrals awaiting visitation. Each row names the citizen (masked CPR), the drug and the
responsible department with its 24/7 phone; activating a row gives its course."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.domain import clock
from app.views.components import vocabulary as voc
from app.views.components.formatting import phone_text, short_date_text

SECTIONS = ("crp", "administrations", "ending", "referrals")
RED, AMBER, BLUE, GREEN, GREY = "#b00020", "#8a5a00", "#1f5f8b", "#1b6e2d", "#777"
OVERDUE_BACKGROUND = "#fde7ea"
DEPARTMENT = 5


class WorklistView(QTreeWidget):
    course_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklist")
        self.setAccessibleName(self.tr("Work list"))
        self.setHeaderLabels(
            [
                self.tr("What"),
                self.tr("Details"),
                self.tr("CPR"),
                self.tr("Name"),
                self.tr("Drug"),
                self.tr("Responsible department"),
                self.tr("24/7 phone"),
            ]
        )
        for column, width in enumerate((220, 160, 95, 155, 155, 160, 95)):
            self.setColumnWidth(column, width)
        # the department gives way on a narrow screen: the phone stays in view
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DEPARTMENT, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(False)
        self.sections: dict[str, QTreeWidgetItem] = {}
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if uuid:
            self.course_activated.emit(uuid)
        else:
            item.setExpanded(not item.isExpanded())

    # -- filling ----------------------------------------------------------------------------
    def show_worklist(self, work: Any) -> None:
        self.clear()
        self.sections = {}
        self._section("crp", self.tr("CRP checks"), [self._crp(i) for i in work.crp_checks])
        self._section(
            "administrations",
            self.tr("Administrations"),
            [self._administrations(i) for i in work.administrations],
        )
        self._section(
            "ending", self.tr("Courses ending"), [self._ending(i) for i in work.courses_ending]
        )
        self._section(
            "referrals",
            self.tr("Referrals awaiting visitation"),
            [self._referral(i) for i in work.referrals],
        )

    def _section(self, key: str, title: str, rows: list[QTreeWidgetItem]) -> None:
        head = QTreeWidgetItem([f"{title} ({len(rows)})"])
        head.setData(0, Qt.ItemDataRole.UserRole + 1, key)
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        head.setFirstColumnSpanned(True)
        self.addTopLevelItem(head)
        head.setFirstColumnSpanned(True)
        if not rows:
            empty = QTreeWidgetItem([self.tr("Nothing on this day")])
            empty.setForeground(0, QBrush(QColor(GREY)))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            rows = [empty]
        head.addChildren(rows)
        head.setExpanded(True)
        self.sections[key] = head

    def _row(self, what: str, days: str, ref: Any, colour: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                what,
                days,
                ref.cpr_masked,
                ref.citizen_name,
                ref.drug,
                ref.department,
                phone_text(ref.department_phone),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, ref.course_uuid)
        item.setToolTip(
            4,
            f"{voc.label(voc.COURSE_TYPES, ref.course_type)} · {voc.label(voc.PLACES, ref.place)}",
        )
        for column in (0, 1, 5):
            item.setToolTip(column, item.text(column))
        if colour:
            item.setForeground(0, QBrush(QColor(colour)))
        return item

    def _crp(self, entry: Any) -> QTreeWidgetItem:
        if entry.status == "overdue":
            what = self.tr("Overdue since {date}").format(date=short_date_text(entry.due_date))
        elif entry.status == "due":
            what = self.tr("Due today")
        else:
            what = self.tr("Awaiting the decision")
        days = self.tr("treatment day {day}").format(day=entry.treatment_day)
        if entry.accepted_after_day_3:
            days += self.tr(" (accepted after day 3)")
        colour = {"overdue": RED, "due": AMBER}.get(entry.status, BLUE)
        item = self._row(what, days, entry.course, colour)
        if entry.status == "overdue":
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            for column in range(self.columnCount()):
                item.setBackground(column, QBrush(QColor(OVERDUE_BACKGROUND)))
        item.setData(0, Qt.ItemDataRole.UserRole + 1, entry.status)
        return item

    def _administrations(self, entry: Any) -> QTreeWidgetItem:
        what = self.tr("{given} of {planned} given").format(
            given=entry.given, planned=entry.doses_per_day
        )
        if entry.municipal_day is None:
            days = self.tr("treatment day {day}, not started").format(day=entry.treatment_day)
        else:
            days = self.tr("treatment day {day} · municipal day {municipal}").format(
                day=entry.treatment_day, municipal=entry.municipal_day
            )
        return self._row(what, days, entry.course, GREEN if entry.remaining == 0 else "")

    def _ending(self, entry: Any) -> QTreeWidgetItem:
        end = self.tr("planned end {date}").format(date=short_date_text(entry.planned_end))
        if entry.status == "ends_today":
            return self._row(self.tr("Ends today"), end, entry.course, AMBER)
        return self._row(self.tr("Past its planned end"), end, entry.course, RED)

    def _referral(self, entry: Any) -> QTreeWidgetItem:
        referred = clock.local(entry.referred_at)
        what = self.tr("Referred {date} {time}").format(
            date=short_date_text(referred.date()), time=f"{referred:%H:%M}"
        )
        days = self.tr("first dose {date} · {doses} in hospital").format(
            date=short_date_text(entry.first_dose_date), doses=entry.hospital_doses
        )
        return self._row(what, days, entry.course, AMBER)

    # -- reading (tests, and the count under the list) ---------------------------------------
    def rows(self, key: str) -> list[tuple[str, ...]]:
        head = self.sections[key]
        found = []
        for index in range(head.childCount()):
            child = head.child(index)
            if child.data(0, Qt.ItemDataRole.UserRole):
                found.append(tuple(child.text(c) for c in range(self.columnCount())))
        return found
