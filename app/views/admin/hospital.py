"""Edit a hospital unit (EAN/GLN, phone) or add/change a department (24/7 phone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.errors import AkutDeskError, InvalidInput
from app.services.admin import reference
from app.services.admin.reference import (
    DepartmentInput,
    DepartmentView,
    HospitalUnitView,
    UnitInput,
)
from app.views.components.guarded import GuardedDialog
from app.views.components.messages import error_text
from app.views.components.tasks import run_op
from app.views.widgets.form import FieldForm


class _RecordDialog(GuardedDialog):
    entity = ""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        self.form = FieldForm()
        self.layout_.addWidget(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def save(self) -> None:
        saved: list[Any] = []
        run_op(self.store, parent=self, title=self.windowTitle(), on_done=saved.append,
               on_refused=self.refused)  # fmt: skip
        if saved:
            self.accept()

    def refused(self, exc: AkutDeskError) -> bool:
        """Problems at their fields, a stale save under the form; the input stays."""
        if isinstance(exc, InvalidInput):
            self._say("\n".join(self.form.show_problems(exc.problems)))
        else:
            self._say(error_text(exc))
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def store(self) -> Any:
        raise NotImplementedError


class UnitDialog(_RecordDialog):
    entity = "hospital_unit"

    def __init__(
        self, ctx: Any, unit: HospitalUnitView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.unit = unit
        self.setWindowTitle(self.tr("Hospital unit"))
        self.form.add("code", self.tr("Short code"), max_length=12)
        self.form.add("name", self.tr("Name"), max_length=120)
        self.form.add("ean", self.tr("EAN/GLN (13 digits)"), max_length=17)
        self.fictitious = self.form.add(
            "ean_fictitious",
            self.tr("Fictitious EAN"),
            QCheckBox(self.tr("demo/test number, not for real invoices")),
        )
        self.form.add("phone", self.tr("Main phone"), max_length=20)
        self.active = self.form.add(
            "active", self.tr("Active"), QCheckBox(self.tr("receives invoices"))
        )
        self.finish_layout()
        if unit is not None:
            for name in ("code", "name", "ean", "phone"):
                self.form.set_text(name, getattr(unit, name))
            self.fictitious.setChecked(unit.ean_fictitious)
            self.active.setChecked(unit.active)
        else:
            self.active.setChecked(True)

    def store(self) -> Any:
        data = UnitInput(
            code=self.form.text("code"),
            name=self.form.text("name"),
            ean=self.form.text("ean"),
            phone=self.form.text("phone"),
            ean_fictitious=self.fictitious.isChecked(),
            active=self.active.isChecked(),
            region=self.unit.region if self.unit else "Region Syddanmark",
        )
        if self.unit is None:
            return reference.save_unit(self.ctx, data)
        return reference.save_unit(self.ctx, data, self.unit.uuid, self.unit.version)


class DepartmentDialog(_RecordDialog):
    entity = "department"

    def __init__(
        self,
        ctx: Any,
        unit: HospitalUnitView,
        dept: DepartmentView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.unit, self.dept = unit, dept
        self.setWindowTitle(self.tr("Department at {unit}").format(unit=unit.name))
        self.form.add("name", self.tr("Name"), max_length=120)
        self.form.add("phone_24_7", self.tr("Phone, 24/7"), max_length=20)
        self.form.add("ean", self.tr("EAN/GLN (optional)"), max_length=17)
        self.fictitious = self.form.add(
            "ean_fictitious", self.tr("Fictitious EAN"), QCheckBox(self.tr("demo/test number"))
        )
        self.active = self.form.add(
            "active", self.tr("Active"), QCheckBox(self.tr("can be chosen on new cases"))
        )
        self.finish_layout()
        if dept is not None:
            for name in ("name", "phone_24_7", "ean"):
                self.form.set_text(name, getattr(dept, name))
            self.fictitious.setChecked(dept.ean_fictitious)
            self.active.setChecked(dept.active)
        else:
            self.active.setChecked(True)

    def store(self) -> Any:
        data = DepartmentInput(
            name=self.form.text("name"),
            phone_24_7=self.form.text("phone_24_7"),
            ean=self.form.text("ean"),
            ean_fictitious=self.fictitious.isChecked(),
            active=self.active.isChecked(),
        )
        if self.dept is None:
            return reference.save_department(self.ctx, self.unit.uuid, data)
        return reference.save_department(
            self.ctx, self.unit.uuid, data, self.dept.uuid, self.dept.version
        )
