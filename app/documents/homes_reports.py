"""The nursing-home reports as PDF (A4, app.documents.layout; deterministic) and CSV
(semicolon-separated, Danish dates and decimal commas, UTF-8): the KLU list, the coverage
statement as of 1 January (D30) and the quarterly changes (D31, D32). Danish texts only;
the content comes from app.services.homes.report_data (OK22 Bilag 2, 001:13959–13978)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from app.documents import labels as da
from app.documents.layout import (
    ALERT_BG,
    NOTICE_BG,
    Header,
    facts,
    frame_width,
    gap,
    heading,
    para,
    render,
    table,
)
from app.domain.spreadsheets import text_cell

if TYPE_CHECKING:  # the read models it renders; the use cases import this module
    from app.services.homes.figures import Snapshot
    from app.services.homes.report_data import ChangesData, KluData

OWNERSHIP = {"municipal": "Kommunalt", "private_agreement": "Privat (driftsoverenskomst)"}
KIND = {"started": "Ny", "changed": "Ændret", "terminated": "Opsagt"}
TITLES = {
    "klu": "Plejehjem og faste læger – liste til KLU",
    "coverage": "Dækningsgrad for fast tilknyttet læge",
    "changes": "Kvartalsvise ændringer – fast tilknyttet læge på plejehjem",
}
ARRANGEMENT_HEAD = (
    "Plejehjem",
    "Afsnit",
    "Pladser",
    "Fast læge",
    "Praksis",
    "Ydernr.",
    "Tilknyttede beboere",
    "Timer/md.",
    "Honorar/md.",
)


def kr(amount: Decimal) -> str:
    """D41: ``1.935,27 kr.``"""
    return f"{da.number(amount, 2)} kr."


def percent(value: Decimal) -> str:
    return f"{da.number(value, 1)} %"


STAMP_SPACE = 84 * mm  # the top right of page 1 stays free for the signature stamp


def _top(intro: str, pairs: list[tuple[str, str]]) -> Table:
    """The introduction and the key figures on the left, the signature's corner free."""
    left = frame_width(True) - STAMP_SPACE
    grid = Table([[[para(intro, "body"), gap(), facts(pairs, left * 0.75)], ""]],
                 colWidths=[left, STAMP_SPACE], minRowHeights=[30 * mm])  # fmt: skip
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return grid


def _scaled(widths: Sequence[float]) -> list[float]:
    scale = frame_width(True) / sum(widths)
    return [w * scale for w in widths]


def _header(municipality: str, kind: str, subtitle: str, printed_at: dt.datetime) -> Header:
    return Header(municipality, TITLES[kind], subtitle, f"Udskrevet {da.moment(printed_at)}")


def _arrangement_rows(snap: Snapshot) -> list[list[str]]:
    return [
        [
            a.home_name,
            a.section_name or "Hele plejehjemmet",
            da.number(a.places),
            a.doctor_name,
            a.practice_name,
            a.provider_number,
            da.number(a.attached),
            str(a.hours),
            kr(a.fee),
        ]
        for a in snap.arrangements
    ]


def _coverage_facts(snap: Snapshot) -> list[tuple[str, str]]:
    c = snap.coverage
    return [
        ("Plejehjem i alt", da.number(c.homes)),
        ("Med fast tilknyttet læge", da.number(c.covered)),
        ("Uden fast tilknyttet læge", da.number(c.homes - c.covered)),
        ("Dækningsgrad", percent(c.percent)),
        ("Mål", f"{percent(c.target)} senest {da.date(c.target_date)}"),
        ("Målet er nået", "Ja" if c.met else "Nej"),
        ("Prisniveau (indeks, april 2021 = 1)", da.number(snap.index, 4)),
    ]


