"""The XLSX files open in LibreOffice (issue #14, must-show): ``libreoffice --headless
--convert-to pdf`` succeeds, and LibreOffice's own reading of every sheet (converted to CSV)
has the report's numbers. Skipped where LibreOffice is not installed (CI); the documented
check (docs/reports.md) runs it with ``apt-get install libreoffice-calc-nogui``."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from app.documents import report_xlsx
from app.documents.report_cells import words
from app.domain.reports import Filters, Label
from tests.unit import report_samples

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")
pytestmark = pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
# every sheet to its own CSV: ";" (59), '"' (34), UTF-8 (76), first line 1, raw values
# (not as shown), all sheets (-1): LibreOffice 7.2 and later
ALL_SHEETS = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"


def convert(path: Path, to: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert OFFICE is not None
    return subprocess.run(
        [OFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", to, "--outdir", str(path.parent), str(path)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip


@pytest.fixture
def workbook(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    report_samples.register(monkeypatch)
    report = report_samples.sample(Filters(dt.date(2026, 1, 1), dt.date(2026, 6, 30)))
    path = tmp_path / "report.xlsx"
    path.write_bytes(report_xlsx.report_xlsx(
        report, words("da"), municipality="Odense Kommune",
        printed_at=dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.UTC)))  # fmt: skip
    return report, path


def test_libreoffice_converts_the_xlsx_to_pdf(workbook, tmp_path):
    _report, path = workbook
    done = convert(path, "pdf", tmp_path / "profile")
    assert done.returncode == 0, done.stdout + done.stderr
    made = path.with_suffix(".pdf")
    assert made.read_bytes()[:5] == b"%PDF-" and made.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(made), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        assert "IV activity (sample)" in text and "OUH Svendborg" in text


def number(text: str) -> Decimal:
    return Decimal(text.replace("%", "").strip())


def test_libreoffice_reads_the_same_numbers(workbook, tmp_path):
    report, path = workbook
    done = convert(path, ALL_SHEETS, tmp_path / "profile")
    assert done.returncode == 0, done.stdout + done.stderr
    for table in report.tables:
        sheet = tmp_path / f"report-{words('da').text(table.title)}.csv"
        with sheet.open(encoding="utf-8") as handle:
            rows = list(csv.reader(handle, delimiter=";"))[3 : 3 + len(table.rows)]
        assert len(rows) == len(table.rows), table.key
        for row, values in zip(rows, table.rows, strict=True):
            fields = iter(row)
            for cell, column in zip(values, table.columns, strict=True):
                field = next(fields)
                if isinstance(cell, Label):
                    assert next(fields) == cell.code  # the code column beside the label
                elif cell is None:
                    assert field == ""
                elif isinstance(cell, dt.date):
                    assert field  # a date LibreOffice shows in its own locale's form
                elif isinstance(cell, int | Decimal):
                    scale = Decimal(100) if column.kind == "percent" and "%" not in field else 1
                    assert number(field) * scale == Decimal(cell), (table.key, column.key)
                else:
                    assert field == cell
