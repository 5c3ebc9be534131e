"""First start on an empty store: the municipality, the first user, demo data or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.demo import generate as demo
from app.domain.reference import RSD_MUNICIPALITIES, municipality_display_name
from app.errors import AkutDeskError, InvalidInput
from app.services.admin import setup
from app.services.admin.reference import MunicipalityInput
from app.views.components.guarded import GuardedDialog
from app.views.components.messages import error_text
from app.views.components.tasks import run_in_background
from app.views.widgets.form import FieldForm


def _demo_data(ctx: Any, citizens: int) -> object:
    """The demo data a first start may ask for (app.demo, built on the use cases)."""
    return demo.load_demo(ctx, citizens=citizens)


class FirstStartDialog(GuardedDialog):
    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ctx: Any = None
        self._build_ui()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to AkutDesk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This store is new. Tell AkutDesk which municipality it belongs to "
                "and who you are; you can change the details later under "
                "Administration."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FieldForm()
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItems([municipality_display_name(m) for m in RSD_MUNICIPALITIES])
        self.municipality.setCurrentIndex(-1)
        self.municipality.lineEdit().setPlaceholderText(self.tr("Choose or type…"))
        self.form.add("name", self.tr("Municipality"), self.municipality)
        self.form.add("cvr", self.tr("CVR number (may wait)"), max_length=10)
        self.form.add("address", self.tr("Address"), max_length=200)
        self.form.add("postcode", self.tr("Postcode"), max_length=4)
        self.form.add("city", self.tr("Town"), max_length=80)
        self.form.add("user_name", self.tr("Your name"), max_length=120)
        self.form.add("initials", self.tr("Your initials"), max_length=12)
        self.password = self.form.add("password", self.tr("Your password"), max_length=200)
        self.password.setEchoMode(self.password.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least 8 characters"))
        self.password_again = self.form.add(
            "password_again", self.tr("Password again"), max_length=200
        )
        self.password_again.setEchoMode(self.password_again.EchoMode.Password)
        roles = QLabel(
            self.tr(
                "You become the store's administrator and get every role; under "
                "Administration → Users you add colleagues and narrow the roles."
            )
        )
        roles.setWordWrap(True)
        layout.addWidget(self.form)
        layout.addWidget(roles)
        self.demo = QCheckBox(self.tr("Load demo data (500 fictitious citizens) to try AkutDesk"))
        self.demo.setObjectName("load_demo")
        layout.addWidget(self.demo)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)

    def data(self) -> setup.FirstStartInput:
        municipality = MunicipalityInput(
            name=self.municipality.currentText(),
            cvr=self.form.text("cvr"),
            address=self.form.text("address"),
            postcode=self.form.text("postcode"),
            city=self.form.text("city"),
        )
        return setup.FirstStartInput(
            municipality=municipality,
            user_name=self.form.text("user_name"),
            initials=self.form.text("initials"),
            load_demo=self.demo.isChecked(),
            password=self.password.text(),
        )

    def submit(self) -> None:
        data = self.data()
        if self.password.text() != self.password_again.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.message.show()
            return
        self.buttons.setEnabled(False)
        run_in_background(
            lambda: setup.first_start(self.store, data, populate=_demo_data),
            self._done,
            self._failed,
            parent=self,
            label=self.tr("Setting up the store…"),
        )

    def _done(self, ctx: Any) -> None:
        self.ctx = ctx
        self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, InvalidInput):
            rest = self.form.show_problems(exc.problems)
            self.message.setText("\n".join(rest))
            self.message.setVisible(bool(rest))
        elif isinstance(exc, AkutDeskError):
            self.message.setText(error_text(exc))
            self.message.show()
        else:
            raise exc
