"""The backups dialog (Administration → This workstation) and the automatic backups."""

from __future__ import annotations

import os

from app.services import citizens
from app.services.admin import backup
from app.services.citizens import CitizenInput
from app.views.admin.backups import BackupsDialog


def shot(widget, name: str) -> None:
    """AKUTDESK_SHOTS=folder keeps a picture of the dialog to look at."""
    folder = os.environ.get("AKUTDESK_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def test_list_back_up_now_and_restore(qtbot, danish, window, ctx):
    page = window.show_page("admin")
    page.tabs.setCurrentWidget(page.workstation)
    dialog = page.workstation.open_backups()
    qtbot.addWidget(dialog)
    if not ctx.store.is_sqlite:
        assert "pg_dump" in dialog.message.text() and "docs/backups.md" in dialog.message.text()
        assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
        shot(dialog, "backups-postgresql.png")
        return
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.restore_button.isEnabled()
    citizens.register_citizen(ctx, CitizenInput("0101500007", "Ane", "Hansen"))
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=5000)
    assert "Sikkerhedskopi taget" in dialog.message.text()
    item = dialog.tree.topLevelItem(0)
    assert (item.text(1), item.text(3)) == ("manuel", "ok")
    citizens.register_citizen(ctx, CitizenInput("0202600009", "Bo", "Jensen"))
    backup.create(ctx.store, "before-migration")
    dialog._load()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.restore_button.isEnabled()
    shot(dialog, "backups.png")

    asked, told, quit_calls = [], [], []
    dialog.confirm = lambda chosen: asked.append(chosen) or False
    dialog.restore_button.click()
    assert len(asked) == 1 and citizens.count_citizens(ctx) == 2  # said no: nothing happens

    dialog.confirm = lambda chosen: True
    dialog.tell = told.append
    dialog.quit_app = lambda: quit_calls.append(1)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: quit_calls == [1], timeout=10000)
    assert "lukker nu" in told[0]
    assert citizens.count_citizens(ctx) == 1
    assert backup.list_backups(ctx.store)[0].reason == "before-restore"


def test_a_refused_restore_is_shown_in_the_dialog(qtbot, danish, ctx, data_dir):
    if not ctx.store.is_sqlite:
        return
    (data_dir / "backups").mkdir(exist_ok=True)
    (data_dir / "backups" / "akutdesk-20261101-080000-manual.sqlite3").write_bytes(b"x" * 5000)
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItem(0).text(3) == "ikke kontrolleret"
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.confirm = lambda chosen: True
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=5000)
    assert "kan ikke gendannes" in dialog.message.text()


def test_a_restore_that_drops_posted_invoices_asks_whether_the_store_is_damaged(qtbot, danish, ctx):
    """D44 (issue #13): the invoices are named; "no" keeps the store, "yes" restores."""
    if not ctx.store.is_sqlite:
        return
    from tests.unit.test_invoice_integrity import _post_two

    chosen = backup.create(ctx.store, "manual")
    numbers = [p.number for p in _post_two(ctx)]
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    asked, quit_calls = [], []
    dialog.confirm = lambda _chosen: True
    dialog.confirm_damaged = lambda refused: asked.append(refused.invoices) or False
    dialog.tell = lambda _text: None
    dialog.quit_app = lambda: quit_calls.append(1)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=5000)
    assert asked == [tuple(numbers)] and ", ".join(numbers) in dialog.message.text()
    assert "#b00020" in dialog.message.styleSheet() and not quit_calls
    assert [b.name for b in backup.list_backups(ctx.store)] == [chosen.name]  # nothing done
    dialog.confirm_damaged = lambda refused: asked.append(refused.invoices) or True
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: quit_calls == [1], timeout=10000)
    assert backup.list_backups(ctx.store)[0].reason == "before-restore"
    assert _post_two(ctx)[0].number.endswith("-0003")


def test_automatic_backup_after_the_window_is_up(qtbot, window, ctx):
    from app.views.shell.launch import start_automatic_backups

    timer = start_automatic_backups(window, ctx.store, delay_ms=0)
    if not ctx.store.is_sqlite:
        assert timer is None
        return
    assert timer is not None and timer.isActive()
    qtbot.waitUntil(lambda: len(backup.list_backups(ctx.store)) == 1, timeout=5000)
    assert backup.list_backups(ctx.store)[0].reason == "start"
    qtbot.waitUntil(lambda: "Backup made" in window.statusBar().currentMessage(), timeout=5000)
    timer.stop()


def test_a_failed_automatic_backup_is_said_out_loud(qtbot, danish, window, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.errors import BackupFailed
    from app.messages import phrase
    from app.views.shell.launch import start_automatic_backups

    if not ctx.store.is_sqlite:
        return

    def failing(store, *, at_start):
        check = phrase("backup.check", check="database disk image is malformed")
        raise BackupFailed("akutdesk-x-start.sqlite3", check)

    monkeypatch.setattr(backup, "automatic", failing)
    start_automatic_backups(window, ctx.store, delay_ms=0).stop()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "backup_failed") is not None, timeout=5000
    )
    box = window.findChild(QMessageBox, "backup_failed")
    assert "automatiske sikkerhedskopi mislykkedes" in box.text() and "er slettet" in box.text()
    box.close()


def test_the_dialog_runs_backup_and_restore_through_run_op(qtbot, danish, ctx, data_dir, monkeypatch):  # fmt: skip
    """A backup made here is announced on the hub; a refused restore is said once, in the
    dialog, and no message box repeats it (issue #11)."""
    from PySide6.QtWidgets import QMessageBox

    from app.views.components.hub import hub

    if not ctx.store.is_sqlite:
        return
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))
    heard: list[set[str]] = []
    hub.changed.connect(heard.append)
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.back_up()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=5000)
    [made] = backup.list_backups(ctx.store)
    assert heard == [{"backup", f"backup:{made.name}"}]
    (data_dir / "backups" / "akutdesk-20261101-080000-manual.sqlite3").write_bytes(b"x" * 5000)
    dialog._load()
    broken = next(i for i, b in enumerate(dialog.backups) if not b.check)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(broken))
    dialog.confirm = lambda chosen: True
    dialog.restore_selected()
    qtbot.waitUntil(lambda: "kan ikke gendannes" in dialog.message.text(), timeout=5000)
    hub.changed.disconnect(heard.append)
    assert boxes == [] and len(heard) == 1 and dialog.backup_button.isEnabled()
