"""Reports (issue #14; IV agreement DIGEST §1.15–1.16): the managers' page. A period (quick
choices or two days), a hospital unit and a team; the reports the user may run
(app/services/reports/registry.py); the chosen one made in the background with a progress
dialog and shown as its headline figures, its tables and their charts (matplotlib's Qt
canvas); the report exported to XLSX, CSV or PDF, and the status report — every report for
the period in one PDF (the agreement's status after six months).

The page decides no rule and counts nothing: the reports come as the services made them,
their texts are message ids rendered through the catalogue (app/views/components/messages.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.documents.report_charts import chart_data
from app.domain import clock
from app.domain.reports import Filters, Report, ReportSpec
from app.errors import InvalidInput
from app.services.admin import reference
from app.services.kernel.permissions import allowed
from app.services.reports import registry, running
from app.services.security import teams
from app.views.components.gates import gate, who_may_text
from app.views.components.messages import problem_text
from app.views.components.page import Page
from app.views.components.tasks import Run, run_op
from app.views.reports import periods
from app.views.reports.exports import Exports, words_now
from app.views.reports.table_model import ReportTableModel, table_view
from app.views.widgets.inputs import date_edit, date_of, qdate

FIGURES_PER_ROW = 4
CHART_BESIDE_UP_TO = 3  # a table of more columns has its charts under it
MUTED = "color: #556;"
SETTLE_MS = 300


class ReportsPage(Page):
    # the filters' lists follow the reference data; a report shown is made again on request
    watches = frozenset({"hospital_unit", "team"})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Reports"))
        self.report: Report | None = None
        self.specs: tuple[ReportSpec, ...] = ()
        self.last_run: Run | None = None
        self.models: dict[str, ReportTableModel] = {}
        self.charts: dict[str, Any] = {}
        self.words = words_now()
        if not allowed(ctx, "reports.read"):
            self._explain()
            return
        self.exports = Exports(self, ctx, self.saved)
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _explain(self) -> None:
        note = QLabel(self.tr("The reports are for the acute function's managers.") + " "
                      + who_may_text("reports.read"))  # fmt: skip
        note.setObjectName("reports_not_allowed")
        note.setWordWrap(True)
        note.setStyleSheet("font-size: 11pt; color: #445; max-width: 760px;")
        self.column.addWidget(note)
        self.column.addStretch(1)

    # -- construction ---------------------------------------------------------------------
    def _build_ui(self) -> None:
        bar = QHBoxLayout()
        self.quick = QComboBox()
        self.quick.setObjectName("report_period")
        self.quick.setAccessibleName(self.tr("Period"))
        names = {"this_month": self.tr("This month"), "last_month": self.tr("Last month"),
                 "last_6_months": self.tr("Last 6 months"), "this_year": self.tr("This year"),
                 "last_year": self.tr("Last year")}  # fmt: skip
        for key in periods.CHOICES:
            self.quick.addItem(names[key], key)
        self.quick.addItem(self.tr("Chosen days"), "")
        start, end = periods.period("last_6_months", clock.today())
        self.start, self.end = date_edit(start), date_edit(end)
        self.start.setObjectName("report_from")
        self.end.setObjectName("report_to")
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.quick.setCurrentIndex(periods.CHOICES.index("last_6_months"))
        self.unit = QComboBox()
        self.unit.setObjectName("report_unit")
        self.unit.setAccessibleName(self.tr("Hospital unit"))
        self.team = QComboBox()
        self.team.setObjectName("report_team")
        self.team.setAccessibleName(self.tr("Team"))
        self.show_button = QPushButton(self.tr("&Show report"))
        self.show_button.setObjectName("show_report")
        self.show_button.setDefault(True)
        caption = QLabel(self.tr("&Period:"))
        caption.setBuddy(self.quick)
        for widget in (caption, self.quick, self.start, QLabel("–"), self.end,
                       QLabel(self.tr("Hospital unit:")), self.unit, QLabel(self.tr("Team:")),
                       self.team, self.show_button):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        self.column.addLayout(bar)
        self.problem = QLabel()
        self.problem.setObjectName("report_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.column.addWidget(self.problem)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("report_list")
        self.list.setAccessibleName(self.tr("Reports"))
        self.list.setMinimumWidth(200)
        self.list.setWordWrap(True)
        split.addWidget(self.list)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("report_view")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        split.addWidget(self.scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 900])
        self.column.addWidget(split, 1)

        actions = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("report_saved")
        self.saved_label.setStyleSheet(MUTED)
        self.xlsx_button = QPushButton(self.tr("Save as &XLSX…"))
        self.xlsx_button.setObjectName("save_xlsx")
        self.csv_button = QPushButton(self.tr("Save as &CSV"))
        self.csv_button.setObjectName("save_csv")
        self.csv_menu = QMenu(self.csv_button)
        self.csv_button.setMenu(self.csv_menu)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.status_button = QPushButton(self.tr("Status &report (PDF)…"))
        self.status_button.setObjectName("status_report")
        self.status_button.setToolTip(self.tr(
            "Every report you may run, for the period and filters chosen, in one PDF: the "
            "status the IV agreement asks for after six months."))  # fmt: skip
        actions.addWidget(self.saved_label, 1)
        for button in (self.xlsx_button, self.csv_button, self.pdf_button, self.status_button):
            actions.addWidget(button)
        self.column.addLayout(actions)
        self._show_nothing(self.tr("Choose a report on the left."))

    def _connect_signals(self) -> None:
        self.quick.currentIndexChanged.connect(lambda _i: self._quick_chosen())
        self.start.dateChanged.connect(lambda _d: self._days_typed())
        self.end.dateChanged.connect(lambda _d: self._days_typed())
        self.show_button.clicked.connect(self.run)
        # a report is made a moment after the choice settles: arrowing down the list makes
        # only the one the user stops at, the others are not run behind a modal dialog
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.run)
        self.list.itemActivated.connect(lambda _item: self.run())
        self.list.currentRowChanged.connect(lambda _row: self.settle.start())
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.status_button.clicked.connect(self.save_status)

    def _quick_chosen(self) -> None:
        key = self.quick.currentData()
        if not key:
            return
        start, end = periods.period(key, clock.today())
        self._setting = True
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(end))
        self._setting = False

    def _days_typed(self) -> None:
        if not getattr(self, "_setting", False):
            self.quick.setCurrentIndex(self.quick.count() - 1)  # "Chosen days"

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """The hospital units, the teams and the reports the user may run."""
        if not hasattr(self, "list"):  # the page only explains who may see the reports
            return
        units = [(u.code, f"{u.name} ({u.code})") for u in reference.list_hospital_units(self.ctx)]
        self._fill(self.unit, self.tr("All hospital units"), units)
        names = [(t.name, t.name) for t in teams.list_teams(self.ctx) if t.active]
        self._fill(self.team, self.tr("All teams"), names)
        chosen = self.current_spec()
        self.specs = registry.list_reports(self.ctx)
        self.list.blockSignals(True)
        self.list.clear()
        for spec in self.specs:
            item = QListWidgetItem(self.words.text(spec.title))
            item.setToolTip(self.words.text(spec.description))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.list.addItem(item)
            if chosen is not None and spec.name == chosen.name:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if not self.specs:
            self._show_nothing(self.tr("No reports are available yet."))
        self._enable()

    @staticmethod
    def _fill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        kept = box.currentData()
        box.clear()
        box.addItem(everything, None)
        for value, text in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(kept)) if kept else 0)

    def current_spec(self) -> ReportSpec | None:
        row = self.list.currentRow()
        return self.specs[row] if 0 <= row < len(self.specs) else None

    def filters(self) -> Filters | None:
        """The chosen filters, checked by the registry; None (the problem shown) if refused."""
        try:
            chosen = registry.filters(date_of(self.start), date_of(self.end),
                                      self.unit.currentData(), self.team.currentData())  # fmt: skip
        except InvalidInput as exc:
            self.problem.setText("\n".join(problem_text(p) for p in exc.problems))
            self.problem.show()
            return None
        self.problem.hide()
        return chosen

    def run(self) -> None:
        """Make the chosen report in the background, its steps counted in the dialog."""
        self.settle.stop()
        spec, chosen = self.current_spec(), self.filters()
        if spec is None or chosen is None:
            return
        name = spec.name
        self.last_run = run_op(
            lambda progress: running.run(self.ctx, name, chosen, progress),
            parent=self, title=self.tr("Reports"), on_done=self.show_report,
            label=self.tr("Making the report…"), progress=True,
        )  # fmt: skip

    # -- showing a report ---------------------------------------------------------------
    def _show_nothing(self, text: str) -> None:
        self.report = None
        note = QLabel(text)
        note.setObjectName("report_empty")
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        note.setStyleSheet("margin: 12px; font-size: 11pt; " + MUTED)
        self.scroll.setWidget(note)
        self._enable()

    def show_report(self, report: Report) -> None:
        self.report = report
        w = self.words
        body = QWidget()
        body.setObjectName("report_body")
        column = QVBoxLayout(body)
        column.setContentsMargins(12, 4, 12, 12)
        heading = QLabel(w.text(report.title))
        heading.setObjectName("report_title")
        heading.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1f3b57;")
        column.addWidget(heading)
        line = "   ·   ".join(
            f"{label}: {value}" for label, value in w.filter_lines(report.filters)
        )
        shown = QLabel(line)
        shown.setObjectName("report_filters")
        shown.setStyleSheet(MUTED)
        column.addWidget(shown)
        if report.figures:
            column.addLayout(self._figures(report))
        for note in report.notes:
            column.addWidget(self._note(w.text(note)))
        self.models, self.charts = {}, {}
        for table in report.tables:
            column.addWidget(self._section(report, table.key))
        column.addStretch(1)
        self.scroll.setWidget(body)
        self._fill_csv_menu(report)
        self._enable()

    def _figures(self, report: Report) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for c in range(FIGURES_PER_ROW):  # a tile a quarter of the width, however many
            grid.setColumnStretch(c, 1)
        for i, figure in enumerate(report.figures):
            card = QFrame()
            card.setObjectName(f"figure_{figure.key}")
            card.setStyleSheet("QFrame { background: #f2f4f7; border-radius: 6px; }")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(12, 8, 12, 8)
            value = QLabel(self.words.figure(figure.value, figure.kind))
            value.setObjectName("figure_value")
            value.setStyleSheet("font-size: 17pt; font-weight: 600; color: #1f5f8b;")
            label = QLabel(self.words.text(figure.label))
            label.setWordWrap(True)
            label.setStyleSheet(MUTED)
            inner.addWidget(value)
            inner.addWidget(label)
            grid.addWidget(card, i // FIGURES_PER_ROW, i % FIGURES_PER_ROW)
        return grid

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet("font-style: italic; " + MUTED)
        return note

    def _section(self, report: Report, key: str) -> QWidget:
        """A table's title, the table, its note and its charts (beside a narrow table)."""
        # lazy: matplotlib's canvas loads when the first chart is drawn (start-up time)
        from app.views.reports.chart_widget import ChartWidget

        table = report.table(key)
        section = QWidget()
        section.setObjectName(f"section_{key}")
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 10, 0, 0)
        title = QLabel(self.words.text(table.title))
        title.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1f3b57;")
        column.addWidget(title)
        model = self.models[key] = ReportTableModel(table, self.words, section)
        view = table_view(model, f"table_{key}")
        left = QVBoxLayout()
        left.addWidget(view)
        if table.note:
            left.addWidget(self._note(self.words.text(table.note)))
        left.addStretch(1)
        charts = [c for c in report.charts if c.table == key]
        drawn = []
        for chart in charts:
            widget = ChartWidget(chart_data(report, chart, self.words), self.words, section)
            self.charts[chart.key] = widget
            drawn.append(widget)
        if drawn and len(table.columns) <= CHART_BESIDE_UP_TO:
            row = QHBoxLayout()
            row.addLayout(left, 1)
            right = QVBoxLayout()
            for widget in drawn:
                right.addWidget(widget)
            row.addLayout(right, 1)
            column.addLayout(row)
        else:
            column.addLayout(left)
            for widget in drawn:
                widget.setMaximumWidth(760)
                column.addWidget(widget)
        return section

    def _fill_csv_menu(self, report: Report) -> None:
        self.csv_menu.clear()
        every = QAction(self.tr("Every table (a file each)…"), self.csv_menu)
        every.setObjectName("csv_every")
        every.triggered.connect(lambda _=False: self.save_csv(None))
        self.csv_menu.addAction(every)
        self.csv_menu.addSeparator()
        for table in report.tables:
            action = QAction(self.words.text(table.title) + "…", self.csv_menu)
            action.setObjectName(f"csv_{table.key}")
            action.triggered.connect(lambda _=False, k=table.key: self.save_csv(k))
            self.csv_menu.addAction(action)

    def _enable(self) -> None:
        shown = self.report is not None
        for button in (self.xlsx_button, self.csv_button, self.pdf_button):
            button.setEnabled(shown)
        self.status_button.setEnabled(bool(running.status_specs(self.ctx)) if self.specs else False)
        for button in (self.xlsx_button, self.csv_button, self.pdf_button, self.status_button):
            gate(button, self.ctx, "reports.read")

    # -- exports ------------------------------------------------------------------------
    def save_xlsx(self) -> None:
        if self.report is not None:
            self.exports.xlsx(self.report, self.words)

    def save_pdf(self) -> None:
        if self.report is not None:
            self.exports.pdf(self.report, self.words)

    def save_csv(self, table: str | None) -> None:
        if self.report is not None:
            self.exports.csv(self.report, self.words, table)

    def save_status(self) -> None:
        chosen = self.filters()
        if chosen is not None:
            self.exports.status(chosen, self.words)

    def saved(self, paths: Sequence[Path]) -> None:
        names = ", ".join(str(p) for p in paths)
        self.saved_label.setText(self.tr("Saved: {files}").format(files=names))
