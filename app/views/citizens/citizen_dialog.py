"""Register or change a citizen. The CPR shows masked until the user asks (D40); a stale
save keeps the input on screen and names who changed the record (optimistic locking)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import kinds
from app.domain.kinds import KINDS
from app.errors import AkutDeskError, InvalidInput, StaleRecord
from app.services import citizens
from app.services.citizens import CitizenDetail, CitizenInput
from app.views import kinds as kind_views
from app.views.components.cave import CaveField
from app.views.components.guarded import GuardedDialog
from app.views.components.messages import error_text
from app.views.components.tasks import run_op
from app.views.widgets.form import FieldForm


class CitizenDialog(GuardedDialog):
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
        self.cave = f("cave", self.tr("CAVE (allergies)"), CaveField())
        self.form.fields["cave_state"] = self.cave.state  # its problems show at the field
        self.form.errors["cave_state"] = self.form.errors["cave"]
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
        self.cases = self._build_cases()
        for panel in self.cases.values():
            layout.addWidget(panel)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)

    def _build_cases(self) -> dict[str, QWidget]:
        """One panel per case kind the citizen page shows (a ``citizen`` hook in
        app/domain/kinds.py, the panel in app/views/kinds.py), in the registry's order."""
        panels: dict[str, QWidget] = {}
        for kind in KINDS:
            if kind.citizen is not None:
                panel = kinds.resolve(kind_views.CITIZEN[kind.key])
                panels[kind.key] = panel(self.ctx, kinds.resolve(kind.citizen), self)
        return panels

    def case_panel(self, key: str) -> Any:
        """The panel of the case kind ``key`` (tests, and a caller that refreshes it)."""
        return self.cases[key]

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reveal.clicked.connect(self.reveal_cpr)

    def _load(self) -> None:
        self.reveal.setVisible(self.detail is not None)
        for panel in self.cases.values():
            panel.setVisible(self.detail is not None)
        if self.detail is None:
            return
        for panel in self.cases.values():
            panel.show_citizen(self.detail.uuid, f"{self.detail.cpr_masked}  {self.detail.name}")
        for name in citizens.DATA_FIELDS:
            if name not in ("cpr", *citizens.CAVE_FIELDS):
                self.form.set_text(name, getattr(self.detail.data, name))
        self.cave.set_value(self.detail.cave.state, self.detail.cave.text)
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
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.components.access_reason import ask_reason

        reason = ask_reason(self, self.ctx, self.detail.uuid)
        if reason is None:
            return
        self.cpr.setText(citizens.reveal_cpr(self.ctx, self.detail.uuid, reason))
        self.keep_as_shown(self.cpr)  # the number shown is no change of the user's
        self.cpr.setReadOnly(False)
        self.cpr_revealed = True
        self.reveal.setEnabled(False)

    def input(self) -> CitizenInput:
        values = {
            name: self.form.text(name)
            for name in citizens.DATA_FIELDS
            if name not in ("cpr", *citizens.CAVE_FIELDS)
        }
        values["cave_state"], values["cave"] = self.cave.value()
        # An unrevealed CPR is not sent: the service keeps the stored number.
        cpr = self.cpr.text() if self.cpr_revealed else ""
        return CitizenInput(cpr=cpr, **values)

    def save(self) -> None:
        self.message.hide()
        run_op(self.store, parent=self, title=self.windowTitle(), on_done=self.saved,
               on_refused=self.refused)  # fmt: skip

    def store(self) -> Any:
        if self.detail is None:
            return citizens.register_citizen(self.ctx, self.input())
        return citizens.update_citizen(
            self.ctx, self.detail.uuid, self.detail.version, self.input()
        )

    def saved(self, detail: Any) -> None:
        self.detail = detail
        self.accept()

    def refused(self, exc: AkutDeskError) -> bool:
        """Problems at their fields and a stale save under the form, the input kept;
        anything else in a message box (run_op)."""
        if isinstance(exc, InvalidInput):
            self._say("\n".join(self.form.show_problems(exc.problems)))
            return True
        if isinstance(exc, StaleRecord):
            self._say(error_text(exc))
            return True
        return False

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
