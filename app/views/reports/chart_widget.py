"""One report chart on the page (issue #14): matplotlib's Qt canvas (QtCharts is
deprecated from Qt 6.10) drawing the same figure as the PDF (app/documents/report_charts.py).
matplotlib is imported when the first chart is drawn, never at start-up."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.documents.report_charts import ChartData, draw

WIDTH, HEIGHT = 5.6, 3.0  # inches at the screen's dpi: ~540 × 290 px
DPI = 96


class ChartWidget(QWidget):
    def __init__(self, data: ChartData, words: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # lazy: matplotlib (~0.3 s) loads only when the page draws its first chart
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        # lazy: matplotlib (~0.3 s) loads only when the page draws its first chart
        from matplotlib.figure import Figure

        self.data = data
        self.setObjectName(f"chart_{data.key}")
        self.setAccessibleName(data.title)
        self.figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setMinimumSize(int(WIDTH * DPI * 0.8), int(HEIGHT * DPI))
        draw(self.figure, data, words)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.canvas)
