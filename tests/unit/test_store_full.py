"""A full disk under the SQLite store (issue #13 §8): every write is refused with one typed
error (StoreFull) and rolled back — before, "database or disk is full" ended 7 of 8
commands in a traceback, even a wrong password, whose audit entry could not be written.

The full disk is SQLite's own: ``PRAGMA max_page_count`` at the file's current size makes
every write that needs a new page fail with SQLITE_FULL, exactly as a full disk does."""

from __future__ import annotations

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


def _register(ctx, n: int) -> None:
    cpr = f"{1 + n % 28:02d}{1 + n // 28 % 12:02d}50{4000 + n:04d}"
    citizens.register_citizen(
        ctx, CitizenInput(cpr=cpr, first_name="Fuld", last_name="Disk", address="Vej " * 200)
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
