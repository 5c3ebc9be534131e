"""Citizens as a lazily filled table: rows come from the service a page at a time as the
view scrolls (canFetchMore/fetchMore), never all 200,000 at once (STYLE §7)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services import citizens
from app.services.citizens import CitizenRow

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class CitizenTableModel(QAbstractTableModel):
    COLUMNS = ("cpr_masked", "name", "address", "phone", "gp_practice")

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = ""
        self.rows: list[CitizenRow] = []
        self._more = True
        self.headers = (
            self.tr("CPR"),
            self.tr("Name"),
            self.tr("Address"),
            self.tr("Phone"),
            self.tr("GP practice"),
        )

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self.query = text
        self.rows = citizens.search_citizens(self.ctx, text, limit=PAGE)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self.query)

    # -- lazy fetching ----------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = citizens.search_citizens(self.ctx, self.query, offset=len(self.rows), limit=PAGE)
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
            return getattr(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return row.uuid
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

    def uuid_at(self, row: int) -> str | None:
        return self.rows[row].uuid if 0 <= row < len(self.rows) else None
