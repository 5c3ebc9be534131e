"""The nurse's day as one keyboard-friendly list (app.services.today.worklist): CRP checks (D5/D6),
administrations per running course with the planned times of the doses left (sorted by
time), courses ending, referrals awaiting visitation and running acute episodes. Each row
names the citizen (masked CPR), the drug and the responsible department with its 24/7
phone (an episode: the treatment-responsible doctor and phone, D20); activating a row
gives its course or episode. The service decides each row's severity; here it only maps
to a colour: overdue red, waiting more than 12 hours amber, every dose given green."""

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

SECTIONS = ("crp", "administrations", "ending", "referrals", "acute")
#: a tile of Today (today_page.Tile.key) -> its section, and the rows it counts (None: all)
TILE_SECTIONS = {
    "crp": ("crp", "overdue"),
    "decisions": ("crp", "awaiting_decision"),
    "administrations": ("administrations", None),
    "referrals": ("referrals", None),
    "ending": ("ending", "past_planned_end"),
    "acute": ("acute", None),
}
KIND = Qt.ItemDataRole.UserRole + 2  # "episode" on an acute episode's row
SEVERITY = Qt.ItemDataRole.UserRole + 3  # the row's severity (app.domain.worklist)
RED, AMBER, BLUE, GREEN, GREY = "#b00020", "#8a5a00", "#1f5f8b", "#1b6e2d", "#777"
OVERDUE_BACKGROUND = "#fde7ea"
WAITING_BACKGROUND = "#fff4d6"
#: severity -> (text colour, background)
SEVERITY_COLOURS = {"overdue": (RED, OVERDUE_BACKGROUND), "waiting": (AMBER, WAITING_BACKGROUND)}
DEPARTMENT = 5
#: first widths, then at most this wide when the rows ask for more (the department stretches)
WIDTHS = (275, 165, 95, 140, 130, 160, 95)
CAPS = (330, 185, 110, 210, 190, 0, 120)
#: how far a column gives way for the department (0: never below its rows: CPR, phone)
FLOORS = (230, 150, 0, 140, 120, 0, 0)
# the rows a column's width is measured on: those in view and the next ones up to this
# many (Qt's resizeContentsPrecision, default 1000). On the bench store's 1,484 rows 300
# give the widths of all of them, in 9 ms instead of 29 ms of the start (issue #17).
MEASURED_ROWS = 300


