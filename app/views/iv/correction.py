"""Taking back a conference decision or a course's end recorded by mistake (issue #12):
the dialog says what will happen, asks for the reason (required when someone else recorded
it — the service decides that, app/services/iv/corrections.py) and keeps it in the audit."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.iv import corrections
from app.views.iv.course_form import CourseFormDialog


class CorrectionDialog(CourseFormDialog):
    def __init__(self, ctx: Any, course: Any, offer: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, course, parent)
        self.offer = offer
        if offer.action == "correct_decision":
            self.setWindowTitle(self.tr("Take back the conference decision"))
            effect = (
                self.tr(
                    "The decision is taken back and the course runs again; the CRP value "
                    "stays and awaits a new decision."
                )
                if offer.ends_course
                else self.tr("The decision is taken back; the CRP value awaits a new decision.")
            )
        else:
            self.setWindowTitle(self.tr("Reopen the course"))
            effect = self.tr("The end is taken back and the course runs again.")
        text = QLabel(
            effect
            + "\n"
            + self.tr("Nothing is deleted: what was recorded stays in the audit trail.")
        )
        text.setObjectName("correction_effect")
        text.setWordWrap(True)
        label = (
            self.tr("Why (required: someone else recorded it)")
            if offer.needs_reason
            else self.tr("Why (optional)")
        )
        self.reason = self.form.add("reason", label, QPlainTextEdit())
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(text)
        column.addWidget(self.form)
        self.finish_layout(body)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Take back"))
        self.reason.setFocus()

    def store(self) -> Any:
        reason = self.reason.toPlainText()
        if self.offer.action == "correct_decision":
            return corrections.correct_decision(self.ctx, self.offer.crp_uuid, self.version, reason)
        return corrections.correct_end(self.ctx, self.course.uuid, self.version, reason)
