"""Register or change a nursing home, and its sections (OK22 Bilag 2 scope; sections of at
least 30 places). ``FormDialog`` is the shape every nursing-home dialog shares: a form,
a line for problems without a field, Save/Cancel, and the hub told what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError, InvalidInput, StaleRecord
from app.services.homes import register
from app.services.homes.register import HomeInput
from app.views.components.guarded import GuardedDialog
from app.views.components.messages import error_text
from app.views.components.screen import fit_to_screen
from app.views.components.tasks import run_op
from app.views.homes.homes_model import OWNERSHIP, label
from app.views.widgets.form import FieldForm
from app.views.widgets.inputs import OptionalDateEdit


class FormDialog(GuardedDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.form = FieldForm()
        self.layout_.addWidget(self.form)
        self.message = QLabel()
        self.message.setObjectName("dialog_message")
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

    def run(self, action: Callable[[], Any]) -> bool:
        """Call the use case (it says what it changed, run_op announces it); problems
        shown in place, nothing closes on an error."""
        self.message.hide()
        saved: list[Any] = []
        run_op(action, parent=self, title=self.windowTitle(),
               on_done=saved.append, on_refused=self.refused)  # fmt: skip
        if not saved:
            return False
        self.result_ = saved[0]
        self.accept()
        return True

    def refused(self, exc: AkutDeskError) -> bool:
        """Problems at their fields and a stale save under the form (the input stays);
        anything else in a message box (run_op)."""
        if isinstance(exc, InvalidInput):
            self._say("\n".join(self.form.show_problems(exc.problems)))
            self.adjustSize()  # the texts under the fields need their room
            fit_to_screen(self)  # but no more than the screen has (issue #12)
            return True
        if isinstance(exc, StaleRecord):
            self._say(error_text(exc))
            return True
        return False

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        raise NotImplementedError


class HomeDialog(FormDialog):
    def __init__(self, ctx: Any, page: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = page  # the home's page data when changing it
        self.setWindowTitle(self.tr("Nursing home") if page else self.tr("New nursing home"))
        form = self.form
        form.add("name", self.tr("Name"), max_length=120)
        self.ownership = QComboBox()
        for code in OWNERSHIP:
            self.ownership.addItem(label(OWNERSHIP, code), code)
        form.add("ownership", self.tr("Ownership"), self.ownership)
        self.places = QSpinBox()
        self.places.setRange(0, 1000)
        form.add("places", self.tr("Places"), self.places)
        form.add("address", self.tr("Address"), max_length=200)
        form.add("postcode", self.tr("Postcode"), max_length=4)
        form.add("city", self.tr("City"), max_length=80)
        form.add("contact_nurse", self.tr("Contact nurse"), max_length=120)
        form.add("contact_phone", self.tr("Contact phone"), max_length=20)
        self.closed_on = OptionalDateEdit()
        form.add("closed_on", self.tr("Closed on"), self.closed_on)
        self.finish_layout()
        if page is not None:
            self._load(page)

    def _load(self, page: Any) -> None:
        for name in ("name", "address", "postcode", "city", "contact_nurse", "contact_phone"):
            self.form.set_text(name, getattr(page, name))
        self.ownership.setCurrentIndex(max(0, self.ownership.findData(page.ownership)))
        self.places.setValue(page.places)
        self.closed_on.set_value(page.closed_on)

    def input(self) -> HomeInput:
        text = self.form.text
        return HomeInput(
            name=text("name"), ownership=str(self.ownership.currentData()),
            places=self.places.value(), address=text("address"), postcode=text("postcode"),
            city=text("city"), contact_nurse=text("contact_nurse"),
            contact_phone=text("contact_phone"), closed_on=self.closed_on.value(),
        )  # fmt: skip

    def save(self) -> None:
        if self.page is None:
            self.run(lambda: register.create_home(self.ctx, self.input()))
        else:
            self.run(lambda: register.update_home(self.ctx, self.page.uuid, self.page.version,
                                                  self.input()))  # fmt: skip


class SectionDialog(FormDialog):
    """A section (afsnit) of a split home: at least 30 places each."""

    def __init__(
        self, ctx: Any, home_uuid: str, section: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.home_uuid, self.section = home_uuid, section
        self.setWindowTitle(self.tr("Section"))
        self.form.add("name", self.tr("Name"), max_length=80)
        self.places = QSpinBox()
        self.places.setRange(0, 1000)
        self.places.setValue(30)
        self.form.add("places", self.tr("Places"), self.places)
        hint = QLabel(self.tr("A home may be split into sections of at least 30 residents, each "
                              "with its own fixed doctor."))  # fmt: skip
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.finish_layout()
        if section is not None:
            self.form.set_text("name", section.name)
            self.places.setValue(section.places)

    def save(self) -> None:
        name, places = self.form.text("name"), self.places.value()
        if self.section is None:
            self.run(lambda: register.add_section(self.ctx, self.home_uuid, name, places))
        else:
            self.run(lambda: register.update_section(self.ctx, self.section.uuid,
                                                     self.section.version, name, places))  # fmt: skip
