"""The tabs of the Administration page: municipality, hospital units, users, workstation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app import settings as app_settings
from app.errors import AkutDeskError, InvalidInput
from app.services.admin import reference
from app.services.admin.reference import MunicipalityInput
from app.views.admin.hospital import DepartmentDialog, UnitDialog
from app.views.components.gates import gate
from app.views.components.messages import error_text
from app.views.components.tasks import run_op
from app.views.widgets.form import FieldForm


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


class MunicipalityTab(QWidget):
    TEXT_FIELDS = (
        "name",
        "cvr",
        "ean",
        "address",
        "postcode",
        "city",
        "phone",
        "email",
        "bank_reg",
        "bank_account",
    )

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version = 0
        column = QVBoxLayout(self)
        self.form = FieldForm()
        f = self.form.add
        f("name", self.tr("Name"), max_length=120)
        f("cvr", self.tr("CVR number"), max_length=10)
        f("ean", self.tr("EAN/GLN (own)"), max_length=17)
        f("address", self.tr("Address"), max_length=200)
        f("postcode", self.tr("Postcode"), max_length=4)
        f("city", self.tr("Town"), max_length=80)
        f("phone", self.tr("Phone"), max_length=20)
        f("email", self.tr("E-mail"), max_length=120)
        f("bank_reg", self.tr("Bank reg. no."), max_length=4)
        f("bank_account", self.tr("Account no."), max_length=10)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        f("payment_days", self.tr("Payment terms (days)"), self.days)
        column.addWidget(self.form)
        self.message = _message_label()
        column.addWidget(self.message)
        self.save_button = QPushButton(self.tr("Save municipality"))
        self.save_button.clicked.connect(self.save)
        if not gate(self.save_button, self.ctx, "reference.edit"):  # issue #12
            self.form.setEnabled(False)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.load()

    def load(self) -> None:
        view = reference.get_municipality(self.ctx)
        self.version = view.version
        self.fictitious = view.data.ean_fictitious
        for name in self.TEXT_FIELDS:
            self.form.set_text(name, getattr(view.data, name))
        self.days.setValue(view.data.payment_days)

    def save(self) -> None:
        values = {name: self.form.text(name) for name in self.TEXT_FIELDS}
        data = MunicipalityInput(
            **values, payment_days=self.days.value(), ean_fictitious=self.fictitious
        )
        run_op(lambda: reference.update_municipality(self.ctx, self.version, data),
               parent=self, title=self.windowTitle(), on_done=self.saved,
               on_refused=self.refused)  # fmt: skip

    def saved(self, view: Any) -> None:
        self.form.clear_problems()
        self.version = view.version
        self._say(self.tr("Saved."), error=False)

    def refused(self, exc: AkutDeskError) -> bool:
        if isinstance(exc, InvalidInput):
            self._say("\n".join(self.form.show_problems(exc.problems)), error=True)
        else:
            self._say(error_text(exc), error=True)
        return True

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b6e2d;")
        self.message.setText(text)
        self.message.setVisible(bool(text))


class UnitsTab(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.units: list[reference.HospitalUnitView] = []
        column = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Each hospital unit receives one invoice a month; its EAN/GLN is the "
                "e-invoice address. Departments hold treatment responsibility and must "
                "be reachable 24/7."
            )
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.tree = QTreeWidget()
        self.tree.setObjectName("unit_tree")
        self.tree.setHeaderLabels(
            [self.tr("Unit / department"), self.tr("EAN/GLN"), self.tr("Phone"), self.tr("Status")]
        )
        self.tree.setColumnWidth(0, 340)
        self.tree.setColumnWidth(1, 190)
        column.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.add_unit_button = QPushButton(self.tr("Add &unit…"))
        self.add_dept_button = QPushButton(self.tr("Add &department…"))
        for b in (self.edit_button, self.add_dept_button, self.add_unit_button):
            buttons.addWidget(b)
            gate(b, self.ctx, "reference.edit")  # issue #12: the reason in words
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_unit_button.clicked.connect(lambda: UnitDialog(self.ctx, None, self).exec())
        self.add_dept_button.clicked.connect(self.add_department)
        self.tree.itemActivated.connect(lambda *_: self.edit_selected())
        self.load()

    def load(self) -> None:
        self.units = reference.list_hospital_units(self.ctx)
        self.tree.clear()
        for u_index, unit in enumerate(self.units):
            ean = unit.ean + (self.tr(" (fictitious)") if unit.ean_fictitious and unit.ean else "")
            status = self.tr("active") if unit.active else self.tr("inactive")
            if not unit.ean:
                ean, status = self.tr("— missing —"), self.tr("cannot be invoiced")
            item = QTreeWidgetItem([f"{unit.code} · {unit.name}", ean, unit.phone, status])
            item.setData(0, Qt.ItemDataRole.UserRole, (u_index, None))
            for d_index, dept in enumerate(unit.departments):
                child = QTreeWidgetItem(
                    [
                        dept.name,
                        dept.ean,
                        dept.phone_24_7,
                        self.tr("active") if dept.active else self.tr("inactive"),
                    ]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, (u_index, d_index))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)

    def _selection(self) -> tuple[int, int | None] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def edit_selected(self) -> None:
        chosen = self._selection()
        if chosen is None:
            return
        unit = self.units[chosen[0]]
        if chosen[1] is None:
            UnitDialog(self.ctx, unit, self).exec()
        else:
            DepartmentDialog(self.ctx, unit, unit.departments[chosen[1]], self).exec()

    def add_department(self) -> None:
        chosen = self._selection()
        if chosen is not None:
            DepartmentDialog(self.ctx, self.units[chosen[0]], None, self).exec()


class WorkstationTab(QWidget):
    """Settings of this workstation (settings.json in the data folder), not of the store."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # lazy: start-up (not needed to show the window)
        from PySide6.QtWidgets import QComboBox

        self.ctx = ctx
        column = QVBoxLayout(self)
        form = FieldForm()
        self.language = QComboBox()
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(app_settings.get("language"))))
        form.add("language", self.tr("Language"), self.language)
        column.addWidget(form)
        self.message = _message_label()
        self.message.setStyleSheet("color: #1b6e2d;")
        column.addWidget(self.message)
        place = QLabel(self.tr("Data folder: {folder}").format(folder=paths.data_dir()))
        place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        place.setStyleSheet("color: #556;")
        column.addWidget(place)
        self.backups_button = QPushButton(self.tr("&Backups…"))
        self.backups_button.setObjectName("backups_button")
        self.backups_button.setToolTip(self.tr("See the backups, back up now, or restore one"))
        gate(self.backups_button, self.ctx, "backup.create")  # issue #12: the reason in words
        column.addWidget(self.backups_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.language.currentIndexChanged.connect(self.save_language)
        self.backups_button.clicked.connect(self.open_backups)

    def open_backups(self) -> QWidget:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.admin.backups import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_language(self) -> None:
        app_settings.put("language", self.language.currentData())
        self.message.setText(self.tr("Saved. The language changes when AkutDesk is started again."))
        self.message.show()
