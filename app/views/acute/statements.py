"""GP-fee statements for the acute function: per practice per month the contacts that
count × the fee at the month's price level (D24: 158.61 kr. at April 2021), those that do
not count by reason (D21–D23); and for the Midtjylland trial scheme the year's use against
its annual cap of 3 mio. kr. and the 50/50 split between region and municipalities (D25).
The scheme is chosen here (stored for the whole store)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.errors import AkutDeskError
from app.services.acute import fees
from app.views.acute.episodes_model import FeeLineTableModel, kr_text
from app.views.components import acute_vocabulary as ev
from app.views.components.formatting import decimal_text
from app.views.components.messages import error_text
from app.views.components.tasks import run_op


class StatementsView(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.scheme = ev.combo(ev.SCHEMES)
        self.scheme.setObjectName("fee_scheme")
        caption = QLabel(self.tr("Fee &scheme:"))
        caption.setBuddy(self.scheme)
        self.month = QDateEdit(QDate(clock.today().year, clock.today().month, 1))
        self.month.setObjectName("fee_month")
        self.month.setDisplayFormat("MM.yyyy")
        month_caption = QLabel(self.tr("&Month:"))
        month_caption.setBuddy(self.month)
        for widget in (caption, self.scheme, month_caption, self.month):
            bar.addWidget(widget)
        bar.addStretch(1)
        column.addLayout(bar)
        self.message = QLabel()
        self.message.setObjectName("statement_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        column.addWidget(self.message)
        column.addWidget(self._build_month(), 2)
        column.addWidget(self._build_trial())

    def _build_month(self) -> QGroupBox:
        self.month_box = QGroupBox(self.tr("GP-fee activity per practice"))
        column = QVBoxLayout(self.month_box)
        self.fee_text = QLabel()
        self.fee_text.setObjectName("fee_text")
        self.fee_text.setWordWrap(True)
        column.addWidget(self.fee_text)
        self.model = FeeLineTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("fee_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        self.total = QLabel()
        self.total.setObjectName("fee_total")
        self.total.setStyleSheet("font-weight: 600;")
        column.addWidget(self.total)
        self.not_counting = QLabel()
        self.not_counting.setObjectName("fee_not_counting")
        self.not_counting.setWordWrap(True)
        self.not_counting.setStyleSheet("color: #8a3b00;")
        column.addWidget(self.not_counting)
        return self.month_box

    def _build_trial(self) -> QGroupBox:
        self.trial_box = QGroupBox(self.tr("Midtjylland trial: use against the annual cap"))
        form = QFormLayout(self.trial_box)
        self.year = QSpinBox()
        self.year.setObjectName("trial_year")
        self.year.setRange(2019, 2100)
        self.year.setValue(clock.today().year)
        form.addRow(self.tr("&Year"), self.year)
        self.cap_bar = QProgressBar()
        self.cap_bar.setObjectName("cap_bar")
        self.cap_bar.setRange(0, 1000)
        form.addRow(self.tr("Used of the cap"), self.cap_bar)
        self.trial: dict[str, QLabel] = {}
        for key, caption in (
            ("total", self.tr("Fees this year")),
            ("cap", self.tr("Annual cap")),
            ("over_cap", self.tr("Over the cap (not covered)")),
            ("region", self.tr("Region's share (50 %)")),
            ("municipalities", self.tr("Municipalities' share (50 %)")),
        ):
            label = QLabel()
            label.setObjectName(f"trial_{key}")
            form.addRow(caption, label)
            self.trial[key] = label
        return self.trial_box

    def _connect_signals(self) -> None:
        self.scheme.activated.connect(lambda _i: self.change_scheme())
        self.month.dateChanged.connect(lambda _d: self.show_month())
        self.year.valueChanged.connect(lambda _y: self.show_trial())

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.message.hide()
        try:
            scheme = fees.get_fee_scheme(self.ctx)
        except AkutDeskError as exc:
            self.say(error_text(exc))
            return
        self.scheme.setCurrentIndex(max(self.scheme.findData(scheme), 0))
        self.trial_box.setVisible(scheme == "midtjylland_trial")
        self.show_month()
        if scheme == "midtjylland_trial":
            self.show_trial()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected_month(self) -> dt.date:
        day = self.month.date()
        return dt.date(day.year(), day.month(), 1)

    def show_month(self) -> None:
        try:
            statement = fees.gp_fee_statement(self.ctx, self.selected_month())
        except AkutDeskError as exc:
            self.model.set_rows([])
            self.say(error_text(exc))
            return
        self.model.set_rows(statement.lines)
        self.fee_text.setText(
            self.tr(
                "Fee {fee} per counting contact at the price level of {month} (index {index}; "
                "158,61 kr. at the April 2021 level). At most two a day per citizen count."
            ).format(
                fee=kr_text(statement.fee),
                month=f"{statement.month:%m.%Y}",
                index=decimal_text(str(statement.index)),
            )
        )
        self.total.setText(
            self.tr(
                "Total {month}: %n counting contact(s), {amount}", "", statement.billable
            ).format(month=f"{statement.month:%m.%Y}", amount=kr_text(statement.total))
            if statement.lines
            else self.tr("No GP contacts in {month}.").format(month=f"{statement.month:%m.%Y}")
        )
        reasons = [
            self.tr("{count} × {why}").format(count=n, why=ev.label(ev.NOT_BILLABLE_SHORT, code))
            for code, n in statement.not_billable.items()
        ]
        self.not_counting.setText(
            self.tr("Not counting: {reasons}.").format(reasons="; ".join(reasons))
            if reasons
            else ""
        )

    def show_trial(self) -> None:
        try:
            statement = fees.trial_statement(self.ctx, self.year.value())
        except AkutDeskError as exc:
            self.say(error_text(exc))
            return
        use = statement.use
        share = use.used_share or 0
        self.cap_bar.setValue(min(int(share * 1000), 1000))
        self.cap_bar.setFormat(f"{decimal_text(f'{share * 100:.1f}')} %")
        self.trial["total"].setText(kr_text(use.total))
        self.trial["cap"].setText(kr_text(use.cap) if use.cap is not None else "—")
        self.trial["over_cap"].setText(kr_text(use.over_cap))
        self.trial["region"].setText(kr_text(use.region))
        self.trial["municipalities"].setText(kr_text(use.municipalities))

    def change_scheme(self) -> None:
        scheme = self.scheme.currentData()
        run_op(lambda: fees.set_fee_scheme(self.ctx, scheme), parent=self,
               title=self.windowTitle(), on_done=lambda _: self.reload(),
               on_refused=self.refused)  # fmt: skip

    def refused(self, exc: AkutDeskError) -> bool:
        self.reload()
        self.say(error_text(exc))
        return True
