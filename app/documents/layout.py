"""The page layout every AkutDesk document shares: A4, a header repeated on every page
(municipality, title, subtitle, printed time, "side x af y"), a confidentiality footer, and
tables whose cells wrap instead of being cut off.

Rendering is deterministic (reportlab ``invariant``): the same content and printed time
give the same bytes, so a stored document can be reprinted identically (STYLE §3).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

MARGIN: float = 14 * mm
PADDING = 6  # reportlab's frame padding: the frame starts this much outside the text
HEADER: float = 21 * mm  # the header sits in the top margin, above the frame
FONT, BOLD = "Helvetica", "Helvetica-Bold"
GRID = colors.HexColor("#b0b0b0")
HEAD_BG = colors.HexColor("#e6e9ef")
ALERT_BG = colors.HexColor("#f9d6d5")
ALERT = colors.HexColor("#b00020")
NOTICE_BG = colors.HexColor("#fff3cd")
MUTED = colors.HexColor("#555555")
FOOTER = "Fortroligt: indeholder helbredsoplysninger. Udskrevet fra AkutDesk."

STYLES = {
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.8),
    "strong": ParagraphStyle("strong", fontName=BOLD, fontSize=8, leading=9.8),
    # a known CAVE (issue #12): bold and red, where a nurse cannot miss it
    "alert": ParagraphStyle("alert", fontName=BOLD, fontSize=8, leading=9.8, textColor=ALERT),
    "head": ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9.2),
    "h2": ParagraphStyle(
        "h2",
        fontName=BOLD,
        fontSize=11.5,
        leading=14,
        spaceBefore=9,
        spaceAfter=4,
    ),
    "body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5),
    "note": ParagraphStyle("note", fontName=FONT, fontSize=8, leading=10, textColor=MUTED),
}


#: the page number in the top right corner of every page
PAGE_OF = "side {page} af {total}"


@dataclass(frozen=True)
class Header:
    municipality: str
    title: str
    subtitle: str
    printed: str  # "Udskrevet 24.11.2026 14:05"
    #: the words around the page number and the footer: Danish unless the document is
    #: written in another language (a report printed with English words, issue #14)
    page_of: str = PAGE_OF
    footer: str = FOOTER


def para(value: str, style: str = "cell") -> Paragraph:
    """Plain text (escaped) in a style; line breaks kept."""
    return Paragraph(escape(value).replace("\n", "<br/>"), STYLES[style])


class TickBox(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An empty square to tick by hand (Helvetica has no box character)."""

    SIDE = 3.4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.SIDE, self.SIDE

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.SIDE, self.SIDE, stroke=1, fill=0)


def tick_box() -> TickBox:
    return TickBox()


def heading(value: str) -> list[Any]:
    """A section heading that never stands alone at the foot of a page; a long table under
    it still starts on the same page (``keepWithNext`` would push it all to the next)."""
    return [CondPageBreak(30 * mm), para(value, "h2")]


def gap(height: float = 3 * mm) -> Spacer:
    return Spacer(1, height)


CELL_SIDES = 6  # the cells' left and right padding together (the grid's style below)


def at_slashes(text: str, width: float, style: str = "cell") -> str:
    """A cell's text that does not fit its column on one line wraps after its "/"
    ("Piperacillin/" | "tazobactam") rather than where the column ends, inside a word
    ("Piperacillin/tazob" | "actam"); text that fits, or has no "/", is left as it is."""
    if "/" not in text or "\n" in text:
        return text
    chosen = STYLES[style]
    if stringWidth(text, chosen.fontName, chosen.fontSize) <= width - CELL_SIDES:
        return text
    return text.replace("/", "/\n")


def table(
    head: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    marked: dict[int, Any] | None = None,
    strong_first: bool = False,
    cell_styles: dict[tuple[int, int], str] | None = None,
) -> Table:
    """A grid with a repeated header row; ``marked`` colours rows (index → colour),
    ``cell_styles`` gives single cells a style ((row, column) → style name). A cell is text,
    or a flowable made by the caller (e.g. :func:`tick_box`)."""
    chosen = cell_styles or {}

    def style_of(r: int, i: int) -> str:
        return chosen.get((r, i), "strong" if strong_first and i == 0 else "cell")

    body = [
        [
            para(at_slashes(cell, widths[i], style_of(r, i)), style_of(r, i))
            if isinstance(cell, str)
            else cell
            for i, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    grid = Table([[para(h, "head") for h in head], *body], colWidths=widths, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, colour in (marked or {}).items():
        style.append(("BACKGROUND", (0, index + 1), (-1, index + 1), colour))
    grid.setStyle(TableStyle(style))
    return grid


def facts(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label–value lines of a section, as a borderless two-column table."""
    rows = [[para(k, "strong"), para(v or "–")] for k, v in pairs]
    grid = Table(rows, colWidths=[48 * mm, width - 48 * mm])
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HEAD_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return grid


def frame_width(wide: bool) -> float:
    width = float((landscape(A4) if wide else A4)[0])
    return width - 2 * MARGIN


def render(story: Sequence[Any], header: Header, *, wide: bool = False) -> bytes:
    """The story on A4 (landscape when ``wide``) with the header on every page."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4) if wide else A4,
        leftMargin=MARGIN - PADDING,
        rightMargin=MARGIN - PADDING,
        topMargin=MARGIN + HEADER - PADDING,
        bottomMargin=MARGIN + 6 * mm - PADDING,
        title=f"{header.title} – {header.subtitle}",
        author=header.municipality,
        creator="AkutDesk",
        invariant=1,
    )

    def decorate(canvas: Any, _doc: Any) -> None:
        _draw_header(canvas, header)

    def numbered(*args: Any, **kwargs: Any) -> _Numbered:
        return _Numbered(*args, page_of=header.page_of, **kwargs)

    doc.build(list(story), onFirstPage=decorate, onLaterPages=decorate, canvasmaker=numbered)
    return buffer.getvalue()


def _draw_header(canvas: Any, header: Header) -> None:
    width, height = canvas._pagesize
    top = height - MARGIN
    canvas.saveState()
    canvas.setFont(BOLD, 9.5)
    canvas.drawString(MARGIN, top - 3.5 * mm, header.municipality)
    canvas.setFont(BOLD, 14)
    canvas.drawString(MARGIN, top - 10 * mm, header.title)
    canvas.setFont(FONT, 10.5)
    canvas.drawString(MARGIN, top - 15.5 * mm, header.subtitle)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - MARGIN, top - 10 * mm, header.printed)
    canvas.drawString(MARGIN, MARGIN, header.footer)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 18 * mm, width - MARGIN, top - 18 * mm)
    canvas.restoreState()


class _Numbered(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Holds the pages back until the end so each can say "side x af y"."""

    def __init__(self, *args: Any, page_of: str = PAGE_OF, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._page_of = page_of

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            width, height = self._pagesize
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            number = self._page_of.format(page=self._pageNumber, total=total)
            self.drawRightString(width - MARGIN, height - MARGIN - 3.5 * mm, number)
            super().showPage()
        super().save()
