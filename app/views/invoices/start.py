"""The first month AkutDesk invoices (app.services.invoices.tariffs.get/set_billing_start):
a municipality that starts invoicing with AkutDesk after months of use sets it, so the
months invoiced another way are not billed again as "earlier period" lines (D11, D12).
Shown in the page's bar; changing it is the service's decision (permission, date)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from app.domain import clock
from app.errors import AkutDeskError
from app.services.invoices import tariffs as invoices_tariffs
from app.services.invoices.where import posts_here
from app.views.components.gates import gate
from app.views.components.tasks import refusal_text, run_op


def month_name(first: dt.date) -> str:
    return f"{QLocale().standaloneMonthName(first.month)} {first.year}"


class StartControl(QWidget):
    def __init__(self, ctx: Any, choices: list[dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices = choices
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.value = QLabel()
        self.value.setObjectName("billing_start")
        self.change_button = QPushButton(self.tr("Change…"))
        if gate(self.change_button, ctx, "invoices.post") and not posts_here(ctx.store):
            self.change_button.setEnabled(False)  # the server's setting (issue #15)
            self.change_button.setToolTip(self.tr("This is an office: the server sets it."))
        row.addWidget(self.value)
        row.addWidget(self.change_button)
        self.change_button.clicked.connect(self.change)

    def everything(self) -> str:
        return self.tr("every month since the agreement began")

    def reload(self) -> None:
        try:
            start = invoices_tariffs.get_billing_start(self.ctx)
        except AkutDeskError as exc:
            self.value.setText(refusal_text(exc))
            return
        shown = month_name(start) if start else self.everything()
        self.value.setText(self.tr("Invoiced with AkutDesk from: {start}").format(start=shown))

    def change(self) -> None:
        labels = [self.everything()] + [month_name(m) for m in self.choices]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("First month invoiced with AkutDesk"),
            self.tr("Items dated before this month are never billed by AkutDesk (they were "
                    "invoiced another way):"), labels, 0, False,
        )  # fmt: skip
        if not ok:
            return
        index = labels.index(chosen)
        month = self.choices[index - 1] if index else None
        run_op(lambda: invoices_tariffs.set_billing_start(self.ctx, month), parent=self,
               title=self.tr("Invoices"))  # fmt: skip


def start_months(today: dt.date | None = None, count: int = 36) -> list[dt.date]:
    """The months one may start from: the last ``count`` and this one, oldest first."""
    first = (today or clock.today()).replace(day=1)
    found = [first]
    for _ in range(count):
        found.append((found[-1] - dt.timedelta(days=1)).replace(day=1))
    return found[::-1]
