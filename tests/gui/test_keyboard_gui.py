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


def test_the_user_locks_the_window_with_ctrl_l(qtbot, english, window, ctx, submit_login):
    from app.views.shell.idle_lock import IdleLock
    from tests.conftest import PASSWORD

    lock = IdleLock(window, ctx.store, interval_ms=600_000)
    assert window.lock_button.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked and window.centralWidget().isHidden()
    assert lock.dialog.intro.text().startswith("KS locked the window.")
    assert lock.dialog.initials.text() == "KS"
    lock.dialog.password.setText(PASSWORD)
    submit_login(lock.dialog)
    assert not lock.locked and not window.centralWidget().isHidden()


def test_signing_out_drops_the_pages_until_someone_signs_in(
    qtbot, english, window, ctx, submit_login
):
    from app.services.security import users
    from app.views.shell.idle_lock import IdleLock
    from tests.conftest import PASSWORD

    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    window.show_page("citizens")
    lock = IdleLock(window, ctx.store, interval_ms=600_000)
    window.sign_out_button.click()
    assert lock.locked and window.centralWidget().isHidden()
    assert window.page("citizens") is None  # the page and what it showed are gone
    assert lock.dialog.initials.text() == ""  # anyone signs in
    lock.dialog.initials.setText("KS")
    lock.dialog.password.setText(PASSWORD)
    submit_login(lock.dialog)
    assert not lock.locked and window.ctx.initials == "KS"
    assert window.page("citizens") is not None  # built again for who signed in


def test_ctrl_k_searches_citizens_courses_and_episodes(qtbot, danish, window, ctx):
    from tests.unit.acute_helpers import episode

    dept = department(ctx)
    skov = citizen(ctx, CPRS[0], "Grethe", "Skov")
    course = referral(ctx, skov, dept)
    acute = episode(ctx, skov)
    citizen(ctx, CPRS[1], "Bent", "Dam")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    opened = []
    for kind in dialog.openers:
        dialog.openers[kind] = lambda uuid, kind=kind: opened.append((kind, uuid))
    qtbot.keyClicks(dialog.search, "skov")
    qtbot.waitUntil(lambda: dialog.hits.count() == 3, timeout=2000)
    texts = [dialog.hits.item(i).text() for i in range(3)]
    assert texts[0] == "Borger: Skov, Grethe · 010150-xxxx"
    assert texts[1] == (
        "IV-forløb: Grethe Skov · 010150-xxxx · Piperacillin/tazobactam · "
        "Henvist, afventer visitation"
    )
    assert texts[2].startswith("Akutforløb: ") and "Skov · 010150-xxxx · " in texts[2]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # three hits: the first gets the focus
    assert opened == [] and dialog.hits.currentRow() == 0
    qtbot.keyClick(dialog.hits, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.hits, Qt.Key.Key_Return)
    assert opened == [("iv_course", course)] and not dialog.isVisible()
    again = window.open_search()
    for kind in again.openers:
        again.openers[kind] = lambda uuid, kind=kind: opened.append((kind, uuid))
    again.search.setText("dam")
    qtbot.keyClick(again.search, Qt.Key.Key_Return)  # a single hit opens
    assert opened[-1][0] == "citizen" and opened[-1][1] != skov
    assert acute


def test_the_crp_form_s_conference_by_its_mnemonics(qtbot, danish, ctx):
    """A day-3 CRP with its decision without walking every field (issue #12 item 7): Alt+K
    ticks the conference, Alt+M goes to whom, Alt+B to the decision, where "f" picks
    "Fortsæt IV" (none is chosen before)."""
    from app.services.iv import referrals, views
    from app.views.iv.course_window import open_course
    from tests.unit.iv_helpers import at

    uuid = referral(ctx, citizen(ctx, CPRS[0], "Grethe", "Skov"), department(ctx))
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at(-1, 10))
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    dialog = course.make_dialog("crp")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.value.setFocus()
    qtbot.keyClicks(dialog.value, "48")
    qtbot.keyClick(dialog.value, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert dialog.conference_box.isChecked()
    field = dialog.conference.fields["conference_with"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert field.hasFocus()
    qtbot.keyClicks(field, "Overlæge Hansen")
    qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert dialog.decision.hasFocus() and dialog.decision.currentData() == ""
    qtbot.keyClicks(dialog.decision, "f")
    assert dialog.decision.currentData() == "continue_iv"
