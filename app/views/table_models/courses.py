"""IV courses as a lazily filled table (list_courses a page at a time, STYLE §7), filtered
by status group and by the citizen's CPR or name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.iv import views
from app.services.iv.views import CourseRow
from app.views import vocabulary as voc
from app.views.formatting import date_text

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
STATUS_COLOURS = {"referred": "#8a5a00", "rejected": "#777777", "ended": "#555555"}


class CourseTableModel(QAbstractTableModel):
    COLUMNS = (
        "status",
        "cpr_masked",
        "citizen_name",
        "course_type",
        "drug",
        "department",
        "first_dose_date",
        "end_date",
    )
    DEPARTMENT = 5
    END = 7
    #: the status filters under which no course has an end
    WITHOUT_END = frozenset({"open", "referred", "running", "rejected"})

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = "open"
        self.query = ""
        self.rows: list[CourseRow] = []
        self._more = True
        self.headers = (
            self.tr("Status"),
            self.tr("CPR"),
            self.tr("Name"),
            self.tr("Course type"),
            self.tr("Drug"),
            self.tr("Department"),
            self.tr("First dose"),
            self.tr("End"),
        )

    def set_filter(self, status: str, text: str) -> None:
        self.beginResetModel()
        self.status, self.query = status, text
        self.rows = views.list_courses(self.ctx, status, text, limit=PAGE)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.status, self.query)

    # -- lazy fetching ----------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = views.list_courses(
            self.ctx, self.status, self.query, offset=len(self.rows), limit=PAGE
        )
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    # -- the model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            colour = STATUS_COLOURS.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return row.uuid
        return None

    def text(self, row: CourseRow, column: str) -> str:
        if column == "status":
            return voc.label(voc.STATUSES_SHORT, row.status)
        if column == "course_type":
            return voc.label(voc.COURSE_TYPES, row.course_type)
        if column == "department":
            return f"{row.unit_code} · {row.department}"
        if column == "end_date" and row.end_date:
            return f"{date_text(row.end_date)} · {voc.label(voc.END_REASONS, row.end_reason)}"
        value = getattr(row, column)
        return date_text(value) if column.endswith("_date") else str(value)

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

    def uuid_at(self, row: int) -> str | None:
        return self.rows[row].uuid if 0 <= row < len(self.rows) else None
