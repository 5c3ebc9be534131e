"""Register or change a citizen. The CPR shows masked until the user asks (D40); a stale
save keeps the input on screen and names who changed the record (optimistic locking)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError, InvalidInput, StaleRecord
from app.services import citizens
from app.services.citizens import CitizenDetail, CitizenInput
from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text
from app.views.components.messages import error_text
from app.views.components.tasks import run_op
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
        self.courses_box = self._build_courses()
        layout.addWidget(self.courses_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)

    def _build_courses(self) -> QGroupBox:
        box = QGroupBox(self.tr("IV courses"))
        column = QVBoxLayout(box)
        self.courses = QListWidget()
        self.courses.setObjectName("citizen_courses")
        self.courses.setMaximumHeight(110)
        self.courses.setWordWrap(True)
        self.courses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.courses)
        row = QHBoxLayout()
        self.open_course_button = QPushButton(self.tr("Open &course"))
        self.referral_button = QPushButton(self.tr("New &referral…"))
        row.addWidget(self.open_course_button)
        row.addWidget(self.referral_button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _load_courses(self) -> None:
        # lazy: start-up (the window is shown before the core loads)
        from app.services.iv import views

        self.courses.clear()
        for course in views.courses_of_citizen(self.ctx, self.detail.uuid):
            item = QListWidgetItem(
                self.tr("{status}: {drug}, {department}, first dose {date}").format(
                    status=voc.label(voc.STATUSES_SHORT, course.status),
                    drug=course.drug,
                    department=course.department,
                    date=date_text(course.first_dose_date),
                )
            )
            item.setToolTip(voc.label(voc.COURSE_TYPES, course.course_type))
            item.setData(Qt.ItemDataRole.UserRole, course.uuid)
            self.courses.addItem(item)
        if not self.courses.count():
            self.courses.addItem(self.tr("No IV courses."))
        self.open_course_button.setEnabled(
            self.courses.item(0).data(Qt.ItemDataRole.UserRole) is not None
        )

    def open_course(self) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.iv.course_window import open_course

        item = self.courses.currentItem() or self.courses.item(0)
        uuid = item.data(Qt.ItemDataRole.UserRole) if item else None
        if uuid:
            open_course(self.ctx, uuid, self, modal=True)
            self._load_courses()

    def new_referral(self) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.iv.course_window import open_course

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.iv.referral import ReferralDialog

        label = f"{self.detail.cpr_masked}  {self.detail.name}"
        dialog = ReferralDialog(self.ctx, self, citizen=(self.detail.uuid, label))
        if dialog.exec() and dialog.created:
            open_course(self.ctx, dialog.created, self, modal=True)
        self._load_courses()

    def _connect_signals(self) -> None:
        self.courses.itemActivated.connect(lambda _item: self.open_course())
        self.open_course_button.clicked.connect(self.open_course)
        self.referral_button.clicked.connect(self.new_referral)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reveal.clicked.connect(self.reveal_cpr)

    def _load(self) -> None:
        self.reveal.setVisible(self.detail is not None)
        self.courses_box.setVisible(self.detail is not None)
        if self.detail is None:
            return
        self._load_courses()
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
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.components.access_reason import ask_reason

        reason = ask_reason(self, self.ctx, self.detail.uuid)
        if reason is None:
            return
        self.cpr.setText(citizens.reveal_cpr(self.ctx, self.detail.uuid, reason))
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
