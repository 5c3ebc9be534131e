"""Building blocks for the sync tests (issue #15): a server store with its first user, and
office stores made from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import journal, migrate
from app.db.store import Store
from app.services.admin import setup
from app.services.security import users
from app.services.sync import office
from tests.conftest import PASSWORD, first_start_input

#: what a store's records are compared by (row ids and the name words are each store's own)
COMPARED = list(journal.catalogue().tables)


def server(url: str, data_dir: Path) -> Any:
    """A set-up server store and its first user's context."""
    if url.startswith("sqlite"):  # a plain file: the office opens it by its URL
        store = Store(url)
        migrate.upgrade(store)
    else:
        store, _ = setup.open_store(url, data_dir)
    return setup.first_start(store, first_start_input())


def new_office(server_url: str, folder: Path, name: str = "") -> Any:
    """An office store made from the server: opened, tied, first copy pulled, signed in."""
    store = Store(f"sqlite:///{folder / 'office.sqlite3'}")
    migrate.upgrade(store)
    office.setup(store, server_url, name)
    return users.sign_in(store, "KS", PASSWORD)


def snapshot(store: Any) -> dict[str, dict[str, Any]]:
    """Every synced record by table and uuid, as it travels (foreign keys as uuids)."""
    out: dict[str, dict[str, Any]] = {}
    with store.read() as session:
        for table in COMPARED:
            found = {}
            for row in session.execute(select(table)):
                values = dict(row._mapping)
                found[values["uuid"]] = journal.row_data(session, table, values)
            out[table.name] = found
    return out
