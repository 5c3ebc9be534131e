"""A full disk under the SQLite store (issue #13 §8): every write is refused with one typed
error (StoreFull) and rolled back — before, "database or disk is full" ended 7 of 8
commands in a traceback, even a wrong password, whose audit entry could not be written.

The full disk is SQLite's own: ``PRAGMA max_page_count`` at the file's current size makes
every write that needs a new page fail with SQLITE_FULL, exactly as a full disk does."""

from __future__ import annotations

import errno
import json
import os

import pytest
from sqlalchemy import event, func, select, text

from app.cli.main import main
from app.errors import StoreFull
from app.models import Citizen
from app.services import citizens
from app.services.citizens import CitizenInput
from app.services.security import users
from app.services.security.users import SignInRefused

from ..conftest import PASSWORD


def _fill_the_disk(store) -> None:
    with store.read() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()

    @event.listens_for(store.engine, "connect")
    def limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store.dispose()  # kept connections were made without the limit


def _register(ctx, n: int, address: str = "Vej " * 200) -> None:
    cpr = f"{1 + n % 28:02d}{1 + n // 28 % 12:02d}50{4000 + n:04d}"
    citizens.register_citizen(
        ctx, CitizenInput(cpr=cpr, first_name="Fuld", last_name="Disk", address=address)
    )


def test_a_full_disk_refuses_each_write_and_keeps_the_ones_before(ctx):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite's file")
    _fill_the_disk(ctx.store)
    saved = 0
    with pytest.raises(StoreFull) as refused:
        for n in range(500):
            _register(ctx, n)
            saved += 1
    assert refused.value.code == "store_disk_full"
    assert "nothing was saved" in refused.value.message
    with ctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Citizen)) == saved
    # a wrong password: its audit entry is written if it fits, else the same refusal
    with pytest.raises((SignInRefused, StoreFull)):
        users.sign_in(ctx.store, "KS", "wrong password")
    assert users.sign_in(ctx.store, "KS", PASSWORD).initials == "KS"  # reading still works


def test_the_command_line_says_one_line(data_dir, capsys, monkeypatch):
    from app.db import store as store_module

    assert main(["demo", "--citizens", "0"]) == 0
    capsys.readouterr()
    opened = store_module.Store.__init__

    def full_store(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened(self, *args, **kwargs)
        if self.is_sqlite:
            _fill_the_disk(self)

    monkeypatch.setattr(store_module.Store, "__init__", full_store)
    assert main(["demo", "--citizens", "50"]) == 1
    err = capsys.readouterr().err.strip()
    assert "disk holding the store is full" in err and "Traceback" not in err
    assert err.count("\n") == 0


# -- the commands of the issue on a full disk -------------------------------------------------

COMMANDS = {
    "import": ["import", "{import}"],
    "wrong password": ["audit", "verify"],
    "worklist --pdf": ["worklist", "--pdf", "{out}/day.pdf"],
    "export": ["export", "{out}/all.json", "--reason", "test"],
    "audit export": ["audit", "export", "--out", "{out}/audit.csv"],
    "certificate import": ["certificate", "import", "--passphrase-env", "P", "{p12}"],
    "tariffs add-version": ["tariffs", "add-version", "{tariff}"],
}


def _fill_up(data_dir) -> None:  # type: ignore[no-untyped-def]
    from app.services.admin import setup

    store, _ = setup.open_store(None, data_dir)
    _fill_the_disk(store)
    ctx = users.sign_in(store, "DEMO", PASSWORD)
    for i, address in enumerate(("Vej " * 200, "Vej", "")):
        with pytest.raises(StoreFull):
            for n in range(1000 * i, 1000 * (i + 1)):
                _register(ctx, n, address)
    store.dispose()


def _files(folder) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_command_on_a_full_disk_is_one_line_and_leaves_nothing(
    name, data_dir, tmp_path, capsys, monkeypatch
):
    """The issue's full disk ended 7 of 8 commands in a traceback (a wrong password too: its
    audit entry could not be written) and left 0-byte .pdf, .csv.tmp and .p12.tmp files.
    Here the store is full (SQLite's max_page_count) and so is every file (ENOSPC)."""
    from app.db import store as store_module

    from .signing_helpers import PASSPHRASE, p12

    assert main(["demo", "--citizens", "3", "--courses", "2"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    given = {
        "out": str(out),
        "p12": str(p12(tmp_path)),
        "import": str(tmp_path / "in.json"),
        "tariff": str(tmp_path / "tariff.json"),
    }
    records = [{"cpr": "0101500007", "first_name": "Fuld", "last_name": "Disk"}]
    document = {"format": "akutdesk-exchange", "version": 1, "citizens": records}
    (tmp_path / "in.json").write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    assert main(["tariffs", "list", "--json"]) == 0
    [pilot] = json.loads(capsys.readouterr().out)
    pilot["label"], pilot["valid_from"] = "Takst 2023", "2023-01-01"
    (tmp_path / "tariff.json").write_text(json.dumps(pilot), encoding="utf-8")
    before = _files(data_dir)
    opened = store_module.Store.__init__

    def full_store(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened(self, *args, **kwargs)
        if self.is_sqlite:
            _fill_the_disk(self)

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_module.Store, "__init__", full_store)
    monkeypatch.setattr(os, "write", full)
    monkeypatch.setattr(os, "fsync", full)
    monkeypatch.setenv("P", PASSPHRASE)
    if name == "wrong password":
        monkeypatch.setenv("AKUTDESK_PASSWORD", "wrong password")
    code = main([a.format(**given) for a in COMMANDS[name]])
    monkeypatch.undo()
    err = capsys.readouterr().err.strip()
    assert code == 1 and err.count("\n") == 0 and "Traceback" not in err, err
    assert list(out.iterdir()) == []
    assert _files(data_dir) == before  # no 0-byte file, no .tmp (an empty folder may stay)


def test_a_store_on_a_full_disk_that_cannot_even_be_opened_says_the_disk_is_full(
    data_dir, capsys, monkeypatch
):
    """A disk full to the last byte: SQLite cannot make the store's -shm and -wal files
    and answers only "disk I/O error"; that said "cannot be opened … Check that this user
    may read and write the file", which sends the user to the permissions. SQLite's answer
    is given by a stand-in connection, the free space by a stand-in disk_usage."""
    import shutil
    from collections import namedtuple

    import sqlcipher3

    from app.services.admin import store_key

    assert main(["demo", "--citizens", "0"]) == 0
    capsys.readouterr()

    class Refusing:
        def execute(self, *_: object) -> None:
            raise sqlcipher3.OperationalError("disk I/O error")

        def close(self) -> None:
            pass

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(store_key, "connect_cipher", lambda *a, **k: Refusing())
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(4096, 4096, 0))
    assert main(["info"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "akutdesk: The disk holding the store is full: nothing was saved. Free some space, then try again."  # fmt: skip
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 0, 10**9))
    assert main(["info"]) == 1
    assert "cannot be opened (disk I/O error)" in capsys.readouterr().err