class WorklistView(QTreeWidget):
    course_activated = Signal(str)
    episode_activated = Signal(str)

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
        for column, width in enumerate(WIDTHS):
            self.setColumnWidth(column, width)
        # the department gives way on a narrow screen: the phone stays in view
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DEPARTMENT, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(False)
        self.sections: dict[str, QTreeWidgetItem] = {}
        self._wanted: list[int] = []  # each column's width as its rows and heading ask
        self._moment: Any = None
        self._texts: dict[str, str] = {}
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if uuid and item.data(0, KIND) == "episode":
            self.episode_activated.emit(uuid)
        elif uuid:
            self.course_activated.emit(uuid)
        else:
            item.setExpanded(not item.isExpanded())

    # -- filling ----------------------------------------------------------------------------
    def show_worklist(self, work: Any) -> None:
        self._moment = work.moment
        self._texts = {
            "given": self.tr("{given} of {planned} given"),
            "times": self.tr("{given}: {times}"),  # the count first: a narrow column cuts the end
            "not_started": self.tr("treatment day {day}, not started"),
            "days": self.tr("treatment day {day} · municipal day {municipal}"),
        }
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
        self._section(
            "acute",
            self.tr("Acute episodes running"),
            [self._episode(i) for i in work.acute_episodes],
        )
        self._wanted = [
            min(cap, max(self.sizeHintForColumn(c), self.header().sectionSizeHint(c)))
            for c, cap in enumerate(CAPS)
        ]
        self._fit_columns()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Sensible widths (issue #12 item 6): each column as wide as its rows and heading
        ask, up to a cap; when that leaves the department less than its heading, the
        columns with room above their floor give way in proportion, so no heading is cut
        and the CPR and the phone stay whole."""
        if not self._wanted:
            return
        widths = list(self._wanted)
        hint = self.header().sectionSizeHint
        others = [c for c in range(len(widths)) if c != DEPARTMENT]
        floor = {c: max(hint(c), FLOORS[c] or widths[c]) for c in others}
        slack = {c: max(0, widths[c] - floor[c]) for c in others}
        excess = sum(widths[c] for c in others) + hint(DEPARTMENT) - self.viewport().width()
        spare = sum(slack.values())
        if excess > 0 and spare:
            for c in others:
                widths[c] -= min(slack[c], -(-excess * slack[c] // spare))
        for column in others:
            if self.columnWidth(column) != widths[column]:
                self.setColumnWidth(column, widths[column])

    def show_section(self, tile: str) -> QTreeWidgetItem | None:
        """A tile's list: its section open (the others folded), its first counted row
        selected and in view, the focus here. Returns that row (None: nothing to show)."""
        key, status = TILE_SECTIONS[tile]
        for name, head in self.sections.items():
            head.setExpanded(name == key)
        head = self.sections[key]
        first = None
        for index in range(head.childCount()):
            child = head.child(index)
            if child.data(0, Qt.ItemDataRole.UserRole) and (
                status is None or child.data(0, Qt.ItemDataRole.UserRole + 1) == status
            ):
                first = child
                break
        target = first or head
        self.setCurrentItem(target)
        self.scrollToItem(head, QAbstractItemView.ScrollHint.PositionAtTop)
        self.setFocus()
        return first

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

    def _row(
        self, what: str, days: str, ref: Any, colour: str = "", severity: str = "normal"
    ) -> QTreeWidgetItem:
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
        kind = (
            f"{voc.label(voc.COURSE_TYPES, ref.course_type)} · {voc.label(voc.PLACES, ref.place)}"
        )
        item.setToolTip(4, f"{ref.drug} · {kind}" if ref.drug else kind)  # the drug whole
        item.setToolTip(0, what)
        item.setToolTip(1, days)
        item.setToolTip(5, ref.department)
        if severity != "normal" or colour:
            self._colour(item, severity, colour)
        else:
            item.setData(0, SEVERITY, severity)
        return item

    def _colour(self, item: QTreeWidgetItem, severity: str, colour: str = "") -> None:
        item.setData(0, SEVERITY, severity)
        if severity in SEVERITY_COLOURS:
            colour, background = SEVERITY_COLOURS[severity]
            for column in range(self.columnCount()):
                item.setBackground(column, QBrush(QColor(background)))
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        if colour:
            item.setForeground(0, QBrush(QColor(colour)))

    def _crp(self, entry: Any) -> QTreeWidgetItem:
        if entry.status == "overdue":
            what = self.tr("Overdue since {date}").format(date=short_date_text(entry.due_date))
        elif entry.status == "due":
            what = self.tr("Due today")
        elif entry.waiting_since is not None and self._moment is not None:
            hours = int((self._moment - entry.waiting_since).total_seconds() // 3600)
            what = self.tr("Awaiting the decision for %n hour(s)", "", hours)
        else:
            what = self.tr("Awaiting the decision")
        days = self.tr("treatment day {day}").format(day=entry.treatment_day)
        if entry.accepted_after_day_3:
            days += self.tr(" (accepted after day 3)")
        item = self._row(what, days, entry.course, severity=entry.severity)
        item.setData(0, Qt.ItemDataRole.UserRole + 1, entry.status)
        return item

    def _administrations(self, entry: Any) -> QTreeWidgetItem:
        texts = self._texts  # translated once per fill: a day has ~1,300 such rows
        given = texts["given"].format(given=entry.given, planned=entry.doses_per_day)
        times = " · ".join(_clock_time(clock.local(t)) for t in entry.planned_times)
        what = texts["times"].format(times=times, given=given) if times else given
        if entry.municipal_day is None:
            days = texts["not_started"].format(day=entry.treatment_day)
        else:
            days = texts["days"].format(day=entry.treatment_day, municipal=entry.municipal_day)
        return self._row(
            what,
            days,
            entry.course,
            GREEN if entry.remaining == 0 else "",
            entry.severity,
        )

    def _ending(self, entry: Any) -> QTreeWidgetItem:
        end = self.tr("planned end {date}").format(date=short_date_text(entry.planned_end))
        what = (
            self.tr("Ends today")
            if entry.status == "ends_today"
            else self.tr("Past its planned end")
        )
        item = self._row(what, end, entry.course, severity=entry.severity)
        item.setData(0, Qt.ItemDataRole.UserRole + 1, entry.status)
        return item

    def _referral(self, entry: Any) -> QTreeWidgetItem:
        referred = clock.local(entry.referred_at)
        what = self.tr("Referred {date} {time}").format(
            date=short_date_text(referred.date()), time=f"{referred:%H:%M}"
        )
        days = self.tr("first dose {date} · {doses} in hospital").format(
            date=short_date_text(entry.first_dose_date), doses=entry.hospital_doses
        )
        return self._row(what, days, entry.course, severity=entry.severity)

    def _episode(self, entry: Any) -> QTreeWidgetItem:
        if entry.unit:
            what = self.tr("{unit}, place {number}").format(
                unit=entry.unit, number=entry.place_number
            )
        else:
            what = self.tr("At home")
        since = clock.local(entry.start_at)
        days = self.tr("since {date} · group {group}").format(
            date=short_date_text(since.date()), group=entry.target_group
        )
        if entry.expected_end is not None:
            days += self.tr(" · expected end {date}").format(
                date=short_date_text(entry.expected_end)
            )
        item = QTreeWidgetItem(
            [
                what,
                days,
                entry.cpr_masked,
                entry.citizen_name,
                "",
                entry.responsible_doctor,
                phone_text(entry.responsible_phone),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, entry.episode_uuid)
        item.setData(0, KIND, "episode")
        for column in (0, 1, 5):
            item.setToolTip(column, item.text(column))
        item.setToolTip(
            5, self.tr("Treatment-responsible doctor: {name}").format(name=entry.responsible_doctor)
        )
        self._colour(item, entry.severity)
        return item

    # -- reading (tests, and the count under the list) ---------------------------------------
    def rows(self, key: str) -> list[tuple[str, ...]]:
        head = self.sections[key]
        found = []
        for index in range(head.childCount()):
            child = head.child(index)
            if child.data(0, Qt.ItemDataRole.UserRole):
                found.append(tuple(child.text(c) for c in range(self.columnCount())))
        return found


def _clock_time(moment: Any) -> str:
    """``07:05``: as ``f"{moment:%H:%M}"``, without strftime (which imports ``time`` on
    every call, through PySide's import hook: ~1,300 rows a day)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"
