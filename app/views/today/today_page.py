"""Today: what to do first — tiles counting what is due now (overdue CRP checks, decisions
waiting and for how long, doses in the next two hours, referrals to visitate, courses past
their planned end, running acute episodes, free acute places), each opening its list; the
meaning of the colours; then the work list for a date (today unless another is picked)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.kinds import KINDS
from app.domain.worklist import worst
from app.services.today import overview
from app.services.today.worklist import DUE_AHEAD, worklist
from app.views.components import documents
from app.views.components.page import Page
from app.views.today.worklist import WorklistView
from app.views.widgets.inputs import date_edit, date_of, qdate

DAY_LIST_MODULE = "app.services.today.daylist"


#: severity (app.domain.worklist.Severity) -> (text colour, background, border)
TILE_COLOURS = {
    "overdue": ("#b00020", "#fde7ea", "#e3a1ab"),
    "waiting": ("#8a5a00", "#fff4d6", "#e0b84f"),
    "normal": ("#1f3b57", "#f7f9fb", "#d5dde5"),
}


def tile_severities(work: Any) -> dict[str, list[str]]:
    """The severities of the rows each tile counts (the service decides them)."""
    soon = work.moment + DUE_AHEAD
    return {
        "crp_overdue": [c.severity for c in work.crp_checks if c.status == "overdue"],
        "decisions": [c.severity for c in work.crp_checks if c.status == "awaiting_decision"],
        "administrations": [
            a.severity
            for a in work.administrations
            if a.planned_times and a.planned_times[0] <= soon
        ],
        "referrals": [r.severity for r in work.referrals],
        "ending": [e.severity for e in work.courses_ending if e.status == "past_planned_end"],
        "acute": [a.severity for a in work.acute_episodes],
    }


class Tile(QPushButton):
    """One of Today's counts; clicked (or Space), it opens its list."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        grid = QVBoxLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setSpacing(1)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = QLabel("0")
        self.value.setObjectName("tile_value")
        self.note = QLabel()
        self.note.setObjectName("tile_note")
        for label in (self.caption, self.value, self.note):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            grid.addWidget(label)
        self.show_count(0)

    def show_count(self, value: int | str, note: str = "", severity: str = "normal") -> None:
        self.value.setText(str(value))
        self.note.setText(note)
        self.severity = severity
        colour, background, border = TILE_COLOURS[severity]
        self.setAccessibleName(f"{self.caption.text()}: {value} {note}".strip())
        self.setStyleSheet(
            f"QPushButton {{ background: {background}; border: 1px solid {border}; "
            "border-radius: 6px; text-align: left; }"
            f"QPushButton:focus {{ border: 2px solid {colour}; }}"
            "QLabel { border: none; background: transparent; }"
        )
        self.caption.setStyleSheet("color: #4a5a6a;")
        self.value.setStyleSheet(f"font-size: 16pt; font-weight: 600; color: {colour};")
        self.note.setStyleSheet(f"color: {colour};")


