"""The nursing-homes page: the list with coverage (D30), a home's page with its fixed
doctor, residents and cases, the termination dialog showing the effective date before
anything is written (D32), the home dialog's problems in place, and the reports area
making a report in the background and registering its sending. Every model passes
qtmodeltester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox

from app.domain import clock
from app.services.homes import pages, reports
from app.views.components import lazy_model as model_module
from app.views.homes.arrangement import TerminateDialog
from app.views.homes.home_dialog import HomeDialog
from tests.unit.homes_helpers import D, arrangement, home, residents_at


def _page(window):
    return window.show_page("nursing_homes") or window.page("nursing_homes")


def test_the_list_shows_coverage_and_the_models_pass_qtmodeltester(
    qtmodeltester, monkeypatch, english, ctx, window
):
    monkeypatch.setattr(model_module, "PAGE", 2)
    a = home(ctx, "Solgården")
    arrangement(ctx, a)
    residents_at(ctx, a, 3)
    home(ctx, "Egebo")
    home(ctx, "Bakken")
    page = _page(window)
    page.reload()
    assert page.model.rowCount() == 2 and page.model.canFetchMore(QModelIndex())
    qtmodeltester.check(page.model)
    page.model.fetchMore(QModelIndex())
    assert [r.name for r in page.model.rows] == ["Bakken", "Egebo", "Solgården"]
    assert "1 of 3 homes" in page.coverage.text() and "33,3 %" in page.coverage.text()
    assert page.model.data(page.model.index(2, 5)) == "Yes"
    assert page.model.data(page.model.index(0, 4)) == "— none —"
    page.open_row(2)
    view = page.home
    assert page.stack.currentIndex() == 1 and view.heading.text() == "Solgården"
    for model in (view.arrangements, view.residents, view.cases):
        qtmodeltester.check(model)
    assert view.residents.rowCount() == 3
    assert view.arrangements.data(view.arrangements.index(0, 4)) == "3 · 2 hours"
    assert "Started" in view.history.text()


def test_terminating_shows_the_effective_date_first_and_writes_only_when_confirmed(
    qtbot, monkeypatch, english, ctx
):
    saved = arrangement(ctx, home(ctx))
    uuid = home_uuid(ctx)
    row = pages.home_page(ctx, uuid).arrangements[0]
    dialog = TerminateDialog(ctx, row)
    qtbot.addWidget(dialog)
    dialog.day.setDate(dialog.day.date().fromString("31.03.2026", "dd.MM.yyyy"))
    assert "ends on 30.06.2026" in dialog.effective.text()
    dialog.day.setDate(dialog.day.date().fromString("01.04.2026", "dd.MM.yyyy"))
    assert "ends on 30.09.2026" in dialog.effective.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)  # fmt: skip
    dialog.save()
    assert "30.09.2026" in asked[0]
    assert pages.home_page(ctx, uuid).arrangements[0].end_date is None  # not confirmed
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.save()
    assert pages.home_page(ctx, uuid).arrangements[0].end_date == D(2026, 9, 30)
    assert saved.uuid == row.uuid


def home_uuid(ctx) -> str:
    from app.services.homes import figures

    return figures.snapshot(ctx, clock.today()).homes[0].uuid


def test_the_home_dialog_shows_problems_at_their_fields(qtbot, english, ctx):
    dialog = HomeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.form.set_text("postcode", "50")
    dialog.save()
    errors = dialog.form.errors
    assert errors["name"].text() == "A nursing home needs a name."
    assert errors["places"].text() == "Places must be from 1 to 1000."
    assert errors["postcode"].text() == "A postcode has 4 digits."
    dialog.form.set_text("name", "Lindely")
    dialog.places.setValue(40)
    dialog.form.set_text("postcode", "5000")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert pages.home_page(ctx, home_uuid(ctx)).name == "Lindely"


def test_the_reports_area_makes_a_report_in_the_background_and_registers_the_sending(
    qtbot, english, ctx, window
):
    from app.views.homes.reports import SentDialog

    arrangement(ctx, home(ctx))
    panel = _page(window).reports
    panel.kind.setCurrentIndex(panel.kind.findData("coverage"))
    assert panel.quarter.isHidden() and not panel.year.isHidden()
    panel.year.setValue(2026)
    panel.make()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20000)
    assert panel.model.data(panel.model.index(0, 0)) == "Coverage as of 1 January"
    assert panel.model.data(panel.model.index(0, 4)) == "Not sent"
    row = panel.model.rows[0]
    dialog = SentDialog(ctx, row, panel)
    qtbot.addWidget(dialog)
    dialog.recipient.setCurrentText("KLU, Odense")
    dialog.save()
    (made,) = reports.list_reports(ctx)
    assert [(s.recipient, s.sent_on) for s in made.sendings] == [("KLU, Odense", clock.today())]
    qtbot.waitUntil(lambda: "KLU, Odense" in panel.model.data(panel.model.index(0, 4)))
    assert made.made_at <= dt.datetime.now(dt.UTC)


def test_a_residents_case_says_its_kind_and_status_in_its_kinds_words(danish):
    """The nursing-home cases name the kind and its status through the kind's views part
    (app/views/kinds.py: RESIDENT_CASES), in Danish as before the registry held them."""
    import datetime as dt

    from app.services.kernel.cases import CaseRow
    from app.views.homes.homes_model import CasesTableModel

    day = dt.date(2026, 3, 2)
    rows = [
        CaseRow("iv", "u1", "Else Jensen", "010150-xxxx", day, None, "Piperacillin", "active"),
        CaseRow("acute", "u2", "Else Jensen", "010150-xxxx", day, day, "Feber", "ended"),
        CaseRow("pn", "u3", "Else Jensen", "010150-xxxx", day, None, "PN", "running"),
    ]
    model = CasesTableModel(lambda: rows)
    shown = [(model.cell(r, "kind"), model.cell(r, "status")) for r in model.fetch(0, 10)]
    assert shown == [("IV-forløb", "I gang"), ("Akutforløb", "Afsluttet"), ("pn", "running")]
