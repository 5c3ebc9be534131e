"""Posted invoices and credit notes (app.services.invoices.credit.list_invoices): number,
unit, date, period, total, lines, state (exported or not) and references; beside the list a
readable view of the invoice chosen, made from its stored lines (who, department, service,
dates, the region's amount; issue #12: a scaled-down picture of the PDF page could not be
read, and PySide6-Essentials has no QtPdf to show the PDF itself), the signed PDF opened in
the system's viewer, and a credit note for the invoice chosen (D12)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError
from app.services.invoices import credit as invoices_credit
from app.services.invoices import documents as invoices_docs
from app.views.components import documents
from app.views.components.formatting import date_text
from app.views.components.gates import gate
from app.views.components.messages import problem_text
from app.views.components.tasks import refusal_text
from app.views.invoices.draft import make_table
from app.views.invoices.invoices_model import (
    KINDS,
    PostedLinesModel,
    PostedModel,
    kr,
    label,
    month_text,
)
from app.workflows import INVOICE

LINE_WIDTHS = (40, 95, 140, 190, 85, 85, 100, 75, 170)


class PostedPanel(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self._shown = ""
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.only_month = QCheckBox(self.tr("Only the chosen month"))
        self.only_month.setObjectName("only_month")
        self.count = QLabel()
        bar.addWidget(self.only_month)
        bar.addStretch(1)
        bar.addWidget(self.count)
        column.addLayout(bar)
        splitter = QSplitter()
        self.model = PostedModel(self)
        self.table = make_table(self.model, "posted_table", (80, 100, 55, 82, 62, 110, 70, 90))
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_view())
        splitter.setSizes([380, 720])
        column.addWidget(splitter, 1)
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.credit_button = QPushButton(self.tr("&Credit note…"))
        self.credit_button.setObjectName("credit_button")
        # issue #12: the reason in words; the chosen invoice's state then decides (_offer_credit)
        self.may_credit = gate(self.credit_button, self.ctx, "invoices.post")
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.credit_button)
        column.addLayout(actions)

    def _build_view(self) -> QWidget:
        """The chosen invoice as a page: heading, its lines, totals (a table scrolls)."""
        view = QWidget()
        column = QVBoxLayout(view)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Choose an invoice to see it here."))
        self.heading.setObjectName("invoice_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 11pt;")
        self.lines = PostedLinesModel(self)
        self.lines_table = make_table(self.lines, "invoice_lines", LINE_WIDTHS)
        self.sums = QLabel()
        self.sums.setObjectName("invoice_sums")
        self.sums.setStyleSheet("font-weight: 600;")
        self.sums.setWordWrap(True)
        column.addWidget(self.heading)
        column.addWidget(self.lines_table, 1)
        column.addWidget(self.sums)
        return view

    def _connect_signals(self) -> None:
        self.only_month.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_page())
        self.table.activated.connect(lambda _i: self.open_pdf())
        self.open_button.clicked.connect(self.open_pdf)
        self.credit_button.clicked.connect(self.credit)

    def reload(self) -> None:
        month = self.page.chosen_month() if self.only_month.isChecked() else None
        try:
            rows = invoices_credit.list_invoices(self.ctx, month)
        except AkutDeskError as exc:  # a refusal is shown, never a half-filled list
            self.model.set_rows([])
            self.count.setText(refusal_text(exc))
            return
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n posted document(s)", "", len(rows)))
        self._shown = ""
        self.lines.set_rows([])
        self.sums.setText("")
        self.heading.setText(self.tr("Choose an invoice to see it here."))
        self._offer_credit(None)

    def _offer_credit(self, row: Any) -> None:
        """ "Credit note…" where the declaration offers it in the chosen invoice's state
        (app/workflows.py) and the service would credit it, otherwise disabled with its
        reason (a credit note, a regulation invoice). A courtesy: the service refuses anyway.
        With nothing chosen it stays enabled and asks for a choice."""
        if not self.may_credit:
            return
        if row is None:
            offered, refused = True, []
        else:
            offered = "credit" in INVOICE.buttons_in(row.state)
            refused = invoices_credit.credit_refusals(row.kind, row.state, row.regulation)
        self.credit_button.setEnabled(offered and not refused)
        self.credit_button.setToolTip(problem_text(refused[0]) if refused else "")

    def chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def show_page(self) -> None:
        """The chosen invoice's heading, lines and totals, read from the store."""
        row = self.chosen()
        if row is None or row.uuid == self._shown:
            return
        self._shown = row.uuid
        self._offer_credit(row)
        try:
            lines = invoices_credit.invoice_lines(self.ctx, row.uuid)
        except AkutDeskError as exc:
            self.lines.set_rows([])
            self.heading.setText(refusal_text(exc))
            return
        self.heading.setText(self.heading_text(row))
        self.lines.set_rows(lines)
        self.sums.setText(
            self.tr("%n line(s) · tariffs {tariff} · to the region {region}", "", len(lines))
            .format(tariff=kr(row.total_tariff), region=kr(row.total_region))
        )  # fmt: skip

    def heading_text(self, row: Any) -> str:
        text = self.tr("{kind} {number} to {unit} ({code}), dated {date}, period {period}").format(
            kind=label(KINDS, row.kind), number=row.number, unit=row.unit_name,
            code=row.unit_code, date=date_text(row.issue_date), period=month_text(row.period),
        )  # fmt: skip
        if row.refs:
            text += "\n" + self.tr("Corrects invoice {numbers}").format(numbers=", ".join(row.refs))
        if row.reason:
            text += "\n" + self.tr("Reason: {reason}").format(reason=row.reason)
        return text

    def _need_row(self) -> Any:
        row = self.chosen()
        if row is None:
            QMessageBox.information(self, self.tr("Invoices"), self.tr("Choose an invoice first."))
        return row

    def open_pdf(self) -> None:
        row = self._need_row()
        if row is None:
            return
        kind = "kreditnota" if row.kind == "credit_note" else "faktura"
        path = Path(tempfile.gettempdir()) / f"akutdesk-{kind}-{row.number}.pdf"
        documents.export(self, lambda: invoices_docs.get_document(self.ctx, row.uuid, "pdf").content,
                         str(path), self.tr("Opening the PDF…"))  # fmt: skip

    def credit(self) -> None:
        row = self._need_row()
        if row is None:
            return
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.invoices.credit import InvoiceCreditDialog

        dialog = InvoiceCreditDialog(self.ctx, row, self)
        if dialog.exec():
            note = dialog.result_
            QMessageBox.information(self, self.tr("Credit note"),
                                    self.tr("Credit note {number} is posted.").format(number=note.number))  # fmt: skip
