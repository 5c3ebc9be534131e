"""IV courses as a lazily filled table (list_courses a page at a time, STYLE §7), filtered
by status group and by the citizen's CPR or name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services.iv import views
from app.services.iv.views import CourseRow
from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text
from app.views.components.lazy_model import PAGE, Index, LazyTableModel

STATUS_COLOURS = {"referred": "#8a5a00", "rejected": "#777777", "ended": "#555555"}


class CourseTableModel(LazyTableModel):
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

    def fetch(self, offset: int, limit: int) -> Sequence[CourseRow]:
        return views.list_courses(self.ctx, self.status, self.query, offset=offset, limit=limit)

    def set_filter(self, status: str, text: str) -> None:
        self.status, self.query = status, text
        self.refill()

    def reload(self) -> None:
        self.refill()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            colour = STATUS_COLOURS.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)

    def cell(self, row: CourseRow, column: str) -> str:
        return self.text(row, column)

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


__all__ = ["PAGE", "CourseTableModel"]
