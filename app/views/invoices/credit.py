"""A credit note for a posted invoice (D12; app.services.invoices.credit.credit_invoice):
the whole invoice or the lines chosen, the reason, and whether the credited items may be
billed again in the next run. The service decides every rule (a regulation invoice, a
line credited already, no reason); this dialog shows its refusal at the field.

The lines to choose from come from ``invoices_credit.invoice_lines`` (CPR masked, D40);
a line credited already is shown but cannot be ticked.
"""

from __future__ import annotations

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

from app.services.invoices import credit as invoices_credit
from app.views.homes.home_dialog import FormDialog
from app.views.invoices import passphrase
from app.views.invoices.invoices_model import kr, month_text


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
        for line in invoices_credit.invoice_lines(ctx, row.uuid):
            text = self._line_text(line)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, line.line_no)
            if line.credited:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
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

    def _line_text(self, line: Any) -> str:
        text = self.tr("{no}.  {amount}  ·  {cpr} {name} · {department} · {what} · {first}–{last}").format(
            no=line.line_no, amount=kr(line.region_share), cpr=line.cpr_masked,
            name=line.citizen_name, department=line.department, what=line.description,
            first=f"{line.first_date:%d.%m.%Y}", last=f"{line.last_date:%d.%m.%Y}",
        )  # fmt: skip
        return text + (self.tr("  (credited)") if line.credited else "")

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
        given = passphrase.for_posting(self, self.ctx)  # issue #16: no keyring holds it
        if given is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.run(lambda: invoices_credit.credit_invoice(
                self.ctx, self.row.uuid, reason=self.reason.text(), line_nos=self.chosen(),
                rebill=self.rebill.isChecked(), **given.renderer(self.ctx, invoices_credit)))  # fmt: skip
        finally:
            QGuiApplication.restoreOverrideCursor()