def klu_pdf(municipality: str, data: KluData, printed_at: dt.datetime) -> bytes:
    """The KLU list: places per home per fixed doctor, doctors, homes without (001:13959)."""
    snap = data.snapshot
    story: list[Any] = [
        _top(
            f"Opgjort pr. {da.date(data.on)}: plejehjem, hvor kommunen ønsker en fast tilknyttet "
            "læge, antal pladser pr. plejehjem pr. fast læge og lægens navn og praksis "
            "(OK22 bilag 2).",
            _coverage_facts(snap),
        ),
        *heading("Plejehjem og pladser pr. fast læge"),
        table(
            ARRANGEMENT_HEAD, _arrangement_rows(snap), _scaled((34, 24, 13, 30, 34, 14, 18, 12, 20))
        ),
        *heading("Faste læger"),
        table(
            (
                "Fast læge",
                "Praksis",
                "Ydernr.",
                "Plejehjem",
                "Pladser",
                "Tilknyttede beboere",
                "Honorar/md.",
            ),
            [
                [
                    d.doctor_name,
                    d.practice_name,
                    d.provider_number,
                    da.number(d.homes),
                    da.number(d.places),
                    da.number(d.attached),
                    kr(d.fee),
                ]
                for d in data.doctors
            ],
            _scaled((34, 40, 14, 14, 14, 18, 20)),
        ),
        *heading("Plejehjem uden fast tilknyttet læge"),
    ]
    story += _homes_table(data.without) if data.without else [para("Ingen.", "note")]
    return render(
        story, _header(municipality, "klu", f"Pr. {da.date(data.on)}", printed_at), wide=True
    )


def _homes_table(homes: Sequence[Any]) -> list[Any]:
    rows = [
        [
            h.name,
            OWNERSHIP.get(h.ownership, h.ownership),
            da.number(h.places),
            f"{h.covered_units} af {h.units}",
            da.number(h.permanent),
            da.number(h.temporary),
            h.doctors or "–",
        ]
        for h in homes
    ]
    marked = {
        i: (NOTICE_BG if h.covered_units else ALERT_BG)
        for i, h in enumerate(homes)
        if not h.covered
    }
    return [
        table(
            (
                "Plejehjem",
                "Ejerform",
                "Pladser",
                "Enheder med fast læge",
                "Faste beboere",
                "Midlertidige beboere",
                "Fast læge",
            ),
            rows,
            _scaled((36, 28, 12, 20, 14, 16, 40)),
            marked=marked,
        )
    ]


def coverage_pdf(municipality: str, year: int, snap: Snapshot, printed_at: dt.datetime) -> bytes:
    """D30: the total statement as of 1 January (001:13968–13972)."""
    story: list[Any] = [
        _top(
            f"Samlet opgørelse pr. 1. januar {year} over plejehjem med og uden fast tilknyttet "
            "læge. Et plejehjem delt i afsnit tæller som dækket, når alle afsnit har en fast læge.",
            _coverage_facts(snap),
        ),
        *heading("Plejehjem"),
        *_homes_table(snap.homes),
        *heading("Faste læger pr. plejehjem og afsnit"),
        table(
            ARRANGEMENT_HEAD, _arrangement_rows(snap), _scaled((34, 24, 13, 30, 34, 14, 18, 12, 20))
        ),
    ]
    header = _header(municipality, "coverage", f"Pr. 1. januar {year}", printed_at)
    return render(story, header, wide=True)


CHANGES_HEAD = ("Ændring", "Registreret", "Virkning", "Plejehjem", "Afsnit", "Fast læge",
                "Praksis", "Ydernr.", "Timer/md.", "Honorar/md.", "Beskrivelse")  # fmt: skip


def _changes_table(data: ChangesData) -> Any:
    if not data.lines:
        return para("Ingen ændringer i perioden.", "note")
    rows = [
        [KIND.get(c.kind, c.kind), da.date(c.registered_on), da.date(c.effective_on),
         c.home_name, c.section_name or "Hele plejehjemmet", c.doctor_name, c.practice_name,
         c.provider_number, str(c.hours), kr(c.fee), c.description]
        for c in data.lines
    ]  # fmt: skip
    return table(CHANGES_HEAD, rows, _scaled((14, 18, 18, 30, 22, 28, 30, 13, 11, 20, 40)))


