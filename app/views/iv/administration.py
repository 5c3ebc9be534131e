"""Record one administration (DIGEST §1.15): when, where, by whom, observations and vital
signs, complications. A 4th on one day or one outside 07:00–23:00 is refused by the core
until the nurse gives a reason (D16): the reason field then opens at the problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain import iv as rules
from app.domain.clock import COPENHAGEN
from app.services.iv.administrations import AdministrationInput, record_administration
from app.views.components import vocabulary as voc
from app.views.components.formatting import now_wall_clock
from app.views.iv.course_form import CourseFormDialog
from app.views.widgets.inputs import OptionalNumber, date_edit, date_of, time_edit, time_of


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return box


class AdministrationDialog(CourseFormDialog):
    def __init__(self, ctx: Any, course: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, course, parent)
        self.setWindowTitle(self.tr("Record administration"))
        self.setMinimumWidth(620)
        self._build_when()
        self._build_observations()
        self._build_complications()
        self.form.add("reason", self.tr("Reason for the exception"), max_length=300)
        self.form.set_row_visible("reason", False)
        self.finish_layout()
        self._connect_signals()
        self._update_hints()

    # -- construction -----------------------------------------------------------------------
    def _build_when(self) -> None:
        start, end = rules.proposed_times(now_wall_clock(), self.course.visit_minutes)
        self.day = self.form.add("day", self.tr("Date"), date_edit(start.date()))
        self.given_today = QLabel()
        self.given_today.setObjectName("given_on_day")
        self.given_today.setStyleSheet("color: #556;")
        self.form.add("given", self.tr("Already given that day"), self.given_today)
        self.start = time_edit(start.time())
        self.form.add("start", self.tr("Start"), _row(self.start))
        self.form.fields["start"] = self.start
        self.end = time_edit(end.time())
        self.next_day = QLabel(self.tr("(the next day)"))
        self.form.add("end", self.tr("End"), _row(self.end, self.next_day))
        self.form.fields["end"] = self.end
        self.place = self.form.add(
            "place", self.tr("Place"), voc.combo(voc.PLACES, self.course.place)
        )
        self.form.add("performing_unit", self.tr("Given by (team or unit)"), max_length=120)
        nurse = self.form.add("nurse", self.tr("Nurse (initials)"), max_length=12)
        nurse.setPlaceholderText(self.ctx.initials)

    def _build_observations(self) -> None:
        self.observations = self.form.add("observations", self.tr("Observations"), QPlainTextEdit())
        self.observations.setTabChangesFocus(True)
        self.observations.setFixedHeight(64)
        self.temperature = QLineEdit()
        self.temperature.setMaximumWidth(70)
        self.pulse = OptionalNumber(300, self.tr(" /min"))
        self.systolic = OptionalNumber(300)
        self.diastolic = OptionalNumber(250)
        self.spo2 = OptionalNumber(100, " %")
        self.form.add("temperature", self.tr("Temperature (°C)"), _row(self.temperature))
        self.form.fields["temperature"] = self.temperature
        self.form.add("pulse", self.tr("Pulse"), self.pulse)
        self.form.add(
            "bp_systolic",
            self.tr("Blood pressure (sys/dia)"),
            _row(self.systolic, QLabel("/"), self.diastolic),
        )
        self.form.fields["bp_systolic"] = self.systolic
        self.form.fields["bp_diastolic"] = self.diastolic
        self.form.errors["bp_diastolic"] = self.form.errors["bp_systolic"]
        self.form.add("spo2", self.tr("Saturation (SpO2)"), self.spo2)

    def _build_complications(self) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.complications: dict[str, QCheckBox] = {}
        for index, code in enumerate(voc.COMPLICATIONS):
            check = QCheckBox(voc.label(voc.COMPLICATIONS, code))
            check.setObjectName(f"complication_{code}")
            self.complications[code] = check
            grid.addWidget(check, index // 2, index % 2)
        self.form.add("complications", self.tr("Complications"), box)
        self.form.add("complication_text", self.tr("Complication, described"), max_length=300)

    def _connect_signals(self) -> None:
        self.day.dateChanged.connect(self._update_hints)
        self.start.timeChanged.connect(self._update_hints)
        self.end.timeChanged.connect(self._update_hints)

    # -- behaviour --------------------------------------------------------------------------
    def _update_hints(self, *_args: Any) -> None:
        self.next_day.setVisible(time_of(self.end) < time_of(self.start))
        day = date_of(self.day)
        times = [
            e.data.get("start", "")
            for e in self.course.timeline
            if e.kind == "administration" and e.at.astimezone(COPENHAGEN).date() == day
        ]
        self.given_today.setText(
            self.tr("%n: {times}", "", len(times)).format(times=", ".join(times))
            if times
            else self.tr("none")
        )

    def moments(self) -> tuple[dt.datetime, dt.datetime]:
        """Start and end as Copenhagen wall-clock times; an end before the start is taken to
        be the next morning (an infusion over midnight)."""
        day = date_of(self.day)
        start = dt.datetime.combine(day, time_of(self.start))
        end = dt.datetime.combine(day, time_of(self.end))
        if end < start:
            end += dt.timedelta(days=1)
        return start, end

    def input(self) -> AdministrationInput:
        start, end = self.moments()
        return AdministrationInput(
            start=start,
            end=end,
            place=self.place.currentData(),
            performing_unit=self.form.text("performing_unit"),
            observations=self.observations.toPlainText(),
            temperature=self.temperature.text().strip() or None,
            pulse=self.pulse.number(),
            bp_systolic=self.systolic.number(),
            bp_diastolic=self.diastolic.number(),
            spo2=self.spo2.number(),
            complications=tuple(c for c, box in self.complications.items() if box.isChecked()),
            complication_text=self.form.text("complication_text"),
            exception_reason=self.form.text("reason"),
            nurse_initials=self.form.text("nurse"),
        )

    def show_problems(self, problems: Iterable[Any]) -> list[str]:
        problems = list(problems)
        if any(p.field == "reason" for p in problems):
            self.form.set_row_visible("reason", True)
        return super().show_problems(problems)

    def store(self) -> Any:
        return record_administration(self.ctx, self.course.uuid, self.input())
