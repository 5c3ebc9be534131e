"""The keyboard (issue #12): Today puts the focus on the work list; Enter in a search box
opens a single hit (several: the focus on the first)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.unit.iv_helpers import citizen, department, referral

CPRS = ["0101500007", "0202600018"]


def test_today_puts_the_focus_on_the_work_list(qtbot, danish, window):
    window.show_page("citizens")
    page = window.show_page("today")
    window.activateWindow()
    qtbot.waitUntil(page.worklist.hasFocus, timeout=2000)


def test_enter_opens_a_single_course_hit(qtbot, danish, window, ctx):
    dept = department(ctx)
    skov = referral(ctx, citizen(ctx, CPRS[0], "Grethe", "Skov"), dept)
    referral(ctx, citizen(ctx, CPRS[1], "Bent", "Dam"), dept)
    page = window.show_page("iv_courses")
    page.status.setCurrentIndex(page.status.findData("all"))
    opened = []
    page.open_row = lambda row: opened.append(page.model.uuid_at(row))
    page.search.setText("")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # two hits: the first gets the focus
    assert opened == [] and page.table.currentIndex().row() == 0
    page.search.setText("skov")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [skov]


def test_enter_opens_a_single_citizen_hit(qtbot, danish, window, ctx):
    person = citizen(ctx, CPRS[0], "Grethe", "Skov")
    citizen(ctx, CPRS[1], "Bent", "Dam")
    page = window.show_page("citizens")
    opened = []
    page.open_row = lambda row: opened.append(page.model.uuid_at(row))
    page.search.setText("nobody")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == []
    page.search.setText("grethe")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [person]


def test_enter_opens_a_single_episode_hit(qtbot, danish, window, ctx):
    from tests.unit.acute_helpers import citizen as acute_citizen
    from tests.unit.acute_helpers import episode

    uuid = episode(ctx, acute_citizen(ctx))
    page = window.show_page("episodes").list
    opened = []
    page.open_row = lambda row: opened.append(page.model.uuid_at(row))
    page.search.setText("")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [uuid]
