"""Nursing-home lists as lazily filled tables (STYLE §7): the homes with their fixed doctor
and coverage, and on a home's page its arrangements, residents and cases; the reports
made. Each model takes its rows from one service call and hands them out a page at a
time."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.documents.labels import number
from app.views.components.formatting import date_text, moment_text
from app.views.components.lazy_model import Index, LazyTableModel
from app.views.kinds import RESIDENT_CASES

NOT_COVERED = "#b00020"
ENDED = "#777777"

OWNERSHIP = {
    "municipal": QT_TRANSLATE_NOOP("Homes", "Municipal"),
    "private_agreement": QT_TRANSLATE_NOOP("Homes", "Private (operating agreement)"),
}
PLACE_KINDS = {
    "permanent": QT_TRANSLATE_NOOP("Homes", "Permanent"),
    "respite": QT_TRANSLATE_NOOP("Homes", "Respite (temporary)"),
    "guest": QT_TRANSLATE_NOOP("Homes", "Guest (temporary)"),
    "acute": QT_TRANSLATE_NOOP("Homes", "Acute place (temporary)"),
}
EVENT_KINDS = {
    "started": QT_TRANSLATE_NOOP("Homes", "Started"),
    "changed": QT_TRANSLATE_NOOP("Homes", "Changed"),
    "terminated": QT_TRANSLATE_NOOP("Homes", "Terminated"),
}
REPORT_KINDS = {
    "klu": QT_TRANSLATE_NOOP("Homes", "KLU list"),
    "coverage": QT_TRANSLATE_NOOP("Homes", "Coverage as of 1 January"),
    "changes": QT_TRANSLATE_NOOP("Homes", "Quarterly changes"),
}

# a resident's case's kind: its label in the kind's views part (app/views/kinds.py)
CASE_KINDS = {key: case[0] for key, case in RESIDENT_CASES.items()}


def label(table: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("Homes", table[code]) if code in table else code


class RowsModel(LazyTableModel):
    """Rows from one service call (``load``), handed to the view a page at a time."""

    def __init__(self, load: Callable[[], Sequence[Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self.load = load
        self.all: list[Any] = []

    def fetch(self, offset: int, limit: int) -> Sequence[Any]:
        if offset == 0:
            self.all = list(self.load())
        return self.all[offset : offset + limit]

    def reload(self) -> None:
        self.refill()


class HomesTableModel(RowsModel):
    COLUMNS = ("name", "ownership", "places", "residents", "doctors", "covered")

    def __init__(self, load: Callable[[], Sequence[Any]], parent: Any = None) -> None:
        super().__init__(load, parent)
        self.headers = (self.tr("Nursing home"), self.tr("Ownership"), self.tr("Places"),
                        self.tr("Residents (temporary)"), self.tr("Fixed doctor"),
                        self.tr("Covered"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column == "ownership":
            return label(OWNERSHIP, row.ownership)
        if column == "residents":
            return f"{row.permanent} ({row.temporary})"
        if column == "doctors":
            if row.ends_on:
                ends = self.tr("{doctors} (terminated, ends {date})")
                return ends.format(doctors=row.doctors, date=date_text(row.ends_on))
            return row.doctors or self.tr("— none —")
        if column == "covered":
            if row.units > 1:
                return self.tr("{n} of {m} sections").format(n=row.covered_units, m=row.units)
            return self.tr("Yes") if row.covered else self.tr("No")
        return str(getattr(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.ForegroundRole and not row.covered:
            return QBrush(QColor(NOT_COVERED)) if index.column() in (4, 5) else None
        return super().data(index, role)


class ArrangementsTableModel(RowsModel):
    COLUMNS = ("section", "doctor", "provider_number", "period", "attached", "fee", "history")

    def __init__(self, load: Callable[[], Sequence[Any]], parent: Any = None) -> None:
        super().__init__(load, parent)
        self.headers = (self.tr("Section"), self.tr("Fixed doctor and practice"),
                        self.tr("Provider no."), self.tr("Period"),
                        self.tr("Attached residents"), self.tr("Fee a month"),
                        self.tr("History"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column == "section":
            return row.section_name or self.tr("Whole home")
        if column == "doctor":
            return f"{row.doctor_name}, {row.practice_name}"
        if column == "period":
            end = date_text(row.end_date) if row.end_date else ""
            return f"{date_text(row.start_date)} – {end}"
        if column == "attached":
            if not row.running:
                return ""
            return self.tr("{n} · {h} hours").format(n=row.attached, h=row.hours)
        if column == "fee":
            return f"{number(Decimal(row.fee), 2)} kr." if row.running else ""
        if column == "history":
            return "; ".join(
                self.tr("{kind} {registered} (effective {effective})").format(
                    kind=label(EVENT_KINDS, e.kind), registered=date_text(e.registered_on),
                    effective=date_text(e.effective_on))
                for e in row.events
            )  # fmt: skip
        return str(getattr(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.ForegroundRole and not row.running:
            return QBrush(QColor(ENDED))
        return super().data(index, role)


class ResidentsTableModel(RowsModel):
    COLUMNS = ("cpr_masked", "name", "section_name", "place_kind", "moved", "doctor")

    def __init__(self, load: Callable[[], Sequence[Any]], parent: Any = None) -> None:
        super().__init__(load, parent)
        self.headers = (self.tr("CPR"), self.tr("Name"), self.tr("Section"), self.tr("Place"),
                        self.tr("Lives there"), self.tr("Doctor"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column == "place_kind":
            return label(PLACE_KINDS, row.place_kind)
        if column == "moved":
            return f"{date_text(row.moved_in)} – {date_text(row.moved_out)}"
        if column == "doctor":
            return self.tr("{name} (fixed doctor)").format(name=row.doctor) if row.fixed_doctor else row.doctor  # fmt: skip
        return str(getattr(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.ForegroundRole and row.moved_out:
            return QBrush(QColor(ENDED))
        return super().data(index, role)


class CasesTableModel(RowsModel):
    COLUMNS = ("kind", "cpr_masked", "citizen_name", "period", "what", "status")

    def __init__(self, load: Callable[[], Sequence[Any]], parent: Any = None) -> None:
        super().__init__(load, parent)
        self.headers = (self.tr("Case"), self.tr("CPR"), self.tr("Name"), self.tr("Period"),
                        self.tr("Drug / reason"), self.tr("Status"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column == "kind":
            return label(CASE_KINDS, row.kind)
        if column == "period":
            return f"{date_text(row.start)} – {date_text(row.end)}"
        if column == "status":
            return case_status(row.kind, row.status)
        return str(getattr(row, column))


def case_status(kind: str, status: str) -> str:
    """A resident's case's status in the words of its kind's vocabulary (app/views/kinds.py:
    RESIDENT_CASES); a kind without an entry shows the code."""
    if kind not in RESIDENT_CASES:
        return status
    module, _, table = RESIDENT_CASES[kind][1].partition(":")
    words = importlib.import_module(module)  # a vocabulary module: its label(table, code)
    return str(words.label(getattr(words, table), status))


class ReportsTableModel(RowsModel):
    COLUMNS = ("kind", "period", "made_at", "signed", "sendings")

    def __init__(self, load: Callable[[], Sequence[Any]], parent: Any = None) -> None:
        super().__init__(load, parent)
        self.headers = (self.tr("Report"), self.tr("Period"), self.tr("Made"),
                        self.tr("Signed"), self.tr("Sent to"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column == "kind":
            return label(REPORT_KINDS, row.kind)
        if column == "made_at":
            return moment_text(row.made_at)
        if column == "signed":
            return self.tr("Signed (PAdES)") if row.signed else self.tr("Not signed")
        if column == "sendings":
            return "; ".join(f"{s.recipient} {date_text(s.sent_on)}" for s in row.sendings) or self.tr("Not sent")  # fmt: skip
        return str(getattr(row, column))
