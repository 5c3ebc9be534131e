"""Backups (issue 7 §4): checked copies with the online backup API, generations, restore
with a safety copy first and an audit entry; PostgreSQL refused with the pg_dump advice;
a SQLite store on a network drive refused."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.db import migrate
from app.db import network as store_module
from app.db.store import Store, connect_file
from app.errors import (
    BackupFailed,
    BackupNotSupported,
    NetworkStoreRefused,
    RestoreRefused,
)
from app.models import AuditEntry
from app.services import citizens
from app.services.admin import backup, setup
from app.services.citizens import CitizenInput

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
UTC = dt.UTC


def register(ctx, cpr: str, last_name: str = "Hansen") -> None:
    citizens.register_citizen(ctx, CitizenInput(cpr=cpr, first_name="Ane", last_name=last_name))


def cprs(ctx) -> set[str]:
    with closing(connect_file(ctx.store.path, ctx.store.key)) as conn:
        return {row[0] for row in conn.execute("SELECT cpr FROM citizens")}


# -- making and listing --------------------------------------------------------------------


def test_a_backup_is_a_checked_copy_named_by_time_and_reason(ctx, data_dir):
    if not ctx.store.is_sqlite:
        with pytest.raises(BackupNotSupported) as refused:
            backup.create(ctx.store, "manual")
        assert "pg_dump" in refused.value.message and "docs/backups.md" in refused.value.message
        with pytest.raises(BackupNotSupported):
            backup.list_backups(ctx.store)
        with pytest.raises(BackupNotSupported):
            backup.restore(ctx.store, data_dir / "x.sqlite3")
        return
    register(ctx, "0101500007")
    made = backup.create(ctx.store, "manual")
    assert made.path.parent == data_dir / "backups"
    assert made.name.startswith("akutdesk-") and made.name.endswith("-manual.sqlite3")
    assert made.check == "ok" and made.schema == migrate.HEAD and made.size > 0
    with closing(connect_file(made.path, ctx.store.key)) as conn:
        assert conn.execute("SELECT cpr FROM citizens").fetchall() == [("0101500007",)]
        # one self-contained file: no WAL flag, so it opens read-only anywhere
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    listed = backup.list_backups(ctx.store)
    assert [(b.name, b.reason, b.check, b.size) for b in listed] == [
        (made.name, "manual", "ok", made.size)
    ]
    assert abs(listed[0].created - made.created) < dt.timedelta(seconds=1)


def test_a_backup_that_fails_its_check_is_deleted_and_reported(ctx, data_dir, monkeypatch):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    for n in range(30):
        register(ctx, f"0101{50 + n:02d}0007", last_name=f"Navn{'x' * 200}"[:90])
    copy = backup.copy_online

    def damaged_copy(source: Path, target: Path, key: bytes | None = None) -> None:
        copy(source, target, key)
        with target.open("r+b") as file:  # overwrite pages in the middle with noise
            file.seek(4096 * 3)
            file.write(b"\xa5" * 4096 * 4)

    monkeypatch.setattr(backup, "copy_online", damaged_copy)
    with pytest.raises(BackupFailed) as failed:
        backup.create(ctx.store, "manual")
    assert "was deleted" in failed.value.message
    assert list((data_dir / "backups").iterdir()) == []
    monkeypatch.setattr(backup, "copy_online", copy)
    assert backup.create(ctx.store, "manual").check == "ok"


def test_generations_rotate_but_migration_and_restore_backups_stay(ctx, data_dir):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    kept = [
        backup.create(ctx.store, "before-migration"),
        backup.create(ctx.store, "before-restore"),
    ]
    made = [backup.create(ctx.store, reason, keep=3) for reason in ("start", "daily") * 3]
    names = {b.name for b in backup.list_backups(ctx.store)}
    assert names == {b.name for b in kept + made[-3:]}
    assert len(names) == 5  # names are unique within one second too
    assert not any(p.name.endswith(".json") and not Path(str(p)[:-5]).exists() for p in
                   (data_dir / "backups").iterdir())  # fmt: skip


def test_generations_default_to_14_and_come_from_the_workstation_settings(data_dir):
    from app import settings

    assert backup.generations() == 14
    settings.put("backup_generations", 30)
    assert backup.generations() == 30


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, tzinfo=UTC)


def made(reason: str, moment: dt.datetime, check: str = "ok") -> backup.BackupInfo:
    return backup.BackupInfo(Path("x.sqlite3"), moment, reason, 1, check, "")


def test_when_automatic_backups_are_due():
    due = backup.due
    assert due([], at(3, 8), at_start=True) == "start"
    assert due([made("start", at(3, 7))], at(3, 8), at_start=True) is None
    # the day is Copenhagen's: 23:30 UTC on the 2nd is already the 3rd in Denmark
    assert due([made("start", at(2, 23).replace(minute=30))], at(3, 8), at_start=True) is None
    assert due([made("start", at(2, 20))], at(3, 8), at_start=True) == "start"
    assert due([made("manual", at(3, 7))], at(3, 8), at_start=True) == "start"
    assert due([], at(3, 8), at_start=False) == "daily"
    assert due([made("start", at(3, 7))], at(4, 6), at_start=False) is None
    assert due([made("start", at(3, 7))], at(4, 7), at_start=False) == "daily"
    assert due([made("manual", at(4, 1))], at(4, 7), at_start=False) is None
    assert due([made("manual", at(4, 1), check="")], at(4, 7), at_start=False) == "daily"


def test_automatic_backup_once_a_day_at_start(ctx, data_dir):
    made_now = backup.automatic(ctx.store, at_start=True)
    if not ctx.store.is_sqlite:
        assert made_now is None
        return
    assert made_now is not None and made_now.reason == "start"
    assert backup.automatic(ctx.store, at_start=True) is None
    assert backup.automatic(ctx.store, at_start=False) is None
    later = made_now.created + dt.timedelta(hours=25)
    assert backup.automatic(ctx.store, at_start=False, now=later).reason == "daily"


def test_a_migration_makes_a_checked_before_migration_backup(tmp_path, data_dir):
    copy = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"{migrate.REVISIONS[0]}.sqlite3", copy)
    opened, result = setup.open_store(f"sqlite:///{copy}", data_dir)
    assert result is not None and result.backup is not None
    listed = backup.list_backups(opened)
    assert [(b.path, b.reason, b.check, b.schema) for b in listed] == [
        (result.backup, "before-migration", "ok", migrate.REVISIONS[0])
    ]
    opened.dispose()


# -- restoring -----------------------------------------------------------------------------


def test_restore_puts_the_backup_back_after_a_safety_copy(ctx, data_dir):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    register(ctx, "0101500007")
    chosen = backup.create(ctx.store, "manual")
    register(ctx, "0202600009")
    with closing(connect_file(ctx.store.path, ctx.store.key)) as watcher:  # another open connection
        assert watcher.execute("SELECT count(*) FROM citizens").fetchone() == (2,)
        done = backup.restore(ctx.store, chosen.path, by="KS")
        assert watcher.execute("SELECT count(*) FROM citizens").fetchone() == (1,)
    assert done.integrity == "ok" and done.restored.name == chosen.name
    assert done.safety is not None and done.safety.reason == "before-restore"
    assert cprs(ctx) == {"0101500007"}
    with closing(connect_file(done.safety.path, ctx.store.key)) as conn:
        assert {r[0] for r in conn.execute("SELECT cpr FROM citizens")} == {
            "0101500007",
            "0202600009",
        }
    with ctx.store.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    assert entry.user_id == ctx.user_id and entry.entity == "store"
    assert entry.after["backup"] == chosen.name and entry.after["safety_backup"] == done.safety.name
    with closing(connect_file(ctx.store.path, ctx.store.key)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    # the store goes on working through the services
    register(ctx, "0303700001")
    assert cprs(ctx) == {"0101500007", "0303700001"}


def test_restore_of_an_older_backup_migrates_it(ctx, data_dir, tmp_path):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"{migrate.REVISIONS[0]}.sqlite3", old)
    done = backup.restore(ctx.store, old, by="FB")
    assert done.migrated_to == migrate.HEAD
    assert migrate.current_revision(ctx.store) == migrate.HEAD
    with ctx.store.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    assert entry.after["by"] == "FB" and entry.user_id is not None  # FB is the fixture's user


def test_restore_refuses_what_it_cannot_use_and_changes_nothing(ctx, data_dir, tmp_path):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    register(ctx, "0101500007")
    before = cprs(ctx)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x17" * 8000)
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE t (x)")
    newer = backup.create(ctx.store, "manual").path
    with closing(connect_file(newer, ctx.store.key)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    cases = {
        garbage: "integrity check",
        foreign: "not an AkutDesk store",
        newer: "newer AkutDesk",
        tmp_path / "missing.sqlite3": "no such file",
        ctx.store.path: "the store itself",
    }
    for path, reason in cases.items():
        with pytest.raises(RestoreRefused) as refused:
            backup.restore(ctx.store, path)
        assert reason in refused.value.message and "Nothing was changed" in refused.value.message
    assert cprs(ctx) == before
    assert [b.reason for b in backup.list_backups(ctx.store)] == ["manual"]  # no safety copies


def test_restore_into_a_missing_store_for_a_new_workstation(ctx, data_dir, tmp_path):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    register(ctx, "0101500007")
    chosen = backup.create(ctx.store, "manual")
    # a new workstation: the store is made with the backup's key (the recovery key, typed)
    fresh = Store.sqlite(tmp_path / "new" / "akutdesk.sqlite3", key=ctx.store.key)
    done = backup.restore(fresh, chosen.path)
    assert done.safety is None and done.integrity == "ok"
    with closing(connect_file(fresh.path, fresh.key)) as conn:
        assert conn.execute("SELECT cpr FROM citizens").fetchall() == [("0101500007",)]
    fresh.dispose()


# -- the command line ----------------------------------------------------------------------


def test_cli_backup_list_and_restore(data_dir, capsys, monkeypatch):
    assert main(["demo", "--citizens", "5"]) == 0
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    assert "quick_check: ok" in out and "-manual.sqlite3" in out
    assert main(["backup", "--reason", "daily"]) == 0
    assert main(["backups"]) == 0
    out = capsys.readouterr().out
    assert "2 backups in" in out and "daily" in out and "manual" in out
    chosen = next((data_dir / "backups").glob("*-manual.sqlite3"))

    def no_stdin(_prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", no_stdin)
    assert main(["restore", str(chosen)]) == 1
    assert "Nothing restored" in capsys.readouterr().err
    monkeypatch.setattr("builtins.input", lambda _prompt: "yes")
    assert main(["restore", str(chosen)]) == 0
    assert main(["restore", str(chosen), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "integrity_check: ok" in out and "before-restore" in out
    assert main(["info"]) == 0


@pytest.mark.postgres
def test_cli_on_postgresql_points_to_pg_dump(capsys):
    from tests.conftest import _pg_database

    databases = _pg_database()
    url = next(databases)
    try:
        for command in (["backup"], ["backups"], ["restore", "x.sqlite3", "--yes"]):
            assert main(["--database-url", url, *command]) == 1
            err = capsys.readouterr().err
            assert "pg_dump" in err and "docs/backups.md" in err
    finally:
        databases.close()


# -- a SQLite store on a network drive -----------------------------------------------------

PROC_MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//nas/akut /mnt/akut cifs rw,vers=3.0 0 0
fileserver:/export/home /home/shared nfs4 rw,relatime 0 0
/dev/vdb1 /mnt/akut/local\\040disk ext4 rw 0 0
me@host:/srv /mnt/ssh fuse.sshfs rw,nosuid 0 0
"""

