"""A resident moves in, changes place or doctor choice, or moves out (D33: respite, guest
and acute places are temporary and never count as attached to the fixed doctor)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from app.domain import clock
from app.services.homes import residents
from app.services.homes.residents import StayInput
from app.views.components.citizen_picker import CitizenPicker
from app.views.homes.home_dialog import FormDialog
from app.views.homes.homes_model import PLACE_KINDS, label
from app.views.widgets.inputs import OptionalDateEdit, date_edit, date_of, qdate


class StayDialog(FormDialog):
    """Move in (``stay`` None) or change a stay (``stay`` = the resident row)."""

    def __init__(
        self, ctx: Any, page: Any, stay: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.page, self.stay = page, stay
        self.setWindowTitle(self.tr("Resident") if stay else self.tr("Move in"))
        self.picker = CitizenPicker(ctx)
        self.form.add("citizen", self.tr("Citizen"), self.picker)
        self.section = QComboBox()
        if not page.sections:
            self.section.addItem(self.tr("Whole home"), "")
        for s in page.sections:
            self.section.addItem(s.name, s.uuid)
        self.form.add("section", self.tr("Section"), self.section)
        self.kind = QComboBox()
        for code in PLACE_KINDS:
            self.kind.addItem(label(PLACE_KINDS, code), code)
        self.form.add("place_kind", self.tr("Place"), self.kind)
        self.fixed = QCheckBox(self.tr("Has chosen the fixed doctor as own doctor"))
        self.form.add("fixed_doctor", "", self.fixed)
        self.moved_in = date_edit(clock.today())
        self.form.add("moved_in", self.tr("Moved in"), self.moved_in)
        self.moved_out = OptionalDateEdit()
        self.form.add("moved_out", self.tr("Moved out"), self.moved_out)
        hint = QLabel(self.tr("Residents on respite, guest or acute places are temporary: they "
                              "never count as attached to the fixed doctor."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #556;")
        self.layout_.addWidget(hint)
        self.finish_layout()
        if stay is not None:
            self._load(stay)

    def _load(self, stay: Any) -> None:
        self.picker.set_citizen(stay.citizen_uuid, f"{stay.cpr_masked}  {stay.name}")
        self.picker.search.setEnabled(False)
        self.section.setCurrentIndex(max(0, self.section.findData(stay.section_uuid)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(stay.place_kind)))
        self.fixed.setChecked(stay.fixed_doctor)
        self.moved_in.setDate(qdate(stay.moved_in))
        self.moved_out.set_value(stay.moved_out)

    def input(self) -> StayInput:
        return StayInput(
            self.picker.uuid(), self.page.uuid, str(self.kind.currentData()),
            date_of(self.moved_in), str(self.section.currentData() or ""),
            self.fixed.isChecked(), self.moved_out.value(),
        )  # fmt: skip

    def save(self) -> None:
        data = self.input()
        if not data.citizen_uuid:
            self._say(self.tr("Choose the citizen."))
            return
        if self.stay is None:
            self.run(lambda: residents.move_in(self.ctx, data))
        else:
            self.run(lambda: residents.change_stay(self.ctx, self.stay.uuid, self.stay.version,
                                                   data))  # fmt: skip
