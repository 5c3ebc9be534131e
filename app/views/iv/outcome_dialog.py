"""The outcome of an ended course and a readmission after it (issue #14 item 3;
app/domain/outcomes.py): the NORS outcome, each value defined in the tooltip, and the date
of a readmission within 30 days after the course's last day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from app.domain import clock
from app.services.iv import outcomes
from app.views.components import vocabulary as voc
from app.views.iv.course_form import CourseFormDialog
from app.views.widgets.inputs import date_edit, date_of

#: the four outcomes, one line each (the definitions of app/domain/outcomes.py)
DEFINITIONS = (
    QT_TRANSLATE_NOOP(
        "OutcomeDialog",
        "Success: completed at home as planned, no readmission for the infection or the treatment.",
    ),
    QT_TRANSLATE_NOOP(
        "OutcomeDialog",
        "Partial success: completed at home, but the drug, the access or the length had to "
        "change, or readmitted for an unrelated reason.",
    ),
    QT_TRANSLATE_NOOP(
        "OutcomeDialog",
        "Failure: readmitted because the infection got worse or the treatment harmed, or "
        "died of it.",
    ),
    QT_TRANSLATE_NOOP(
        "OutcomeDialog",
        "Indeterminate: cannot be judged (moved away, lost to follow-up, stopped for an "
        "unrelated reason).",
    ),
)


def outcome_tooltip() -> str:
    return "\n".join(QCoreApplication.translate("OutcomeDialog", d) for d in DEFINITIONS)


def outcome_combo(current: str = "") -> QComboBox:
    """The outcome to choose ("Not recorded yet" first), its definitions in the tooltip."""
    box = voc.combo(voc.OUTCOMES, current)
    box.setToolTip(outcome_tooltip())
    return box


class OutcomeDialog(CourseFormDialog):
    """Set or change the outcome and the readmission of an ended course (on its version)."""

    def __init__(self, ctx: Any, course: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, course, parent)
        self.setWindowTitle(self.tr("Outcome and readmission"))
        self.outcome = self.form.add(
            "outcome", self.tr("&Outcome"), outcome_combo(course.outcome or "")
        )
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.readmitted = QCheckBox(self.tr("&Readmitted on"))
        self.readmitted.setObjectName("readmitted")
        end = course.end_date or clock.today()
        self.day = date_edit(course.readmitted_on or min(end, clock.today()))
        self.readmitted.setChecked(course.readmitted_on is not None)
        self.day.setEnabled(self.readmitted.isChecked())
        self.readmitted.toggled.connect(self.day.setEnabled)
        line.addWidget(self.readmitted)
        line.addWidget(self.day, 1)
        self.form.add("readmitted_on", self.tr("Within 30 days after the end"), row)
        self.finish_layout()

    def readmission(self) -> dt.date | None:
        return date_of(self.day) if self.readmitted.isChecked() else None

    def store(self) -> Any:
        return outcomes.record_follow_up(
            self.ctx,
            self.course.uuid,
            self.version,
            self.outcome.currentData(),
            self.readmission(),
        )
