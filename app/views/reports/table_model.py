"""One report table in a QTableView (issue #14): cells as people read them (Danish
``1.234,5``, dates ``dd.mm.yyyy``, ``12,5 %``, "–" for no value; app/documents/report_cells.py),
numbers right-aligned, a coded cell's code as its tooltip, sortable by value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.documents.report_cells import NUMERIC, Words, sort_key
from app.domain.reports import Cell, Label, Table

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ROW_HEIGHT = 24
MAX_SHOWN_ROWS = 14  # taller tables scroll inside their view


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: Table, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.words = words
        self.rows: list[tuple[Cell, ...]] = list(table.rows)
        self.heads = [words.text(c.label) for c in table.columns]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def text(self, row: int, column: int) -> str:
        return self.words.cell(self.rows[row][column], self.table.columns[column].kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.rows[index.row()][index.column()]
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.kind in NUMERIC else LEFT
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(cell, Label) and cell.code:
            return cell.code
        if role == Qt.ItemDataRole.UserRole:
            return cell
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.heads[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.table.columns[section].kind in NUMERIC else LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.table.columns):  # no column: the report's own order
            return
        kind = self.table.columns[column].kind
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: sort_key(r[column], self.words.cell(r[column], kind)),
                       reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        self.layoutChanged.emit()


def table_view(model: ReportTableModel, name: str) -> QTableView:
    """A read-only, sortable view as tall as its rows (at most :data:`MAX_SHOWN_ROWS`)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # by a click on a head; shown first in the report's order
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    shown = max(1, min(model.rowCount(), MAX_SHOWN_ROWS))
    view.setFixedHeight(header.sizeHint().height() + shown * ROW_HEIGHT + 2 * view.frameWidth() + 2)
    return view
