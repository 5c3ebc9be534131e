"""Acute episodes as tables: the episode list, lazily filled from list_episodes (STYLE §7),
and an episode's measurements, its GP contacts with their fee status (D21–D23) and the
fee statement's lines per practice (D24), each a short list handed over whole."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.acute import views
from app.services.acute.views import EpisodeRow
from app.views.components import acute_vocabulary as ev
from app.views.components.formatting import date_text, moment_text, phone_text
from app.views.components.lazy_model import Index, LazyTableModel

ENDED, NOT_BILLABLE = "#555555", "#8a3b00"


def setting_text(setting: str, unit: str, place: int | None) -> str:
    if setting == "acute_place" and unit:
        text = QCoreApplication.translate("Acute", "{unit}, place {place}")
        return text.format(unit=unit, place=place or "")
    return ev.label(ev.SETTINGS, setting)


def decimal(value: Any) -> str:
    """A Decimal from the core with a decimal comma, as the Danish screens show it."""
    # lazy: start-up (a screen's dialogs load when first opened)
    from app.views.components.formatting import decimal_text

    return decimal_text(str(value)) if value is not None else ""


def kr_text(amount: Decimal) -> str:
    """Kroner with the user's separators: ``7.000,00 kr.`` in Danish (D41)."""
    locale = QLocale()
    plain = f"{amount:,.2f}".replace(",", "\x00").replace(".", locale.decimalPoint())
    return plain.replace("\x00", locale.groupSeparator()) + " kr."


def measured_text(kind: str, value: Any, value2: Any, unit: str) -> str:
    """``84,5 mg/L``, ``132/78 mmHg``: the kind's own number of decimals."""
    # lazy: start-up (the window is shown before the core loads)
    from app.domain.acute import MEASUREMENTS

    spec = MEASUREMENTS.get(kind)
    places = spec.decimals if spec else 1

    def number(v: Any) -> str:
        return decimal(f"{Decimal(v):.{places}f}")

    text = number(value) + (f"/{number(value2)}" if value2 is not None else "")
    return f"{text} {unit}".strip()


class EpisodeTableModel(LazyTableModel):
    COLUMNS = (
        "status",
        "cpr_masked",
        "citizen_name",
        "target_group",
        "setting",
        "responsible",
        "start_at",
        "end",
    )
    STATUS = 0
    RESPONSIBLE = 5
    END = 7

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = "open"
        self.query = ""
        self.headers = (
            self.tr("Status"),
            self.tr("CPR"),
            self.tr("Name"),
            self.tr("Target group"),
            self.tr("Where"),
            self.tr("Responsible doctor · phone"),
            self.tr("Start"),
            self.tr("End (expected)"),
        )

    def fetch(self, offset: int, limit: int) -> Sequence[EpisodeRow]:
        return views.list_episodes(
            self.ctx, self.status, text=self.query, offset=offset, limit=limit
        )

    def set_filter(self, status: str, text: str) -> None:
        self.status, self.query = status, text
        self.refill()

    def reload(self) -> None:
        self.refill()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.ForegroundRole and row.status == "ended":
            return QBrush(QColor(ENDED))
        return super().data(index, role)

    def cell(self, row: EpisodeRow, column: str) -> str:
        if column == "status":
            return ev.label(ev.STATUSES, row.status)
        if column == "target_group":
            return ev.label(ev.TARGET_GROUPS_SHORT, row.target_group)
        if column == "setting":
            return setting_text(row.setting, row.acute_unit_name, row.place_number)
        if column == "responsible":
            return f"{row.responsible_doctor} · {phone_text(row.responsible_phone)}"
        if column == "start_at":
            return moment_text(row.start_at)
        if column != "end":
            return str(getattr(row, column))
        if row.end_at is not None:
            return f"{moment_text(row.end_at)} · {ev.label(ev.END_REASONS, row.end_reason)}"
        return date_text(row.expected_end)


class ListTableModel(LazyTableModel):
    """A short list the caller already has (an episode's values, a month's practices),
    shown through the same lazy model so it behaves like every other table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.source: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.source = list(rows)
        self.refill()

    def fetch(self, offset: int, limit: int) -> Sequence[Any]:
        return self.source[offset : offset + limit]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.UserRole:
            return getattr(row, "uuid", None)
        return super().data(index, role)

    def uuid_at(self, row: int) -> str | None:
        found = self.rows[row] if 0 <= row < len(self.rows) else None
        return getattr(found, "uuid", None)


class MeasurementTableModel(ListTableModel):
    COLUMNS = ("measured_at", "kind", "value", "npu", "note", "by")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Measured"),
            self.tr("Measurement"),
            self.tr("Value"),
            self.tr("NPU code"),
            self.tr("Note"),
            self.tr("By"),
        )

    def cell(self, row: Any, column: str) -> str:
        if column == "measured_at":
            return moment_text(row.measured_at)
        if column == "kind":
            return ev.label(ev.MEASUREMENTS, row.kind)
        if column == "value":
            return measured_text(row.kind, row.value, row.value2, row.unit)
        return str(getattr(row, column) or "")


class ContactTableModel(ListTableModel):
    COLUMNS = ("at", "channel", "gp", "staff", "content", "fee", "note")
    FEE = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("When"),
            self.tr("Channel"),
            self.tr("GP · practice"),
            self.tr("Staff"),
            self.tr("Assessed / treated / followed up"),
            self.tr("OK22 fee"),
            self.tr("What was assessed, treated or followed up"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if (
            row is not None
            and role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.FEE
            and not row.billable
        ):
            return QBrush(QColor(NOT_BILLABLE))
        if row is not None and role == Qt.ItemDataRole.ToolTipRole and index.column() == self.FEE:
            return self.fee_reason(row)
        return super().data(index, role)

    def fee_reason(self, row: Any) -> str:
        if row.billable:
            return self.tr("Counts for the OK22 fee.")
        return self.tr("Does not count: {why}.").format(
            why=ev.label(ev.NOT_BILLABLE, row.not_billable_reason)
        )

    def cell(self, row: Any, column: str) -> str:
        if column == "at":
            return moment_text(row.at)
        if column == "channel":
            return ev.label(ev.CHANNELS, row.channel)
        if column == "gp":
            return f"{row.gp_name} · {row.practice}"
        if column == "content":
            done = [
                text
                for flag, text in (
                    (row.assessed, self.tr("assessed")),
                    (row.treated, self.tr("treated")),
                    (row.followed_up, self.tr("followed up")),
                )
                if flag
            ]
            return ", ".join(done) or self.tr("none")
        if column == "fee":
            if row.billable:
                return self.tr("Counts")
            return self.tr("No: {why}").format(
                why=ev.label(ev.NOT_BILLABLE_SHORT, row.not_billable_reason)
            )
        return str(getattr(row, column) or "")


class FeeLineTableModel(ListTableModel):
    COLUMNS = ("practice", "billable", "not_billable", "fee", "amount")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Practice"),
            self.tr("Counting contacts"),
            self.tr("Not counting"),
            self.tr("Fee"),
            self.tr("Amount"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def cell(self, row: Any, column: str) -> str:
        if column in ("fee", "amount"):
            return kr_text(getattr(row, column))
        return str(getattr(row, column))
