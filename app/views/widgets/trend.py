"""A small line chart of values over time, drawn with QPainter (PySide6-Essentials has no
QtCharts). One or two series (e.g. systolic and diastolic), the latest value in the
corner, the first and last time under the axis. Knows nothing of AkutDesk's services."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE, SECOND, GRID, TEXT, MUTED = "#1f5f8b", "#b5651d", "#e3e8ee", "#1f3b57", "#6b7785"


@dataclass(frozen=True)
class Point:
    at: dt.datetime
    value: float
    value2: float | None = None


def _plain(value: float) -> str:
    return f"{value:g}"


class TrendChart(QWidget):
    """``set_series`` then it paints itself; with no points it shows ``empty_text``."""

    MARGINS = (44, 26, 10, 20)  # left, top, right, bottom

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.points: tuple[Point, ...] = ()
        self.empty_text = ""
        self.number: Callable[[float], str] = _plain
        self.moment: Callable[[dt.datetime], str] = lambda at: at.strftime("%d.%m. %H:%M")
        self.setMinimumSize(220, 130)
        self.setMaximumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setBackgroundRole(self.backgroundRole())

    def sizeHint(self) -> QSize:
        return QSize(300, 170)

    def set_series(
        self,
        title: str,
        points: Sequence[Point],
        *,
        empty_text: str = "",
        number: Callable[[float], str] | None = None,
        moment: Callable[[dt.datetime], str] | None = None,
    ) -> None:
        self.title = title
        self.points = tuple(sorted(points, key=lambda p: p.at))
        self.empty_text = empty_text
        self.number = number or _plain
        if moment is not None:
            self.moment = moment
        self.setAccessibleName(title)
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        left, top, right, bottom = self.MARGINS
        return QRectF(left, top, self.width() - left - right, self.height() - top - bottom)

    def value_range(self) -> tuple[float, float]:
        values = [p.value for p in self.points]
        values += [p.value2 for p in self.points if p.value2 is not None]
        low, high = min(values), max(values)
        pad = (high - low) * 0.1 or max(abs(high) * 0.05, 1.0)
        return low - pad, high + pad

    def position(self, point: Point, value: float) -> QPointF:
        """Where a value at the point's time is drawn."""
        rect = self.plot_rect()
        first, last = self.points[0].at, self.points[-1].at
        span = (last - first).total_seconds()
        x = 0.5 if span == 0 else (point.at - first).total_seconds() / span
        low, high = self.value_range()
        y = (value - low) / (high - low)
        inset = rect.width() * 0.03  # the first and last dot stay whole
        width = rect.width() - 2 * inset
        return QPointF(rect.left() + inset + x * width, rect.bottom() - y * rect.height())

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor(GRID)))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        self._paint_title(painter)
        if not self.points:
            painter.setPen(QColor(MUTED))
            painter.drawText(self.plot_rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
        else:
            self._paint_axes(painter)
            self._paint_line(painter, [(p, p.value) for p in self.points], LINE)
            second = [(p, p.value2) for p in self.points if p.value2 is not None]
            self._paint_line(painter, second, SECOND)
        painter.end()

    def _paint_title(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(TEXT))
        box = QRectF(8, 4, self.width() - 16, 20)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title
        )
        if self.points:
            last = self.points[-1]
            text = self.number(last.value)
            if last.value2 is not None:
                text += "/" + self.number(last.value2)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font())

    def _paint_axes(self, painter: QPainter) -> None:
        rect = self.plot_rect()
        low, high = self.value_range()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 6.0))
        painter.setFont(small)
        for step in range(3):
            value = low + (high - low) * (0.1 + 0.4 * step)
            y = rect.bottom() - (value - low) / (high - low) * rect.height()
            painter.setPen(QPen(QColor(GRID)))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(QColor(MUTED))
            label = QRectF(0, y - 8, rect.left() - 4, 16)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.number(value),
            )
        below = QRectF(rect.left(), rect.bottom() + 2, rect.width(), 16)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, self.moment(self.points[0].at))
        if len(self.points) > 1:
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, self.moment(self.points[-1].at))
        painter.setFont(self.font())

    def _paint_line(
        self, painter: QPainter, values: Sequence[tuple[Point, float | None]], colour: str
    ) -> None:
        dots = [self.position(p, v) for p, v in values if v is not None]
        if not dots:
            return
        painter.setPen(QPen(QColor(colour), 2))
        for start, end in itertools.pairwise(dots):
            painter.drawLine(start, end)
        painter.setBrush(QColor(colour))
        for dot in dots:
            painter.drawEllipse(dot, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
