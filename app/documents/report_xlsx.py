"""A report as an XLSX workbook (issue #14; XlsxWriter), for the region and the managers'
own analyses (DIGEST §1.15):

- a front sheet with the report's title, the municipality, the period, the filters, when
  it was printed, the headline figures, the counting rules and a link to each table;
- one sheet per table: a formatted header (frozen, with a filter), the rows as **real
  numbers and dates** — a count ``#,##0``, a decimal ``#,##0.0``, a percentage stored as
  the fraction with ``0.0 %`` (12,5 % is 0.125), an amount ``#,##0.00 "kr."``, a date
  ``dd.mm.yyyy``, a month ``mmmm yyyy`` — so Danish Excel and LibreOffice show ``1.234,5``
  and still calculate; a coded column is followed by its codes; the columns as wide as
  their texts; the table's note under it;
- each chart of the table beside it as a native chart over those cells (a histogram over
  its bins, written beside the table).

Texts (sheet names included) are in the chosen language; strings are written as strings
(never read as formulas). The bytes are the same for the same report and printed time.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from typing import Any

from app.documents.report_cells import NUMERIC, Words, coded
from app.documents.report_charts import COLOURS, chart_data, series_columns
from app.domain import clock
from app.domain.reports import Cell, Chart, Column, Label, Report, Table

WIDTH_MIN, WIDTH_MAX = 8, 48
WIDTH_SAMPLE = 1000  # the rows whose texts set a column's width
HEAD_ROW = 2  # the title is in row 0, the header in row 2, the data below it
CHART_TYPES: dict[str, dict[str, str]] = {
    "bar": {"type": "column"},
    "histogram": {"type": "column"},
    "stacked_bar": {"type": "column", "subtype": "stacked"},
    "line": {"type": "line"},
}
_NOT_IN_NAMES = re.compile(r"[\[\]:*?/\\']")


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique sheet name: without ``[]:*?/\\'``, at most 31 characters."""
    base = _NOT_IN_NAMES.sub(" ", title).strip()[:31] or "Tabel"
    name, n = base, 2
    while name.casefold() in taken:
        tail = f" ({n})"
        name, n = base[: 31 - len(tail)] + tail, n + 1
    taken.add(name.casefold())
    return name


def places(cell: Cell) -> int:
    """The decimals a number carries (0–2)."""
    if isinstance(cell, Decimal):
        exponent = cell.as_tuple().exponent
        if isinstance(exponent, int):
            return min(max(0, -exponent), 2)
    return 0


def decimals(table: Table, index: int) -> int:
    """The most decimals a column's numbers carry (0–2): its number format's."""
    return max((places(row[index]) for row in table.rows), default=0)


def number_format(kind: str, places: int) -> str:
    if kind == "percent":
        return "0.0 %"
    if kind == "kr":
        return '#,##0.00 "kr."'
    if kind == "date":
        return "dd.mm.yyyy"
    if kind == "month":
        return "mmmm yyyy"
    return "#,##0" + ("." + "0" * places if places else "")


class _Book:
    """The workbook being written, with its formats made once."""

    def __init__(self, out: io.BytesIO, words: Words, printed_at: dt.datetime) -> None:
        # lazy: XlsxWriter loads only when a workbook is written
        import xlsxwriter

        self.words = words
        self.book = xlsxwriter.Workbook(out, {
            "in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False, "default_date_format": "dd.mm.yyyy",
        })  # fmt: skip
        created = clock.local(printed_at).replace(tzinfo=None)
        self.book.set_properties({"title": "", "author": "AkutDesk", "created": created})
        self.formats: dict[str, Any] = {}
        self.taken: set[str] = set()

    def fmt(self, key: str, **props: Any) -> Any:
        if key not in self.formats:
            self.formats[key] = self.book.add_format(props)
        return self.formats[key]

    def cell_format(self, kind: str, places: int) -> Any:
        return self.fmt(f"n:{kind}:{places}", num_format=number_format(kind, places),
                        valign="top")  # fmt: skip

    def write_cell(self, sheet: Any, row: int, col: int, cell: Cell, kind: str,
                   places: int) -> None:  # fmt: skip
        if cell is None:
            sheet.write_blank(row, col, None, self.cell_format(kind, places))
        elif isinstance(cell, Label):
            sheet.write_string(row, col, self.words.text(cell.id))
        elif isinstance(cell, dt.date):
            sheet.write_datetime(row, col, dt.datetime.combine(cell, dt.time()),
                                 self.cell_format("month" if kind == "month" else "date", 0))  # fmt: skip
        elif isinstance(cell, bool) or not isinstance(cell, int | Decimal):
            sheet.write_string(row, col, str(cell))
        else:
            number = float(cell) / 100 if kind == "percent" else float(cell)
            sheet.write_number(row, col, number, self.cell_format(kind, places))


