"""The day-3 CRP check (D5) and the conference with the responsible department (D6) in one
dialog: the value, and — in the same go or later — who was consulted, when, how, and the
decision. One service call: record_crp_and_decision stores the value and the decision
together or nothing (a refused decision leaves no value); a value awaiting its decision
(D6) gets it through record_decision ("Conference decision…")."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain import iv as rules
from app.services.iv import crp
from app.services.iv.crp import ConferenceInput, CrpInput
from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text, decimal_text, moment_text, now_wall_clock
from app.views.iv.course_form import CourseFormDialog
from app.views.widgets.form import FieldForm
from app.views.widgets.inputs import datetime_edit, moment_of, shown_moment

ENDING = {d.value for d in rules.Decision if d.ends_course is not None}  # D6


class CrpDialog(CourseFormDialog):
    def __init__(
        self, ctx: Any, course: Any, parent: QWidget | None = None, *, decision_only: bool = False
    ) -> None:
        super().__init__(ctx, course, parent)
        #: the CRP value the decision is about, once it is stored
        self.crp_uuid: str | None = course.open_crp_uuid if decision_only else None
        self.expected_version = self.version
        self.setWindowTitle(
            self.tr("Conference decision") if decision_only else self.tr("Record CRP")
        )
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._build_value())
        column.addWidget(self._build_conference())
        self.finish_layout(body)
        if decision_only:
            self.form.hide()
            self._value_stored(self._latest_value_text())

    def _build_value(self) -> QGroupBox:
        self.value_box = QGroupBox(self.tr("CRP value"))
        QVBoxLayout(self.value_box).addWidget(self.form)
        self.value = self.form.add("value", self.tr("CRP (mg/L)"), max_length=10)
        self.value.setMaximumWidth(120)
        self.measured = self.form.add(
            "measured_at", self.tr("Measured at"), datetime_edit(now_wall_clock())
        )
        self.method = self.form.add("method", self.tr("Method"), voc.combo(voc.CRP_METHODS))
        self.stored_note = QLabel()
        self.stored_note.setObjectName("crp_stored")
        self.stored_note.setStyleSheet("color: #1b6e2d;")
        self.stored_note.hide()
        self.value_box.layout().addWidget(self.stored_note)
        return self.value_box

    def _build_conference(self) -> QGroupBox:
        self.conference_box = QGroupBox(self.tr("&Conference with the responsible department"))
        self.conference_box.setCheckable(True)
        self.conference_box.setChecked(False)
        # mnemonics (Danish: Alt+K ticks the conference, Alt+M goes to whom, Alt+B to the
        # decision): a day-3 CRP and its decision by keyboard without walking every field
        column = QVBoxLayout(self.conference_box)
        self.conference = FieldForm()
        self.forms.append(self.conference)
        add = self.conference.add
        add("conference_with", self.tr("&With (name and role)"), QLineEdit()).setMaxLength(160)
        self.conference_at = add("conference_at", self.tr("When"), datetime_edit(now_wall_clock()))
        self.channel = add("channel", self.tr("How"), voc.combo(voc.CHANNELS))
        self.decision = add("decision", self.tr("&Decision"), voc.combo(voc.DECISIONS))
        # No default decision (issue #12): the nurse picks the one the hospital gave.
        self.decision.insertItem(0, self.tr("— choose the decision —"), "")
        self.decision.setCurrentIndex(0)
        self.note = add("note", self.tr("Note (e.g. the tablets)"), QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(56)
        column.addWidget(self.conference)
        hint = QLabel(
            self.tr(
                "Switching to tablets and readmission end the municipal course on the day "
                "of the conference."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #556;")
        column.addWidget(hint)
        return self.conference_box

    def _latest_value_text(self) -> str:
        latest = next((e for e in reversed(self.course.timeline) if e.kind == "crp"), None)
        if latest is None:
            return ""
        return self.tr("CRP {value} mg/L, measured {at}").format(
            value=decimal_text(latest.data.get("value", "")), at=moment_text(latest.at)
        )

    def _value_stored(self, text: str) -> None:
        """The value is in the store: from now on only the decision is recorded."""
        self.form.setEnabled(False)
        self.stored_note.setText(text)
        self.stored_note.show()
        self.conference_box.setChecked(True)
        self.conference_box.setCheckable(False)

    def wants_decision(self) -> bool:
        # a group box that is no longer checkable reports itself unchecked
        return self.conference_box.isChecked() or not self.conference_box.isCheckable()

    def conference_input(self) -> ConferenceInput:
        return ConferenceInput(
            conference_with=self.conference.text("conference_with"),
            conference_at=moment_of(self.conference_at),
            channel=self.channel.currentData(),
            decision=self.decision.currentData(),
            note=self.note.toPlainText(),
        )

    def confirmation(self) -> str | None:
        """Switching to tablets and readmission end the course (D6): the nurse confirms,
        with the hospital's plan in view (issue #12)."""
        if not self.wants_decision():
            return None
        code = self.decision.currentData()
        if code not in ENDING:
            return None
        plan = self.course.plan_oral_switch.strip() or self.tr("nothing written")
        return self.tr(
            "“{decision}” ends the municipal IV course on {day}.\n\n"
            "The hospital's plan: planned end {planned_end}; switch to tablets: {plan}.\n\n"
            "End the course with this decision? It can be taken back today."
        ).format(
            decision=self.decision.currentText(),
            day=date_text(shown_moment(self.conference_at).date()),
            planned_end=date_text(self.course.planned_end),
            plan=plan,
        )

    def store(self) -> Any:
        if self.crp_uuid is not None:  # a value awaiting its decision (D6)
            return crp.record_decision(
                self.ctx, self.crp_uuid, self.expected_version, self.conference_input()
            )
        # D5/D6: the value and, when given, the decision in one go — all or nothing
        done = crp.record_crp_and_decision(
            self.ctx,
            self.course.uuid,
            CrpInput(
                measured_at=moment_of(self.measured),
                value=self.value.text(),
                method=self.method.currentData(),
            ),
            self.conference_input() if self.wants_decision() else None,
            self.version,
        )
        self.crp_uuid = done.value
        return done
