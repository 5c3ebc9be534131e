"""Reports as PDF (issue #14; A4 through app.documents.layout: the header with the
municipality, title and period on every page, "side x af y", deterministic bytes):

- one report: its period and filters, the headline figures, the counting rules, then each
  table (numbers right-aligned, "–" for no value) with its note and its charts (PNG from
  matplotlib's Agg backend, app.documents.report_charts);
- the **status report** (DIGEST §1.15: "status after 6 months on quantitative data"):
  several reports for one period and filters in one document, a contents list first and
  each report from a new page.

A table longer than :data:`MAX_ROWS` is cut, with a line saying so (the dataset for the
region has a row per course: its XLSX and CSV files hold every row).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak, Paragraph

from app.documents.layout import STYLES, Header, facts, frame_width, gap, heading, para, render
from app.documents.layout import table as grid
from app.documents.report_cells import NUMERIC, Words
from app.documents.report_charts import chart_data, png
from app.domain import clock
from app.domain.reports import Report, Table

MAX_ROWS = 200
WIDE_FROM = 8  # a table of this many columns or more turns the pages to landscape
NUMBER = ParagraphStyle("number", parent=STYLES["cell"], alignment=TA_RIGHT)
NUMBER_HEAD = ParagraphStyle("number_head", parent=STYLES["head"], alignment=TA_RIGHT)
TITLE = ParagraphStyle("report_title", parent=STYLES["h2"], fontSize=14, leading=17)


def _cell(text: str, numeric: bool) -> Paragraph:
    return Paragraph(escape(text), NUMBER) if numeric else para(text)


def _widths(table: Table, shown: list[list[str]], heads: list[str], width: float) -> list[float]:
    """Column widths after the longest text of each column (a head counts by its longest
    word: it wraps); scaled down to the frame when they would not fit."""
    weights = []
    for i in range(len(table.columns)):
        longest = max((len(row[i]) for row in shown), default=0)
        head = max((len(word) for word in heads[i].split()), default=0)
        weights.append(min(max(longest, head, 4), 40))
    natural = [w * 1.9 * mm + 8 for w in weights]  # ~1.9 mm a character at 8 pt, padding
    if sum(natural) <= width:  # a narrow table stays narrow
        return natural
    total = sum(weights) or 1
    return [width * w / total for w in weights]


def opaque(picture: bytes) -> bytes:
    """The chart's PNG without its alpha channel (drawn on white): one image in the PDF,
    not an image and its soft mask."""
    # lazy: Pillow (matplotlib's dependency) loads only when a PDF gets a chart
    from PIL import Image as Pil

    out = io.BytesIO()
    Pil.open(io.BytesIO(picture)).convert("RGB").save(out, format="PNG")
    return out.getvalue()


def table_story(report: Report, table: Table, words: Words, width: float) -> list[Any]:
    """One table under its title, its note, then each chart drawn from it."""
    story: list[Any] = [*heading(words.text(table.title))]
    numeric = [c.kind in NUMERIC for c in table.columns]
    heads = [words.text(c.label) for c in table.columns]
    rows = table.rows[:MAX_ROWS]
    shown = [[words.cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
             for row in rows]  # fmt: skip
    if not rows:
        story.append(para(words.text("reports.file.no_rows"), "note"))
    else:
        head_cells = [Paragraph(escape(h), NUMBER_HEAD) if n else h
                      for h, n in zip(heads, numeric, strict=True)]  # fmt: skip
        body = [[_cell(text, n) for text, n in zip(row, numeric, strict=True)] for row in shown]
        made = grid(heads, body, _widths(table, shown, heads, width))
        # the header row as layout.table makes it, a number column's head right-aligned
        made._cellvalues[0] = [para(h, "head") if isinstance(h, str) else h for h in head_cells]
        made.hAlign = "LEFT"  # under its title, not centred
        story.append(made)
    if len(table.rows) > MAX_ROWS:
        story.append(para(words.text("reports.file.rows_cut", shown=MAX_ROWS,
                                     total=len(table.rows)), "note"))  # fmt: skip
    if table.note:
        story += [gap(1.5 * mm), para(words.text(table.note), "note")]
    for chart in (c for c in report.charts if c.table == table.key):
        image_width = min(width, 170 * mm)
        picture = opaque(png(chart_data(report, chart, words), words, width=6.8, height=3.2))
        image = Image(io.BytesIO(picture), image_width, image_width * 3.2 / 6.8, hAlign="LEFT")
        story += [gap(2 * mm), KeepTogether([image])]
    return story


def report_story(report: Report, words: Words, width: float, *, titled: bool) -> list[Any]:
    """One report: (its title,) its filters, the figures, the notes, the tables."""
    story: list[Any] = []
    if titled:
        story += [Paragraph(escape(words.text(report.title)), TITLE), gap(1 * mm)]
    story.append(facts(words.filter_lines(report.filters), width))
    if report.figures:
        story += [*heading(words.text("reports.file.figures")), facts(
            [(words.text(f.label), words.figure(f.value, f.kind)) for f in report.figures], width
        )]  # fmt: skip
    if report.notes:
        story += [*heading(words.text("reports.file.notes"))]
        story += [para(words.text(n), "body") for n in report.notes]
    for table in report.tables:
        story += table_story(report, table, words, width)
    return story


def _header(words: Words, municipality: str, title: str, subtitle: str, printed: str) -> Header:
    """The page header and footer in the report's language."""
    return Header(municipality, title, subtitle, printed,
                  page_of=words.text("reports.file.page_of", page="{page}", total="{total}"),
                  footer=words.text("reports.file.footer"))  # fmt: skip


def _wide(reports: Sequence[Report]) -> bool:
    return any(len(t.columns) >= WIDE_FROM for r in reports for t in r.tables)


def report_pdf(report: Report, words: Words, *, municipality: str,
               printed_at: dt.datetime) -> bytes:  # fmt: skip
    """One report as a PDF (see the module's docstring)."""
    wide = _wide([report])
    printed = words.text("reports.file.printed_at", moment=clock.format_local(printed_at))
    header = _header(words, municipality, words.text(report.title), words.period(report.filters),
                     printed)  # fmt: skip
    return render(report_story(report, words, frame_width(wide), titled=False), header, wide=wide)


def status_pdf(reports: Sequence[Report], words: Words, *, municipality: str,
               printed_at: dt.datetime) -> bytes:  # fmt: skip
    """The status report: ``reports`` (for the same filters) in one document, DIGEST §1.15."""
    if not reports:
        raise ValueError("a status report needs at least one report")
    wide = _wide(reports)
    width = frame_width(wide)
    chosen = reports[0].filters
    printed = words.text("reports.file.printed_at", moment=clock.format_local(printed_at))
    header = _header(words, municipality, words.text("reports.file.status_title"),
                     words.period(chosen), printed)  # fmt: skip
    story: list[Any] = [para(words.text("reports.file.status_intro"), "body"), gap(),
                        facts(words.filter_lines(chosen), width),
                        *heading(words.text("reports.file.contents"))]  # fmt: skip
    story += [para(f"{n}. {words.text(r.title)}", "body") for n, r in enumerate(reports, 1)]
    for report in reports:
        story += [PageBreak(), *report_story(report, words, width, titled=True)]
    return render(story, header, wide=wide)
