"""A fixed doctor for a home or a section: start, change of details, and termination with
its effective date shown before the user confirms (D32: 3 months' notice to the end of a
quarter)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QWidget

from app.domain import clock
from app.services.homes import arrangements
from app.services.homes.arrangements import ArrangementInput, ChangeInput
from app.views.components.formatting import date_text
from app.views.homes.home_dialog import FormDialog
from app.views.widgets.inputs import date_edit, date_of


class ArrangementDialog(FormDialog):
    """New (``row`` None) or a change of the doctor's details (``row`` = the arrangement)."""

    def __init__(self, ctx: Any, page: Any, row: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page, self.row = page, row
        self.setWindowTitle(self.tr("Fixed doctor") if row else self.tr("New fixed doctor"))
        self.section = QComboBox()
        self.section.addItem(self.tr("Whole home"), "")
        for s in page.sections:
            self.section.addItem(s.name, s.uuid)
        self.form.add("section", self.tr("Home or section"), self.section)
        self.form.add("doctor_name", self.tr("Doctor"), max_length=120)
        self.form.add("practice_name", self.tr("Practice"), max_length=160)
        self.form.add("provider_number", self.tr("Provider number (ydernummer)"), max_length=6)
        self.day = date_edit(clock.today())
        self.form.add("start_date" if row is None else "effective_on",
                      self.tr("Start") if row is None else self.tr("Effective from"), self.day)  # fmt: skip
        self.form.add("note", self.tr("Note"), QLineEdit())
        self.finish_layout()
        if row is not None:
            self.section.setCurrentIndex(max(0, self.section.findData(row.section_uuid)))
            self.section.setEnabled(False)
            for name in ("doctor_name", "practice_name", "provider_number"):
                self.form.set_text(name, getattr(row, name))

    def save(self) -> None:
        text = self.form.text
        if self.row is None:
            data = ArrangementInput(
                self.page.uuid, text("doctor_name"), text("practice_name"),
                text("provider_number"), date_of(self.day), str(self.section.currentData()),
                text("note"),
            )  # fmt: skip
            self.run(lambda: arrangements.start_arrangement(self.ctx, data))
            return
        change = ChangeInput(text("doctor_name"), text("practice_name"), text("provider_number"),
                             date_of(self.day), text("note"))  # fmt: skip
        self.run(lambda: arrangements.change_arrangement(self.ctx, self.row.uuid,
                                                         self.row.version, change))  # fmt: skip


class TerminateDialog(FormDialog):
    """D32: the notice date and who gives notice; the effective date follows as typed and
    is confirmed once more before anything is written."""

    def __init__(self, ctx: Any, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("Terminate fixed doctor"))
        who = QLabel(f"{row.doctor_name}, {row.practice_name}")
        who.setStyleSheet("font-weight: 600;")
        self.layout_.insertWidget(0, who)
        self.by = QComboBox()
        self.by.addItem(self.tr("The municipality"), "municipality")
        self.by.addItem(self.tr("The doctor"), "doctor")
        self.form.add("terminated_by", self.tr("Notice given by"), self.by)
        self.day = date_edit(clock.today())
        self.form.add("registered_on", self.tr("Notice given on"), self.day)
        self.form.add("note", self.tr("Note"), QLineEdit())
        self.effective = QLabel()
        self.effective.setObjectName("effective_date")
        self.effective.setStyleSheet("font-size: 11pt; color: #1f3b57;")
        self.effective.setWordWrap(True)
        self.layout_.addWidget(self.effective)
        self.finish_layout()
        self.day.dateChanged.connect(lambda _d: self.show_effective())
        self.show_effective()

    def effective_date(self) -> Any:
        return arrangements.termination_date(date_of(self.day))

    def show_effective(self) -> None:
        self.effective.setText(
            self.tr(
                "3 months' notice to the end of a quarter: the arrangement ends on {date}."
            ).format(date=date_text(self.effective_date()))
        )

    def confirm(self) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Terminate {doctor}'s arrangement with effect from {date}?").format(
                doctor=self.row.doctor_name, date=date_text(self.effective_date())),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        if not self.confirm():
            return
        self.run(lambda: arrangements.terminate_arrangement(
            self.ctx, self.row.uuid, self.row.version, str(self.by.currentData()),
            date_of(self.day), self.form.text("note")))  # fmt: skip
