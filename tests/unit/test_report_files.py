"""A report's files (issue #14): the words and cells (Danish formats), the chart data, the
CSV for Danish Excel, the XLSX read back with the same numbers (openpyxl, a test
dependency only), the PDF and the status report — on the sample report of
tests/unit/report_samples.py."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from decimal import Decimal

import pytest

from app.documents import report_charts, report_csv, report_pdf, report_xlsx
from app.documents.report_cells import Words, sort_key, words
from app.domain.reports import Chart, Column, Filters, Label, Report, Table
from tests.unit import report_samples

PERIOD = Filters(dt.date(2026, 1, 1), dt.date(2026, 6, 30), "OUH", "Akutteam Nord")
PRINTED = dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def report(monkeypatch):
    report_samples.register(monkeypatch)
    return report_samples.sample(PERIOD)


@pytest.fixture
def da(report):
    return words("da")


def test_cells_in_danish_and_english(report):
    da, en = words("da"), Words()
    assert [da.cell(v, k) for v, k in [(1480, "count"), (Decimal("6.5"), "days"),
            (Decimal("12.5"), "percent"), (Decimal("1935.27"), "kr"), (None, "hours"),
            (dt.date(2026, 1, 4), "date"), (dt.date(2026, 2, 1), "month")]] == [
        "1.480", "6,5", "12,5 %", "1.935,27 kr.", "–", "04.01.2026", "februar 2026"]  # fmt: skip
    assert [en.cell(v, k) for v, k in [(1480, "count"), (Decimal("1234.5"), "decimal"),
            (dt.date(2026, 2, 1), "month")]] == ["1,480", "1,234.5", "February 2026"]  # fmt: skip
    assert en.cell(Label("reports.end_reason.oral", "oral")) == "Switched to oral"
    assert da.cell("OUH Odense") == "OUH Odense"
    assert da.text("reports.file.period") == "Periode"
    assert en.text("reports.no.such.id") == "reports.no.such.id"  # shown, not a crash
    assert da.filter_lines(PERIOD) == [("Periode", "01.01.2026 – 30.06.2026"),
                                       ("Sygehusenhed", "OUH"), ("Team", "Akutteam Nord")]  # fmt: skip


def test_a_headline_figure_of_a_length_of_time_says_its_unit(report):
    da, en = words("da"), Words()
    assert [da.figure(v, k) for v, k in [(Decimal("7.0"), "days"), (1, "days"), (Decimal("2.1"), "hours"),
            (1, "hours"), (35, "minutes"), (None, "days"), (412, "count"), (Decimal("8.6"), "percent")]] == [
        "7,0 dage", "1 dag", "2,1 timer", "1 time", "35 min.", "–", "412", "8,6 %"]  # fmt: skip
    assert [en.figure(v, "days") for v in (Decimal("1.0"), 1, 3)] == ["1.0 days", "1 day", "3 days"]


def test_sorting_keys_put_numbers_by_value_and_none_last():
    keys = [sort_key(v, str(v)) for v in (Decimal("12.3"), None, 8, Decimal("100"))]
    assert sorted(range(4), key=lambda i: keys[i]) == [2, 0, 3, 1]


def test_histogram_bins():
    assert report_charts.histogram_bins([]) == []
    assert report_charts.histogram_bins([(1, 1), (3, 2), (3, 1)]) == [
        (1, 1, 1.0), (2, 2, 0.0), (3, 3, 3.0)]  # fmt: skip
    wide = report_charts.histogram_bins([(float(d), 1.0) for d in range(1, 31)])
    assert len(wide) <= report_charts.MAX_BINS and sum(t for *_, t in wide) == 30
    assert wide[0][:2] == (1, 3) and wide[-1][1] >= 30


def test_chart_data_of_each_kind(report):
    en = Words()
    months = report_charts.chart_data(report, report.charts[0], en)
    assert months.kind == "stacked_bar" and months.categories[0] == "Jan 2026"
    assert [label for label, _ in months.series] == ["Antibiotics, no pump", "Antibiotics, pump",
                                                     "Fluid"]  # fmt: skip
    assert months.series[0][1][:2] == (33.0, 36.0)
    lengths = report_charts.chart_data(report, report.charts[2], en)
    assert lengths.kind == "bar" and lengths.categories[0] == "1–2"
    assert sum(lengths.series[0][1]) == sum(n for _, n in report_samples.LENGTHS)
    crp = report_samples.build_small(None, PERIOD, lambda d, t: None)
    shares = report_charts.chart_data(crp, crp.charts[0], en)  # no series named: every number
    assert shares.percent and shares.series == (("Share", (81.0, 64.5)),)


def test_a_line_chart_leaves_a_gap_for_no_value_and_png_is_the_same_each_time(report):
    table = Table("t", "reports.sample.by_month", (Column("month", "reports.col.month", "month"),
                  Column("days", "reports.col.days", "days")),
                  ((dt.date(2026, 1, 1), 4), (dt.date(2026, 2, 1), None)))  # fmt: skip
    chart = Chart("c", "reports.sample.total_chart", "t", "line", "month")
    made = Report("x", "reports.sample.title", PERIOD, tables=(table,), charts=(chart,))
    data = report_charts.chart_data(made, chart, Words())
    assert data.series[0][1] == (4.0, None)
    first = report_charts.png(data, Words())
    assert first[:8] == b"\x89PNG\r\n\x1a\n" and first == report_charts.png(data, Words())


def test_csv_for_danish_excel(report, da):
    text = report_csv.table_csv(report.table("reasons"), da)
    assert text.splitlines() == [
        "End reason;End reason (kode);Courses;Share (%)",  # the sample's own texts: English
        "Treatment completed;completed;301;73,1", "Switched to oral;oral;77;18,7",
        "Readmitted;readmitted;34;8,3"]  # fmt: skip
    assert text.endswith("\r\n") and "\r\n" in text
    by_unit = report_csv.table_csv(report.table("by_unit"), da).splitlines()
    assert by_unit[1] == "OUH Odense;212;1480;12,3;1935,27;04.01.2026"
    assert by_unit[3] == "Sydvestjysk Sygehus;104;655;;0,00;"  # no value: an empty field
    months = report_csv.table_csv(report.table("by_month"), da).splitlines()
    assert months[1].startswith("2026-01;33;9;5;")


def test_csv_files_are_written_with_the_byte_order_mark(report, da, tmp_path):
    made = report_csv.write_csv(tmp_path / "r.csv", report, da)
    assert [p.name for p in made] == ["r-by_unit.csv", "r-by_month.csv", "r-lengths.csv",
                                      "r-reasons.csv"]  # fmt: skip
    assert (tmp_path / "r-by_unit.csv").read_bytes().startswith("\ufeffHospital unit;".encode())
    assert report_csv.write_csv(tmp_path / "one.csv", report, da, "lengths") == [
        tmp_path / "one.csv"]  # fmt: skip
    with pytest.raises(KeyError):
        report_csv.write_csv(tmp_path / "none.csv", report, da, "nope")
    assert not (tmp_path / "none.csv").exists()


def xlsx(report: Report, shown: Words) -> bytes:
    return report_xlsx.report_xlsx(report, shown, municipality="Odense Kommune",
                                   printed_at=PRINTED)  # fmt: skip


def expected(cell, column: Column):  # type: ignore[no-untyped-def]
    """What openpyxl reads back for a report cell."""
    if isinstance(cell, Label):
        return cell.id  # compared with the text below
    if isinstance(cell, dt.date):
        return dt.datetime.combine(cell, dt.time())
    if isinstance(cell, Decimal):
        return pytest.approx(float(cell) / (100 if column.kind == "percent" else 1))
    return cell


def reads_back(report: Report, book, shown: Words) -> None:  # type: ignore[no-untyped-def]
    """Every table's sheet of the openpyxl ``book`` holds the report's cells: numbers,
    dates, the labels' texts with their codes beside them."""
    for table, name in zip(report.tables, book.sheetnames[1:], strict=True):
        sheet = book[name]
        assert sheet["A1"].value == shown.text(table.title)
        codes = [report_xlsx.coded(table, i) for i in range(len(table.columns))]
        for r, row in enumerate(table.rows, start=4):
            col = 1
            for cell, column, with_code in zip(row, table.columns, codes, strict=True):
                got = sheet.cell(r, col)
                if isinstance(cell, Label):
                    assert got.value == shown.text(cell.id)
                    assert sheet.cell(r, col + 1).value == (cell.code or None)
                else:
                    assert got.value == expected(cell, column), (name, r, col)
                col += 2 if with_code else 1


