"""Posted invoices and credit notes (app.services.invoices.credit.list_invoices): number,
unit, date, period, total, lines, state (exported or not) and references; the stored,
signed PDF — page 1 shown beside the list when poppler's ``pdftoppm`` is installed
(PySide6-Essentials has no QtPdf), the whole document opened in the system's viewer —
and a credit note for the invoice chosen (D12)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import files
from app.errors import AkutDeskError, FileNotWritten
from app.services.invoices import credit as invoices_credit
from app.services.invoices import documents as invoices_docs
from app.services.kernel.permissions import allowed
from app.views.components import documents
from app.views.components.tasks import refusal_text, run_in_background
from app.views.invoices.draft import make_table
from app.views.invoices.invoices_model import PostedModel

PREVIEW_DPI = 90  # scaled down to the panel's width: sharper than rendering small
SMOOTH = Qt.TransformationMode.SmoothTransformation


def first_page_png(pdf: bytes) -> bytes:
    """Page 1 as PNG via pdftoppm (worker thread); b"" when it cannot be rendered."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return b""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "invoice.pdf"
        try:
            files.write_bytes(source, pdf)
        except FileNotWritten:  # a full disk: no preview, nothing left behind
            return b""
        out = Path(folder) / "page"
        done = subprocess.run(
            [tool, "-png", "-r", str(PREVIEW_DPI), "-f", "1", "-l", "1", "-singlefile",
             str(source), str(out)],
            capture_output=True, timeout=30, check=False,
        )  # fmt: skip
        image = out.with_suffix(".png")
        return image.read_bytes() if done.returncode == 0 and image.exists() else b""


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
        self.picture = QLabel(self.tr("Choose an invoice to see its first page."))
        self.picture.setObjectName("pdf_page")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setWordWrap(True)
        self.page_area = QScrollArea()
        self.page_area.setWidget(self.picture)
        self.page_area.setWidgetResizable(True)
        splitter.addWidget(self.page_area)
        splitter.setSizes([540, 540])
        column.addWidget(splitter, 1)
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.credit_button = QPushButton(self.tr("&Credit note…"))
        self.credit_button.setObjectName("credit_button")
        self.credit_button.setEnabled(allowed(self.ctx, "invoices.post"))
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.credit_button)
        column.addLayout(actions)

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
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("Choose an invoice to see its first page."))

    def chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def show_page(self) -> None:
        row = self.chosen()
        if row is None or row.uuid == self._shown:
            return
        self._shown = uuid = row.uuid
        self.picture.setText(self.tr("Rendering page 1…"))

        def done(png: bytes) -> None:
            if not isValid(self) or uuid != self._shown:
                return
            picture = QPixmap()
            if png and picture.loadFromData(png):
                width = max(self.page_area.viewport().width() - 8, 200)
                self.picture.setPixmap(picture.scaledToWidth(width, SMOOTH))
            else:
                self.picture.setText(self.tr("No preview here: open the PDF to see it."))

        def failed(exc: BaseException, _details: str) -> None:
            if isValid(self) and uuid == self._shown:
                self.picture.setText(refusal_text(exc))

        run_in_background(
            lambda: first_page_png(invoices_docs.get_document(self.ctx, uuid, "pdf").content),
            done, failed,
        )  # fmt: skip

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
