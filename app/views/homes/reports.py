"""The nursing-home reports: make one in the background (KLU list on a date, coverage as
of 1 January of a year, changes of a quarter), view the PDF, save the CSV, and register
when it was sent and to whom (OK22 Bilag 2, 001:13959–13978)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import files
from app.domain import clock
from app.domain import homes as rules
from app.errors import AkutDeskError, FileNotWritten
from app.services.homes import reports
from app.views.components.messages import error_text
from app.views.components.tasks import run_op
from app.views.homes.home_dialog import FormDialog
from app.views.homes.homes_model import REPORT_KINDS, ReportsTableModel, label
from app.views.homes.tables import make_table
from app.views.widgets.inputs import date_edit, date_of


class ReportsPanel(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._connect_signals()
        self._kind_changed()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        for code in REPORT_KINDS:
            self.kind.addItem(label(REPORT_KINDS, code), code)
        today = clock.today()
        self.on = date_edit(today)
        self.year = QSpinBox()
        self.year.setRange(2022, 2100)
        self.year.setValue(today.year)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Quarter {q}").format(q=q), q)
        self.quarter.setCurrentIndex(rules.quarter_of(today)[1] - 1)
        self.make_button = QPushButton(self.tr("&Make report"))
        self.make_button.setObjectName("make_report")
        for widget in (QLabel(self.tr("Report:")), self.kind, self.on, self.year, self.quarter):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.make_button)
        column.addLayout(bar)
        self.model = ReportsTableModel(lambda: reports.list_reports(self.ctx), self)
        self.table = make_table(self.model, "report_table", (220, 110, 140, 120))
        column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("View PDF"))
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        self.sent_button = QPushButton(self.tr("Mark sent…"))
        actions.addStretch(1)
        for button in (self.pdf_button, self.csv_button, self.sent_button):
            actions.addWidget(button)
        column.addLayout(actions)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.make_button.clicked.connect(self.make)
        self.pdf_button.clicked.connect(self.view_pdf)
        self.table.activated.connect(lambda _i: self.view_pdf())
        self.csv_button.clicked.connect(self.save_csv)
        self.sent_button.clicked.connect(self.mark_sent)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.on.setVisible(kind == "klu")
        self.year.setVisible(kind != "klu")
        self.quarter.setVisible(kind == "changes")

    def reload(self) -> None:
        self.model.reload()

    def period(self) -> reports.Period:
        kind = str(self.kind.currentData())
        return reports.period_for(kind, on=date_of(self.on), year=self.year.value(),
                                  quarter=int(self.quarter.currentData()))  # fmt: skip

    def make(self) -> None:
        try:
            period = self.period()
        except AkutDeskError as exc:
            QMessageBox.warning(self, self.tr("Reports"), error_text(exc))
            return

        run_op(lambda: reports.make_report(self.ctx, period), parent=self,
               title=self.tr("Reports"), on_done=lambda _row: self.reload(),
               label=self.tr("Making the report…"))  # fmt: skip

    def chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Reports"), self.tr("Choose a report first."))
            return None
        return self.model.rows[rows[0].row()]

    def file_stem(self, row: Any) -> str:
        return f"{row.kind}-{row.period.replace(' ', '-').replace('.', '-')}"

    def view_pdf(self) -> None:
        row = self.chosen()
        if row is None:
            return
        pdf, _ = reports.report_files(self.ctx, row.uuid)
        path = Path(tempfile.gettempdir()) / f"akutdesk-{self.file_stem(row)}.pdf"
        if self.write(lambda: files.write_bytes(path, pdf)):  # 0600: not for other users
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def write(self, writing: Any) -> bool:
        """Run ``writing``; a file that cannot be written is one message (issue #13)."""
        try:
            writing()
        except FileNotWritten as exc:
            QMessageBox.warning(self, self.tr("Reports"), error_text(exc))
            return False
        return True

    def save_csv(self) -> None:
        row = self.chosen()
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save CSV"),
                                              str(Path.home() / f"{self.file_stem(row)}.csv"),
                                              "CSV (*.csv)")  # fmt: skip
        if path:
            text = reports.report_files(self.ctx, row.uuid)[1]
            self.write(lambda: files.write_text(path, text))

    def mark_sent(self) -> None:
        row = self.chosen()
        if row is not None:
            SentDialog(self.ctx, row, self).exec()


class SentDialog(FormDialog):
    """When the report was sent, to whom (e.g. KLU, the region's practice department, PLO)
    and how."""

    def __init__(self, ctx: Any, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("Report sent"))
        self.day = date_edit(clock.today())
        self.form.add("sent_on", self.tr("Sent on"), self.day)
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.addItems([self.tr("KLU (municipal-medical committee)"),
                                 self.tr("Region Syddanmark, practice department"),
                                 self.tr("PLO Syddanmark")])  # fmt: skip
        self.form.add("recipient", self.tr("Sent to"), self.recipient)
        self.form.add("channel", self.tr("How"), QLineEdit())
        self.finish_layout()

    def save(self) -> None:
        self.run(lambda: reports.mark_sent(self.ctx, self.row.uuid, date_of(self.day),
                                           self.recipient.currentText(),
                                           self.form.text("channel")))  # fmt: skip
