"""A report's charts (issue #14: "charts where people would rather look than read"), drawn
once for every place that shows them: the page (matplotlib's Qt canvas), the PDF (a PNG
from matplotlib's Agg backend) and the XLSX file (a native chart over the same numbers).

:func:`chart_data` says what a :class:`~app.domain.reports.Chart` draws, without
matplotlib: the categories along the x axis (the ``x`` column's cells as shown) and one
series per ``series`` column (every numeric column but ``x`` when the chart names none).
A ``bar`` chart draws the series side by side, ``stacked_bar`` on top of each other (a
per-month table with one column per category), ``line`` as lines over the categories; a
``histogram`` counts the rows per value of its ``x`` column — each row once, or weighted by
its one ``series`` column (a table of "length in days | courses") — in whole-number bins,
at most :data:`MAX_BINS` of them.

matplotlib is imported only when a chart is drawn (start-up time: it costs ~0.3 s).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.documents.report_cells import NUMERIC, Words
from app.domain.reports import Chart, Label, Report, Table

MAX_BINS = 12
#: AkutDesk's blue first, then colours that stay apart in grey print
COLOURS = ("#1f5f8b", "#e08a1e", "#5a9e4b", "#b8414b", "#7a5aa6", "#8c8c8c", "#3fa6b5",
           "#c9b037")  # fmt: skip


@dataclass(frozen=True)
class ChartData:
    """What one chart draws, as plain numbers and texts in the chosen language."""

    key: str
    title: str
    kind: str  # bar, stacked_bar, line (a histogram is a bar chart of its bins)
    x_label: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (label, one value a category)
    percent: bool = False  # every series a percentage: the y axis says %


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return None
    return float(value)


def series_columns(table: Table, chart: Chart) -> tuple[str, ...]:
    if chart.series:
        return chart.series
    return tuple(c.key for c in table.columns if c.kind in NUMERIC and c.key != chart.x)


def histogram_bins(
    values: list[tuple[float, float]], max_bins: int = MAX_BINS
) -> list[tuple[int, int, float]]:
    """(value, weight) pairs counted in whole-number bins ``(low, high, total)``, low and high
    inclusive: one bin per value when the values span at most ``max_bins`` numbers, else
    equal widths."""
    if not values:
        return []
    low = math.floor(min(v for v, _ in values))
    high = math.floor(max(v for v, _ in values))
    width = max(1, math.ceil((high - low + 1) / max_bins))
    count = (high - low) // width + 1
    totals = [0.0] * count
    for value, weight in values:
        totals[(math.floor(value) - low) // width] += weight
    return [(low + i * width, low + (i + 1) * width - 1, totals[i]) for i in range(count)]


def chart_data(report: Report, chart: Chart, words: Words) -> ChartData:
    """What ``chart`` of ``report`` draws (see the module's docstring)."""
    table = report.table(chart.table)
    x_column = table.columns[table.column(chart.x)]
    x_label = words.text(x_column.label)
    title = words.text(chart.title)
    if chart.kind == "histogram":
        weight_index = table.column(chart.series[0]) if chart.series else None
        pairs = []
        for row in table.rows:
            value = _number(row[table.column(chart.x)])
            weight = 1.0 if weight_index is None else _number(row[weight_index])
            if value is not None and weight is not None:
                pairs.append((value, weight))
        bins = histogram_bins(pairs)
        categories = tuple(
            words.number(lo) if lo == hi else f"{words.number(lo)}–{words.number(hi)}"
            for lo, hi, _ in bins
        )
        label = (
            words.text(table.columns[weight_index].label)
            if weight_index is not None
            else words.text("reports.file.count")
        )
        return ChartData(chart.key, title, "bar", x_label, categories,
                         ((label, tuple(total for _, _, total in bins)),))  # fmt: skip
    x_index = table.column(chart.x)
    categories = tuple(
        words.month(row[x_index], short=True)  # type: ignore[arg-type]
        if x_column.kind == "month" and row[x_index] is not None
        else words.cell(row[x_index], x_column.kind)
        for row in table.rows
    )
    keys = series_columns(table, chart)
    columns = [table.columns[table.column(k)] for k in keys]
    series = tuple(
        (words.text(c.label), tuple(_number(row[table.column(c.key)]) for row in table.rows))
        for c in columns
    )
    percent = bool(columns) and all(c.kind == "percent" for c in columns)
    return ChartData(chart.key, title, chart.kind, x_label, categories, series, percent)


def tick(value: float, words: Words) -> str:
    """An axis number in the language: ``2``, ``2,5`` (at most two decimals)."""
    if float(value).is_integer():
        return words.number(int(value))
    return words.number(Decimal(f"{value:.2f}").normalize())


LONG_LABEL = 16  # bars with labels longer than this lie down (up to HORIZONTAL_UP_TO of them)
HORIZONTAL_UP_TO = 12
CUT_AT = 30  # a longer label is cut with "…"
MAX_TICKS = 16  # labels along the x axis at most


def _cut(text: str) -> str:
    return text if len(text) <= CUT_AT else text[: CUT_AT - 1] + "…"


def draw(figure: Any, data: ChartData, words: Words) -> None:
    """Draw ``data`` on a matplotlib ``Figure`` (the page's Qt canvas or an Agg one). Bars
    with long labels (departments, target groups) lie down, the first at the top; labels
    longer than :data:`CUT_AT` characters are cut."""
    # lazy: matplotlib loads when the first chart is drawn (start-up time)
    from matplotlib.ticker import FuncFormatter

    figure.set_layout_engine("constrained")  # laid out again when the canvas is resized
    axes = figure.add_subplot()
    positions = list(range(len(data.categories)))
    labels = [_cut(c) for c in data.categories]
    widest = max((len(c) for c in labels), default=0)
    lying = (data.kind != "line" and widest > LONG_LABEL
             and len(positions) <= HORIZONTAL_UP_TO)  # fmt: skip
    bar = axes.barh if lying else axes.bar
    many = len(data.series)
    bottom = [0.0] * len(positions)
    for i, (label, values) in enumerate(data.series):
        colour = COLOURS[i % len(COLOURS)]
        if data.kind == "line":
            shown = [math.nan if v is None else v for v in values]
            axes.plot(positions, shown, marker="o", color=colour, label=label, linewidth=1.8)
            continue
        heights = [v or 0.0 for v in values]
        if data.kind == "stacked_bar":
            bar(positions, heights, 0.7, bottom, color=colour, label=label)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        else:
            width = 0.8 / many
            offset = (i - (many - 1) / 2) * width
            bar([p + offset for p in positions], heights, width, color=colour, label=label)
    suffix = " %" if data.percent else ""
    highest = max((v for _, values in data.series for v in values if v is not None), default=0)
    if data.kind == "stacked_bar":
        highest = max(bottom, default=0.0)
    lowest = min((v for _, values in data.series for v in values if v is not None), default=0)
    if lowest >= 0:  # counts and shares start at nought; nothing at all: an empty 0–1 axis
        (axes.set_xlim if lying else axes.set_ylim)(0, None if highest > 0 else 1)
    values_axis = axes.xaxis if lying else axes.yaxis
    if lying:
        axes.set_yticks(positions, labels, fontsize=8)
        axes.invert_yaxis()  # the table's first row at the top
        axes.set_ylabel(data.x_label, fontsize=9)
    else:
        # slanted when the labels would not fit side by side (~7 px a character at 8 pt)
        room = figure.get_figwidth() * 96 * 0.7 / max(1, len(positions))
        slanted = widest * 7 > room or len(positions) > HORIZONTAL_UP_TO
        step = math.ceil(len(positions) / MAX_TICKS)  # a long series: every n-th label
        axes.set_xticks(positions[::step], labels[::step], rotation=30 if slanted else 0,
                        ha="right" if slanted else "center", fontsize=8)  # fmt: skip
        axes.set_xlabel(data.x_label, fontsize=9)
    values_axis.set_major_formatter(FuncFormatter(lambda value, _pos: tick(value, words) + suffix))
    axes.tick_params(axis="x" if lying else "y", labelsize=8)
    axes.grid(axis="x" if lying else "y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.set_title(data.title, fontsize=10, loc="left")
    if many > 1:
        # under everything (the slanted labels too), never over a bar
        figure.legend(fontsize=8, frameon=False, loc="outside lower center", ncols=min(many, 3))
    if not positions:
        axes.text(0.5, 0.5, words.text("reports.file.no_rows"), ha="center", va="center",
                  transform=axes.transAxes, color="#667788")  # fmt: skip


def png(data: ChartData, words: Words, *, width: float = 6.4, height: float = 3.2,
        dpi: int = 150) -> bytes:  # fmt: skip
    """The chart as a PNG (matplotlib's Agg backend, no GUI): the same bytes each time."""
    # lazy: matplotlib loads when the first chart is drawn (start-up time)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    # lazy: matplotlib loads when the first chart is drawn (start-up time)
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    draw(figure, data, words)
    out = io.BytesIO()
    figure.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


def inconsistencies(report: Report) -> list[str]:
    """What in ``report`` the page and the files could not show (a builder's slip): rows of
    the wrong length, duplicate keys, a chart naming a table or column that is not there,
    a text id (``reports.….…``) the catalogue lacks — a text without a dot is a name shown
    as it is (a hospital unit's code as a column's head). Empty for a sound report; the
    tests of every registered report call it (tests/unit/test_report_files_real.py)."""
    # lazy: the catalogue is only needed for this check
    from app import messages

    found: list[str] = []
    ids = [report.title, *report.notes, *(f.label for f in report.figures)]
    keys = [t.key for t in report.tables]
    if len(set(keys)) != len(keys):
        found.append(f"duplicate table keys in {keys}")
    for table in report.tables:
        ids += [table.title, *(c.label for c in table.columns)]
        ids += [table.note] if table.note else []
        for n, row in enumerate(table.rows):
            if len(row) != len(table.columns):
                found.append(f"{table.key}: row {n} has {len(row)} cells, not {len(table.columns)}")
            ids += [cell.id for cell in row if isinstance(cell, Label)]
    for chart in report.charts:
        ids.append(chart.title)
        if chart.table not in keys:
            found.append(f"chart {chart.key}: no table {chart.table}")
            continue
        columns = {c.key for c in report.table(chart.table).columns}
        for key in (chart.x, *chart.series):
            if key not in columns:
                found.append(f"chart {chart.key}: no column {key} in {chart.table}")
    found += [f"no catalogue text for {id}" for id in dict.fromkeys(ids)
              if "." in id and id not in messages.CATALOGUE]  # fmt: skip
    return found
