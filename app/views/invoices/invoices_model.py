"""The invoice page's tables (DIGEST §1.13; D9–D14, D40, D41). Each shows a list the
service has already returned in memory (a unit's draft lines, the unbillable courses, the
posted invoices, a regulation's differences), so a plain model over that list is enough:
1,250 lines a unit cost nothing to hold, and cells are formatted only when painted."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.identifiers import mask_cpr
from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EARLIER = "#8a5a00"

# The reasons a course cannot be billed in this run (app/services/invoices/runs.py REASONS).
REASONS = {
    "unit_no_ean": QT_TRANSLATE_NOOP(
        "Invoices",
        "The hospital unit has no EAN/GLN: billed in the next run after it is entered.",
    ),
    "not_ended": QT_TRANSLATE_NOOP(
        "Invoices",
        "The course has not ended: its course tariff is billed in the month it ends.",
    ),
    "past_planned_end": QT_TRANSLATE_NOOP(
        "Invoices",
        "The course ran past its planned end ({planned_end}) without an end: end it, or "
        "record the hospital's new plan. Its course tariff is billed in the month it ends.",
    ),
    "not_started": QT_TRANSLATE_NOOP(
        "Invoices", "The course ended without a municipal administration: nothing to bill."
    ),
    "not_visited": QT_TRANSLATE_NOOP("Invoices", "The referral awaits visitation."),
    "rejected": QT_TRANSLATE_NOOP("Invoices", "A rejected referral is never billed."),
    "no_tariff": QT_TRANSLATE_NOOP(
        "Invoices", "No tariff in the valid version applies to this course's type."
    ),
}
KINDS = {
    "invoice": QT_TRANSLATE_NOOP("Invoices", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("Invoices", "Credit note"),
}
STATES = {
    "draft": QT_TRANSLATE_NOOP("Invoices", "Draft"),
    "posted": QT_TRANSLATE_NOOP("Invoices", "Posted"),
    "exported": QT_TRANSLATE_NOOP("Invoices", "Exported"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Invoices", text)


def label(table: dict[str, str], code: str) -> str:
    return tr(table[code]) if code in table else code


def kr(amount: Decimal) -> str:
    """D41: Danish style, ``7.000,00 kr.``"""
    text = f"{amount:,.2f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{text} kr."


def month_text(day: Any) -> str:
    return day.strftime("%m.%Y") if day else ""


class ListModel(QAbstractTableModel):
    """Rows from a list the service returned; ``cell`` says what a column shows."""

    COLUMNS: tuple[str, ...] = ()
    MONEY: frozenset[str] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.headers: tuple[str, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row_at(self, index: Index) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def cell(self, row: Any, column: str) -> str:
        return str(getattr(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY:
            return int(RIGHT.value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, column)
        return None

    def tip(self, row: Any, column: str) -> str:
        return self.cell(row, column)

    def colour(self, row: Any, column: str) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None


class DraftLinesModel(ListModel):
    """A unit's draft lines (app.billing.lines.DraftLine): the citizen (CPR masked in
    lists, D40), course type, dates, days, tariff, and the region's and municipality's
    shares (D10); lines of an earlier period marked (D11)."""

    COLUMNS = ("cpr", "name", "type", "start", "end", "days", "tariff", "amount", "region",
               "municipality", "department", "earlier")  # fmt: skip
    MONEY = frozenset({"amount", "region", "municipality", "days"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("CPR"), self.tr("Name"), self.tr("Course type"),
                        self.tr("Start"), self.tr("End"), self.tr("Days"), self.tr("Tariff"),
                        self.tr("Tariff amount"), self.tr("Region"), self.tr("Municipality"),
                        self.tr("Department"), self.tr("Period"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        c = row.course
        values = {
            "cpr": lambda: mask_cpr(c.cpr), "name": lambda: c.citizen_name,
            "department": lambda: c.department,
            "type": lambda: voc.label(voc.COURSE_TYPES, row.course_type),
            "start": lambda: date_text(c.start),
            "end": lambda: date_text(c.end) if c.end else self.tr("running"),
            "days": lambda: str(row.days),
            "tariff": lambda: f"{row.tariff.code} ({row.tariff.version_label})",
            "amount": lambda: kr(row.tariff_amount),
            "region": lambda: kr(row.region_share),
            "municipality": lambda: kr(row.municipality_share),
            "earlier": lambda: self.tr("earlier period") if row.earlier_period else "",
        }  # fmt: skip
        return str(values[column]())

    def tip(self, row: Any, column: str) -> str:
        if column == "tariff":
            return f"{row.tariff.description} ({row.tariff.version_label})"
        if column == "days" and row.kind == "day":
            return self.tr("%n long-course day(s) from day {day}", "", row.quantity).format(
                day=row.tariff.from_day
            )
        return self.cell(row, column)

    def colour(self, row: Any, column: str) -> Any:
        return QBrush(QColor(EARLIER)) if row.earlier_period and column == "earlier" else None


class UnbillableModel(ListModel):
    """The courses this run cannot bill until someone acts, each with its reason
    (translated by code)."""

    COLUMNS = ("cpr", "citizen_name", "unit_code", "department", "reason")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("CPR"), self.tr("Name"), self.tr("Unit"),
                        self.tr("Department"), self.tr("Why not billed"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column == "cpr":
            return mask_cpr(row.cpr)
        if column == "reason":
            if row.reason not in REASONS:
                return str(row.message)
            return label(REASONS, row.reason).format(planned_end=date_text(row.planned_end))
        return str(getattr(row, column))


class PostedModel(ListModel):
    """Posted invoices and credit notes (app.services.invoices.credit.InvoiceRow)."""

    COLUMNS = ("number", "kind", "unit", "issue_date", "period", "total_region", "lines",
               "state", "refs")  # fmt: skip
    MONEY = frozenset({"total_region", "lines"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Number"), self.tr("Kind"), self.tr("Unit"),
                        self.tr("Date"), self.tr("Period"), self.tr("Total (region)"),
                        self.tr("Lines"), self.tr("State"), self.tr("References"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column == "kind":
            text = label(KINDS, row.kind)
            return text + (" " + self.tr("(regulation)") if row.regulation else "")
        if column == "unit":
            return str(row.unit_code)
        if column in ("issue_date",):
            return date_text(row.issue_date)
        if column == "period":
            return month_text(row.period)
        if column == "total_region":
            return kr(row.total_region)
        if column == "lines":
            if row.credited_lines:
                return self.tr("{n} ({m} credited)").format(n=row.lines, m=row.credited_lines)
            return str(row.lines)
        if column == "state":
            return label(STATES, row.state)
        if column == "refs":
            return ", ".join(row.refs)
        return str(getattr(row, column))

    def tip(self, row: Any, column: str) -> str:
        if column == "unit":
            return f"{row.unit_code} – {row.unit_name}"
        if column == "kind" and row.reason:
            return row.reason
        return self.cell(row, column)

    def colour(self, row: Any, column: str) -> Any:
        return QBrush(QColor("#8a1c1c")) if row.kind == "credit_note" else None


class PostedLinesModel(ListModel):
    """The lines of one posted invoice or credit note (app.services.invoices.credit.LineView),
    the page view of the document beside the list (CPR masked on screen, D40)."""

    COLUMNS = ("line_no", "cpr_masked", "citizen_name", "description", "first_date",
               "last_date", "region_share", "credited", "department")  # fmt: skip
    MONEY = frozenset({"line_no", "region_share"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Line"), self.tr("CPR"), self.tr("Name"), self.tr("Service"),
                        self.tr("From"), self.tr("To"), self.tr("Region"), self.tr("Credited"),
                        self.tr("Department"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column in ("first_date", "last_date"):
            return date_text(getattr(row, column))
        if column == "region_share":
            return kr(row.region_share)
        if column == "credited":
            return self.tr("credited") if row.credited else ""
        return str(getattr(row, column))


class RegulationModel(ListModel):
    """A regulation run's differences (D14): per original line, the items, the old and
    the new tariff amount and the region's difference; supplement or credit."""

    COLUMNS = ("sign", "quantity", "old", "new", "tariff_diff", "region_diff")
    MONEY = frozenset({"quantity", "old", "new", "tariff_diff", "region_diff"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Becomes"), self.tr("Items"), self.tr("Billed a unit"),
                        self.tr("Tariff now"), self.tr("Tariff difference"),
                        self.tr("Region difference"))  # fmt: skip

    def cell(self, row: Any, column: str) -> str:
        if column == "sign":
            return self.tr("Supplementary invoice") if row.sign > 0 else label(KINDS, "credit_note")
        if column == "quantity":
            return str(row.quantity)
        amounts = {"old": row.old_amount, "new": row.new_amount,
                   "tariff_diff": row.tariff_diff, "region_diff": row.region_diff}  # fmt: skip
        return kr(amounts[column])