BSD_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//karen@nas.kommune.dk/Akut on /Volumes/Akut Data (smbfs, nodev, nosuid, mounted by karen)
nas:/export on /Volumes/nfs (nfs, asynchronous)
"""


def test_mount_tables_are_parsed():
    mounts = store_module.parse_proc_mounts(PROC_MOUNTS)
    assert mounts["/mnt/akut/local disk"] == "ext4" and mounts["/mnt/ssh"] == "fuse.sshfs"
    kind = store_module.filesystem_of
    assert kind("/home/karen/.local/share/AkutDesk", mounts) == "ext4"
    assert kind("/mnt/akut/data", mounts) == "cifs"
    assert kind("/mnt/akut", mounts) == "cifs"
    assert kind("/mnt/akut/local disk/AkutDesk", mounts) == "ext4"
    assert kind("/mnt/akutx", mounts) == "ext4"  # a prefix of the name is not a mount point
    assert kind("/home/shared/akut", mounts) == "nfs4"
    bsd = store_module.parse_bsd_mount(BSD_MOUNT)
    assert bsd == {"/": "apfs", "/Volumes/Akut Data": "smbfs", "/Volumes/nfs": "nfs"}
    network = store_module.is_network_filesystem
    assert [t for t in ("ext4", "apfs", "ntfs", "cifs", "smb3", "nfs4", "fuse.sshfs", "smbfs",
                        "btrfs", "tmpfs", "fuseblk")
            if network(t)] == ["cifs", "smb3", "nfs4", "fuse.sshfs", "smbfs"]  # fmt: skip


def test_windows_unc_paths_and_mapped_drives():
    drives = {"C:\\": 3, "Z:\\": store_module.DRIVE_REMOTE}
    remote = lambda folder: store_module.is_windows_network_path(  # noqa: E731
        folder, lambda root: drives.get(root, 0)
    )
    assert remote(r"\\fileserver\akut\AkutDesk")
    assert remote("//fileserver/akut/AkutDesk")
    assert remote(r"\\?\UNC\fileserver\akut")
    assert remote(r"Z:\AkutDesk") and remote(r"z:\AkutDesk")
    assert not remote(r"C:\Users\karen\AppData\Local\AkutDesk")
    assert not remote(r"\\?\C:\Users\karen")
    assert remote(r"\\?\Z:\data")


def test_this_machine_s_data_folder_is_local(data_dir):
    assert not store_module.is_network_path(data_dir / "akutdesk.sqlite3")


def test_a_store_on_a_network_drive_is_refused(database_url, data_dir, monkeypatch):
    monkeypatch.setattr(store_module, "is_network_path", lambda path: True)
    if database_url.startswith("sqlite"):
        with pytest.raises(NetworkStoreRefused) as refused:
            setup.open_store(database_url, data_dir)
        assert "network drive" in refused.value.message and "PostgreSQL" in refused.value.message
        assert main(["info"]) == 1
        return
    opened, _ = setup.open_store(database_url, data_dir)  # PostgreSQL is the advice
    assert opened.describe().startswith("PostgreSQL")
    opened.dispose()
