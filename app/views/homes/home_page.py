"""One nursing home's page: details, sections, the fixed doctor with the history of
arrangements (terminate with the effective date shown first, D32), the residents and
their doctor (temporary places, D33), and the nursing-home cases (IV courses and acute
episodes during a resident's stay)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.homes import pages
from app.views.components.formatting import date_text, phone_text
from app.views.homes.arrangement import ArrangementDialog, TerminateDialog
from app.views.homes.home_dialog import HomeDialog, SectionDialog
from app.views.homes.homes_model import (
    EVENT_KINDS,
    OWNERSHIP,
    ArrangementsTableModel,
    CasesTableModel,
    ResidentsTableModel,
    RowsModel,
    label,
)
from app.views.homes.resident import StayDialog
from app.views.homes.tables import make_table


class HomeView(QWidget):
    back = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page: pages.HomePage | None = None
        self.uuid = ""
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All homes"))
        self.heading = QLabel()
        self.heading.setObjectName("home_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1f3b57;")
        self.edit_button = QPushButton(self.tr("&Edit home…"))
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        column.addLayout(top)
        self.details = QLabel()
        self.details.setObjectName("home_details")
        self.details.setWordWrap(True)
        column.addWidget(self.details)
        self.tabs = QTabWidget()
        self.arrangements = ArrangementsTableModel(lambda: self.page.arrangements if self.page else [], self)  # fmt: skip
        self.residents = ResidentsTableModel(lambda: self.page.residents if self.page else [], self)  # fmt: skip
        self.cases = CasesTableModel(lambda: self.page.cases if self.page else [], self)
        self.doctor_table = make_table(self.arrangements, "arrangement_table", (125, 240, 65, 165, 140, 110))  # fmt: skip
        self.resident_table = make_table(self.residents, "resident_table", (95, 200, 100, 170, 170))  # fmt: skip
        self.case_table = make_table(self.cases, "case_table", (110, 95, 190, 170, 220))
        self.doctor_buttons = self._buttons((self.tr("New fixed doctor…"), self.new_arrangement), (self.tr("Change…"), self.change_arrangement), (self.tr("Terminate…"), self.terminate), (self.tr("New section…"), self.new_section))  # fmt: skip
        self.resident_buttons = self._buttons((self.tr("Move in…"), self.move_in), (self.tr("Change / move out…"), self.change_stay))  # fmt: skip
        self.history = QLabel()
        self.history.setObjectName("arrangement_history")
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #333;")
        self.doctor_buttons.insertWidget(0, self.history, 1)
        self.tabs.addTab(self._tab(self.doctor_table, self.doctor_buttons), self.tr("Fixed doctor"))
        self.tabs.addTab(self._tab(self.resident_table, self.resident_buttons), self.tr("Residents"))  # fmt: skip
        self.tabs.addTab(self._tab(self.case_table, None), self.tr("Nursing-home cases"))
        column.addWidget(self.tabs, 1)

    def _buttons(self, *specs: tuple[str, Any]) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addStretch(1)
        for text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        return bar

    def _tab(self, table: Any, buttons: QHBoxLayout | None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(table, 1)
        if buttons is not None:
            column.addLayout(buttons)
        return box

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back.emit)
        self.edit_button.clicked.connect(self.edit_home)
        self.resident_table.activated.connect(lambda _i: self.change_stay())
        self.doctor_table.selectionModel().selectionChanged.connect(lambda *_a: self.show_history())

    def show_history(self) -> None:
        """The chosen arrangement's history: when each change was registered and took effect."""
        rows = self.doctor_table.selectionModel().selectedRows()
        row = self.arrangements.rows[rows[0].row()] if rows else None
        lines = [
            self.tr("{kind} {registered} (effective {effective})").format(
                kind=label(EVENT_KINDS, e.kind), registered=date_text(e.registered_on),
                effective=date_text(e.effective_on))
            + (f": {e.description}" if e.description else "")
            for e in (row.events if row else ())
        ]  # fmt: skip
        self.history.setText("<br>".join(lines))

    def show_home(self, uuid: str) -> None:
        self.uuid = uuid
        self.reload()

    def reload(self) -> None:
        if not self.uuid:
            return
        self.page = pages.home_page(self.ctx, self.uuid)
        p = self.page
        self.heading.setText(p.name)
        self.details.setText(self._details(p))
        for model in (self.arrangements, self.residents, self.cases):
            model.reload()
        if self.arrangements.rowCount():
            self.doctor_table.selectRow(0)
        self.show_history()
        self.tabs.setTabText(1, self.tr("Residents ({n})").format(n=p.line.permanent + p.line.temporary))  # fmt: skip
        self.tabs.setTabText(2, self.tr("Nursing-home cases ({n})").format(n=len(p.cases)))

    def _details(self, p: pages.HomePage) -> str:
        sections = ", ".join(f"{s.name} ({s.places})" for s in p.sections) or self.tr("not split")
        none = self.tr("no fixed doctor")
        doctor = p.line.doctors or f"<span style='color:#b00020'>{none}</span>"
        closed = self.tr(" · closed {date}").format(date=date_text(p.closed_on)) if p.closed_on else ""  # fmt: skip
        return self.tr(
            "{ownership} · {address} · {places} places · sections: {sections}{closed}<br>"
            "Contact nurse: {nurse} {phone}<br>"
            "Fixed doctor: <b>{doctor}</b> · residents: {permanent} permanent, {temporary} temporary"
        ).format(
            ownership=label(OWNERSHIP, p.ownership), address=p.line.address or "–",
            places=p.places, sections=sections, closed=closed, nurse=p.contact_nurse or "–",
            phone=phone_text(p.contact_phone), doctor=doctor, permanent=p.line.permanent,
            temporary=p.line.temporary,
        )  # fmt: skip

    def _chosen(self, table: Any, model: RowsModel) -> Any:
        rows = table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.heading.text(), self.tr("Choose a row first."))
            return None
        return model.rows[rows[0].row()]

    def edit_home(self) -> None:
        if self.page:
            HomeDialog(self.ctx, self.page, self).exec()

    def new_section(self) -> None:
        if self.page:
            SectionDialog(self.ctx, self.page.uuid, parent=self).exec()

    def new_arrangement(self) -> None:
        if self.page:
            ArrangementDialog(self.ctx, self.page, parent=self).exec()

    def change_arrangement(self) -> None:
        row = self._chosen(self.doctor_table, self.arrangements)
        if row and self.page:
            ArrangementDialog(self.ctx, self.page, row, self).exec()

    def terminate(self) -> None:
        row = self._chosen(self.doctor_table, self.arrangements)
        if row is None:
            return
        if row.end_date is not None:
            QMessageBox.information(self, self.heading.text(), self.tr("The arrangement is already terminated."))  # fmt: skip
            return
        TerminateDialog(self.ctx, row, self).exec()

    def move_in(self) -> None:
        if self.page:
            StayDialog(self.ctx, self.page, parent=self).exec()

    def change_stay(self) -> None:
        row = self._chosen(self.resident_table, self.residents)
        if row and self.page:
            StayDialog(self.ctx, self.page, row, self).exec()