def _shown_width(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def _front(book: _Book, name: str, report: Report, municipality: str, printed: str,
           sheets: list[tuple[str, str]]) -> None:  # fmt: skip
    w = book.words
    sheet = book.book.add_worksheet(name)
    bold = book.fmt("bold", bold=True)
    sheet.write_string(0, 0, w.text(report.title), book.fmt("title", bold=True, font_size=14))
    lines = [(w.text("reports.file.municipality"), municipality), *w.filter_lines(report.filters),
             (w.text("reports.file.printed"), printed)]  # fmt: skip
    row = 2
    for label, text in lines:
        sheet.write_string(row, 0, label, bold)
        sheet.write_string(row, 1, text)
        row += 1
    if report.figures:
        row += 1
        sheet.write_string(row, 0, w.text("reports.file.figures"), book.fmt("h2", bold=True,
                                                                             font_size=12))  # fmt: skip
        row += 1
        for figure in report.figures:
            sheet.write_string(row, 0, w.text(figure.label))
            book.write_cell(sheet, row, 1, figure.value, figure.kind, places(figure.value))
            row += 1
    if report.notes:
        row += 1
        sheet.write_string(row, 0, w.text("reports.file.notes"), bold)
        for note in report.notes:
            row += 1
            sheet.write_string(row, 0, w.text(note))
    row += 2
    sheet.write_string(row, 0, w.text("reports.file.tables"), bold)
    link = book.fmt("link", font_color="#1f5f8b", underline=1)
    for name, title in sheets:
        row += 1
        sheet.write_url(row, 0, f"internal:'{name}'!A1", link, title)
    labels = [label for label, _ in lines] + [w.text(f.label) for f in report.figures]
    sheet.set_column(0, 0, min(WIDTH_MAX, max(WIDTH_MIN, *map(_shown_width, labels)) + 2))
    sheet.set_column(1, 1, 30)


def _table_sheet(book: _Book, report: Report, table: Table, name: str) -> None:
    w = book.words
    sheet = book.book.add_worksheet(name)
    sheet.write_string(0, 0, w.text(table.title), book.fmt("title", bold=True, font_size=14))
    header = book.fmt("head", bold=True, bg_color="#e6e9ef", border=1, text_wrap=True,
                      valign="top")  # fmt: skip
    header_right = book.fmt("head_r", bold=True, bg_color="#e6e9ef", border=1, text_wrap=True,
                            valign="top", align="right")  # fmt: skip
    columns: list[tuple[int, Column, bool]] = []  # (sheet column, column, with its codes)
    col = 0
    for i, column in enumerate(table.columns):
        with_code = coded(table, i)
        columns.append((col, column, with_code))
        col += 2 if with_code else 1
    widths = [WIDTH_MIN] * col
    for at, column, with_code in columns:
        label = w.text(column.label)
        sheet.write_string(HEAD_ROW, at, label, header_right if column.kind in NUMERIC else header)
        widths[at] = max(widths[at], min(_shown_width(label), 24) + 2)
        if with_code:
            code_label = w.text("reports.file.code_of", label=label)
            sheet.write_string(HEAD_ROW, at + 1, code_label, header)
            widths[at + 1] = max(widths[at + 1], min(_shown_width(code_label), 24) + 2)
    places = [decimals(table, i) for i in range(len(table.columns))]
    for r, values in enumerate(table.rows, start=HEAD_ROW + 1):
        for (at, column, with_code), cell, place in zip(columns, values, places, strict=True):
            book.write_cell(sheet, r, at, cell, column.kind, place)
            if r < WIDTH_SAMPLE:  # a dataset's 50,000 rows: the widths of the first ones
                widths[at] = max(widths[at], len(w.cell(cell, column.kind)) + 2)
            if with_code:
                code = cell.code if isinstance(cell, Label) else ""
                sheet.write_string(r, at + 1, code)
                widths[at + 1] = max(widths[at + 1], len(code) + 2)
    last = HEAD_ROW + len(table.rows)
    if not table.rows:
        sheet.write_string(HEAD_ROW + 1, 0, w.text("reports.file.no_rows"))
    if table.note:
        sheet.write_string(last + 2, 0, w.text(table.note), book.fmt("note", italic=True,
                                                                     font_color="#555555"))  # fmt: skip
    for i, width in enumerate(widths):
        sheet.set_column(i, i, min(WIDTH_MAX, width))
    sheet.freeze_panes(HEAD_ROW + 1, 0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)  # printed (and converted to PDF) one page wide
    if col and table.rows:
        sheet.autofilter(HEAD_ROW, 0, last, col - 1)
    place_at = col + 1
    charts = [c for c in report.charts if c.table == table.key]
    for n, chart in enumerate(charts):
        place_at = _chart(book, sheet, name, report, table, chart, columns, n, place_at)


def _chart(book: _Book, sheet: Any, name: str, report: Report, table: Table, chart: Chart,
           columns: list[tuple[int, Column, bool]], n: int, free: int) -> int:  # fmt: skip
    """A native chart over the table's cells (a histogram over its bins written at column
    ``free``), placed beside the table; returns the next free column."""
    if not table.rows:
        return free
    w = book.words
    data = chart_data(report, chart, w)
    if not data.series or not data.categories:  # nothing to draw (no numbers, no bins)
        return free
    made = book.book.add_chart(CHART_TYPES[chart.kind])
    first, last = HEAD_ROW + 1, HEAD_ROW + len(table.rows)
    at = {column.key: col for col, column, _ in columns}
    if chart.kind == "histogram":
        sheet.write_string(HEAD_ROW, free, data.x_label, book.fmt("head", bold=True))
        sheet.write_string(HEAD_ROW, free + 1, data.series[0][0], book.fmt("head", bold=True))
        for r, (category, total) in enumerate(
            zip(data.categories, data.series[0][1], strict=True), start=first
        ):
            sheet.write_string(r, free, category)
            sheet.write_number(r, free + 1, total or 0.0, book.cell_format("count", 0))
        end = first + len(data.categories) - 1
        made.add_series({
            "name": data.series[0][0], "categories": [name, first, free, end, free],
            "values": [name, first, free + 1, end, free + 1], "fill": {"color": "#1f5f8b"},
            "gap": 20,
        })  # fmt: skip
        free += 3
    else:
        x = at[chart.x]
        if table.columns[table.column(chart.x)].kind in ("date", "month"):
            # a chart's categories from date cells show as serial numbers in LibreOffice:
            # the months as shown, in a column of their own
            sheet.write_string(HEAD_ROW, free, data.x_label, book.fmt("head", bold=True))
            for r, category in enumerate(data.categories, start=first):
                sheet.write_string(r, free, category)
            x, free = free, free + 2
        for i, key in enumerate(series_columns(table, chart)):
            col = at[key]
            series: dict[str, Any] = {
                "name": [name, HEAD_ROW, col], "categories": [name, first, x, last, x],
                "values": [name, first, col, last, col],
            }  # fmt: skip
            colour = COLOURS[i % len(COLOURS)]
            if chart.kind == "line":
                series["line"] = {"color": colour, "width": 2}
                series["marker"] = {"type": "circle", "fill": {"color": colour},
                                    "border": {"color": colour}}  # fmt: skip
            else:
                series["fill"] = {"color": colour}
            made.add_series(series)
        made.set_x_axis({"text_axis": True})
    made.set_title({"name": data.title, "name_font": {"size": 11, "bold": True}})
    made.set_y_axis({"num_format": "0 %" if data.percent else "#,##0",
                     "major_gridlines": {"visible": True, "line": {"color": "#dddddd"}}})  # fmt: skip
    made.set_legend({"position": "bottom"} if len(data.series) > 1 else {"none": True})
    made.set_size({"width": 620, "height": 320})
    sheet.insert_chart(HEAD_ROW + n * 17, free, made)
    return free


def report_xlsx(report: Report, words: Words, *, municipality: str,
                printed_at: dt.datetime) -> bytes:  # fmt: skip
    """The workbook of ``report`` (see the module's docstring)."""
    out = io.BytesIO()
    book = _Book(out, words, printed_at)
    front = sheet_name(words.text("reports.file.report"), book.taken)
    names = [sheet_name(words.text(t.title), book.taken) for t in report.tables]
    titles = [words.text(t.title) for t in report.tables]
    _front(book, front, report, municipality, clock.format_local(printed_at),
           list(zip(names, titles, strict=True)))  # fmt: skip
    for table, name in zip(report.tables, names, strict=True):
        _table_sheet(book, report, table, name)
    book.book.close()
    return out.getvalue()
