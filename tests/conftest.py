"""Shared fixtures. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os

# The offscreen screen is a 1366×768 laptop's (issue #12): what a window can use under a
# 31 px title bar and above a 40 px task bar (tests/laptop_screen.json). A platform set with
# options of its own is left as it is.
os.environ["QT_QPA_PLATFORM"] = (
    "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "laptop_screen.json")
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
    else os.environ["QT_QPA_PLATFORM"]
)

import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from app import paths

PG_URL = os.environ.get("AKUTDESK_TEST_PG_URL", "")
# The password of every user the fixtures make: the demo users' one (app/services/
# demo_users.py), so the command line (AKUTDESK_PASSWORD) signs in on fixture and demo stores.
PASSWORD = "akutdesk-demo"
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
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with tiny parameters: the real ones (64 MiB, ~0.1 s a hash) would make
    every fixture store slow; tests/unit/test_passwords.py checks the real parameters."""
    from argon2 import PasswordHasher

    from app.services.security import passwords

    monkeypatch.setattr(
        passwords, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--rule-coverage",
        action="store_true",
        help="with --cov: fail unless every line of the pure rule modules ran "
        "(tests/rule_coverage.py; make test passes both)",
    )


def pytest_configure(config: pytest.Config) -> None:
    from tests import oioubl_check

    oioubl_check.install()
    if config.getoption("--rule-coverage") and not config.getoption("cov_source", None):
        raise pytest.UsageError("--rule-coverage needs --cov (make test passes both)")


_RULE_REPORT = pytest.StashKey[list[str]]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> Generator[None, object, object]:
    """Outside pytest-cov's own wrapper: by now the coverage data of the run is complete."""
    result = yield
    config = session.config
    if config.getoption("--rule-coverage") and not config.option.collectonly:
        from tests import rule_coverage

        report = rule_coverage.enforce(session)
        config.stash[_RULE_REPORT] = report
    return result


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """After the coverage table: the rule modules' verdict (tests/rule_coverage.py)."""
    lines = config.stash.get(_RULE_REPORT, [])
    if lines:
        terminalreporter.section("rule coverage", bold=True)
    for line in lines:
        terminalreporter.write_line(line)


@pytest.fixture(autouse=True)
def oioubl_documents() -> Iterator[None]:
    """Every OIOUBL document app.einvoice.oioubl.invoice_xml makes during a test is checked
    afterwards against the official schema and schematron (tests/oioubl_check.py)."""
    from tests import oioubl_check

    oioubl_check.produced.clear()
    yield
    oioubl_check.check_produced()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory (settings, SQLite file, backups)."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    monkeypatch.delenv("AKUTDESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("AKUTDESK_STORE_KEY", raising=False)  # stores are keyed by the keyring
    monkeypatch.setenv("AKUTDESK_PASSWORD", PASSWORD)
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


def wait_for_background_work(timeout: float = 30.0) -> None:
    """GUI pages load in Qt's thread pool: let every job report back before a test's store is
    disposed, so no worker keeps a database connection into the next test."""
    import sys
    import time

    tasks = sys.modules.get("app.views.components.tasks")
    if tasks is None:
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    deadline = time.perf_counter() + timeout
    while tasks.pending() and app is not None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)


@pytest.fixture
def store(database_url: str, data_dir: Path):  # type: ignore[no-untyped-def]
    from app.services.admin import setup

    opened, _ = setup.open_store(database_url, data_dir)
    yield opened
    wait_for_background_work()
    opened.dispose()


def first_start_input(**overrides):  # type: ignore[no-untyped-def]
    from app.services.admin.reference import MunicipalityInput
    from app.services.admin.setup import FirstStartInput

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
        "password": PASSWORD,
    }
    values.update(overrides)
    return FirstStartInput(**values)


@pytest.fixture
def ctx(store):  # type: ignore[no-untyped-def]
    from app.services.admin import setup

    return setup.first_start(store, first_start_input())


@pytest.fixture
def other_ctx(ctx):  # type: ignore[no-untyped-def]
    """A second user on the same store (for optimistic-locking stories), with every role."""
    from app.services.kernel.permissions import ROLES
    from app.services.security import users

    users.add_user(ctx, "Peter Visitator", "PV", ROLES, PASSWORD)
    return users.sign_in(ctx.store, "PV", PASSWORD)