def test_xlsx_reads_back_with_the_same_numbers_dates_and_formats(report, da):
    openpyxl = pytest.importorskip("openpyxl")  # a test dependency only (pyproject: test)
    book = openpyxl.load_workbook(io.BytesIO(xlsx(report, da)))
    assert book.sheetnames == ["Rapport", "Courses by hospital unit", "Courses by month and type",
                               "Length of the courses", "End reasons"]  # fmt: skip
    front = book["Rapport"]
    assert front["A1"].value == "IV activity (sample)"
    lines = {front.cell(r, 1).value: front.cell(r, 2).value for r in range(3, 9)}
    assert lines["Kommune"] == "Odense Kommune" and lines["Periode"] == "01.01.2026 – 30.06.2026"
    assert lines["Sygehusenhed"] == "OUH" and lines["Team"] == "Akutteam Nord"
    assert lines["Udskrevet"] == "01.07.2026 11:30"  # Copenhagen time
    figures = {front.cell(r, 1).value: front.cell(r, 2) for r in range(1, 30)}
    assert figures["Courses"].value == 412 and figures["Courses"].number_format == "#,##0"
    assert figures["Share over 14 days"].value == pytest.approx(0.125)
    assert figures["Share over 14 days"].number_format == "0.0 %"
    reads_back(report, book, da)
    unit = book["Courses by hospital unit"]
    assert [unit.cell(4, c).number_format for c in range(2, 7)] == [
        "#,##0", "#,##0", "0.0 %", '#,##0.00 "kr."', "dd.mm.yyyy"]  # fmt: skip
    assert unit.cell(6, 4).value is None and unit.freeze_panes == "A4"
    assert unit.column_dimensions["A"].width >= len("Sydvestjysk Sygehus")
    assert book["Courses by month and type"].cell(4, 1).number_format == "mmmm yyyy"
    assert book["End reasons"].cell(3, 2).value == "End reason (kode)"


