"""Fits a 1366×768 laptop (issue #12): every page of the main window and every dialog,
placed on such a screen (a 40 px task bar below, a 31 px title bar above each window),
keeps each of its push buttons on the screen; what is taller scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from app.demo import generate as demo

#: where a window can be on a 1366×768 screen, under a 31 px title bar and above a 40 px
#: task bar: the offscreen screen of the tests (tests/conftest.py, tests/laptop_screen.json)
CLIENT = QRect(0, 31, 1366, 697)


def off_screen(window: QWidget) -> list[str]:
    """The push buttons of ``window`` (shown as the application shows it) that lie outside
    the screen. A button inside a scroll area counts when the scroll area does not fit."""
    assert QGuiApplication.primaryScreen().availableGeometry() == CLIENT
    window.show()
    QApplication.processEvents()
    origin = window.geometry().topLeft()
    name = type(window).__name__
    bad: list[str] = []
    if not CLIENT.contains(window.frameGeometry()):
        bad.append(f"{name} at {window.frameGeometry()}")
    for button in window.findChildren(QPushButton):
        if not button.isVisibleTo(window):
            continue
        shown: QWidget = button
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QScrollArea):
                shown = parent
            parent = parent.parentWidget()
        rect = QRect(shown.mapTo(window, QPoint(0, 0)) + origin, shown.size())
        if not CLIENT.contains(rect) or not window.rect().contains(
            QRect(shown.mapTo(window, QPoint(0, 0)), shown.size())
        ):
            bad.append(f"{name}: {button.text()!r} at {rect}")
    return bad


@pytest.fixture
def demo_ctx(ctx):
    demo.load_demo(ctx, citizens=40, seed=3)
    return ctx


def test_every_page_of_the_main_window_fits(qtbot, danish, demo_ctx, window):
    from app.views.shell.main_window import PAGES

    bad = []
    for key, *_ in PAGES:
        window.show_page(key)
        bad += [f"{key}: {b}" for b in off_screen(window)]
    assert bad == [], "\n".join(bad)


def course_dialogs(ctx, qtbot):
    from app.services import citizens
    from app.services.admin import reference
    from app.services.iv import views
    from app.views.iv.course_window import open_course
    from app.views.iv.referral import ReferralDialog
    from tests.unit.iv_helpers import referral

    rows = views.list_courses(ctx, "all")
    status = {r.status: r.uuid for r in rows}
    running = open_course(ctx, status["active"])
    qtbot.addWidget(running)
    yield running
    for kind in ("administration", "crp", "decision", "type", "end"):
        yield running.make_dialog(kind)
    dept = next(d.uuid for u in reference.list_hospital_units(ctx) for d in u.departments)
    referred = referral(ctx, citizens.search_citizens(ctx, "")[0].uuid, dept)
    window = open_course(ctx, referred)
    qtbot.addWidget(window)
    yield window
    yield window.make_dialog("accept")
    yield window.make_dialog("reject")
    yield ReferralDialog(ctx)


def episode_dialogs(ctx, qtbot):
    from app.services.acute import views
    from app.views.acute.episode_edit import EpisodeDialog
    from app.views.acute.episode_unit import AcuteUnitDialog
    from app.views.acute.episode_window import open_episode

    rows = views.list_episodes(ctx, "all")
    window = open_episode(ctx, rows[0].uuid)
    qtbot.addWidget(window)
    yield window
    for kind in ("edit", "measurement", "contact", "texts", "end"):
        yield window.make_dialog(kind)
    yield EpisodeDialog(ctx, None)
    yield AcuteUnitDialog(ctx)


def other_dialogs(ctx, qtbot):
    from app.domain import clock
    from app.services import citizens
    from app.services.admin import reference
    from app.services.homes import figures, pages
    from app.views.admin.backups import BackupsDialog
    from app.views.admin.hospital import DepartmentDialog, UnitDialog
    from app.views.citizens.citizen_dialog import CitizenDialog
    from app.views.homes.arrangement import ArrangementDialog, TerminateDialog
    from app.views.homes.home_dialog import HomeDialog, SectionDialog
    from app.views.homes.resident import StayDialog
    from app.views.shell.login import LoginDialog
    from app.views.shell.search import SearchDialog

    first = citizens.search_citizens(ctx, "")[0]
    yield CitizenDialog(ctx, citizens.open_citizen(ctx, first.uuid))
    yield CitizenDialog(ctx)
    unit = reference.list_hospital_units(ctx)[0]
    yield UnitDialog(ctx, unit)
    yield DepartmentDialog(ctx, unit, None)
    yield BackupsDialog(ctx)
    yield LoginDialog(ctx.store, "ks")
    yield SearchDialog(ctx)
    yield HomeDialog(ctx)
    home = pages.home_page(ctx, figures.snapshot(ctx, clock.today()).homes[0].uuid)
    yield HomeDialog(ctx, home)
    yield SectionDialog(ctx, home.uuid)
    yield ArrangementDialog(ctx, home)
    yield StayDialog(ctx, home)
    if home.arrangements:
        yield ArrangementDialog(ctx, home, home.arrangements[0])
        yield TerminateDialog(ctx, home.arrangements[0])


def more_dialogs(ctx, qtbot):
    """The dialogs of an ended course (its outcome; taking the end back), the survey's,
    the first start's and the store key's."""
    from app.domain import clock
    from app.services.iv import courses, views
    from app.views.admin.store_key import AskKeyDialog, RecoveryKeyDialog
    from app.views.iv.course_window import open_course
    from app.views.iv.survey_dialog import SurveyDialog
    from app.views.shell.first_start import FirstStartDialog

    running = next(r for r in views.list_courses(ctx, "all") if r.status == "active")
    version = views.get_course(ctx, running.uuid, opened=False).version
    courses.end_course(ctx, running.uuid, version, clock.today(), "completed")
    ended = open_course(ctx, running.uuid)
    qtbot.addWidget(ended)
    yield ended
    yield ended.make_dialog("outcome")
    assert ended.correctable.action == "correct_end"  # ended today by this user
    yield ended.make_dialog("correct_end")
    yield SurveyDialog(ctx)
    yield FirstStartDialog(ctx.store)
    yield RecoveryKeyDialog("ABCD-" * 13 + "ABCD", in_keyring=False)
    yield AskKeyDialog(ValueError("wrong key"))


@pytest.mark.parametrize("group", ["course", "episode", "other", "more"])
def test_every_dialog_fits(qtbot, danish, demo_ctx, group):
    makers = {"course": course_dialogs, "episode": episode_dialogs, "other": other_dialogs,
              "more": more_dialogs}  # fmt: skip
    bad = []
    for dialog in makers[group](demo_ctx, qtbot):
        qtbot.addWidget(dialog)
        bad += off_screen(dialog)
        dialog.hide()
    assert bad == [], "\n".join(bad)


def test_a_form_full_of_problems_still_fits(qtbot, danish, demo_ctx):
    from app.views.iv.referral import ReferralDialog

    dialog = ReferralDialog(demo_ctx)
    qtbot.addWidget(dialog)
    assert off_screen(dialog) == []
    # Qt opens a window at most 2/3 of the screen wide: never narrower than the form needs
    assert dialog.width() >= dialog.minimumSizeHint().width()
    search = dialog.citizen.search
    assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert not dialog.save()  # nothing filled in: a problem at many fields
    shown = [e for form in dialog.forms for e in form.errors.values() if not e.isHidden()]
    assert len(shown) >= 3
    QApplication.processEvents()
    cut = [e.text() for e in shown if e.height() < e.heightForWidth(e.width())]
    assert cut == [], cut  # every problem text whole, its second line too
    bad = off_screen(dialog)
    assert bad == [], "\n".join(bad)


def test_the_work_list_s_columns_are_sensible_on_a_laptop(qtbot, danish, demo_ctx, window):
    """Sensible column widths (issue #12 item 6): in the window as it opens on a 1366×768
    laptop, every heading of the work list is whole, and so is every CPR and phone."""
    from app.views.today.worklist import DEPARTMENT

    page = window.show_page("today")
    page.reload()
    window.show()
    QApplication.processEvents()
    view = page.worklist
    header = view.header()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= view.viewport().width()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    rows = [head.child(i) for head in view.sections.values() for i in range(head.childCount())]
    assert rows
    metrics = view.fontMetrics()
    for column in (2, 6):  # the CPR and the 24/7 phone
        need = max(metrics.horizontalAdvance(row.text(column)) for row in rows)
        assert view.columnWidth(column) >= need, column
    assert view.columnWidth(DEPARTMENT) >= header.sectionSizeHint(DEPARTMENT)


def test_with_nothing_blocked_the_drafts_get_the_room(qtbot, danish, ctx, window):
    """On a laptop the draft lines get the height a list of blockers would take, and give
    it back when there are blockers again (issue #12 items 6, 11)."""
    import datetime as dt

    from app.services.invoices.runs import Preview, Unbillable
    from tests.conftest import wait_for_background_work

    page = window.show_page("invoices")
    window.show()
    wait_for_background_work()  # the page's own draft first
    QApplication.processEvents()
    draft = page.draft
    first, last = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    blocker = Unbillable("u", "0101500007", "Else Jensen", "OUH", "Afd. M", "unit_no_ean", "…")
    draft.show_preview(Preview(first, last, (), (blocker,), ""))
    QApplication.processEvents()
    assert draft.splitter.sizes()[1] >= 150
    draft.show_preview(Preview(first, last, (), (), ""))
    QApplication.processEvents()
    assert draft.splitter.sizes()[1] <= draft.below.minimumSizeHint().height() + 10
