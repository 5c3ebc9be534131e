"""The invoice / credit note PDF (issue #4), read back with poppler: sender, receiver with
EAN (D9), number, dates and period in Danish formats (D41/D42), payment details, every
line with its CPR, department, tariff and the 70/30 split (D10), "tidligere periode"
(D11), credit-note wording and references (D14), no VAT (D15), "side x af y" with the
column headings on every page, the signature's place kept free, and the same bytes for
the same content."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

from app.documents.invoice_pdf import PAGE, STAMP_BOX, invoice_pdf

from .invoice_helpers import document


def text_of(data: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-layout", *args, str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


def pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


def test_page_one_says_who_what_when_and_how_to_pay(tmp_path):
    doc = document(5)
    text = text_of(invoice_pdf(doc), tmp_path, "-f", "1", "-l", "1")
    for expected in (
        "Faktura 2026-0007",
        "Odense Kommune",
        "Flakhaven 2",
        "5000 Odense C",
        "CVR 35209115",
        "Odense Universitetshospital",
        "EAN 5798001234566",
        "Dato: 03.11.2026",
        "Forfald: 03.12.2026",
        "Periode: 01.10.2026–31.10.2026",
        "Betales senest 03.12.2026 til reg.nr. 2100 kontonr. 0123456789",
        "Angiv fakturanummer 2026-0007",
        "Momsfri",
        "regionen betaler 70 % og kommunen 30 %",
        "side 1 af 1",
    ):
        assert expected in text, expected
    assert f"Samlet takst (100 %) {_kr(doc.total_tariff)}" in text
    assert f"Kommunens andel 30 % (afholdes af kommunen) {_kr(doc.total_municipality)}" in text
    assert f"Beløb til betaling: regionens andel 70 % {_kr(doc.total_region)}" in text


def _kr(amount) -> str:  # type: ignore[no-untyped-def]
    whole, cents = f"{amount:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + f",{cents} kr."


def test_each_line_shows_cpr_department_dates_tariff_and_the_split(tmp_path):
    doc = document(12)
    text = text_of(invoice_pdf(doc), tmp_path)
    assert (
        "Nr. CPR Navn Afdeling Forløbstype og ydelse Forløb Dage Takst, kr. Region 70 % Kommune 30 %"
        in text
    )
    first = doc.lines[0]
    assert (
        "1 020241-1001 Bent Sørensen Infektionsmedicinsk Afdeling Q Forløb med "
        "IV-antibiotika med hjælp til montering 02.10.2026–05.10.2026 4 1.400,00 980,00 420,00"
    ) in text
    assert first.cpr == "0202411001"
    # a day-rate line wraps in its cell: -layout reads the two lines apart
    assert "Langtidsforløb over 14 dage, døgntakst fra dag 15:" in text
    assert "6 × 1.400,00" in text and "8.400,00 5.880,00 2.520,00" in text
    assert "08.10.2026–løbende" in text  # a long course still running
    assert "Tidligere periode" in text  # line 11 (D11)
    total = f"I alt {_kr(doc.total_tariff)[:-4]} {_kr(doc.total_region)[:-4]} {_kr(doc.total_municipality)[:-4]}"
    assert total in text


def test_a_long_invoice_runs_over_pages_with_headings_and_page_numbers(tmp_path):
    doc = document(1250)
    data = invoice_pdf(doc)
    count = pages(data, tmp_path)
    assert 35 <= count <= 70
    last = text_of(data, tmp_path, "-f", str(count), "-l", str(count))
    assert f"side {count} af {count}" in last and "Faktura 2026-0007" in last
    middle = text_of(data, tmp_path, "-f", "20", "-l", "20")
    assert "Nr. CPR Navn Afdeling" in middle and f"side 20 af {count}" in middle
    everything = text_of(data, tmp_path)
    assert len(re.findall(r"\b\d{6}-\d{4}\b", everything)) == 1250
    assert "I alt" in last


def test_credit_note_wording_and_reference(tmp_path):
    doc = document(3, kind="credit_note")
    text = text_of(invoice_pdf(doc), tmp_path)
    assert "Kreditnota 2026-0009" in text
    assert "Kreditnota til faktura 2026-0004 af 02.10.2026" in text
    assert "Vedrører: faktura 2026-0004 af 02.10.2026" in text
    assert f"Beløb til kreditering: regionens andel 70 % {_kr(doc.total_region)}" in text
    assert "der skal ikke betales" in text and "Betales senest" not in text
    assert "Forfald" not in text and "Kreditnotaen omfatter regionens andel" in text


def test_regulation_demo_and_free_note(tmp_path):
    doc = document(
        2,
        regulation=True,
        references=("2026-0004", "2026-0005"),
        demo=True,
        note="Spørgsmål: akut@odense.dk",
    )
    text = text_of(invoice_pdf(doc), tmp_path)
    assert "Efterregulering efter ny takst af faktura 2026-0004, faktura 2026-0005" in text
    assert "DEMO: fiktive data og testcertifikat – ikke en gyldig faktura" in text
    assert "Spørgsmål: akut@odense.dk" in text


def test_the_signature_place_on_page_one_is_free(tmp_path):
    x1, y1, x2, y2 = STAMP_BOX
    crop = ["-f", "1", "-l", "1", "-x", str(int(x1)), "-y", str(int(PAGE[1] - y2))]
    crop += ["-W", str(int(x2 - x1)), "-H", str(int(y2 - y1))]
    assert text_of(invoice_pdf(document(40)), tmp_path, *crop) == ""
    assert x2 <= PAGE[0] and y1 > PAGE[1] / 2  # top right of page 1


def test_same_content_same_bytes_and_the_issue_date_as_creation_date(tmp_path):
    doc = document(40)
    data = invoice_pdf(doc)
    assert data == invoice_pdf(doc)
    assert data != invoice_pdf(dataclasses.replace(doc, number="2026-0008"))
    assert b"/CreationDate (D:20261103120000+00'00')" in data


def test_renders(tmp_path):
    path = tmp_path / "invoice.pdf"
    path.write_bytes(invoice_pdf(document(40)))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "2", str(path), str(tmp_path / "p")],
        check=True,
    )
    assert len(list(tmp_path.glob("p-*.png"))) == 2
