"""The conflicts list (issue #15, docs/sync.md): each record changed on both sides since the
last sync, with both versions field by field; the user keeps the office's version or the
server's. The choice is the use case's (app/services/sync/conflicts.py: audit-logged, it
travels with the next sync); this dialog only shows and asks."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.sync import conflicts, office
from app.views.admin.audit_model import ENTITIES
from app.views.components.formatting import moment_text
from app.views.components.guarded import FittedDialog
from app.views.components.tasks import run_op

KINDS = {
    "changed": QT_TRANSLATE_NOOP("ConflictsDialog", "changed on both sides"),
    "deleted": QT_TRANSLATE_NOOP("ConflictsDialog", "changed here, deleted on the server"),
    "delete": QT_TRANSLATE_NOOP("ConflictsDialog", "deleted here, changed on the server"),
    "duplicate": QT_TRANSLATE_NOOP("ConflictsDialog", "registered in two places"),
    "missing": QT_TRANSLATE_NOOP("ConflictsDialog", "refers to a record the server lacks"),
    "in_use": QT_TRANSLATE_NOOP("ConflictsDialog", "deleted here, still in use on the server"),
    "server_only": QT_TRANSLATE_NOOP("ConflictsDialog", "only the server changes this"),
}

#: a field by the words of the record's own form; a column not named here shows its code
FIELDS = {
    "cpr": QT_TRANSLATE_NOOP("ConflictsDialog", "CPR number"),
    "first_name": QT_TRANSLATE_NOOP("ConflictsDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ConflictsDialog", "Last name"),
    "address": QT_TRANSLATE_NOOP("ConflictsDialog", "Address"),
    "postcode": QT_TRANSLATE_NOOP("ConflictsDialog", "Postcode"),
    "city": QT_TRANSLATE_NOOP("ConflictsDialog", "Town"),
    "phone": QT_TRANSLATE_NOOP("ConflictsDialog", "Phone"),
    "contact_name": QT_TRANSLATE_NOOP("ConflictsDialog", "Next of kin"),
    "contact_relation": QT_TRANSLATE_NOOP("ConflictsDialog", "Relation"),
    "contact_phone": QT_TRANSLATE_NOOP("ConflictsDialog", "Contact's phone"),
    "gp_name": QT_TRANSLATE_NOOP("ConflictsDialog", "GP"),
    "gp_practice": QT_TRANSLATE_NOOP("ConflictsDialog", "GP's practice"),
    "gp_phone": QT_TRANSLATE_NOOP("ConflictsDialog", "GP's phone"),
    "cave_state": QT_TRANSLATE_NOOP("ConflictsDialog", "CAVE asked"),
    "cave": QT_TRANSLATE_NOOP("ConflictsDialog", "CAVE"),
    "team_id": QT_TRANSLATE_NOOP("ConflictsDialog", "Team"),
    "department_id": QT_TRANSLATE_NOOP("ConflictsDialog", "Treating department"),
    "responsible_doctor": QT_TRANSLATE_NOOP("ConflictsDialog", "Responsible doctor"),
    "course_type": QT_TRANSLATE_NOOP("ConflictsDialog", "Course type"),
    "drug": QT_TRANSLATE_NOOP("ConflictsDialog", "Drug"),
    "dose": QT_TRANSLATE_NOOP("ConflictsDialog", "Dose"),
    "doses_per_day": QT_TRANSLATE_NOOP("ConflictsDialog", "Doses a day"),
    "planned_days": QT_TRANSLATE_NOOP("ConflictsDialog", "Planned days"),
    "iv_access": QT_TRANSLATE_NOOP("ConflictsDialog", "IV access"),
    "closed_system": QT_TRANSLATE_NOOP("ConflictsDialog", "Closed system"),
    "place": QT_TRANSLATE_NOOP("ConflictsDialog", "Place of treatment"),
    "plan_end_date": QT_TRANSLATE_NOOP("ConflictsDialog", "Planned end"),
    "plan_oral_switch": QT_TRANSLATE_NOOP("ConflictsDialog", "Switch to tablets"),
    "plan_blood_tests": QT_TRANSLATE_NOOP("ConflictsDialog", "Blood tests"),
    "plan_controls": QT_TRANSLATE_NOOP("ConflictsDialog", "Controls"),
    "referral_note": QT_TRANSLATE_NOOP("ConflictsDialog", "Referral note"),
    "status": QT_TRANSLATE_NOOP("ConflictsDialog", "Status"),
    "start_date": QT_TRANSLATE_NOOP("ConflictsDialog", "Start"),
    "end_date": QT_TRANSLATE_NOOP("ConflictsDialog", "End"),
    "end_reason": QT_TRANSLATE_NOOP("ConflictsDialog", "End reason"),
    "end_text": QT_TRANSLATE_NOOP("ConflictsDialog", "End note"),
    "outcome": QT_TRANSLATE_NOOP("ConflictsDialog", "Outcome"),
    "readmitted_on": QT_TRANSLATE_NOOP("ConflictsDialog", "Readmitted on"),
    "target_group": QT_TRANSLATE_NOOP("ConflictsDialog", "Target group"),
    "reason": QT_TRANSLATE_NOOP("ConflictsDialog", "Reason"),
    "setting": QT_TRANSLATE_NOOP("ConflictsDialog", "Setting"),
    "place_number": QT_TRANSLATE_NOOP("ConflictsDialog", "Place"),
    "responsible_phone": QT_TRANSLATE_NOOP("ConflictsDialog", "Responsible doctor's phone"),
    "expected_end": QT_TRANSLATE_NOOP("ConflictsDialog", "Expected end"),
    "end_at": QT_TRANSLATE_NOOP("ConflictsDialog", "Ended"),
    "treatment_summary": QT_TRANSLATE_NOOP("ConflictsDialog", "Treatment summary"),
    "name": QT_TRANSLATE_NOOP("ConflictsDialog", "Name"),
    "ownership": QT_TRANSLATE_NOOP("ConflictsDialog", "Ownership"),
    "places": QT_TRANSLATE_NOOP("ConflictsDialog", "Places"),
    "contact_nurse": QT_TRANSLATE_NOOP("ConflictsDialog", "Contact nurse"),
    "closed_on": QT_TRANSLATE_NOOP("ConflictsDialog", "Closed on"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def record_label(table: str) -> str:
    """A table's records by the audit trail's words for them (its record types' labels)."""
    code = office.kind_of(table)
    if code not in ENTITIES:
        return table
    return QCoreApplication.translate("AuditLabels", ENTITIES[code])


def field_name(column: str) -> str:
    return _tr(FIELDS[column]) if column in FIELDS else column


def record_name(found: conflicts.ConflictView) -> str:
    """Which record: its name as either side has it (a citizen's, a home's), else its uuid."""
    data = found.theirs or found.mine or {}
    if data.get("last_name"):
        return f"{data.get('first_name', '')} {data['last_name']}".strip()
    return str(data.get("name") or found.record_uuid[:8])


def value_text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsDialog(FittedDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listed: list[conflicts.ConflictView] = []
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "These records were changed here and elsewhere since the last sync. Nothing was "
            "overwritten: until you choose, the server's version stands everywhere."
        )))  # fmt: skip
        self.table = QTreeWidget()
        self.table.setObjectName("conflicts_table")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("When"), self.tr("Record"), self.tr("What happened"), self.tr("Fields")]
        )
        self.table.currentItemChanged.connect(lambda *_: self._show())
        layout.addWidget(self.table, 1)
        self.fields = QTreeWidget()
        self.fields.setObjectName("conflict_fields")
        self.fields.setRootIsDecorated(False)
        self.fields.setHeaderLabels(
            [self.tr("Field"), self.tr("This office's version"), self.tr("The server's version")]
        )
        layout.addWidget(self.fields, 1)
        buttons = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Keep this office's version"))
        self.mine_button.setObjectName("keep_mine")
        self.theirs_button = QPushButton(self.tr("Keep the server's version"))
        self.theirs_button.setObjectName("keep_theirs")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        self.listed = conflicts.list_conflicts(self.ctx)
        self.table.clear()
        for found in self.listed:
            record = f"{record_label(found.table)}: {record_name(found)}"
            fields = ", ".join(field_name(f) for f in found.fields) or "—"
            item = QTreeWidgetItem(
                [moment_text(found.at), record, _tr(KINDS.get(found.kind, found.kind)), fields]
            )
            self.table.addTopLevelItem(item)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        if self.listed:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._show()

    def current(self) -> conflicts.ConflictView | None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem())
        return self.listed[row] if 0 <= row < len(self.listed) else None

    def _show(self) -> None:
        found = self.current()
        self.fields.clear()
        self.mine_button.setEnabled(found is not None)
        self.theirs_button.setEnabled(found is not None)
        if found is None:
            return
        names = found.fields or tuple(sorted({*(found.mine or {}), *(found.theirs or {})}))
        for name in names:
            mine = (found.mine or {}).get(name) if found.mine is not None else None
            theirs = (found.theirs or {}).get(name) if found.theirs is not None else None
            self.fields.addTopLevelItem(
                QTreeWidgetItem([field_name(name), value_text(mine), value_text(theirs)])
            )
        for column in range(3):
            self.fields.resizeColumnToContents(column)

    def resolve(self, choice: str) -> None:
        found = self.current()
        if found is None:
            return
        run_op(
            lambda: conflicts.resolve_conflict(self.ctx, found.uuid, found.version, choice),
            parent=self,
            title=self.tr("Sync conflicts"),
            on_done=lambda _view: self.load(),
        )