def changes_pdf(municipality: str, data: ChangesData, printed_at: dt.datetime) -> bytes:
    """New, changed and terminated arrangements since the last report (001:13974–13976)."""
    story: list[Any] = [
        _top(
            f"Ændringer registreret {da.date(data.since)}–{da.date(data.until)} (siden sidste "
            "ændringsrapport). Til orientering for regionens praksisafdeling og PLO regionalt, så "
            "det faste månedlige honorar udbetales korrekt. Opsigelse: 3 måneders varsel til "
            "udgangen af et kvartal.",
            [
                ("Ændringer", da.number(len(data.lines))),
                ("Prisniveau (indeks, april 2021 = 1)", da.number(data.index, 4)),
            ],
        ),
        *heading("Ændringer"),
        _changes_table(data),
    ]
    subtitle = f"{data.year}, {data.quarter}. kvartal"
    return render(story, _header(municipality, "changes", subtitle, printed_at), wide=True)


# -- CSV ---------------------------------------------------------------------------------------


def _csv(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows(rows)
    return out.getvalue()


def klu_csv(data: KluData) -> str:
    return _csv(ARRANGEMENT_HEAD, _csv_rows(data.snapshot))


def _csv_rows(snap: Snapshot) -> list[list[str]]:
    return [
        [
            text_cell(a.home_name),
            text_cell(a.section_name),
            str(a.places),
            text_cell(a.doctor_name),
            text_cell(a.practice_name),
            a.provider_number,
            str(a.attached),
            str(a.hours),
            da.number(a.fee, 2),
        ]
        for a in snap.arrangements
    ]


#: the coverage CSV's figures as numbers of their own (issue #16): filled on the total row
COVERAGE_FIGURES = (
    "Dækkede plejehjem",
    "Plejehjem i alt",
    "Dækningsgrad (%)",
    "Mål (%)",
    "Måldato",
)


def coverage_csv(snap: Snapshot) -> str:
    """One row per home, then the total: the sums, the coverage in words (as before) and,
    in columns of their own, the figures a spreadsheet can compute with (D30)."""
    head = (
        "Plejehjem",
        "Ejerform",
        "Pladser",
        "Enheder",
        "Enheder med fast læge",
        "Fast læge",
        "Faste beboere",
        "Midlertidige beboere",
        "Dækket",
        *COVERAGE_FIGURES,
    )
    rows = [
        [
            text_cell(h.name),
            h.ownership,
            str(h.places),
            str(h.units),
            str(h.covered_units),
            text_cell(h.doctors),
            str(h.permanent),
            str(h.temporary),
            "ja" if h.covered else "nej",
            *("" for _ in COVERAGE_FIGURES),
        ]
        for h in snap.homes
    ]
    c = snap.coverage
    rows.append(
        [
            "I alt",
            "",
            str(sum(h.places for h in snap.homes)),
            str(sum(h.units for h in snap.homes)),
            str(sum(h.covered_units for h in snap.homes)),
            "",
            str(sum(h.permanent for h in snap.homes)),
            str(sum(h.temporary for h in snap.homes)),
            f"{c.covered} af {c.homes} = "
            f"{da.number(c.percent, 1)} % (mål {da.number(c.target, 1)} %)",
            str(c.covered),
            str(c.homes),
            da.number(c.percent, 1),
            da.number(c.target, 1),
            da.date(c.target_date),
        ]
    )
    return _csv(head, rows)


def changes_csv(data: ChangesData) -> str:
    head = CHANGES_HEAD
    rows = [
        [
            c.kind,
            da.date(c.registered_on),
            da.date(c.effective_on),
            c.home_name,
            c.section_name,
            c.doctor_name,
            c.practice_name,
            c.provider_number,
            str(c.hours),
            da.number(c.fee, 2),
            c.description,
        ]
        for c in data.lines
    ]
    return _csv(head, rows)