def test_xlsx_has_a_native_chart_for_each_chart_and_is_the_same_each_time(report, da):
    data = xlsx(report, da)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert len([n for n in names if n.startswith("xl/charts/chart")]) == len(report.charts)
    assert data == xlsx(report, da)


def test_xlsx_writes_text_as_text_and_sheet_names_valid_and_unique():
    openpyxl = pytest.importorskip("openpyxl")
    title = "reports.sample.title"
    tables = tuple(Table(f"t{i}", "reports.file.notes" if i else title,
                         (Column("name", "reports.col.unit"),), (("=1+1",), ("'x",)))
                   for i in range(3))  # fmt: skip
    made = Report("x", title, PERIOD, tables=tables)
    book = openpyxl.load_workbook(io.BytesIO(xlsx(made, Words())))
    assert len(set(book.sheetnames)) == 4 and all(len(n) <= 31 for n in book.sheetnames)
    sheet = book[book.sheetnames[1]]
    assert sheet["A4"].value == "=1+1" and sheet["A4"].data_type == "s"  # never a formula
    assert report_xlsx.sheet_name("a/b:c*d?e[f]g", set()) == "a b c d e f g"
    taken: set[str] = set()
    assert [report_xlsx.sheet_name("x" * 40, taken) for _ in range(2)] == ["x" * 31,
                                                                          "x" * 27 + " (2)"]  # fmt: skip


