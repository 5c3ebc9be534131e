"""Shared fixtures. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths

PG_URL = os.environ.get("AKUTDESK_TEST_PG_URL", "")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if PG_URL:
        return
    skip = pytest.mark.skip(reason="no PostgreSQL: set AKUTDESK_TEST_PG_URL (CI does)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def memory_keyring():  # type: ignore[no-untyped-def]
    """Every test gets an empty in-memory keyring (tests/memory_keyring.py)."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory (settings, SQLite file, backups)."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    monkeypatch.delenv("AKUTDESK_DATABASE_URL", raising=False)
    paths.init(folder)
    return folder


def _pg_database() -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"akutdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[str]:
    """An empty database: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{data_dir / 'akutdesk.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def store(database_url: str, data_dir: Path):  # type: ignore[no-untyped-def]
    from app.services import setup

    opened, _ = setup.open_store(database_url, data_dir)
    yield opened
    opened.dispose()


def first_start_input(**overrides):  # type: ignore[no-untyped-def]
    from app.services.reference import MunicipalityInput
    from app.services.setup import FirstStartInput

    values = {
        "municipality": MunicipalityInput(
            name="Odense Kommune",
            cvr="35209115",
            address="Flakhaven 2",
            postcode="5000",
            city="Odense C",
        ),
        "user_name": "Karen Sygeplejerske",
        "initials": "KS",
    }
    values.update(overrides)
    return FirstStartInput(**values)


@pytest.fixture
def ctx(store):  # type: ignore[no-untyped-def]
    from app.services import setup

    return setup.first_start(store, first_start_input())


@pytest.fixture
def other_ctx(ctx):  # type: ignore[no-untyped-def]
    """A second user on the same store (for optimistic-locking stories)."""
    from app.services import users

    users.add_user(ctx, "Peter Visitator", "PV")
    return users.sign_in(ctx.store, "PV")
