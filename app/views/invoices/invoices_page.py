"""Invoices (issue #4; DIGEST §1.13, D9–D15, D41): the managers' page. A month (last month
by default) is previewed per hospital unit with the lines, the 70/30 totals and the
courses that cannot be billed yet and why; posting and exporting run in the background
with a progress dialog; the posted invoices and credit notes are listed with their PDF;
a regulation run settles a tariff version dated back (D14).

The page decides no rule: buttons are only a courtesy, every use case refuses on its
own and its message is shown as the service gave it (translated, app/views/components/messages.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.domain import clock
from app.services.admin import setup
from app.services.invoices import where as invoices_where
from app.services.kernel.permissions import allowed
from app.services.security import certificates
from app.views.components.page import Page

ERROR, WARNING, OK = "#b00020", "#8a5a00", "#1b6e2d"
MONTHS_BACK = 36


def last_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def months(today: dt.date, count: int = MONTHS_BACK) -> list[dt.date]:
    """This month and the ``count`` before it, newest first."""
    found, day = [], today.replace(day=1)
    for _ in range(count + 1):
        found.append(day)
        day = last_month(day)
    return found


class InvoicesPage(Page):
    watches = frozenset({"invoice", "iv_course", "hospital_unit", "tariff_version"})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Invoices"))
        self.month: QComboBox | None = None
        if not allowed(ctx, "invoices.read"):
            self._explain()
            return
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _explain(self) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.admin.users_tab import role_name

        roles = " + ".join(sorted(role_name(r) for r in self.ctx.roles)) or "–"
        note = QLabel(
            self.tr("Invoices to the region are prepared and posted by the acute function's "
                    "managers. Your role ({role}) does not include them, so nothing is shown "
                    "here. Ask an administrator if you need access.").format(role=roles)
        )  # fmt: skip
        note.setObjectName("invoices_not_allowed")
        note.setWordWrap(True)
        note.setStyleSheet("font-size: 11pt; color: #445; max-width: 760px;")
        self.column.addWidget(note)
        self.column.addStretch(1)

    def _build_ui(self) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.invoices.draft import DraftPanel

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.invoices.posted import PostedPanel

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.invoices.regulation import RegulationPanel

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.invoices.start import StartControl, start_months

        bar = QHBoxLayout()
        self.month = month = QComboBox()
        month.setObjectName("invoice_month")
        month.setAccessibleName(self.tr("Month"))
        locale = QLocale()
        for first in months(clock.today()):
            month.addItem(f"{locale.standaloneMonthName(first.month)} {first.year}", first)
        month.setCurrentIndex(1)  # last month: the one to invoice
        caption = QLabel(self.tr("&Month:"))
        caption.setBuddy(month)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        bar.addWidget(caption)
        bar.addWidget(month)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        self.start = StartControl(self.ctx, start_months(), self)
        bar.addWidget(self.start)
        self.column.addLayout(bar)
        self.certificate = QLabel()
        self.certificate.setObjectName("certificate_line")
        self.certificate.setWordWrap(True)
        self.column.addWidget(self.certificate)
        self.tabs = QTabWidget()
        self.draft = DraftPanel(self)
        self.posted = PostedPanel(self)
        self.regulation = RegulationPanel(self)
        self.tabs.addTab(self.draft, self.tr("Draft invoices"))
        self.tabs.addTab(self.posted, self.tr("Posted invoices and credit notes"))
        self.tabs.addTab(self.regulation, self.tr("Regulation"))
        self.column.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        assert self.month is not None
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_button.clicked.connect(self.reload)

    def chosen_month(self) -> dt.date:
        assert self.month is not None
        day: dt.date = self.month.currentData()
        return day

    def month_label(self) -> str:
        assert self.month is not None
        return self.month.currentText()

    def reload(self) -> None:
        if self.month is None:
            return
        self.can_sign = self.show_certificate()
        self.start.reload()
        self.draft.reload()
        self.posted.reload()
        self.regulation.reload()

    # -- the certificate that signs what is posted -------------------------------------------

    def show_certificate(self) -> bool:
        """The status line; returns whether posting can sign (a courtesy: posting refuses
        on its own, app.signing)."""
        text, colour, can = self._certificate_state()
        self.certificate.setText(text)
        self.certificate.setStyleSheet(f"color: {colour}; font-weight: 600;")
        return can

    def _certificate_state(self) -> tuple[str, str, bool]:
        if not invoices_where.posts_here(self.ctx.store):  # issue #15: the server posts and signs
            return (
                self.tr(
                    "This is an office: the drafts are the server's, from the records synced "
                    "here. The municipality's server posts, numbers and signs the invoices."
                ),
                "#1f4e79",  # calm: nothing is wrong here
                False,
            )
        status = certificates.certificate_status(self.ctx)
        if setup.is_demo(self.ctx.store):
            return (
                self.tr(
                    "Demo store: invoices are signed with a fictitious TEST certificate. They are "
                    "marked as tests and are not valid invoices."
                ),
                WARNING,
                True,
            )
        info = status.certificate
        if info is None:
            return (
                self.tr(
                    "Posting is not possible: no organisation certificate is imported. An "
                    "administrator imports it under Administration → Certificate."
                ),
                ERROR,
                False,
            )
        return self._validity(status, info)

    def _validity(self, status: Any, info: Any) -> tuple[str, str, bool]:
        until = clock.format_local(info.valid_to)
        if status.expired:
            return (
                self.tr(
                    "Posting is not possible: the organisation certificate expired on {date}. "
                    "An administrator imports the renewed one."
                ).format(date=until),
                ERROR,
                False,
            )
        if status.not_yet_valid:
            return (
                self.tr(
                    "Posting is not possible: the organisation certificate is not valid until "
                    "{date}."
                ).format(date=clock.format_local(info.valid_from)),
                ERROR,
                False,
            )
        if not status.passphrase_stored:  # issue #16: asked for when posting
            return (
                self.tr(
                    "Invoices are signed by {subject} (valid until {date}). This computer does "
                    "not keep the certificate's passphrase: posting asks for it."
                ).format(subject=info.subject, date=until),
                WARNING,
                True,
            )
        if status.expires_soon:
            return (
                self.tr(
                    "Invoices are signed by {subject}; the certificate expires in %n day(s) "
                    "({date}). Order the renewed certificate now.",
                    "",
                    status.days_left,
                ).format(subject=info.subject, date=until),
                WARNING,
                True,
            )
        return (
            self.tr("Invoices are signed by {subject} (valid until {date}).").format(
                subject=info.subject, date=until
            ),
            OK,
            True,
        )
