"""Signing in and the idle lock (issue #7)."""

from __future__ import annotations

from app.services.security import users
from app.views.shell.idle_lock import IdleLock
from app.views.shell.login import LoginDialog
from tests.conftest import PASSWORD


def test_login_dialog_refuses_a_wrong_password_then_signs_in(qtbot, english, ctx, submit_login):
    dialog = LoginDialog(ctx.store, "ks")
    qtbot.addWidget(dialog)
    dialog.password.setText("not-the-password")
    submit_login(dialog)
    assert dialog.ctx is None and dialog.message.text() == "Wrong initials or password."
    assert dialog.password.text() == ""  # never left in the field
    dialog.password.setText(PASSWORD)
    submit_login(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.ctx.initials == "KS" and "administrator" in dialog.ctx.roles


def test_the_password_is_checked_off_the_gui_thread(qtbot, english, ctx):
    """Argon2 takes ~0.1 s: the dialog says so and stays responsive (issue #17)."""
    dialog = LoginDialog(ctx.store, "ks")
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert dialog.signing_in and dialog.message.text() == "Signing in…"
    assert not dialog.buttons.isEnabled()
    dialog.submit()  # a second press while checking starts no second check
    dialog.reject()  # nor does Escape leave before the answer
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.ctx.initials == "KS" and dialog.message.isHidden()


def test_the_first_screen_is_read_while_the_password_is_checked(qtbot, english, ctx, submit_login):
    """At start the dialog reads Today beside the check (issue #17): what was read is kept
    only for the password that matched."""
    reads: list[str] = []

    def read(signed):  # type: ignore[no-untyped-def]
        reads.append(signed.initials)
        return f"Today of {signed.initials}"

    dialog = LoginDialog(ctx.store, "ks", read=read)
    qtbot.addWidget(dialog)
    dialog.password.setText("not-the-password")
    submit_login(dialog)
    assert dialog.ctx is None and dialog.prepared is None and reads == ["KS"]
    dialog.password.setText(PASSWORD)
    submit_login(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.ctx.initials == "KS" and dialog.prepared == "Today of KS"


def test_the_window_locks_when_idle_and_the_same_user_unlocks(
    qtbot, english, window, ctx, submit_login
):
    lock = IdleLock(window, ctx.store, interval_ms=150)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert window.centralWidget().isHidden()  # patient data out of sight
    assert lock.dialog is not None and "was locked" in lock.dialog.intro.text()
    lock.dialog.password.setText("wrong-password")
    submit_login(lock.dialog)
    assert lock.locked and window.centralWidget().isHidden()
    lock.dialog.password.setText(PASSWORD)
    submit_login(lock.dialog)
    assert not lock.locked and not window.centralWidget().isHidden()
    assert window.ctx.initials == "KS"


def test_another_user_signs_in_at_the_lock_and_gets_their_own_pages(
    qtbot, english, window, ctx, submit_login
):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    window.show_page("admin")
    lock = IdleLock(window, ctx.store, interval_ms=100)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    lock.dialog.initials.setText("NS")
    lock.dialog.password.setText(PASSWORD)
    submit_login(lock.dialog)
    assert window.ctx.initials == "NS" and window.ctx.roles == {"nurse"}
    assert "(NS)" in window.user_label.text()
    page = window.show_page("admin")
    assert not page.users.isEnabled()  # a nurse manages no users
    assert page.users.message.text() == "Only an administrator manages users."


def test_input_keeps_the_window_unlocked(qtbot, english, window, ctx, submit_login):
    from PySide6.QtCore import QPoint, Qt

    lock = IdleLock(window, ctx.store, interval_ms=400)
    for _ in range(6):
        qtbot.wait(150)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    lock.dialog.password.setText(PASSWORD)
    submit_login(lock.dialog)


def test_a_page_beyond_the_users_roles_says_so(qtbot, english, ctx):
    from app.views.shell.launch import attach, dispose
    from app.views.shell.main_window import MainWindow

    users.add_user(ctx, "Anna Admin", "AA", ["administrator"], PASSWORD)
    admin_only = users.sign_in(ctx.store, "AA", PASSWORD)
    win = MainWindow()
    qtbot.addWidget(win)
    attach(win, ctx.store, admin_only)
    today = win.stack.currentWidget()
    assert today.text() == "Your role does not give access to this page."  # no patient data
    assert win.show_page("admin") is not None  # but the administration page
    dispose(win)


def test_opening_another_teams_citizen_asks_for_a_reason(qtbot, english, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QWidget

    from app.services import citizens
    from app.services.citizens import CitizenInput
    from app.services.security import teams
    from app.views.components.access_reason import ask_reason

    teams.add_team(ctx, "Akutteam Nord")
    uuid = citizens.register_citizen(
        ctx, CitizenInput(cpr="0101401234", first_name="Else", last_name="Hansen")
    ).value.uuid
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []
    answers = iter([("", True), ("Night shift", True)])  # an empty reason is asked again
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args: asked.append(args[2]) or next(answers)
    )
    assert ask_reason(parent, ctx, uuid) == "" and asked == []  # no team: no question
    teams.set_citizen_team(ctx, uuid, "Akutteam Nord")
    assert ask_reason(parent, ctx, uuid) == "Night shift" and len(asked) == 2
    assert "another team" in asked[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", False))
    assert ask_reason(parent, ctx, uuid) is None
