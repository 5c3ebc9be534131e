"""Pages whose content later work fills. Each says plainly what will come — no fake data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.views.components.page import Page


class PlannedPage(Page):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.heading())
        body = QLabel(self.description())
        body.setObjectName("planned_text")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.setStyleSheet("font-size: 11pt; color: #333; max-width: 760px;")
        self.column.addWidget(body)
        self.column.addStretch(1)

    def heading(self) -> str:
        raise NotImplementedError

    def description(self) -> str:
        raise NotImplementedError

    def not_yet(self) -> str:
        return self.tr(
            "<p><b>Not available yet.</b> This part of AkutDesk is being built; "
            "nothing on this page is stored or calculated today.</p>"
        )


class ReportsPage(PlannedPage):
    def heading(self) -> str:
        return self.tr("Reports")

    def description(self) -> str:
        return self.not_yet() + self.tr(
            "<p>Here will be the monitoring figures the agreements ask for: courses and their "
            "length, rejected referrals and their reasons, GP-fee activity and nursing-home "
            "coverage.</p>"
        )
