"""Every report the registry holds (the real ones, as they land: issue #14) run on a demo
store and shown and exported the way the page and the command line do: sound (nothing
the page could not show), as text, CSV, XLSX read back with the same numbers, and PDF.
Nothing to wire when a report is added: its spec in the registry is enough."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from app.cli.reports import text
from app.demo import generate
from app.documents import report_charts, report_csv, report_pdf, report_xlsx
from app.documents.report_cells import words
from app.domain import clock
from app.services.reports import registry, running
from tests.unit.test_report_files import reads_back

NAMES = [spec.name for spec in registry.all_reports()]


@pytest.fixture
def seeded(ctx):  # type: ignore[no-untyped-def]
    generate.load_demo(ctx, citizens=80)
    return ctx


@pytest.mark.parametrize("name", NAMES)
def test_a_registered_report_is_shown_and_exported(seeded, name, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    today = clock.today()
    chosen = registry.filters(today - dt.timedelta(days=365), today)
    report = running.report_of(running.run(seeded, name, chosen))  # a dataset: delivered
    assert report.name == name and report.filters == chosen
    assert report_charts.inconsistencies(report) == []
    da = words("da")
    assert da.text(report.title) in text(report, da)
    for chart in report.charts:
        assert report_charts.png(report_charts.chart_data(report, chart, da), da)[:4] == b"\x89PNG"
    assert report_csv.write_csv(tmp_path / "r.csv", report, da)
    data = report_xlsx.report_xlsx(report, da, municipality="Odense Kommune",
                                   printed_at=clock.now_utc())  # fmt: skip
    reads_back(report, openpyxl.load_workbook(io.BytesIO(data)), da)
    pdf = report_pdf.report_pdf(report, da, municipality="Odense Kommune",
                                printed_at=clock.now_utc())  # fmt: skip
    assert pdf[:5] == b"%PDF-"


def test_the_status_report_of_every_registered_report(seeded):
    if not NAMES:
        pytest.skip("no report is registered yet")
    today = clock.today()
    chosen = registry.filters(today - dt.timedelta(days=182), today)
    made = running.status_reports(seeded, chosen)
    data = report_pdf.status_pdf(made, words("da"), municipality="Odense Kommune",
                                 printed_at=clock.now_utc())  # fmt: skip
    assert data[:5] == b"%PDF-"