class TodayPage(Page):
    # the store's figures, and the case of each kind Today lists (app.domain.kinds: today)
    watches = frozenset(
        {"citizen", "hospital_unit", "department", "municipality", "acute_unit"}
    ) | {kind.records[0] for kind in KINDS if kind.today}

    def __init__(self, ctx: Any, parent: QWidget | None = None, data: Any = None) -> None:
        """``data``: :meth:`fetch`'s result, read off the GUI thread at start-up."""
        super().__init__(ctx, parent)
        self._build_ui()
        self._connect_signals()
        if data is None:
            self.reload()
        else:
            self.show_overview(*data)
            self.load_worklist()

    @staticmethod
    def fetch(ctx: Any) -> tuple[overview.Overview, Any]:
        """What the page shows first: the overview and today's work list (the tiles'
        counts are the list's). The window's start-up calls it in the background."""
        head = overview.today_overview(ctx)
        return head, worklist(ctx, head.today)

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
        self.column.addLayout(self._build_tiles())
        self.legend = QLabel(
            self.tr(
                "<span style='color:#b00020'>■ Red</span>: too late — a CRP check past its "
                "day, a dose more than an hour past its time, a course past its planned end. "
                "<span style='color:#8a5a00'>■ Amber</span>: waiting more than 12 hours for "
                "a decision or a visitation. "
                "<span style='color:#1b6e2d'>■ Green</span>: the day's doses are given."
            )
        )
        self.legend.setObjectName("today_legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #4a5a6a;")
        self.column.addWidget(self.legend)
        self.ean_note = QLabel()
        self.ean_note.setObjectName("ean_note")
        self.ean_note.setWordWrap(True)
        self.ean_note.setStyleSheet("color: #8a5a00;")
        self.column.addWidget(self.ean_note)
        self.column.addLayout(self._build_bar())
        self.worklist = WorklistView()
        self.column.addWidget(self.worklist, 1)

    def _build_tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        captions = {
            "crp": self.tr("CRP checks overdue"),
            "decisions": self.tr("Decisions waiting"),
            "administrations": self.tr("Doses in the next 2 hours"),
            "referrals": self.tr("Referrals to visitate"),
            "ending": self.tr("Past the planned end"),
            "acute": self.tr("Acute episodes running"),
            "places": self.tr("Free acute places"),
        }
        self.tiles = {key: Tile(key, caption) for key, caption in captions.items()}
        for tile in self.tiles.values():
            tile.clicked.connect(lambda _=False, key=tile.key: self.open_tile(key))
            row.addWidget(tile)
        return row

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
        self.worklist.episode_activated.connect(self.open_episode)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_day_list)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)

    def reload(self) -> None:
        self.load_overview()
        self.load_worklist()

    def selected_date(self) -> dt.date:
        return date_of(self.day)

    def load_worklist(self, work: Any = None) -> None:
        on = self.selected_date()
        day = QDate(on.year, on.month, on.day)
        self.list_title.setText(
            self.tr("Work list for {date}").format(date=QLocale().toString(day, "dddd d. MMMM"))
        )
        if work is None or work.date != on:
            work = self.now if self.now.date == on else worklist(self.ctx, on)
        self.worklist.show_worklist(work)

    def open_tile(self, key: str) -> None:
        """Its list: the section of today's work list, or the board of the acute places."""
        if key == "places":
            self.open_places()
            return
        if self.selected_date() != self.now.date:
            self.day.setDate(qdate(self.now.date))
        self.worklist.show_section(key)

    def open_places(self) -> Any:
        window = self.window()
        show_page = getattr(window, "show_page", None)
        page = show_page("episodes") if show_page else None
        if page is not None:
            page.tabs.setCurrentWidget(page.board)
        return page

    def open_course(self, uuid: str) -> Any:
        # lazy: start-up (Today is shown before the course window's modules load)
        from app.views.iv.course_window import open_course

        return open_course(self.ctx, uuid, self)

    def open_episode(self, uuid: str) -> Any:
        # lazy: start-up (Today is shown before the episode window's modules load)
        from app.views.acute.episode_window import open_episode

        return open_episode(self.ctx, uuid, self)

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
        self.show_overview(*self.fetch(self.ctx))

    def show_overview(self, data: overview.Overview, now: Any) -> None:
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
        missing = ", ".join(data.units_without_ean)
        self.ean_note.setText(
            self.tr("No EAN yet: {units} — enter it under Administration before invoicing.").format(
                units=missing
            )
            if missing and data.invoices
            else ""
        )
        self.ean_note.setVisible(bool(self.ean_note.text()))
        self.now = now
        self.show_tiles(self.now)

    def show_tiles(self, work: Any) -> None:
        counts, at = work.tiles, work.moment
        rows = tile_severities(work)
        waited = ""
        if counts.decisions_waiting_since is not None:
            hours = int((at - counts.decisions_waiting_since).total_seconds() // 3600)
            waited = self.tr("longest %n hour(s)", "", hours)
        late = (
            self.tr("%n overdue", "", counts.administrations_overdue)
            if counts.administrations_overdue
            else ""
        )
        self.tiles["crp"].show_count(counts.crp_overdue, "", worst(rows["crp_overdue"]))
        self.tiles["decisions"].show_count(
            counts.decisions_waiting, waited, worst(rows["decisions"])
        )
        self.tiles["administrations"].show_count(
            counts.administrations_due, late, worst(rows["administrations"])
        )
        self.tiles["referrals"].show_count(counts.referrals, "", worst(rows["referrals"]))
        self.tiles["ending"].show_count(counts.past_planned_end, "", worst(rows["ending"]))
        self.tiles["acute"].show_count(counts.acute_running, "", worst(rows["acute"]))
        self.tiles["places"].show_count(
            counts.acute_free_places,
            self.tr("of %n place(s)", "", counts.acute_places),
            "overdue" if counts.acute_places and not counts.acute_free_places else "normal",
        )
