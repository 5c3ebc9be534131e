"""First start: the municipality, the first user and (optionally) demo data.

Opening a store: migrate it to the current schema (backup first), then sign in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from app.db import migrate
from app.db.store import Store
from app.domain.problems import Problem
from app.errors import (
    AlreadyInitialised,
    DatabaseUnreachable,
    DatabaseUrlInvalid,
    InvalidInput,
)
from app.models import Municipality, StoreSetting, User
from app.services.admin import reference, store_key
from app.services.admin.reference import MunicipalityInput
from app.services.kernel import db_roles
from app.services.kernel.context import Context
from app.services.kernel.permissions import ROLES
from app.services.security import passwords, users


@dataclass(frozen=True)
class FirstStartInput:
    municipality: MunicipalityInput
    user_name: str
    initials: str
    load_demo: bool = False
    demo_citizens: int = 500
    # The first user's password (issue #7); they get every role (permissions.ROLES).
    password: str = ""


def open_store(
    url: str | None, data_dir: Path, *, key: str | None = None, key_file: bool = False
) -> tuple[Store, migrate.MigrationResult | None]:
    """Open the SQLite file in ``data_dir`` (or ``url``) and bring its schema up to date.
    A SQLite store is encrypted with its key, or made new with one (``key``: a typed recovery
    key; app/services/admin/store_key.py, issue 7 §3). ``key_file``: a new store's key is
    kept in a file readable only by this user where there is no keyring (issue #16)."""
    store = _open(url, data_dir, key, key_file)
    try:
        result = migrate.ensure_current(store, _backup_first(data_dir / "backups"))
        db_roles.ensure(store)  # PostgreSQL: the roles of the matrix (issue #13 §6)
    except OperationalError as exc:  # issue #13: one line, not the driver's traceback
        store.dispose()
        detail = str(exc.orig or exc).strip().splitlines()[0]
        if store.path is not None:
            raise store_key.unopenable(store.path, detail) from exc
        raise DatabaseUnreachable(store.describe(), detail) from exc
    except BaseException:
        store.dispose()
        raise
    return store, result


def _backup_first(folder: Path) -> migrate.BackupStep:
    """The checked copy of an outdated store before it is migrated; the backups' module
    loads only when one is due (a current store opens with a version read: issue #17)."""

    def step(store: Store) -> Path:
        # lazy: start-up (the backups' module only when a migration is due)
        from app.services.admin import backup

        return backup.before_migration(folder)(store)

    return step


def parse_url(url: str) -> URL:
    """A database address AkutDesk can use — SQLite or PostgreSQL; any other is refused
    naming only its scheme (the rest may hold a password; issue #13)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is no number
        raise DatabaseUrlInvalid(url.partition("://")[0]) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUrlInvalid(parsed.drivername)
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        raise DatabaseUrlInvalid(parsed.drivername)  # a store in memory: gone when it closes
    return parsed


def _open(url: str | None, data_dir: Path, key: str | None, key_file: bool = False) -> Store:
    """The store: SQLite (the data folder's file, or a sqlite:/// URL) or PostgreSQL."""
    parsed = parse_url(url) if url else None
    if parsed is None or (parsed.get_backend_name() == "sqlite" and parsed.database):
        path = Path(parsed.database) if parsed and parsed.database else None
        return store_key.open_sqlite(path or data_dir / "akutdesk.sqlite3", key, key_file=key_file)
    return Store(url or "")  # PostgreSQL: encrypted on the server's disk, not here


def is_initialised(store: Store) -> bool:
    with store.read() as session:
        return session.scalars(select(Municipality.id)).first() is not None and (
            session.scalars(select(User.id)).first() is not None
        )


#: Loads demo data into a store just set up: ``populate(ctx, citizens)`` (the window passes
#: app.demo; the use cases do not import the demo data, which is built on them).
Populate = Callable[[Context, int], object]


def check_first_start(data: FirstStartInput) -> list[Problem]:
    """What is wrong with ``data`` (no warnings), checked without a store: ``akutdesk
    setup`` refuses before the store file is made (issue #16)."""
    problems = (
        reference.validate_municipality(data.municipality.normalised())
        + users.validate_user(data.user_name, data.initials)
        + passwords.validate(data.password)
    )
    return [p for p in problems if not p.warning]


def first_start(
    store: Store, data: FirstStartInput, *, populate: Populate | None = None
) -> Context:
    """Create the municipality, the four Region Syddanmark units and the first user in one
    transaction; every record stores who made it (the first user makes themself). With
    ``data.load_demo`` the store is marked as a demo store and ``populate`` then fills it."""
    if data.load_demo and populate is None:
        raise ValueError("load_demo needs a populate step (app.demo.generate.load_demo)")
    municipality = data.municipality.normalised()
    problems = check_first_start(data)
    if problems:
        raise InvalidInput(problems)
    with store.session() as session:
        if session.scalars(select(Municipality.id)).first() is not None:
            raise AlreadyInitialised()
        user = users.add_user_in_session(
            session, Context(store, None), data.user_name, data.initials, ROLES, data.password
        )
        user.created_by_id = user.updated_by_id = user.id
        bound = db_roles.bind(store, user.id, user.initials, frozenset(ROLES))
        ctx = Context(bound, user.id, user.initials, frozenset(ROLES))
        reference.create_municipality_in_session(session, ctx, municipality)
        reference.add_default_units(session, ctx)
        session.add(StoreSetting(key="demo", value=bool(data.load_demo)))
    if data.load_demo and populate is not None:
        populate(ctx, data.demo_citizens)
    return ctx


def is_demo(store: Store) -> bool:
    with store.read() as session:
        setting = session.get(StoreSetting, "demo")
        return bool(setting and setting.value)
