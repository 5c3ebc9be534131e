"""The audit trail for administrators (issue #7): a tab of the Administration page with
filters (dates, user, action, record type, citizen CPR), a lazily filled table, an export
to CSV for the data protection officer and a check of the hash chain — both through
run_op in the background (app/views/components/tasks.py): a refusal is said once, here."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError
from app.services.admin import audit_chain as audit_trail
from app.services.admin import audit_log
from app.services.admin.audit_chain import ChainBreak, VerifyResult
from app.services.admin.audit_log import AuditFilter
from app.services.invoices.integrity import InvoiceMismatch
from app.services.kernel.permissions import allowed
from app.views.admin.audit_model import ACTIONS, ENTITIES, INVOICE_PARTS, AuditTableModel, label
from app.views.components.messages import error_text
from app.views.components.tasks import run_op
from app.views.widgets.inputs import OptionalDateEdit

WIDTHS = (70, 125, 80, 130, 110, 150, 160, 300)


class AuditTab(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._connect_signals()
        self.loaded = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.load()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.date_from, self.date_to = OptionalDateEdit(), OptionalDateEdit()
        self.user = QLineEdit(placeholderText=self.tr("Initials"), maxLength=12)
        self.action, self.entity = QComboBox(), QComboBox()
        self.cpr = QLineEdit(placeholderText=self.tr("CPR (ddmmyy-xxxx)"), maxLength=11)
        self.user.setMaximumWidth(90)
        self.cpr.setMinimumWidth(150)
        # D43: a CPR number names a patient; the service refuses the filter to the others
        self.cpr.setEnabled(allowed(self.ctx, "audit.full") or allowed(self.ctx, "citizens.read"))
        for caption, widget in (
            (self.tr("From:"), self.date_from), (self.tr("To:"), self.date_to),
            (self.tr("User:"), self.user), (self.tr("Action:"), self.action),
            (self.tr("Record type:"), self.entity), (self.tr("Citizen:"), self.cpr),
        ):  # fmt: skip
            widget.setAccessibleName(caption.rstrip(":"))
            bar.addWidget(QLabel(caption))
            bar.addWidget(widget)
        self.search_button = QPushButton(self.tr("&Show"))
        bar.addWidget(self.search_button)
        bar.addStretch(1)
        column.addLayout(bar)
        self.model = AuditTableModel(self.ctx, self)
        self.table = self._make_table()
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export to CSV…"))
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        column.addLayout(buttons)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("audit_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for index, width in enumerate(WIDTHS):
            table.setColumnWidth(index, width)
        return table

    def _connect_signals(self) -> None:
        self.search_button.clicked.connect(self.apply_filter)
        self.user.returnPressed.connect(self.apply_filter)
        self.cpr.returnPressed.connect(self.apply_filter)
        self.action.activated.connect(lambda _i: self.apply_filter())
        self.entity.activated.connect(lambda _i: self.apply_filter())
        self.export_button.clicked.connect(self.ask_export)
        self.verify_button.clicked.connect(self.verify)

    def load(self) -> None:
        """Fill the lists of known codes (other codes can be typed) and show the newest."""
        self.loaded = True
        for combo, labels in ((self.action, ACTIONS), (self.entity, ENTITIES)):
            combo.setEditable(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for code in labels:
                combo.addItem(label(labels, code), code)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(self.date_from.value(), self.date_to.value(), self.user.text(),
                           _code(self.action), _code(self.entity), self.cpr.text())  # fmt: skip

    def apply_filter(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except AkutDeskError as exc:  # a wrong CPR, or a filter the role may not use
            self._say(error_text(exc), error=True)
            return
        shown = self.model.rowCount()
        more = self.model.canFetchMore()
        text = (self.tr("Entries shown: {count} (the newest; scroll for more).") if more
                else self.tr("Entries shown: {count}."))  # fmt: skip
        self._say(text.format(count=shown), error=False)

    # -- export and verify, in the background ------------------------------------------------

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export audit trail"), "revisionsspor.csv", "CSV (*.csv)"
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        f = self.current_filter()
        run_op(
            lambda: audit_log.export_csv(self.ctx, f, path),
            parent=self,
            title=self.tr("Export audit trail"),
            on_done=lambda count: self._say(
                self.tr("%n entries exported to {path}.", "", count).format(path=path),
                error=False,
            ),
            on_refused=self._refused,
            label=self.tr("Exporting the audit trail…"),
        )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        run_op(
            lambda: audit_trail.verify(self.ctx),
            parent=self,
            title=self.tr("Checking the audit chain…"),
            on_done=self._verified,
            on_refused=self._refused,
            label=self.tr("Checking the audit chain…"),
        )

    def _verified(self, result: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        if result.broken is None:
            text = self.tr("%n entries, chain intact. Chain head: {head}", "", result.entries)
            text = text.format(head=str(result.head))
            changed = [self.invoice_text(m) for m in result.invoices.mismatches]
            self._say("\n".join([text, *changed]), error=bool(changed))
            return
        self._say(self.break_text(result.broken), error=True)

    def invoice_text(self, m: InvoiceMismatch) -> str:
        if m.parts == ("missing",):
            return self.tr("Posted invoice {number} was removed.").format(number=m.number)
        parts = ", ".join(label(INVOICE_PARTS, part) for part in m.parts)
        return self.tr("Posted invoice {number} was changed since posting: {parts}.").format(
            number=m.number, parts=parts
        )

    def break_text(self, b: ChainBreak) -> str:
        if b.kind == "changed":
            return self.tr(
                "The audit chain is broken: entry {sequence} ({at}, {action}, {entity} "
                "{uuid}) was changed."
            ).format(sequence=b.sequence, at=_when(b), action=label(ACTIONS, b.action),
                     entity=label(ENTITIES, b.entity), uuid=b.entity_uuid)  # fmt: skip
        last = b.last_missing if b.last_missing is not None else b.sequence
        return self.tr(
            "The audit chain is broken: entries {first}–{last} were removed (after entry "
            "{previous})."
        ).format(first=b.sequence, last=last, previous=b.previous or "—")

    def _refused(self, exc: AkutDeskError) -> bool:
        self.verify_button.setEnabled(True)
        self._say(error_text(exc), error=True)
        return True

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "color: #1b6e2d;")
        self.status.setText(text)


def _when(b: ChainBreak) -> str:
    # lazy: start-up (a screen's dialogs load when first opened)
    from app.views.components.formatting import moment_text

    return moment_text(b.at)


def _code(combo: QComboBox) -> str:
    """The chosen item's code, or what was typed when it names no item."""
    index = combo.findText(combo.currentText())
    return str(combo.itemData(index) or "") if index >= 0 else combo.currentText().strip()
