"""Choose a citizen by CPR or name as you type (the citizen list's search, masked CPRs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.services import citizens

SEARCH_DELAY_MS = 120
SHOWN = 30


class CitizenPicker(QWidget):
    changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("citizen_search")
        self.search.setPlaceholderText(self.tr("CPR (ddmmyy) or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search citizens"))
        self.results = QComboBox()
        self.results.setObjectName("citizen_choice")
        self.results.setAccessibleName(self.tr("Citizen"))
        self.results.setMinimumContentsLength(22)
        # the hint in full ("CPR (ddmmåå) eller navn…"), the clear button beside it
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(max(150, hint + 40))
        row.addWidget(self.search, 1)
        row.addWidget(self.results, 2)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.timer.timeout.connect(self.refresh)
        self.results.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._show_hint()

    def _show_hint(self) -> None:
        self.results.clear()
        self.results.addItem(self.tr("Search first"), "")

    def refresh(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        if not text:
            self._show_hint()
            return
        rows = citizens.search_citizens(self.ctx, text, limit=SHOWN)
        self.results.clear()
        for row in rows:
            self.results.addItem(f"{row.cpr_masked}  {row.name}", row.uuid)
        if not rows:
            self.results.addItem(self.tr("No citizen matches"), "")

    def set_citizen(self, uuid: str, text: str) -> None:
        self.results.clear()
        self.results.addItem(text, uuid)

    def uuid(self) -> str:
        return str(self.results.currentData() or "")
