"""An episode's measurements: a small line chart per kind that has values (CRP,
haemoglobin, glucose, INR, temperature, pulse, blood pressure, respiratory rate, SpO₂),
and every value in a table with its unit, NPU code and who measured it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import acute as rules
from app.domain import clock
from app.views.acute.episodes_model import MeasurementTableModel
from app.views.components import acute_vocabulary as ev
from app.views.components.formatting import decimal_text
from app.views.widgets.trend import Point, TrendChart

COLUMNS = 4


def _moment(at: Any) -> str:
    return f"{clock.local(at):%d.%m. %H:%M}"


class MeasurementsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(
            self.tr("No measurements yet. Record one with “Measurement…” (Ctrl+M).")
        )
        self.empty.setObjectName("measurements_empty")
        self.empty.setStyleSheet("color: #556; margin: 12px;")
        column.addWidget(self.empty)
        self.charts_box = QWidget()
        self.grid = QGridLayout(self.charts_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # the charts above, the values below; the nurse drags the line between them
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.charts_box)
        column.addWidget(self.split, 1)
        self.charts: dict[str, TrendChart] = {}
        self.model = MeasurementTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("measurement_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.split.addWidget(self.table)
        self.split.setSizes([330, 220])

    def show_measurements(self, measurements: Any) -> None:
        newest_first = sorted(measurements, key=lambda m: m.measured_at, reverse=True)
        self.model.set_rows(newest_first)
        for chart in self.charts.values():
            chart.deleteLater()
        self.charts = {}
        kinds = [k for k in rules.MEASUREMENTS if any(m.kind == k for m in measurements)]
        for position, kind in enumerate(kinds):
            chart = TrendChart()
            chart.setObjectName(f"trend_{kind}")
            spec = rules.MEASUREMENTS[kind]
            points = [
                Point(
                    m.measured_at,
                    float(m.value),
                    float(m.value2) if m.value2 is not None else None,
                )
                for m in measurements
                if m.kind == kind
            ]
            title = ev.label(ev.MEASUREMENTS, kind) + (f" ({spec.unit})" if spec.unit else "")
            chart.set_series(
                title,
                points,
                number=lambda v, d=spec.decimals: decimal_text(f"{v:.{d}f}"),
                moment=_moment,
            )
            self.grid.addWidget(chart, position // COLUMNS, position % COLUMNS)
            self.charts[kind] = chart
        self.empty.setVisible(not kinds)
        self.charts_box.setVisible(bool(kinds))
