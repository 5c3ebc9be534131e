"""Citizens as a lazily filled table over the citizen search (masked CPR, D40)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.services import citizens
from app.services.citizens import CitizenRow
from app.views.components.lazy_model import PAGE, LazyTableModel

__all__ = ["PAGE", "CitizenTableModel"]


class CitizenTableModel(LazyTableModel):
    COLUMNS = ("cpr_masked", "name", "address", "phone", "gp_practice")

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = ""
        self.headers = (
            self.tr("CPR"),
            self.tr("Name"),
            self.tr("Address"),
            self.tr("Phone"),
            self.tr("GP practice"),
        )

    def fetch(self, offset: int, limit: int) -> Sequence[CitizenRow]:
        return citizens.search_citizens(self.ctx, self.query, offset=offset, limit=limit)

    def set_query(self, text: str) -> None:
        self.query = text
        self.refill()

    def reload(self) -> None:
        self.refill()
