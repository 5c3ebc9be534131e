"""The invoice's line table, drawn straight onto the canvas.

A month can hold 1,250 lines per hospital unit (5,000 courses over 4 units), and the run
must render, sign and e-invoice all four well under 10 s. reportlab's general ``Table``
spends most of a second per invoice re-measuring the remaining rows at each page break
and drawing each cell through its style machinery; this flowable measures every row once
(plain strings, wrapped with ``simpleSplit`` only where a cell is too wide), splits at page
breaks by the precomputed heights, repeats the column headings on every page and draws a
page's text in one text object. It looks like ``layout.table`` (grid, shaded headings,
marked rows).

Most cell texts recur (departments, tariffs, dates, amounts): their widths and wrapped lines
are computed once per process, and their PDF text operators once per document; a cell is
then one positioned string in the page's text object — the same operators, byte for byte,
as reportlab's ``setTextOrigin`` + ``textOut`` write."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.documents.layout import BOLD, FONT, GRID, HEAD_BG, NOTICE_BG

SIZE, LEADING = 7.6, 9.4
HEAD_SIZE = 7.5
PAD_TOP, PAD_BOTTOM, PAD_SIDE = 1.8, 2.6, 3.0


@dataclass(frozen=True)
class Row:
    cells: tuple[tuple[str, ...], ...]  # each cell's lines
    height: float
    marked: bool = False
    strong: bool = False


def row(
    values: Sequence[str],
    widths: Sequence[float],
    *,
    marked: bool = False,
    strong: bool = False,
    fixed: frozenset[int] = frozenset(),
) -> Row:
    """One row: each cell broken into lines that fit its column (``fixed``: columns known
    to fit, such as dates and amounts, are not measured)."""
    font = BOLD if strong else FONT
    cells = tuple(
        (v,) if i in fixed else _lines(v, w - 2 * PAD_SIDE, font)
        for i, (v, w) in enumerate(zip(values, widths, strict=True))
    )
    lines = max(len(c) for c in cells)
    return Row(cells, lines * LEADING + PAD_TOP + PAD_BOTTOM, marked, strong)


@functools.lru_cache(maxsize=8192)
def width(text: str, font: str, size: float) -> float:
    """``stringWidth``, remembered: a month's invoices repeat the same few hundred texts."""
    return float(stringWidth(text, font, size))


@functools.lru_cache(maxsize=8192)
def _lines(text: str, room: float, font: str) -> tuple[str, ...]:
    if "\n" not in text and width(text, font, SIZE) <= room:
        return (text,)
    return tuple(
        line for part in text.split("\n") for line in (simpleSplit(part, font, SIZE, room) or [""])
    )


class LineTable(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Rows under a repeated heading row; ``right`` = indexes of right-aligned columns."""

    def __init__(
        self,
        head: Row,
        rows: Sequence[Row],
        widths: Sequence[float],
        right: frozenset[int],
        shown: dict[tuple[str, str, float, int], tuple[str, str]] | None = None,
    ) -> None:
        super().__init__()
        self.head, self.rows, self.widths, self.right = head, list(rows), list(widths), right
        self.bottoms = list(accumulate(r.height for r in self.rows))
        #: (text, font, size, right-aligned column or -1) → (its x, its PDF text operator),
        #: kept across the pages of one document (the operator names the font by the
        #: document's own resource name; the columns stay put from page to page)
        self.shown = {} if shown is None else shown

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.head.height + (self.bottoms[-1] if self.bottoms else 0)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        room = available_height - self.head.height
        fit = sum(1 for bottom in self.bottoms if bottom <= room)
        if fit == 0:
            return []  # not even one row: the whole table moves to the next page
        return [
            LineTable(self.head, self.rows[:fit], self.widths, self.right, self.shown),
            LineTable(self.head, self.rows[fit:], self.widths, self.right, self.shown),
        ]

    def draw(self) -> None:
        canvas = self.canv
        lefts = list(accumulate([0.0, *self.widths]))
        tops = [self.height, *(self.height - self.head.height - b for b in [0.0, *self.bottoms])]
        canvas.saveState()
        self._shade(canvas, tops)
        text = canvas.beginText()
        for row_, top in zip([self.head, *self.rows], tops, strict=False):
            self._text(text, row_, top, lefts, head=row_ is self.head)
        canvas.drawText(text)
        self._grid(canvas, lefts, tops)
        canvas.restoreState()

    def _shade(self, canvas: Any, tops: list[float]) -> None:
        for row_, top in zip([self.head, *self.rows], tops, strict=False):
            colour = (
                HEAD_BG if row_ is self.head or row_.strong else NOTICE_BG if row_.marked else None
            )
            if colour is not None:
                canvas.setFillColor(colour)
                canvas.rect(0, top - row_.height, self.width, row_.height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)

    def _text(self, text: Any, row_: Row, top: float, lefts: list[float], *, head: bool) -> None:
        """What ``setTextOrigin(x, y)`` + ``textOut(line)`` write per line of each cell
        (``1 0 0 1 x y Tm (…) Tj``), with each text's operator — and its x when it is
        right-aligned — made once per document."""
        assert text._canvas.bottomup
        font = BOLD if head or row_.strong else FONT
        size = HEAD_SIZE if head else SIZE
        text.setFont(font, size, LEADING)
        code, shown = text._code, self.shown
        y, ys = top - PAD_TOP - size, []
        for _ in range(max(len(c) for c in row_.cells)):
            ys.append(fp_str(y))
            y -= LEADING
        for index, lines in enumerate(row_.cells):
            aligned = index in self.right and not head
            for n, line in enumerate(lines):
                if not line:
                    continue
                key = (line, font, size, index if aligned else -1)
                if (shown_at := shown.get(key)) is None:
                    x = lefts[index] + PAD_SIDE
                    if aligned:
                        x = lefts[index + 1] - PAD_SIDE - width(line, font, size)
                    shown_at = shown[key] = (fp_str(x), text._formatText(line))
                code.append(f"1 0 0 1 {shown_at[0]} {ys[n]} Tm")
                code.append(shown_at[1])

    def _grid(self, canvas: Any, lefts: list[float], tops: list[float]) -> None:
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        path = canvas.beginPath()
        for x in lefts:
            path.moveTo(x, 0)
            path.lineTo(x, self.height)
        for y in tops:  # the heading's top, every row's top, the last row's bottom (0)
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        canvas.drawPath(path, stroke=1, fill=0)
