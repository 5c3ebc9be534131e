"""Register or change a citizen. The CPR shows masked until the user asks (D40); a stale
save keeps the input on screen and names who changed the record (optimistic locking)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import citizens
from app.services.citizens import CitizenDetail, CitizenInput
from app.services.errors import AkutDeskError, InvalidInput, StaleRecord
from app.views.hub import hub
from app.views.messages import error_text
from app.views.widgets.form import FieldForm


class CitizenDialog(QDialog):
    def __init__(
        self, ctx: Any, detail: CitizenDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.cpr_revealed = detail is None
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("New citizen") if self.detail is None else self.tr("Citizen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        cpr_row = QWidget()
        row = QHBoxLayout(cpr_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.cpr = QLineEdit()
        self.cpr.setPlaceholderText(self.tr("ddmmyy-xxxx"))
        self.reveal = QPushButton(self.tr("Show CPR"))
        self.reveal.setToolTip(self.tr("Shows the full CPR number; this is logged."))
        row.addWidget(self.cpr)
        row.addWidget(self.reveal)
        self.form.add("cpr", self.tr("CPR number"), cpr_row)
        self.form.fields["cpr"] = self.cpr
        f = self.form.add
        f("first_name", self.tr("First name(s)"), max_length=100)
        f("last_name", self.tr("Last name"), max_length=100)
        f("address", self.tr("Address"), max_length=200)
        f("postcode", self.tr("Postcode"), max_length=4)
        f("city", self.tr("Town"), max_length=80)
        f("phone", self.tr("Phone"), max_length=20)
        f("contact_name", self.tr("Contact person"), max_length=120)
        f("contact_relation", self.tr("Relation"), max_length=60)
        f("contact_phone", self.tr("Contact's phone"), max_length=20)
        f("gp_name", self.tr("Own GP"), max_length=120)
        f("gp_practice", self.tr("GP practice"), max_length=160)
        f("gp_phone", self.tr("GP's phone"), max_length=20)
        layout.addWidget(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: #667;")
        layout.addWidget(self.meta)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reveal.clicked.connect(self.reveal_cpr)

    def _load(self) -> None:
        self.reveal.setVisible(self.detail is not None)
        if self.detail is None:
            return
        for name in citizens.DATA_FIELDS:
            if name != "cpr":
                self.form.set_text(name, getattr(self.detail.data, name))
        self.cpr.setText(self.detail.cpr_masked)
        self.cpr.setReadOnly(True)
        demo = self.tr(" — demo citizen (fictitious)") if self.detail.demo else ""
        self.meta.setText(
            self.tr("Created {created} · changed {updated}").format(
                created=self.detail.created, updated=self.detail.updated
            )
            + demo
        )

    def reveal_cpr(self) -> None:
        if self.detail is None:
            return
        self.cpr.setText(citizens.reveal_cpr(self.ctx, self.detail.uuid))
        self.cpr.setReadOnly(False)
        self.cpr_revealed = True
        self.reveal.setEnabled(False)

    def input(self) -> CitizenInput:
        values = {name: self.form.text(name) for name in citizens.DATA_FIELDS if name != "cpr"}
        # An unrevealed CPR is not sent: the service keeps the stored number.
        cpr = self.cpr.text() if self.cpr_revealed else ""
        return CitizenInput(cpr=cpr, **values)

    def save(self) -> None:
        self.message.hide()
        try:
            if self.detail is None:
                self.detail = citizens.register_citizen(self.ctx, self.input())
            else:
                self.detail = citizens.update_citizen(
                    self.ctx, self.detail.uuid, self.detail.version, self.input()
                )
        except InvalidInput as exc:
            rest = self.form.show_problems(exc.problems)
            self._say("\n".join(rest))
            return
        except StaleRecord as exc:
            self._say(error_text(exc))
            return
        except AkutDeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        hub.changed.emit({"citizen"})
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
