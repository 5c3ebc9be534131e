"""The invoice / credit note PDF to a hospital unit (issue #4), made from an
:class:`~app.documents.invoice_data.InvoiceDocument` alone.

- D9: one invoice per hospital unit (the receiver, with its EAN/GLN); the department is
  printed on every line.
- D10: every line shows the full tariff, the region's 70 % and the municipality's 30 %;
  the amount payable is the sum of the region's shares, and the split is stated.
- D11: lines registered late carry the mark "tidligere periode".
- D14: a regulation invoice / credit note names the invoices it corrects.
- D15: no VAT (services between public authorities), stated on page 1.
- D41/D42: Danish amounts (``7.000,00 kr.``) and dates (``24.11.2026``).

The CPR number is printed in full (``ddmmyy-xxxx``): the receiving hospital must identify
the patient. Landscape A4, the header and the column headings repeated on every page,
"side x af y". Rendering is deterministic (reportlab ``invariant``, creation date = the
issue date): the same content gives the same bytes, so the stored, signed PDF can be
reproduced. :data:`STAMP_BOX` is the area on page 1 kept free for the visible signature
(``app.signing``).
"""

from __future__ import annotations

import functools
import io
from decimal import Decimal
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from app.documents import invoice_lines as lines
from app.documents import labels as da
from app.documents.invoice_data import InvoiceDocument, InvoiceLine
from app.documents.layout import (
    BOLD,
    FONT,
    GRID,
    HEAD_BG,
    MARGIN,
    MUTED,
    PADDING,
    gap,
    para,
)

PAGE = landscape(A4)
HEADER: float = 21 * mm
WIDTH: float = PAGE[0] - 2 * MARGIN
STAMP_W, STAMP_H = 78 * mm, 26 * mm
# (x1, y1, x2, y2) in PDF points on page 1: right of the address blocks, under the header.
STAMP_BOX: tuple[float, float, float, float] = (
    PAGE[0] - MARGIN - STAMP_W,
    PAGE[1] - MARGIN - HEADER - 2 * mm - STAMP_H,
    PAGE[0] - MARGIN,
    PAGE[1] - MARGIN - HEADER - 2 * mm,
)
FOOTER = "Fortroligt: indeholder CPR-numre og helbredsoplysninger. Dannet i AkutDesk."
VAT_NOTE = (
    "Momsfri: ydelse mellem offentlige myndigheder efter sundhedsaftalen "
    "(samfinansiering af IV-behandling i eget hjem)."
)
HEAD = ("Nr.", "CPR", "Navn", "Afdeling", "Forløbstype og ydelse", "Forløb", "Dage")
WIDTHS = tuple(w * mm for w in (9, 19, 37, 43, 63, 30, 9, 19, 18, 22))
RIGHT = frozenset({6, 7, 8, 9})  # days and amounts
FIXED = frozenset({0, 1, 5, 6, 7, 8, 9})  # numbers, CPR, dates: always fit their column


def kr(amount: Decimal) -> str:
    """``7.000,00 kr.`` (D41)."""
    return f"{da.number(amount, 2)} kr."


def cpr(value: str) -> str:
    """``ddmmyy-xxxx``: the receiver identifies the patient by the full number."""
    return f"{value[:6]}-{value[6:]}" if len(value) == 10 else value


def title(doc: InvoiceDocument) -> str:
    return "Kreditnota" if doc.kind == "credit_note" else "Faktura"


def percent(value: Decimal) -> str:
    return f"{da.number(value, 0 if value == value.to_integral() else 1)} %"


def invoice_pdf(doc: InvoiceDocument) -> bytes:
    """The document as PDF bytes; the same content gives the same bytes."""
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN - PADDING,
        rightMargin=MARGIN - PADDING,
        topMargin=MARGIN + HEADER - PADDING,
        bottomMargin=MARGIN + 6 * mm - PADDING,
        title=f"{title(doc)} {doc.number}",
        author=doc.seller.name,
        subject=f"{title(doc)} {doc.number} til {doc.buyer.name}",
        creator="AkutDesk",
        invariant=1,
    )
    story = [*_first_page(doc), *_lines_section(doc)]
    template.build(story, canvasmaker=functools.partial(_InvoiceCanvas, doc=doc))
    return buffer.getvalue()


