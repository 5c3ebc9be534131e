"""A credit note for a posted invoice (D12; app.services.invoices_credit.credit_invoice):
the whole invoice or the lines chosen, the reason, and whether the credited items may be
billed again in the next run. The service decides every rule (a regulation invoice, a
line credited already, no reason); this dialog shows its refusal at the field.

The lines to choose from are read from the invoice's stored OIOUBL document (the one
service that gives an invoice's lines today); without it the lines are offered by number.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from app.domain.identifiers import mask_cpr
from app.services import invoices_credit, invoices_docs
from app.services.errors import AkutDeskError
from app.views.dialogs.home import FormDialog
from app.views.table_models.invoices import kr, month_text

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"


def stored_lines(ctx: Any, uuid: str) -> list[tuple[int, str]]:
    """(line number, text) of the invoice's lines, from its stored e-invoice; [] without."""
    try:
        root = ET.fromstring(invoices_docs.get_document(ctx, uuid, "xml").content)
    except (AkutDeskError, ET.ParseError):
        return []
    found: list[tuple[int, str]] = []
    for element in root.iter():
        if element.tag.endswith(("}InvoiceLine", "}CreditNoteLine")):
            number = element.findtext(f"{{{CBC}}}ID") or ""
            if number.isdigit():
                found.append((int(number), _line_text(element, number)))
    return found


def _line_text(element: ET.Element, number: str) -> str:
    note = _masked(element.findtext(f"{{{CBC}}}Note") or "")
    try:
        amount = kr(Decimal(element.findtext(f"{{{CBC}}}LineExtensionAmount") or ""))
    except InvalidOperation:
        amount = ""
    return f"{number}.  {amount}  ·  {note}"


def _masked(note: str) -> str:
    """D40: a list shows the CPR number masked."""
    return re.sub(r"CPR (\d{6})-?(\d{4})", lambda m: f"CPR {mask_cpr(m[1] + m[2])}", note)


class InvoiceCreditDialog(FormDialog):
    entities = frozenset({"invoice"})

    def __init__(self, ctx: Any, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("Credit note for invoice {number}").format(number=row.number))
        self.setMinimumWidth(860)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Post credit note")
        )
        about = QLabel(
            self.tr("{unit}, period {period}, total {total} to the region.").format(
                unit=f"{row.unit_code} – {row.unit_name}", period=month_text(row.period),
                total=kr(row.total_region))
        )  # fmt: skip
        about.setWordWrap(True)
        self.layout_.insertWidget(0, about)
        self.whole = QRadioButton(self.tr("The whole invoice (every line not credited yet)"))
        self.whole.setChecked(True)
        self.form.add("scope", self.tr("Credit"), self.whole)
        self.chosen_only = QRadioButton(self.tr("Only the lines chosen below"))
        self.form.add("chosen", "", self.chosen_only)
        self.scope = QButtonGroup(self)  # the two rows have different parents
        self.scope.addButton(self.whole)
        self.scope.addButton(self.chosen_only)
        self.lines = QListWidget()
        lines = stored_lines(ctx, row.uuid)
        for number, text in lines or self._numbers(row.lines):
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.lines.addItem(item)
        self.form.add("lines", self.tr("Lines"), self.lines)
        self.reason = self.form.add("reason", self.tr("Reason"), QLineEdit(), max_length=200)
        self.rebill = QCheckBox(self.tr("Bill the credited items again in the next run"))
        self.form.add("rebill", "", self.rebill)
        hint = QLabel(self.tr("For example when the course's hospital unit or type was wrong: "
                              "correct the course first. Otherwise the items are never billed "
                              "again."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setMinimumWidth(560)
        hint.setStyleSheet("color: #556;")
        self.form.layout_.addRow("", hint)
        self.finish_layout()
        self.lines.itemChanged.connect(lambda _item: self.chosen_only.setChecked(True))

    def _numbers(self, count: int) -> list[tuple[int, str]]:
        return [(n, self.tr("Line {n}").format(n=n)) for n in range(1, count + 1)]

    def chosen(self) -> list[int] | None:
        if self.whole.isChecked():
            return None
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.lines.item(i) for i in range(self.lines.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        if self.chosen() == []:
            self.form.show_problems([])
            self._say(self.tr("Tick the lines to credit, or choose the whole invoice."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.run(lambda: invoices_credit.credit_invoice(
                self.ctx, self.row.uuid, reason=self.reason.text(), line_nos=self.chosen(),
                rebill=self.rebill.isChecked()))  # fmt: skip
        finally:
            QGuiApplication.restoreOverrideCursor()
