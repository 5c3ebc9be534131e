"""The audit trail as a lazily filled table (issue #7): newest first, a page at a time by
sequence number (keyset — the store can hold millions of entries), filtered by
app.services.admin.audit_log.AuditFilter. Action and entity codes are shown as labels."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.domain.kinds import KINDS
from app.services.admin import audit_log
from app.services.admin.audit_log import AuditFilter, AuditRow
from app.views import kinds as kind_views
from app.views.components import lazy_model as lazy
from app.views.components.formatting import moment_text
from app.views.components.lazy_model import Index, LazyTableModel

CONTEXT = "AuditLabels"
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "Deleted"),
    "open": QT_TRANSLATE_NOOP("AuditLabels", "Opened"),
    "view_cpr": QT_TRANSLATE_NOOP("AuditLabels", "Full CPR shown"),
    "disclose_cpr": QT_TRANSLATE_NOOP("AuditLabels", "Full CPR in a document"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "Imported"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "Restored"),
    "accept": QT_TRANSLATE_NOOP("AuditLabels", "Accepted"),
    "reject": QT_TRANSLATE_NOOP("AuditLabels", "Rejected"),
    "end": QT_TRANSLATE_NOOP("AuditLabels", "Ended"),
    "decide": QT_TRANSLATE_NOOP("AuditLabels", "Decided"),
    "correct": QT_TRANSLATE_NOOP("AuditLabels", "Taken back"),
    "key_file": QT_TRANSLATE_NOOP("AuditLabels", "Store key kept in a file"),
    "change_type": QT_TRANSLATE_NOOP("AuditLabels", "Course type changed"),
    "demo": QT_TRANSLATE_NOOP("AuditLabels", "Demo data loaded"),
    "change": QT_TRANSLATE_NOOP("AuditLabels", "Changed settings"),
    "resolve_conflict": QT_TRANSLATE_NOOP("AuditLabels", "Sync conflict resolved"),
    "post": QT_TRANSLATE_NOOP("AuditLabels", "Posted"),
    "rebill": QT_TRANSLATE_NOOP("AuditLabels", "Fee judged again"),
    "encrypt": QT_TRANSLATE_NOOP("AuditLabels", "Store encrypted"),
    "sign_in_refused": QT_TRANSLATE_NOOP("AuditLabels", "Sign-in refused"),
}
# record type -> label: the citizen, each case kind's record types in the registry's order
# (app.domain.kinds; their labels in app.views.kinds), then the reference and system records
ENTITIES = {
    "citizen": QT_TRANSLATE_NOOP("AuditLabels", "Citizen"),
    **{code: kind_views.RECORD_LABELS[code] for kind in KINDS for code in kind.records},
    "department": QT_TRANSLATE_NOOP("AuditLabels", "Department"),
    "hospital_unit": QT_TRANSLATE_NOOP("AuditLabels", "Hospital unit"),
    "municipality": QT_TRANSLATE_NOOP("AuditLabels", "Municipality"),
    "user": QT_TRANSLATE_NOOP("AuditLabels", "User"),
    "team": QT_TRANSLATE_NOOP("AuditLabels", "Team"),
    "certificate": QT_TRANSLATE_NOOP("AuditLabels", "Certificate"),
    "invoice": QT_TRANSLATE_NOOP("AuditLabels", "Invoice"),
    "tariff_version": QT_TRANSLATE_NOOP("AuditLabels", "Tariff version"),
    "invoice_settings": QT_TRANSLATE_NOOP("AuditLabels", "Invoice settings"),
    "price_index": QT_TRANSLATE_NOOP("AuditLabels", "Price level"),
    "survey_sheet": QT_TRANSLATE_NOOP("AuditLabels", "Survey answer sheet"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "Setting"),
    "store": QT_TRANSLATE_NOOP("AuditLabels", "Store"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLabels", "Audit trail"),
    "report": QT_TRANSLATE_NOOP("AuditLabels", "Report"),
}


# the parts of a posted invoice that `audit verify` names (app/services/invoices/integrity.py)
INVOICE_PARTS = {
    "header": QT_TRANSLATE_NOOP("AuditLabels", "receiver, dates or references"),
    "totals": QT_TRANSLATE_NOOP("AuditLabels", "totals"),
    "lines": QT_TRANSLATE_NOOP("AuditLabels", "lines"),
    "pdf": QT_TRANSLATE_NOOP("AuditLabels", "PDF"),
    "xml": QT_TRANSLATE_NOOP("AuditLabels", "OIOUBL XML"),
}


def label(table: dict[str, str], code: str) -> str:
    """A code's translated label; a code without one is shown as it is."""
    return QCoreApplication.translate(CONTEXT, table[code]) if code in table else code


def _shown(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def change_text(row: AuditRow) -> str:
    """before → after, field by field, on one line."""
    before, after = row.before or {}, row.after or {}
    parts = []
    for key in sorted(set(before) | set(after)):
        if key in before:
            parts.append(f"{key}: {_shown(before[key])} → {_shown(after.get(key))}")
        elif after[key] not in ("", None, [], {}):  # a new record's empty fields say nothing
            parts.append(f"{key}: {_shown(after[key])}")
    return "; ".join(parts)


class AuditTableModel(LazyTableModel):
    COLUMNS = ("sequence", "at", "user", "action", "entity", "entity_uuid", "reason", "change")

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = AuditFilter()
        self.headers = (
            self.tr("No."),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record type"),
            self.tr("Record ID"),
            self.tr("Reason"),
            self.tr("Change"),
        )

    def fetch(self, offset: int, limit: int) -> Sequence[AuditRow]:
        before = self.rows[-1].sequence if offset and self.rows else None
        return audit_log.list_entries(self.ctx, self.filter, before=before, limit=limit)

    def set_filter(self, f: AuditFilter) -> None:
        """Show the newest entries under ``f``; a filter the service refuses (InvalidInput)
        leaves the table as it was."""
        first = audit_log.list_entries(self.ctx, f, limit=lazy.PAGE)
        self.beginResetModel()
        self.filter, self.rows, self._more = f, list(first), len(first) == lazy.PAGE
        self.endResetModel()

    def cell(self, row: AuditRow, column: str) -> str:
        if column == "sequence":
            return str(row.sequence)
        if column == "at":
            return moment_text(row.at)
        if column == "action":
            return label(ACTIONS, row.action)
        if column == "entity":
            return label(ENTITIES, row.entity)
        if column == "change":
            return change_text(row)
        return str(getattr(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