# -- page 1 --------------------------------------------------------------------------------


def _first_page(doc: InvoiceDocument) -> list[Any]:
    blocks = [
        [para("Afsender", "head"), para("Modtager", "head"), para(title(doc), "head"), ""],
        [para(_seller(doc)), para(_buyer(doc)), para(_facts(doc)), ""],
    ]
    side = (WIDTH - STAMP_W - 4 * mm) / 3
    grid = Table(blocks, colWidths=[side, side, side, STAMP_W + 4 * mm])
    grid.setStyle(_plain_style(top_rule=True))
    return [grid, gap(4 * mm), _amounts(doc), gap(2 * mm), *_notes(doc), gap(3 * mm)]


def _seller(doc: InvoiceDocument) -> str:
    s = doc.seller
    rows = [s.name, s.street, f"{s.postcode} {s.city}", f"CVR {s.cvr}"]
    rows += [f"EAN {s.ean}"] if s.ean else []
    rows += [v for v in (s.contact_name, da.phone(s.contact_phone), s.contact_email) if v]
    return "\n".join(rows)


def _buyer(doc: InvoiceDocument) -> str:
    b = doc.buyer
    rows = [b.name, b.street, f"{b.postcode} {b.city}".strip(), f"EAN {b.ean}"]
    return "\n".join(r for r in rows if r)


def _facts(doc: InvoiceDocument) -> str:
    rows = [
        f"Nummer: {doc.number}",
        f"Dato: {da.date(doc.issue_date)}",
        f"Periode: {da.date(doc.period_start)}–{da.date(doc.period_end)}",
        f"Linjer: {da.number(len(doc.lines))}",
    ]
    if doc.kind == "invoice":
        rows.insert(2, f"Forfald: {da.date(doc.due_date)}")
    if doc.references:
        rows.append(f"Vedrører: {_references(doc)}")
    return "\n".join(rows)


def _references(doc: InvoiceDocument) -> str:
    dates = list(doc.reference_dates) + [None] * len(doc.references)
    return ", ".join(
        f"faktura {n}" + (f" af {da.date(d)}" if d else "")
        for n, d in zip(doc.references, dates, strict=False)
    )


def _amounts(doc: InvoiceDocument) -> Table:
    region, own = percent(doc.region_percent), percent(100 - doc.region_percent)
    credit = doc.kind == "credit_note"
    payable = "Beløb til kreditering" if credit else "Beløb til betaling"
    rows = [
        ["Samlet takst (100 %)", kr(doc.total_tariff)],
        [f"Kommunens andel {own} (afholdes af kommunen)", kr(doc.total_municipality)],
        [f"{payable}: regionens andel {region}", kr(doc.total_region)],
    ]
    grid = Table(
        [
            [para(a, "strong" if i == 2 else "cell"), para(b, "strong")]
            for i, (a, b) in enumerate(rows)
        ],
        colWidths=[110 * mm, 40 * mm],
        hAlign="LEFT",
    )
    style = _plain_style()
    style.add("BACKGROUND", (0, 2), (-1, 2), HEAD_BG)
    style.add("ALIGN", (1, 0), (1, -1), "RIGHT")
    grid.setStyle(style)
    return grid


def _notes(doc: InvoiceDocument) -> list[Any]:
    region, own = percent(doc.region_percent), percent(100 - doc.region_percent)
    notes = [
        f"Samfinansiering (IV-aftalen, Region Syddanmark): regionen betaler {region} og "
        f"kommunen {own} af forløbstaksten. {title(doc)}en omfatter regionens andel.",
        VAT_NOTE,
    ]
    if doc.kind == "credit_note":
        notes.insert(0, f"Kreditnota til {_references(doc) or 'tidligere faktura'}.")
        notes.append("Beløbet modregnes eller tilbagebetales; der skal ikke betales.")
    else:
        notes.append(
            f"Betales senest {da.date(doc.due_date)} til reg.nr. {doc.seller.bank_reg} "
            f"kontonr. {doc.seller.bank_account}. Angiv fakturanummer {doc.number}."
        )
    if doc.regulation:
        notes.insert(0, f"Efterregulering efter ny takst af {_references(doc)}.")
    if doc.demo:
        notes.append("DEMO: fiktive data og testcertifikat – ikke en gyldig faktura.")
    if doc.note:
        notes.append(doc.note)
    return [para(n, "body") for n in notes]


