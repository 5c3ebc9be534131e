"""The month's draft invoices (app.services.invoices.runs.preview_month): one tab per hospital
unit with its lines and totals, the month's totals with the region's and the
municipality's share, what needs action before it can be billed (a unit without EAN, no
tariff, a course past its planned end) apart from a count of what only waits (running
courses, referrals awaiting visitation; issue #12), and posting — all units at once, in the background, refused by the service when the run
changed since this preview (its fingerprint)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import AkutDeskError
from app.services.invoices import export as invoices_export
from app.services.invoices import post as invoices_post
from app.services.invoices import runs as invoices
from app.services.invoices import where as invoices_where
from app.services.kernel.permissions import allowed
from app.views.components.gates import gate
from app.views.components.tasks import Run, refusal_text, run_in_background, run_op
from app.views.invoices import passphrase
from app.views.invoices.invoices_model import DraftLinesModel, ListModel, UnbillableModel, kr

LINE_WIDTHS = (92, 160, 135, 80, 80, 45, 140, 100, 100, 100, 190, 110)


def make_table(model: ListModel, name: str, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)  # fixed: no per-row measuring
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def split_text(lines: Any) -> tuple[str, str]:
    """The region's and the municipality's percentage, when every line has the same."""
    percents = {line.tariff.region_percent for line in lines}
    if len(percents) != 1:
        return "", ""
    region = Decimal(next(iter(percents))).normalize()
    return f" ({region:f} %)", f" ({(Decimal(100) - region).normalize():f} %)"


class DraftPanel(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.last_run: Run | None = None
        self.preview: invoices.Preview | None = None
        self._asked = 0
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        column = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("draft_state")
        self.state.setWordWrap(True)
        column.addWidget(self.state)
        self.splitter = splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        self.units = QTabWidget()
        self.units.setObjectName("unit_tabs")
        splitter.addWidget(self.units)
        self.below = below = QWidget()
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 0, 0, 0)
        self.unbillable_caption = QLabel()
        self.unbillable_caption.setObjectName("blockers_caption")
        self.unbillable_caption.setStyleSheet("font-weight: 600;")
        self.unbillable = UnbillableModel(self)
        self.unbillable_table = make_table(self.unbillable, "unbillable_table", (95, 170, 60, 220))
        self.waiting = QLabel()
        self.waiting.setObjectName("waiting_counts")
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lower = lower
        lower.addWidget(self.unbillable_caption)
        lower.addWidget(self.unbillable_table, 1)
        lower.addWidget(self.waiting)
        splitter.addWidget(below)
        splitter.setSizes([420, 200])
        self._blocked = True  # the sizes above leave room for a list of blockers
        column.addWidget(splitter, 1)
        actions = QHBoxLayout()
        self.totals = QLabel()
        self.totals.setObjectName("draft_totals")
        self.totals.setStyleSheet("font-weight: 600;")
        self.post_button = QPushButton(self.tr("&Post…"))
        self.post_button.setObjectName("post_button")
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            self.tr("Write the month's posted invoices (PDF, OIOUBL XML, CSV) to a folder.")
        )
        actions.addWidget(self.totals, 1)
        actions.addWidget(self.post_button)
        actions.addWidget(self.export_button)
        column.addLayout(actions)
        self.post_button.setEnabled(False)
        gate(self.post_button, self.ctx, "invoices.post")  # issue #12: the reason in words
        gate(self.export_button, self.ctx, "invoices.export")
        self.office = not invoices_where.posts_here(self.ctx.store)  # issue #15: the server posts
        if self.office:
            why = self.tr("This is an office: the municipality's server posts and exports the invoices.")  # fmt: skip
            for button in (self.post_button, self.export_button):
                button.setEnabled(False)
                button.setToolTip(why)

    def _connect_signals(self) -> None:
        self.post_button.clicked.connect(self.post)
        self.export_button.clicked.connect(self.export)

    # -- the preview ----------------------------------------------------------------------

    def reload(self) -> None:
        """Compute the draft in the background; a late answer for another month is dropped."""
        self._asked += 1
        asked, month = self._asked, self.page.chosen_month()
        self.state.setText(self.tr("Computing the draft for {month}…").format(month=self.page.month_label()))  # fmt: skip
        self.post_button.setEnabled(False)

        def done(preview: invoices.Preview) -> None:
            if isValid(self) and asked == self._asked:
                self.show_preview(preview)

        def failed(exc: BaseException, details: str) -> None:
            if not isValid(self) or asked != self._asked:
                return
            self.preview = None
            if not isinstance(exc, AkutDeskError):
                # lazy: start-up (a screen's dialogs load when first opened)
                from app.views.components import crash

                crash.log.error("invoice preview failed\n%s", details)
            self.state.setText(refusal_text(exc))

        run_in_background(lambda: invoices.preview_month(self.ctx, month), done, failed)

    def show_preview(self, preview: invoices.Preview) -> None:
        self.preview = preview
        while self.units.count():
            widget = self.units.widget(0)
            self.units.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        for unit in preview.units:
            self.units.addTab(self._unit_tab(unit), f"{unit.code} ({len(unit.lines)})")
        self.unbillable.set_rows(preview.blockers)
        self.unbillable_table.setVisible(bool(preview.blockers))
        self.lower.setStretchFactor(self.waiting, 0 if preview.blockers else 1)
        if bool(preview.blockers) != self._blocked:  # the drafts get what the list leaves
            self._blocked = bool(preview.blockers)
            total = sum(self.splitter.sizes())
            below = 200 if self._blocked else self.below.minimumSizeHint().height()
            self.splitter.setSizes([max(total - below, 0), below])
        if preview.blockers:
            caption = self.tr("Needs action before it can be billed ({n})")
        else:
            caption = self.tr("Nothing needs action before billing.")
        self.unbillable_caption.setText(caption.format(n=len(preview.blockers)))
        self.waiting.setText(self.waiting_text(preview.waiting))
        self._show_totals(preview)
        lines = sum(len(u.lines) for u in preview.units)
        if preview.units and self.office:
            text = self.tr("{month}: {invoices} with {lines}, as the server will post them. "
                           "This is an office: posting and numbering happen on the server.")  # fmt: skip
        elif preview.units:
            text = self.tr("{month}: {invoices} with {lines}. Nothing is posted until you post it.")
        else:
            text = self.tr("{month}: nothing to invoice.")
        self.state.setText(text.format(month=self.page.month_label(),
                                       invoices=self.tr("%n draft invoice(s)", "", len(preview.units)),
                                       lines=self.tr("%n line(s)", "", lines)))  # fmt: skip
        self.post_button.setEnabled(bool(preview.units) and allowed(self.ctx, "invoices.post")
                                    and not self.office
                                    and bool(getattr(self.page, "can_sign", True)))  # fmt: skip

    def waiting_text(self, waiting: dict[str, int]) -> str:
        """What is not billed in this run and needs nothing done, as counts."""
        texts = {
            "not_ended": lambda n: self.tr(
                "%n course(s) not ended yet: the course tariff is billed in the month it ends",
                "", n),
            "not_visited": lambda n: self.tr("%n referral(s) awaiting visitation", "", n),
            "not_started": lambda n: self.tr(
                "%n course(s) ended without a municipal administration: nothing to bill", "", n),
            "rejected": lambda n: self.tr("%n rejected referral(s): never billed", "", n),
        }  # fmt: skip
        parts = [texts[reason](n) for reason, n in waiting.items() if reason in texts]
        if not parts:
            return ""
        return self.tr("Not billed yet, nothing to do: {parts}.").format(parts="; ".join(parts))

    def _unit_tab(self, unit: invoices.UnitDraft) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        heading = QLabel(self.tr("{name} — EAN {ean}").format(name=unit.name, ean=unit.ean))
        model = DraftLinesModel(tab)
        model.set_rows(unit.lines)
        table = make_table(model, f"lines_{unit.code}", LINE_WIDTHS)
        region, municipality = split_text(unit.lines)
        totals = QLabel(self._totals_text(unit.totals, region, municipality))
        totals.setObjectName(f"totals_{unit.code}")
        column.addWidget(heading)
        column.addWidget(table, 1)
        column.addWidget(totals)
        return tab

    def _totals_text(self, totals: Any, region: str, municipality: str) -> str:
        return self.tr(
            "Tariffs {tariff} · the region's share{region_pct} {region} (invoiced) · the "
            "municipality's share{municipality_pct} {municipality}"
        ).format(tariff=kr(totals.tariff), region=kr(totals.region),
                 municipality=kr(totals.municipality), region_pct=region,
                 municipality_pct=municipality)  # fmt: skip

    def _show_totals(self, preview: invoices.Preview) -> None:
        lines = [line for unit in preview.units for line in unit.lines]
        region, municipality = split_text(lines)
        text = self._totals_text(preview.totals, region, municipality) if lines else ""
        self.totals.setText(self.tr("Month: {totals}").format(totals=text) if lines else "")

    # -- posting and exporting -------------------------------------------------------------

    def post(self) -> None:
        preview = self.preview
        if preview is None:
            return
        question = self.tr(
            "Post %n invoice(s) for {month}, {total} to the region in all? Posted invoices get "
            "their numbers, are signed and can never be changed; corrections are credit notes.",
            "", len(preview.units),
        ).format(month=self.page.month_label(), total=kr(preview.totals.region))  # fmt: skip
        answer = QMessageBox.question(self, self.tr("Post invoices"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        given = passphrase.for_posting(self, self.ctx)  # issue #16: no keyring holds it
        if given is None:
            return
        month, expected = preview.month, preview.fingerprint
        self.last_run = run_op(
            lambda progress: invoices_post.post_month(self.ctx, month, expected=expected, progress=progress,
                                                      **given.renderer(self.ctx, invoices_post)),
            parent=self, title=self.tr("Post invoices"), on_done=self._posted,
            label=self.tr("Posting and signing the invoices…"), progress=True,
        )  # fmt: skip

    def _posted(self, posted: list[Any]) -> None:
        numbers = ", ".join(p.number for p in posted)
        QMessageBox.information(self, self.tr("Post invoices"),
                                self.tr("Posted: {numbers}.").format(numbers=numbers))  # fmt: skip

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export invoices to folder"), str(Path.home())
        )
        if not folder:
            return
        month = self.page.chosen_month()
        self.last_run = run_op(
            lambda progress: invoices_export.export_month(self.ctx, month, Path(folder), progress=progress),
            parent=self, title=self.tr("Export invoices"), on_done=self._exported,
            label=self.tr("Writing the invoices…"), progress=True,
        )  # fmt: skip

    def _exported(self, result: Any) -> None:
        files = self.tr("%n file(s)", "", len(result.files))
        QMessageBox.information(self, self.tr("Export invoices"), self.tr(
            "%n invoice(s) written to {folder} ({files}).", "", result.exported).format(
            folder=str(result.folder), files=files))  # fmt: skip
