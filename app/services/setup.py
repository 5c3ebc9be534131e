"""First start: the municipality, the first user and (optionally) demo data.

Opening a store: migrate it to the current schema (backup first), then sign in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.db import migrate
from app.db.store import Store
from app.models import Municipality, StoreSetting, User
from app.services import reference, users
from app.services.context import Context
from app.services.errors import AlreadyInitialised, InvalidInput
from app.services.reference import MunicipalityInput


@dataclass(frozen=True)
class FirstStartInput:
    municipality: MunicipalityInput
    user_name: str
    initials: str
    load_demo: bool = False
    demo_citizens: int = 500


def open_store(url: str | None, data_dir: Path) -> tuple[Store, migrate.MigrationResult | None]:
    """Open the SQLite file in ``data_dir`` (or ``url``) and bring its schema up to date."""
    store = Store(url) if url else Store.sqlite(data_dir / "akutdesk.sqlite3")
    try:
        result = migrate.ensure_current(store, data_dir / "backups")
    except BaseException:
        store.dispose()
        raise
    return store, result


def is_initialised(store: Store) -> bool:
    with store.read() as session:
        return session.scalars(select(Municipality.id)).first() is not None and (
            session.scalars(select(User.id)).first() is not None
        )


def first_start(store: Store, data: FirstStartInput) -> Context:
    """Create the municipality, the four Region Syddanmark units and the first user in one
    transaction; every record stores who made it (the first user makes themself)."""
    municipality = data.municipality.normalised()
    problems = reference.validate_municipality(municipality) + users.validate_user(
        data.user_name, data.initials
    )
    if [p for p in problems if not p.warning]:
        raise InvalidInput(problems)
    with store.session() as session:
        if session.scalars(select(Municipality.id)).first() is not None:
            raise AlreadyInitialised()
        user = users.add_user_in_session(
            session, Context(store, None), data.user_name, data.initials
        )
        user.created_by_id = user.updated_by_id = user.id
        ctx = Context(store, user.id, user.initials)
        reference.create_municipality_in_session(session, ctx, municipality)
        reference.add_default_units(session, ctx)
        session.add(StoreSetting(key="demo", value=bool(data.load_demo)))
    if data.load_demo:
        from app.services import demo

        demo.load_demo(ctx, citizens=data.demo_citizens)
    return ctx


def is_demo(store: Store) -> bool:
    with store.read() as session:
        setting = session.get(StoreSetting, "demo")
        return bool(setting and setting.value)