def _plain_style(*, top_rule: bool = False) -> TableStyle:
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )
    if top_rule:
        style.add("LINEBELOW", (0, 0), (2, 0), 0.4, GRID)
    return style


# -- the lines -----------------------------------------------------------------------------


def _lines_section(doc: InvoiceDocument) -> list[Any]:
    region, own = percent(doc.region_percent), percent(100 - doc.region_percent)
    head = lines.row([*HEAD, "Takst, kr.", f"Region {region}", f"Kommune {own}"], WIDTHS)
    rows = [lines.row(_cells(x), WIDTHS, marked=x.earlier_period, fixed=FIXED) for x in doc.lines]
    total = ["", "", "I alt", "", "", "", ""]
    totals = (doc.total_tariff, doc.total_region, doc.total_municipality)
    rows.append(lines.row([*total, *(da.number(v, 2) for v in totals)], WIDTHS, strong=True))
    heading = f"Specifikation ({da.number(len(doc.lines))} linjer)"
    return [para(heading, "h2"), lines.LineTable(head, rows, WIDTHS, RIGHT)]


def _cells(line: InvoiceLine) -> list[str]:
    period = f"{da.date(line.start)}–{da.date(line.end) if line.end else 'løbende'}"
    service = line.description
    if line.unit == "day":
        service += f": {line.quantity} × {da.number(line.unit_amount, 2)}"
    marks = (["Tidligere periode"] if line.earlier_period else []) + (
        [line.note] if line.note else []
    )
    return [
        str(line.line_no),
        cpr(line.cpr),
        line.citizen_name,
        line.department,
        "\n".join([service, *marks]),
        period,
        str(line.days),
        da.number(line.tariff_amount, 2),
        da.number(line.region_share, 2),
        da.number(line.municipality_share, 2),
    ]


# -- every page ----------------------------------------------------------------------------


class _InvoiceCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Holds the pages back until the end so each can say "side x af y"; the creation date
    is the issue date, so the bytes depend on the content only."""

    def __init__(self, *args: Any, doc: InvoiceDocument, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._invoice = doc
        self._held: list[dict[str, Any]] = []
        stamp = f"D:{doc.issue_date:%Y%m%d}120000+00'00'"
        self.setDateFormatter(lambda *_: stamp)

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            _draw_frame(self, self._invoice, f"side {self._pageNumber} af {total}")
            super().showPage()
        # Binary (not ASCII85) compressed streams: a third of the time of a 40-page
        # invoice and a fifth of its size. reportlab only has the global switch, read
        # while the file is written, so it is set just for that.
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            super().save()
        finally:
            rl_config.useA85 = previous


def _draw_frame(canvas: Canvas, doc: InvoiceDocument, page: str) -> None:
    width, height = PAGE
    top = height - MARGIN
    canvas.saveState()
    canvas.setFont(BOLD, 9.5)
    canvas.drawString(MARGIN, top - 3.5 * mm, doc.seller.name)
    canvas.setFont(BOLD, 14)
    canvas.drawString(MARGIN, top - 10 * mm, f"{title(doc)} {doc.number}")
    canvas.setFont(FONT, 10.5)
    period = f"{da.date(doc.period_start)}–{da.date(doc.period_end)}"
    canvas.drawString(MARGIN, top - 15.5 * mm, f"Til {doc.buyer.name} · periode {period}")
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - MARGIN, top - 3.5 * mm, page)
    canvas.drawRightString(width - MARGIN, top - 10 * mm, f"Dato {da.date(doc.issue_date)}")
    canvas.drawString(MARGIN, MARGIN, FOOTER)
    canvas.drawRightString(width - MARGIN, MARGIN, f"{doc.seller.name} · CVR {doc.seller.cvr}")
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 18 * mm, width - MARGIN, top - 18 * mm)
    canvas.restoreState()
