"""Where IV courses are found: the lazy course table (qtmodeltester), the IV-courses page
filtering by status and searching as you type, the Today page's work list (due and
overdue CRP checks, the date picker, rows opening their course), and the document
buttons, which wait for their modules."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from app.services.iv import referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.views.components import lazy_model as model_module
from app.views.iv import course_window as course_module
from app.views.iv.course_window import open_course
from app.views.iv.courses_model import CourseTableModel
from app.views.today.worklist import OVERDUE_BACKGROUND
from app.views.widgets.inputs import qdate
from tests.unit.iv_helpers import at, citizen, day, department, referral

CPRS = ["0101500007", "0202600018", "0303700029", "0404800030", "0505900041", "0606510052"]


def accepted(ctx, person, dept, first_dose, accept_offset, **changes):
    uuid = referral(
        ctx,
        person,
        dept,
        first_dose_date=day(first_dose),
        referred_at=at(first_dose, 14),
        **changes,
    )
    referrals.accept_referral(
        ctx, uuid, views.get_course(ctx, uuid).version, at=at(accept_offset, 9)
    )
    return uuid


def test_course_table_model_passes_qtmodeltester_and_fetches_lazily(
    qtmodeltester, monkeypatch, danish, ctx
):
    monkeypatch.setattr(model_module, "PAGE", 4)
    dept = department(ctx)
    for index, cpr in enumerate(CPRS):
        referral(ctx, citizen(ctx, cpr, last=f"Holm{'abcdef'[index]}"), dept)
    model = CourseTableModel(ctx)
    model.set_filter("open", "")
    assert model.rowCount() == 4 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Henvist"
    assert model.data(model.index(0, 1)).endswith("-xxxx")
    assert model.data(model.index(0, 3)) == "Antibiotika uden pumpe"
    model.set_filter("rejected", "")
    assert model.rowCount() == 0


def test_courses_page_filters_by_status_and_searches_as_you_type(qtbot, danish, window, ctx):
    dept = department(ctx)
    running = accepted(ctx, citizen(ctx, CPRS[0], "Grethe", "Skov"), dept, -3, -2)
    waiting = referral(ctx, citizen(ctx, CPRS[1], "Bent", "Dam"), dept)
    page = window.show_page("iv_courses")
    assert page.model.rowCount() == 2 and page.count.text() == "2 forløb."
    page.status.setCurrentIndex(page.status.findData("referred"))
    assert [row.uuid for row in page.model.rows] == [waiting]
    page.status.setCurrentIndex(page.status.findData("all"))
    qtbot.keyClicks(page.search, "skov")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.rows[0].uuid == running
    dialog = page.open_row(0)
    qtbot.addWidget(dialog)
    assert dialog.uuid == running and dialog.isVisible()
    assert page.open_row(0) is dialog  # the same course is not opened twice
    page.search.setText("nobody")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.count.text() == "Ingen forløb passer på søgningen."


def test_today_lists_due_and_overdue_crp_checks(qtbot, danish, window, ctx):
    dept = department(ctx)
    due = accepted(ctx, citizen(ctx, CPRS[0], "Grethe", "Skov"), dept, -2, -1)  # day 3 = today
    accepted(ctx, citizen(ctx, CPRS[1], "Bent", "Dam"), dept, -5, -4)
    record_administration(
        ctx, due, AdministrationInput(start=at(-1, 12), end=at(-1, 12, 30), place="home")
    )
    waiting = referral(ctx, citizen(ctx, CPRS[2], "Ida", "Lund"), dept)
    page = window.page("today")
    page.reload()
    rows = page.worklist.rows("crp")
    assert [(r[2], r[3]) for r in rows] == [
        ("020260-xxxx", "Bent Dam"),
        ("010150-xxxx", "Grethe Skov"),
    ]
    assert rows[0][:2] == (f"Overskredet siden {day(-3):%d.%m.}", "beh.dag 6")
    assert rows[1][:2] == ("Skal tages i dag", "beh.dag 3")
    assert rows[0][4:] == (
        "Piperacillin/tazobactam",
        "Infektionsmedicinsk Afdeling Q",
        "65 41 12 34",
    )
    overdue_item = page.worklist.sections["crp"].child(0)
    assert overdue_item.background(0).color().name() == OVERDUE_BACKGROUND
    assert overdue_item.font(0).bold()
    administrations = {r[3]: r[:2] for r in page.worklist.rows("administrations")}
    # no dose yet: from 07:00; the last dose yesterday noon: the next at 07:00 (D16 window)
    assert administrations["Bent Dam"] == (
        "0 af 3 givet: 07:00 · 15:00 · 23:00",
        "beh.dag 6 · ikke startet",
    )
    assert administrations["Grethe Skov"] == (
        "0 af 3 givet: 07:00 · 15:00 · 23:00",
        "beh.dag 3 · kom.dag 2",
    )
    assert [r[3] for r in page.worklist.rows("referrals")] == ["Ida Lund"]
    assert page.worklist.sections["crp"].text(0) == "CRP-kontroller (2)"

    page.day.setDate(qdate(day(-3)))  # as the list stood then
    assert [r[3] for r in page.worklist.rows("crp")] == ["Bent Dam"]
    assert page.worklist.rows("crp")[0][0].startswith("Skal tages i dag")
    page.today_button.click()
    assert len(page.worklist.rows("crp")) == 2

    item = page.worklist.sections["referrals"].child(0)
    page.worklist.itemActivated.emit(item, 0)
    dialog = course_module._open[waiting]
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.view.uuid == waiting


def test_document_buttons_wait_for_their_modules(qtbot, danish, ctx, monkeypatch, tmp_path):
    from app.views.components import documents
    from app.views.today.today_page import TodayPage

    monkeypatch.setattr(documents, "available", lambda module: False)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    assert not page.print_button.isEnabled()
    course = open_course(ctx, referral(ctx, citizen(ctx), department(ctx)))
    qtbot.addWidget(course)
    assert not course.summary_button.isEnabled()

    # The module is there: the slot imports it, saves where the user says and opens it.
    fake = types.ModuleType("app.services.today.daylist")
    made = []
    fake.day_list_pdf = lambda ctx_, on: made.append(on) or b"%PDF-1.7 fake"
    monkeypatch.setitem(sys.modules, "app.services.today.daylist", fake)
    target = tmp_path / "dagsliste.pdf"
    opened = []
    monkeypatch.setattr(documents, "ask_path", lambda *args: str(target))
    monkeypatch.setattr(documents.QDesktopServices, "openUrl", lambda url: opened.append(url))
    page.print_button.setEnabled(True)
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert target.read_bytes() == b"%PDF-1.7 fake" and made == [page.selected_date()]

    # An import that fails when the button is used disables it.
    monkeypatch.setattr(documents, "maker", lambda module, name: None)
    page.print_button.click()
    assert not page.print_button.isEnabled()


def test_today_page_has_no_placeholder_left(danish, window):
    page = window.page("today")
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "ikke endnu" not in texts
    assert page.worklist.sections["crp"].child(0).text(0) == "Intet på denne dag"
    assert page.worklist.sections["crp"].child(0).flags() == Qt.ItemFlag.ItemIsEnabled


def test_citizen_dialog_lists_the_citizens_courses(qtbot, danish, ctx):
    from app.services import citizens
    from app.views.citizens.citizen_dialog import CitizenDialog

    person = citizen(ctx)
    uuid = referral(ctx, person, department(ctx))
    dialog = CitizenDialog(ctx, citizens.open_citizen(ctx, person))
    qtbot.addWidget(dialog)
    panel = dialog.case_panel("iv")  # the IV kind's panel (app/views/kinds.py CITIZEN)
    item = panel.courses.item(0)
    assert (
        item.text()
        == f"Henvist: Piperacillin/tazobactam, Infektionsmedicinsk Afdeling Q, første dosis {day(-10):%d.%m.%Y}"
    )
    assert item.data(Qt.ItemDataRole.UserRole) == uuid and panel.open_course_button.isEnabled()
    new = CitizenDialog(ctx)
    qtbot.addWidget(new)
    assert new.case_panel("iv").isHidden()  # a citizen not yet saved has no courses


def test_an_open_course_reloads_only_for_its_own_changes(qtbot, danish, ctx, monkeypatch):
    dept = department(ctx)
    first = accepted(ctx, citizen(ctx, CPRS[0], "Grethe", "Skov"), dept, -3, -2)
    second = accepted(ctx, citizen(ctx, CPRS[1], "Bent", "Dam"), dept, -3, -2)
    one, two = open_course(ctx, first), open_course(ctx, second)
    qtbot.addWidget(one)
    qtbot.addWidget(two)
    opened = []
    real = views.get_course
    monkeypatch.setattr(
        views, "get_course", lambda c, uuid, **kw: opened.append(uuid) or real(c, uuid, **kw)
    )
    end = two.make_dialog("end")
    assert end.save()
    assert opened == [second] and two.header.status.text() == "Afsluttet"