def pdf_text(data: bytes, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def test_the_pdf_has_the_figures_tables_charts_and_page_numbers(report, da, tmp_path):
    data = report_pdf.report_pdf(report, da, municipality="Odense Kommune", printed_at=PRINTED)
    assert data == report_pdf.report_pdf(report, da, municipality="Odense Kommune",
                                         printed_at=PRINTED)  # fmt: skip
    text = pdf_text(data, tmp_path)
    assert "Odense Kommune" in text and "IV activity (sample)" in text
    assert "Udskrevet 01.07.2026 11:30" in text and "side 1 af 3" in text
    assert "Nøgletal" in text and "12,5 %" in text and "1.935,27 kr." in text
    assert "Sygehusenhed" in text and "Akutteam Nord" in text
    assert data.count(b"/Subtype /Image") == len(report.charts)
    assert "Fortroligt: indeholder helbredsoplysninger" in text


def test_an_english_pdf_numbers_its_pages_in_english(report, tmp_path):
    data = report_pdf.report_pdf(report, Words(), municipality="Odense Kommune",
                                 printed_at=PRINTED)  # fmt: skip
    text = pdf_text(data, tmp_path)
    assert "page 1 of 3" in text and "side 1 af" not in text
    assert "Confidential: contains health information" in text and "Fortroligt" not in text


def test_a_long_table_is_cut_in_the_pdf_and_says_so(da, tmp_path):
    rows = tuple((f"Afdeling {i}", i) for i in range(report_pdf.MAX_ROWS + 50))
    table = Table("t", "reports.file.tables", (Column("name", "reports.col.unit"),
                                               Column("n", "reports.file.count", "count")), rows)  # fmt: skip
    made = Report("x", "reports.file.report", PERIOD, tables=(table,))
    text = pdf_text(report_pdf.report_pdf(made, da, municipality="K", printed_at=PRINTED),
                    tmp_path)  # fmt: skip
    assert f"De første {report_pdf.MAX_ROWS} af {report_pdf.MAX_ROWS + 50} rækker" in text
    assert f"Afdeling {report_pdf.MAX_ROWS - 1}" in text
    assert f"Afdeling {report_pdf.MAX_ROWS}\n" not in text


def test_the_status_report_holds_every_report_from_a_new_page(report, da, tmp_path):
    crp = report_samples.build_small(None, PERIOD, lambda d, t: None)
    data = report_pdf.status_pdf([report, crp], da, municipality="Odense Kommune",
                                 printed_at=PRINTED)  # fmt: skip
    text = pdf_text(data, tmp_path)
    pages = text.split("\f")
    assert "Statusrapport" in pages[0] and "Indhold" in pages[0]
    assert "1. IV activity (sample)" in pages[0] and "2. Day-3 CRP (sample)" in pages[0]
    assert "IV activity (sample)" in pages[1] and "Day-3 CRP (sample)" in pages[-2]
    with pytest.raises(ValueError):
        report_pdf.status_pdf([], da, municipality="K", printed_at=PRINTED)


def test_a_slip_in_a_report_is_named(report):
    assert report_charts.inconsistencies(report) == []
    bad = Report("x", "reports.nope", PERIOD,
                 tables=(Table("t", "reports.sample.lengths", (Column("a", "reports.col.days"),),
                               ((1, 2),)),),
                 charts=(Chart("c", "reports.sample.lengths_chart", "t", "bar", "b"),
                         Chart("d", "reports.sample.lengths_chart", "u", "bar", "a")))  # fmt: skip
    assert report_charts.inconsistencies(bad) == [
        "t: row 0 has 2 cells, not 1", "chart c: no column b in t", "chart d: no table u",
        "no catalogue text for reports.nope"]  # fmt: skip


def test_a_chart_with_nothing_to_draw_is_left_out_of_the_xlsx(da):
    table = Table("t", "reports.sample.lengths", (Column("name", "reports.col.unit"),),
                  (("OUH",),))  # fmt: skip
    made = Report("x", "reports.sample.title", PERIOD, tables=(table,),
                  charts=(Chart("c", "reports.sample.lengths_chart", "t", "bar", "name"),))  # fmt: skip
    names = zipfile.ZipFile(io.BytesIO(xlsx(made, da))).namelist()
    assert not [n for n in names if n.startswith("xl/charts/")]


def test_bars_with_long_labels_lie_down_and_a_very_long_label_is_cut():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    long = "Henvist af egen læge ved akut sygdom eller forværring"
    data = report_charts.ChartData("k", "T", "bar", "Målgruppe", (long, "Tilknyttet af hjemmesygeplejen"),
                                   (("Forløb", (86.0, 46.0)),))  # fmt: skip
    figure = Figure()
    FigureCanvasAgg(figure)
    report_charts.draw(figure, data, words("da"))
    figure.canvas.draw()
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == [
        long[:29] + "…", "Tilknyttet af hjemmesygeplejen"]  # fmt: skip
    assert axes.yaxis_inverted()  # the table's first row at the top
    assert "0" in [t.get_text() for t in axes.get_xticklabels()]
    short = report_charts.ChartData("k", "T", "bar", "X", ("OUH", "SVS"), (("n", (1.0, 2.0)),))
    figure = Figure()
    FigureCanvasAgg(figure)
    report_charts.draw(figure, short, words("da"))
    figure.canvas.draw()
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == ["OUH", "SVS"]


def test_bars_start_at_nought_and_a_long_series_has_every_nth_label():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    def drawn(data):  # type: ignore[no-untyped-def]
        figure = Figure()
        FigureCanvasAgg(figure)
        report_charts.draw(figure, data, words("da"))
        figure.canvas.draw()
        return figure.axes[0]

    nothing = report_charts.ChartData("k", "T", "bar", "X", ("Ja", "Nej"), (("n", (0.0, 0.0)),))
    assert drawn(nothing).get_ylim() == (0, 1)  # no answers yet: no negative axis
    weeks = tuple(f"{d:02d}.06.2026" for d in range(1, 27))
    line = report_charts.ChartData("k", "T", "line", "Uge", weeks,
                                   (("Belægning", tuple(float(10 + d % 5) for d in range(26))),))  # fmt: skip
    axes = drawn(line)
    assert axes.get_ylim()[0] == 0
    shown = [t.get_text() for t in axes.get_xticklabels()]
    assert len(shown) <= report_charts.MAX_TICKS and shown[0] == "01.06.2026"


def test_a_typed_name_that_looks_like_a_formula_is_text_in_the_csv():
    """A department or team typed as "=HYPERLINK(…)" is not run by the spreadsheet; the
    program's own negative numbers stay numbers."""
    en = Words()
    text, count = Column("department", "x", "text"), Column("n", "x", "count")
    assert report_csv.value('=HYPERLINK("http://x")', text, en) == '\'=HYPERLINK("http://x")'
    assert report_csv.value("-3", text, en) == "'-3"
    assert report_csv.value(-3, count, en) == "-3"
    assert report_csv.value("Medicinsk afdeling", text, en) == "Medicinsk afdeling"
