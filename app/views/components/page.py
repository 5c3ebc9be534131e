"""What every page shares: a title, the context, and refresh on the hub's signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.views.components.hub import hub


class Page(QWidget):
    #: entity names whose change makes this page reload
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(24, 18, 24, 12)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600; color: #1f3b57;")
        self.column.addWidget(self.title)
        hub.changed.connect(self._on_changed)

    def _on_changed(self, entities: set[str]) -> None:
        if self.watches & set(entities):
            self.reload()

    def reload(self) -> None:
        """Fetch again what the page shows."""
