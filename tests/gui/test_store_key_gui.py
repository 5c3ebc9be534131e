"""The encrypted store in the window (app/views/admin/store_key.py): the recovery key is
shown once and cannot be closed away unread; the recovery key is asked for when the
keyring lacks it, and a wrong one is said plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.admin import store_key
from app.services.admin.store_key import RecoveryKeyInvalid, StoreKeyNeeded, StoreKeyWrong
from app.views.admin.store_key import (
    AskKeyDialog,
    RecoveryKeyDialog,
    is_key_error,
    show_recovery_key,
)


def test_the_recovery_key_is_shown_until_it_is_ticked_as_written_down(qtbot, danish):
    shown = store_key.recovery_text(store_key.make_key())
    dialog = RecoveryKeyDialog(shown, in_keyring=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key.text().replace("\n", "") == shown
    place = dialog.findChild(type(dialog.key), "key_place").text()
    kept = RecoveryKeyDialog(shown, in_keyring=True)
    qtbot.addWidget(kept)
    assert place != kept.findChild(type(dialog.key), "key_place").text()
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Esc does not skip it
    dialog.written.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_show_recovery_key_once_for_a_new_store(qtbot, store, monkeypatch):
    if not store.is_sqlite:
        assert store.recovery_key is None
        return
    seen = []
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda self: seen.append(self.key.text()))
    show_recovery_key(None, store)
    show_recovery_key(None, store)
    assert len(seen) == 1 and store_key.parse_recovery(seen[0]) == store.key
    assert store.recovery_key is None  # not kept in memory after it was shown


def test_asking_for_the_key_says_what_was_wrong(qtbot, danish):
    needed = AskKeyDialog(StoreKeyNeeded("/data/akutdesk.sqlite3"))
    qtbot.addWidget(needed)
    assert any(
        "/data/akutdesk.sqlite3" in label.text()
        for label in needed.findChildren(type(needed.message))
    )
    assert needed.message.isHidden()  # the first time there is nothing wrong yet
    wrong = AskKeyDialog(StoreKeyWrong("/data/akutdesk.sqlite3"))
    qtbot.addWidget(wrong)
    assert not wrong.message.isHidden() and "/data/akutdesk.sqlite3" in wrong.message.text()
    wrong.key.setText("  abcd-efgh ")
    assert wrong.typed() == "abcd-efgh"
    errors = (StoreKeyNeeded("x"), StoreKeyWrong("x"), RecoveryKeyInvalid())
    assert all(is_key_error(e) for e in errors)
    assert not is_key_error(RuntimeError("other"))


def test_a_plain_store_is_offered_encryption_in_the_status_bar(window, ctx, tmp_path):
    from app.db import migrate
    from app.db.store import Store
    from app.views.shell.launch import say_if_not_encrypted

    say_if_not_encrypted(window, ctx.store)
    assert "akutdesk encrypt" not in window.statusBar().currentMessage()
    plain = Store.sqlite(tmp_path / "plain" / "akutdesk.sqlite3")
    migrate.ensure_current(plain, None)
    say_if_not_encrypted(window, plain)
    plain.dispose()
    assert "akutdesk encrypt" in window.statusBar().currentMessage()


START = r"""
import sys
from app import paths
from app.cli.main import build_parser, launch_options
from app.views.admin import store_key as dialogs
from app.views.shell import launch

answers = iter(sys.argv[2:])


def ask(parent, problem):
    print("asked", problem.code, flush=True)
    return next(answers)


dialogs.ask_recovery_key = ask
paths.init(sys.argv[1])
sys.exit(launch.run_gui(launch_options(build_parser().parse_args(["--data-dir", sys.argv[1]]))))
"""


def test_start_up_asks_for_the_key_the_keyring_lacks_and_opens(data_dir, capsys):
    """The real start-up (launch.run_gui in a process of its own, bench mode: no login
    dialog) on a machine without a keyring: a wrong recovery key is typed first, then the
    right one; the store opens."""
    import os
    import subprocess
    import sys

    from app.cli.main import main

    assert main(["demo", "--citizens", "2"]) == 0
    recovery = next(
        line.strip() for line in capsys.readouterr().err.splitlines() if line.count("-") == 13
    )
    wrong = store_key.recovery_text(store_key.make_key())
    env = dict(os.environ, AKUTDESK_BENCH_STARTUP="1", QT_QPA_PLATFORM="offscreen")
    env.pop(store_key.ENV_KEY, None)
    done = subprocess.run(
        [sys.executable, "-c", START, str(data_dir), wrong, recovery],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [
        line if line.startswith("asked") else line.split()[0]  # "store-ready 0.41" etc.
        for line in done.stdout.splitlines()
    ]
    assert lines == [
        "window-shown",
        "asked store_key_needed",
        "asked store_key_wrong",
        "store-open",
        "signed-in",
        "store-ready",
    ]
