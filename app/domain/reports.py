"""What a report is (issue #14): plain results every report returns, whatever case kind it
is about, so one page, one command line, one XLSX/CSV writer and one PDF render them all.

A report is declared once (:class:`ReportSpec`) by its case kind (the ``reports`` hook of
:mod:`app.domain.kinds`, a ``"module:NAME"`` naming a tuple of specs) or, for reports that
span the kinds (the region's dataset, the satisfaction survey), in
``app.services.reports.registry.COMMON``. Its builder is called as
``build(session, filters, progress)`` on a read-only session and returns a :class:`Report`:

- :class:`Figure` — a headline number ("Courses: 412", "Median length: 6 days");
- :class:`Table` — rows of typed cells under typed :class:`Column` s;
- :class:`Chart` — how one table is drawn (bar, stacked bar, line, histogram); the views draw
  it with matplotlib, the PDF with the same figure.

Texts are message ids of the catalogue (``app/messages/reports.py``), never English: the
window, the command line and the files translate them. A cell is ``None`` (no value: "–"),
an ``int``, a :class:`~decimal.Decimal`, a date, a ``str`` (a name as stored: a department,
a practice) or a :class:`Label` (a code the catalogue names: an end reason, a course type).
Percentages are Decimals from 0 to 100 with one decimal (:func:`percent`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

#: how a column's cells are formatted (and typed in XLSX)
ColumnKind = Literal[
    "text", "count", "decimal", "percent", "days", "hours", "minutes", "date", "month", "kr"
]
ChartKind = Literal["bar", "stacked_bar", "line", "histogram"]

ONE_DECIMAL = Decimal("0.1")


@dataclass(frozen=True)
class Label:
    """A code shown by its catalogue text: ``Label("reports.end_reason.readmitted")``."""

    id: str
    code: str = ""  # the stored code (CSV and JSON carry it beside the text)

    def __str__(self) -> str:
        return self.code or self.id


Cell = None | int | Decimal | dt.date | str | Label


@dataclass(frozen=True)
class Column:
    key: str  # stable: CSV header, JSON key, chart axis
    label: str  # message id
    kind: ColumnKind = "text"


@dataclass(frozen=True)
class Table:
    key: str
    title: str  # message id
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str | None = None  # message id: how the figures are counted, shown under the table

    def column(self, key: str) -> int:
        """The index of column ``key``."""
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def values(self, key: str) -> list[Cell]:
        i = self.column(key)
        return [row[i] for row in self.rows]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str  # message id
    table: str  # the key of the table drawn
    kind: ChartKind
    x: str  # the column on the x axis (histogram: the column whose values are counted)
    series: tuple[str, ...] = ()  # the columns drawn (bar, line: one series each)


@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # message id
    value: Cell
    kind: ColumnKind = "count"


@dataclass(frozen=True)
class Filters:
    """The page's and the command line's filters: a closed period of days, optionally one
    hospital unit (its code) and one team (its name)."""

    start: dt.date
    end: dt.date
    unit: str | None = None
    team: str | None = None

    def as_json(self) -> dict[str, str | None]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "unit": self.unit,
                "team": self.team}  # fmt: skip


@dataclass(frozen=True)
class Report:
    name: str
    title: str  # message id
    filters: Filters
    figures: tuple[Figure, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    notes: tuple[str, ...] = ()  # message ids: what the reader must know (the counting rules)

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def figure(self, key: str) -> Figure:
        for f in self.figures:
            if f.key == key:
                return f
        raise KeyError(key)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "filters": self.filters.as_json(),
            "figures": {f.key: json_cell(f.value) for f in self.figures},
            "tables": {
                t.key: [{c.key: json_cell(v) for c, v in zip(t.columns, row, strict=True)}
                        for row in t.rows]
                for t in self.tables
            },
        }  # fmt: skip


#: reports the progress of a long report: (done, total); may raise to cancel
Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    del done, total


@dataclass(frozen=True)
class ReportSpec:
    """One report's declaration: ``name`` is what ``akutdesk reports NAME`` takes
    (``iv.activity``); ``build`` the ``"module:function"`` hook; ``permission`` what reading it
    requires (besides ``reports.read``)."""

    name: str
    title: str  # message id
    description: str  # message id: one line for the list
    kind: str | None  # the case kind's key; None for a report across the kinds
    build: str
    permission: str = "reports.read"
    pseudonymised: bool = False  # a dataset whose citizens are keyed pseudonyms
    tags: tuple[str, ...] = field(default=())


def json_cell(value: Cell) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Label):
        return value.code or value.id
    return value


def percent(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` in per cent, one decimal, half up; None when ``whole`` is 0."""
    if whole <= 0:
        return None
    return (Decimal(100 * part) / Decimal(whole)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def mean(values: Sequence[int | Decimal]) -> Decimal | None:
    """The mean with one decimal, half up; None for no values."""
    if not values:
        return None
    total = sum((Decimal(v) for v in values), Decimal(0))
    return (total / len(values)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def median(values: Iterable[int | Decimal]) -> Decimal | None:
    """The median with one decimal (the mean of the middle two for an even count)."""
    ordered = sorted(Decimal(v) for v in values)
    if not ordered:
        return None
    mid = len(ordered) // 2
    value = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return value.quantize(ONE_DECIMAL, ROUND_HALF_UP)


def per_100(count: int, days: int) -> Decimal | None:
    """``count`` per 100 days (complications per 100 treatment days), one decimal."""
    if days <= 0:
        return None
    return (Decimal(100 * count) / Decimal(days)).quantize(ONE_DECIMAL, ROUND_HALF_UP)
