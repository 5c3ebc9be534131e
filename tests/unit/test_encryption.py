"""Encryption at rest (issue 7 §3, docs/encryption.md): a new SQLite store is encrypted with
SQLCipher under a random 256-bit key kept in the keyring; the recovery key opens it
anywhere; a copied store, the sqlite3 module and shell, and a wrong key cannot read it;
backups are encrypted; a plain store is encrypted with ``akutdesk encrypt``."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.cli.main import main
from app.db import migrate
from app.db.store import PLAIN_HEADER, Store, connect_file, file_header
from app.models import AuditEntry, Citizen
from app.services import citizens
from app.services.admin import backup, setup, store_key
from app.services.admin.store_key import (
    AlreadyEncrypted,
    RecoveryKeyInvalid,
    StoreKeyNeeded,
    StoreKeyWrong,
)
from app.services.citizens import CitizenInput
from app.services.security import users
from tests.conftest import PASSWORD, first_start_input

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
SQLITE3_SHELL = shutil.which("sqlite3")


def register(ctx, cpr: str) -> None:
    citizens.register_citizen(ctx, CitizenInput(cpr=cpr, first_name="Ane", last_name="Hansen"))


def no_keyring() -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


def copy_store(store: Store, folder: Path) -> Path:
    """The store file as another machine would get it: checkpointed, copied alone."""
    assert store.path is not None
    with closing(connect_file(store.path, store.key)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(store.path, folder / "akutdesk.sqlite3"))


# -- the recovery key ----------------------------------------------------------------------


def test_the_recovery_key_is_the_key_in_groups_with_a_check():
    key = store_key.make_key()
    shown = store_key.recovery_text(key)
    groups = shown.split("-")
    assert len(key) == 32 and len(groups) == 14 and {len(g) for g in groups} == {4}
    assert store_key.parse_recovery(shown) == key
    # typed by a person: lower case, spaces instead of dashes, 0/1/8 for O/I/B
    typed = shown.lower().replace("-", " ").replace("o", "0").replace("i", "1").replace("b", "8")
    assert store_key.parse_recovery(f"  {typed} ") == key
    wrong = ("A" if shown[0] != "A" else "B") + shown[1:]  # one letter mistyped
    for bad in (wrong, shown[:-5], shown + "-ABCD", "", "not a key at all"):
        with pytest.raises(RecoveryKeyInvalid):
            store_key.parse_recovery(bad)
    assert store_key.make_key() != key


# -- a new store ---------------------------------------------------------------------------


def test_a_new_sqlite_store_is_encrypted_and_its_key_is_in_the_keyring(store, memory_keyring):
    if not store.is_sqlite:
        assert store.key is None and not store.encrypted  # the server's disk, not AkutDesk
        return
    assert store.encrypted and len(store.key) == 32
    header = file_header(store.path)
    assert header != PLAIN_HEADER and len(header) == 16  # the SQLCipher salt
    assert memory_keyring.secrets == {("AkutDesk", f"store-key-{header.hex()}"): store.key.hex()}
    assert store.recovery_key and store_key.parse_recovery(store.recovery_key) == store.key
    assert store.key.hex() not in repr(store) and "encrypted" in repr(store)
    # the next start opens it from the keyring, and shows no recovery key again
    store.dispose()
    again, _ = setup.open_store(None, store.path.parent)
    assert again.key == store.key and again.recovery_key is None
    again.dispose()


def test_the_encrypted_file_is_unreadable_to_sqlite3_and_to_a_wrong_key(ctx, tmp_path):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    register(ctx, "0101500007")
    copied = copy_store(ctx.store, tmp_path / "elsewhere")
    with closing(sqlite3.connect(copied)) as conn, pytest.raises(sqlite3.DatabaseError) as plain:
        conn.execute("SELECT count(*) FROM citizens")
    assert "file is not a database" in str(plain.value)
    assert b"0101500007" not in copied.read_bytes() and b"Odense" not in copied.read_bytes()
    assert not store_key.plain_readable(copied)
    with pytest.raises(StoreKeyWrong, match="does not open the store"):
        setup.open_store(None, copied.parent, key=store_key.recovery_text(store_key.make_key()))
    with pytest.raises(StoreKeyWrong):
        store_key.verify(Store.sqlite(copied, key=store_key.make_key()))


@pytest.mark.skipif(not SQLITE3_SHELL, reason="no sqlite3 shell on this machine (apt sqlite3)")
def test_the_sqlite3_shell_cannot_read_it(ctx, tmp_path):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    copied = copy_store(ctx.store, tmp_path / "elsewhere")
    shown = subprocess.run(
        [str(SQLITE3_SHELL), str(copied), "SELECT count(*) FROM citizens;"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert shown.returncode != 0 and "file is not a database" in shown.stderr


def test_a_copied_store_opens_with_the_recovery_key_only(ctx, tmp_path, memory_keyring):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    register(ctx, "0101500007")
    recovery = store_key.recovery_text(ctx.store.key)
    copied = copy_store(ctx.store, tmp_path / "other-machine")
    memory_keyring.secrets.clear()  # the other machine's keyring knows nothing
    with pytest.raises(StoreKeyNeeded, match="recovery key"):
        setup.open_store(None, copied.parent)
    with pytest.raises(StoreKeyNeeded):
        Store.sqlite(copied)  # no key, no engine: never "file is not a database" later
    opened, _ = setup.open_store(None, copied.parent, key=recovery.lower())
    other = users.sign_in(opened, "KS", PASSWORD)
    assert citizens.count_citizens(other) == 1
    opened.dispose()
    again, _ = setup.open_store(None, copied.parent)  # the typed key was remembered
    assert again.key == ctx.store.key
    again.dispose()


def test_without_a_keyring_the_recovery_key_is_asked_for(tmp_path, monkeypatch):
    no_keyring()
    made, _ = setup.open_store(None, tmp_path / "headless")
    recovery = made.recovery_key
    assert made.encrypted and recovery and not store_key.in_keyring(made.path)
    setup.first_start(made, first_start_input())
    made.dispose()
    with pytest.raises(StoreKeyNeeded):
        setup.open_store(None, tmp_path / "headless")
    monkeypatch.setenv(store_key.ENV_KEY, recovery)
    opened, _ = setup.open_store(None, tmp_path / "headless")
    assert opened.key == made.key and setup.is_initialised(opened)
    opened.dispose()


def test_savepoints_and_rollback_work_on_an_encrypted_store(ctx):
    """The BEGIN handling (store.py) is the same on SQLCipher: a failed nested block rolls
    back only itself, a failed session everything."""
    register(ctx, "0101500007")
    with ctx.store.session() as session:
        session.execute(text("UPDATE citizens SET first_name = 'Bo'"))
        with pytest.raises(RuntimeError), session.begin_nested():
            session.execute(text("DELETE FROM citizens"))
            raise RuntimeError("undo the nested block")
    with pytest.raises(RuntimeError), ctx.store.session() as session:
        session.execute(text("DELETE FROM citizens"))
        raise RuntimeError("undo everything")
    with ctx.store.read() as session:
        assert list(session.scalars(select(Citizen.first_name))) == ["Bo"]


# -- backups -------------------------------------------------------------------------------


def test_backups_of_an_encrypted_store_are_encrypted_checked_and_restorable(ctx, tmp_path):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only")
    register(ctx, "0101500007")
    made = backup.create(ctx.store, "manual")
    assert made.encrypted and made.check == "ok" and made.schema == migrate.HEAD
    assert file_header(made.path) not in (PLAIN_HEADER, file_header(ctx.store.path))  # own salt
    assert not store_key.plain_readable(made.path)
    assert backup.quick_check(made.path, ctx.store.key) == "ok"
    assert "not a database" in backup.quick_check(made.path, store_key.make_key())
    assert "not a database" in backup.quick_check(made.path)
    assert [b.encrypted for b in backup.list_backups(ctx.store)] == [True]
    register(ctx, "0202600009")
    done = backup.restore(ctx.store, made.path, by="KS")
    assert done.integrity == "ok" and citizens.count_citizens(ctx) == 1
    assert done.safety is not None and done.safety.encrypted
    # a backup with another store's key is refused, nothing changed
    other, _ = setup.open_store(None, tmp_path / "other")
    foreign = backup.create(other, "manual", folder=tmp_path / "other-backups")
    other.dispose()
    with pytest.raises(backup.RestoreRefused, match="key does not open it"):
        backup.restore(ctx.store, foreign.path)
    assert citizens.count_citizens(ctx) == 1


# -- encrypting a plain store --------------------------------------------------------------


def plain_store(folder: Path) -> Store:
    """A store as AkutDesk before encryption made it (and as the fixtures are)."""
    store = Store.sqlite(folder / "akutdesk.sqlite3")
    migrate.ensure_current(store, backup.before_migration(folder / "backups"))
    return store


def test_encrypt_turns_a_plain_store_into_an_encrypted_one(data_dir, memory_keyring):
    plain = plain_store(data_dir)
    ctx = setup.first_start(plain, first_start_input())
    register(ctx, "0101500007")
    old = backup.create(plain, "manual")
    assert store_key.file_state(plain.path) == "plain" and not old.encrypted
    done = store_key.encrypt(ctx)
    assert store_key.file_state(done.path) == "encrypted" and done.in_keyring
    assert not store_key.plain_readable(done.path)
    assert set(done.plain_backups) == {old.path, done.safety}
    key = store_key.parse_recovery(done.recovery_key)
    opened, _ = setup.open_store(None, data_dir)  # from the keyring
    assert opened.key == key
    ctx = users.sign_in(opened, "KS", PASSWORD)
    assert citizens.count_citizens(ctx) == 1
    with opened.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "encrypt")).one()
    assert entry.after["safety_backup"] == done.safety.name and entry.user_id == ctx.user_id
    with pytest.raises(AlreadyEncrypted):
        store_key.encrypt(ctx)
    # the plain backup from before still restores — into the encrypted store
    register(ctx, "0202600009")
    restored = backup.restore(opened, old.path, by="KS")
    assert restored.integrity == "ok" and citizens.count_citizens(ctx) == 1
    assert store_key.file_state(opened.path) == "encrypted"
    opened.dispose()


def test_the_plain_fixture_stores_still_open_and_stay_plain(tmp_path, data_dir):
    copy = tmp_path / "fixture" / "akutdesk.sqlite3"
    copy.parent.mkdir()
    shutil.copy(FIXTURES / f"{migrate.REVISIONS[0]}.sqlite3", copy)
    opened, result = setup.open_store(None, copy.parent)
    assert not opened.encrypted and result is not None and result.after == migrate.HEAD
    assert store_key.file_state(copy) == "plain" and store_key.plain_readable(copy)
    opened.dispose()


# -- the command line ----------------------------------------------------------------------


def test_cli_wrong_or_missing_key_is_one_line_not_a_traceback(data_dir, capsys, monkeypatch):
    assert main(["demo", "--citizens", "3"]) == 0
    err = capsys.readouterr().err
    assert "recovery key" in err and "keyring" in err
    recovery = next(line.strip() for line in err.splitlines() if line.count("-") == 13)
    no_keyring()
    assert main(["info"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("akutdesk: The store") and "AKUTDESK_STORE_KEY" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv(store_key.ENV_KEY, store_key.recovery_text(store_key.make_key()))
    assert main(["info"]) == 1
    err = capsys.readouterr().err
    assert "The key does not open the store" in err and "Traceback" not in err
    monkeypatch.setenv(store_key.ENV_KEY, recovery)
    assert main(["info"]) == 0
    assert "Citizens: 3" in capsys.readouterr().out
    assert main(["store-key"]) == 0
    assert "Encrypted with SQLCipher" in capsys.readouterr().out


def test_cli_encrypt(data_dir, capsys):
    plain = plain_store(data_dir)
    setup.first_start(plain, first_start_input())
    plain.dispose()
    assert main(["store-key"]) == 0
    assert "Not encrypted" in capsys.readouterr().out
    assert main(["encrypt", "--yes", "--delete-plain-backups"]) == 0
    out = capsys.readouterr().out
    assert "Encrypted" in out and "Deleted 1 unencrypted backups" in out
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 13)
    assert store_key.parse_recovery(recovery)
    assert store_key.file_state(data_dir / "akutdesk.sqlite3") == "encrypted"
    assert list((data_dir / "backups").glob("*.sqlite3")) == []  # no plain copy left
    assert main(["encrypt", "--yes"]) == 1
    assert "already encrypted" in capsys.readouterr().err


def test_cli_asks_for_the_recovery_key_at_a_terminal(data_dir, capsys, monkeypatch):
    import getpass
    import sys

    no_keyring()
    assert main(["demo", "--citizens", "2"]) == 0
    err = capsys.readouterr().err
    recovery = next(line.strip() for line in err.splitlines() if line.count("-") == 13)
    store_key.forget(data_dir / "akutdesk.sqlite3")  # the demo's key file (#16): gone
    answers = iter(["ABCD-EFGH", store_key.recovery_text(store_key.make_key()), recovery])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(answers))
    assert main(["info"]) == 0
    err = capsys.readouterr().err
    assert "keyring does not hold its key" in err  # then the typo, then the wrong key
    assert "not a recovery key" in err and "does not open the store" in err
    assert next(answers, None) is None
