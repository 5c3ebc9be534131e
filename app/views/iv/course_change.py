"""Changing a course as a whole: its type from a date (D1), and its end with a reason (D7)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from app.domain import clock
from app.services.iv import courses
from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text
from app.views.iv.course_form import CourseFormDialog
from app.views.iv.outcome_dialog import outcome_combo
from app.views.widgets.inputs import date_edit, date_of


class TypeChangeDialog(CourseFormDialog):
    def __init__(self, ctx: Any, course: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, course, parent)
        self.setWindowTitle(self.tr("Change course type"))
        self.form.add(
            "current", self.tr("Type now"), QLabel(voc.label(voc.COURSE_TYPES, course.course_type))
        )
        self.to_type = self.form.add(
            "course_type",
            self.tr("New type"),
            voc.combo(voc.COURSE_TYPES, skip=(course.course_type,)),
        )
        self.effective = self.form.add(
            "effective_date", self.tr("From (date)"), date_edit(clock.today())
        )
        self.form.add("reason", self.tr("Why (e.g. pump removed)"), max_length=200)
        self.finish_layout()

    def store(self) -> Any:
        return courses.change_course_type(
            self.ctx,
            self.course.uuid,
            self.version,
            self.to_type.currentData(),
            date_of(self.effective),
            self.form.text("reason"),
        )


class EndCourseDialog(CourseFormDialog):
    def __init__(self, ctx: Any, course: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, course, parent)
        self.setWindowTitle(self.tr("End course"))
        self.end = self.form.add("end_date", self.tr("Last day"), date_edit(clock.today()))
        self.reason = self.form.add("end_reason", self.tr("Reason"), voc.combo(voc.END_REASONS))
        self.text = self.form.add(
            "end_text", self.tr("Description (required for other)"), QPlainTextEdit()
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(80)
        # issue #14: optional here, or later from the course window
        self.outcome = self.form.add("outcome", self.tr("Outcome (NORS)"), outcome_combo())
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&End course"))

    def confirmation(self) -> str | None:
        """Ending a course is confirmed with the hospital's plan in view (issue #12)."""
        return self.tr(
            "End the course with {day} as its last day ({reason})?\n\n"
            "The hospital's plan: planned end {planned_end}.\n\n"
            "It can be taken back today."
        ).format(
            day=date_text(date_of(self.end)),
            reason=self.reason.currentText(),
            planned_end=date_text(self.course.planned_end),
        )

    def store(self) -> Any:
        return courses.end_course(
            self.ctx,
            self.course.uuid,
            self.version,
            date_of(self.end),
            self.reason.currentData(),
            self.text.toPlainText(),
            self.outcome.currentData(),
        )
