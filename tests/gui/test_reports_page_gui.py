"""The Reports page (issue #14): the filters, the list of the reports the user may run, a
report made in the background and shown as figures, tables (Danish formats, numbers
right-aligned) and matplotlib charts, its exports (XLSX read back, CSV, PDF, the status
report), the role gate — with the sample reports of tests/unit/report_samples.py
registered in place of the real ones."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain import clock
from app.services.security import teams
from app.views.reports import exports, periods
from tests.conftest import PASSWORD
from tests.unit import report_samples

SHOTS = os.environ.get("AKUTDESK_SCREENSHOT_DIR")  # set it to keep the screenshots


@pytest.fixture
def samples(monkeypatch):
    return report_samples.register(monkeypatch)


@pytest.fixture
def page(qtbot, danish, samples, window):
    window.resize(1366, 768)
    shown = window.show_page("reports") or window.page("reports")
    assert type(shown).__name__ == "ReportsPage"
    return shown


def wait_for_report(qtbot, page, row: int = 0):
    page.report = None
    page.list.setCurrentRow(row)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)  # made once it settles
    return page.report


def test_a_report_is_shown_with_its_figures_tables_and_charts(qtbot, page):
    report = wait_for_report(qtbot, page)
    assert report.name == "sample.activity"
    assert [page.list.item(i).text() for i in range(page.list.count())] == [
        "IV activity (sample)", "Day-3 CRP (sample)"]  # fmt: skip
    values = [label.text() for label in page.findChildren(QLabel, "figure_value")]
    assert values == ["412", "6,5 dage", "12,5 %", "–"]  # Danish: decimal comma, units, "–"
    model = page.models["by_unit"]
    assert [model.text(0, c) for c in range(6)] == [
        "OUH Odense", "212", "1.480", "12,3 %", "1.935,27 kr.", "04.01.2026"]  # fmt: skip
    assert [model.text(2, c) for c in (3, 5)] == ["–", "–"]
    right = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    left = model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight and left & Qt.AlignmentFlag.AlignLeft
    assert page.models["by_month"].text(0, 0) == "januar 2026"
    reasons = page.models["reasons"]
    assert reasons.data(reasons.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "completed"
    assert set(page.charts) == {"months", "total", "lengths", "reasons"}
    assert page.charts["months"].canvas.figure.axes  # drawn by matplotlib's Qt canvas
    # made in the background, the builder's steps counted in the progress dialog
    assert page.last_run.finished and page.last_run.steps[-1] == (4, 4)
    name, chosen = report_samples.CALLS[-1]
    assert name == "sample.activity"
    assert (chosen.start, chosen.end) == periods.period("last_6_months", clock.today())
    assert chosen.unit is None and chosen.team is None


def test_sorting_a_column_sorts_by_value_and_none_goes_last(qtbot, page):
    wait_for_report(qtbot, page)
    model = page.models["by_unit"]
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert [model.text(r, 3) for r in range(3)] == ["8,0 %", "12,3 %", "–"]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [model.text(r, 2) for r in range(3)] == ["1.480", "702", "655"]


def test_the_filters_go_to_the_report(qtbot, page, ctx):
    teams.add_team(ctx, "Akutteam Nord")
    page.reload()
    assert page.team.itemText(0) == "Alle teams" and page.unit.itemText(0) == "Alle sygehusenheder"
    page.team.setCurrentIndex(page.team.findData("Akutteam Nord"))
    page.quick.setCurrentIndex(periods.CHOICES.index("last_year"))
    report = wait_for_report(qtbot, page, 1)
    year = clock.today().year - 1
    assert report.name == "sample.crp"
    assert report.filters.team == "Akutteam Nord"
    assert (report.filters.start, report.filters.end) == (
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
    )
    assert "Akutteam Nord" in page.findChild(QLabel, "report_filters").text()


def test_a_reversed_period_is_refused_in_danish_and_nothing_runs(qtbot, page):
    page.start.setDate(page.end.date().addDays(1))
    assert page.quick.currentData() == ""  # typed days: "Chosen days"
    report_samples.CALLS.clear()
    page.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: not page.settle.isActive())
    assert page.problem.isVisibleTo(page) and "slutter, før den begynder" in page.problem.text()
    assert report_samples.CALLS == [] and page.report is None


def test_the_quick_periods():
    today = dt.date(2026, 3, 15)
    assert periods.period("this_month", today) == (dt.date(2026, 3, 1), today)
    assert periods.period("last_month", today) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert periods.period("last_6_months", today) == (dt.date(2025, 9, 1), dt.date(2026, 2, 28))
    assert periods.period("this_year", today) == (dt.date(2026, 1, 1), today)
    assert periods.period("last_year", today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    with pytest.raises(KeyError):
        periods.period("forever", today)


def saving_to(monkeypatch, path: Path) -> list[str]:
    asked: list[str] = []

    def answer(parent, title, suggested, kind):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(path)

    monkeypatch.setattr(exports, "ask_path", answer)
    return asked


def test_the_report_is_saved_as_xlsx_with_the_same_numbers(qtbot, page, monkeypatch, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")  # a test dependency only
    report = wait_for_report(qtbot, page)
    asked = saving_to(monkeypatch, tmp_path / "out.xlsx")
    page.xlsx_button.click()
    qtbot.waitUntil(lambda: page.exports.last_run.finished, timeout=20000)
    assert asked == [f"sample.activity-{report.filters.start}-{report.filters.end}.xlsx"]
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames[0] == "Rapport"
    sheet = book["Courses by hospital unit"]
    assert [c.value for c in sheet[4]][:6] == [
        "OUH Odense", 212, 1480, pytest.approx(0.123), pytest.approx(1935.27),
        dt.datetime(2026, 1, 4)]  # fmt: skip
    assert "out.xlsx" in page.saved_label.text()


def test_the_report_is_saved_as_csv_and_pdf(qtbot, page, monkeypatch, tmp_path):
    wait_for_report(qtbot, page)
    saving_to(monkeypatch, tmp_path / "out.csv")
    page.csv_menu.findChild(type(page.csv_menu.actions()[0]), "csv_every").trigger()
    qtbot.waitUntil(lambda: page.exports.last_run.finished, timeout=20000)
    made = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert made == ["out-by_month.csv", "out-by_unit.csv", "out-lengths.csv", "out-reasons.csv"]
    text = (tmp_path / "out-by_unit.csv").read_bytes().decode("utf-8")
    assert text.startswith("\ufeff") and "OUH Odense;212;1480;12,3;1935,27;04.01.2026\r\n" in text
    saving_to(monkeypatch, tmp_path / "one.csv")
    page.csv_menu.findChild(type(page.csv_menu.actions()[0]), "csv_reasons").trigger()
    qtbot.waitUntil(lambda: page.exports.last_run.finished, timeout=20000)
    assert "Treatment completed;completed;301;73,1" in (tmp_path / "one.csv").read_text("utf-8-sig")
    saving_to(monkeypatch, tmp_path / "out.pdf")
    page.pdf_button.click()
    qtbot.waitUntil(lambda: page.exports.last_run.finished, timeout=30000)
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_the_status_report_holds_every_report_for_the_period(qtbot, page, monkeypatch, tmp_path):
    saving_to(monkeypatch, tmp_path / "status.pdf")
    report_samples.CALLS.clear()
    page.status_button.click()
    qtbot.waitUntil(lambda: page.exports.last_run.finished, timeout=30000)
    assert [name for name, _ in report_samples.CALLS] == ["sample.activity", "sample.crp"]
    assert page.exports.last_run.steps[-1] == (2, 3)
    data = (tmp_path / "status.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "status.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout  # fmt: skip
        assert "Statusrapport" in text and "IV activity (sample)" in text
        assert "Day-3 CRP (sample)" in text and "side 1 af" in text


def test_a_nurse_is_told_who_may_see_the_reports(qtbot, danish, samples, ctx):
    from app.services.security import users
    from app.views.reports.reports_page import ReportsPage

    users.add_user(ctx, "Bruger SY", "SY", ("nurse",), PASSWORD)
    nurse = users.sign_in(ctx.store, "SY", PASSWORD)
    shown = ReportsPage(nurse)
    qtbot.addWidget(shown)
    note = shown.findChild(QLabel, "reports_not_allowed").text()
    assert "ledere" in note and "leder" in note.lower()
    assert shown.findChild(QLabel, "report_title") is None
    shown.reload()  # a change on the hub: nothing to fill on a page that only explains


def test_matplotlib_loads_only_when_a_chart_is_drawn():
    code = ("import sys; import app.views.reports.reports_page, app.views.shell.main_window; "
            "print('matplotlib' in sys.modules, 'xlsxwriter' in sys.modules)")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert done.stdout.split() == ["False", "False"]


def test_the_page_with_its_charts_at_1366x768(qtbot, page, tmp_path):
    wait_for_report(qtbot, page)
    page.window().resize(1366, 768)
    qtbot.wait(50)
    shot = page.window().grab()
    assert (shot.width(), shot.height()) == (1366, 768)
    image = shot.toImage()
    chart = page.charts["months"]
    top_left = chart.mapTo(page.window(), chart.rect().topLeft())
    colours = {image.pixelColor(top_left.x() + x, top_left.y() + y).name()
               for x in range(0, chart.width(), 7) for y in range(0, min(chart.height(), 200), 7)
               if top_left.y() + y < 768}  # fmt: skip
    assert "#1f5f8b" in colours  # AkutDesk's blue bars are on the screen
    shot.save(str(tmp_path / "reports.png"))
    if SHOTS:
        shot.save(str(Path(SHOTS) / "reports-page.png"))
        page.scroll.ensureWidgetVisible(page.charts["months"], 0, 0)
        qtbot.wait(50)
        page.window().grab().save(str(Path(SHOTS) / "reports-page-chart.png"))
        page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
        qtbot.wait(50)
        page.window().grab().save(str(Path(SHOTS) / "reports-page-end.png"))


def test_a_new_team_reaches_the_filter_without_a_new_report(qtbot, page, ctx):
    from app.views.components.hub import hub

    wait_for_report(qtbot, page)
    report_samples.CALLS.clear()
    teams.add_team(ctx, "Akutteam Syd")
    hub.changed.emit({"team"})
    assert page.team.findData("Akutteam Syd") > 0
    assert report_samples.CALLS == [] and page.report is not None  # shown, not made again


def test_a_dataset_is_delivered_and_the_hub_told(qtbot, danish, monkeypatch, window):
    from app.views.components.hub import hub

    report_samples.register(monkeypatch, delivered=True)
    window.resize(1366, 768)
    shown = window.show_page("reports") or window.page("reports")
    heard: list[set[str]] = []
    hub.changed.connect(heard.append)
    report = wait_for_report(qtbot, shown, 1)
    hub.changed.disconnect(heard.append)
    assert report.name == "sample.crp" and report_samples.DELIVERED == ["sample.crp"]
    assert {"audit_log"} in heard  # the delivery's audit entry: the audit page refreshes


def test_arrowing_down_the_list_makes_only_the_report_chosen(qtbot, page):
    report_samples.CALLS.clear()
    page.list.setFocus()
    page.list.setCurrentRow(0)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)  # on to the next before the first settles
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert [name for name, _ in report_samples.CALLS] == ["sample.crp"]
