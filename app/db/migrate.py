"""Schema versions with Alembic (STYLE §4).

At start the store's revision is read with one query (Alembic itself is imported only
when a migration is due, which keeps start-up fast). An empty store is created at the
newest schema; an older one is first copied by the caller's backup step (the use cases pass
``app.services.admin.backup.before_migration``: a checked copy with SQLite's online backup
API), then migrated; a store written by a newer AkutDesk is refused with a clear message.
Storage knows nothing of the use cases (STYLE §11): the backup is passed in, not imported.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text

from app.db.store import Store
from app.errors import StoreTooNew

#: Copies an outdated SQLite store before it is migrated and returns the copy's path.
BackupStep = Callable[[Store], Path]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The released schemas, oldest first: the revision files themselves (NNNN_what.py), so a new
# revision needs no hand-kept list (tests/unit/test_migrations.py checks that they form
# Alembic's one chain, and that each has its fixture store).
REVISIONS: tuple[str, ...] = tuple(
    sorted(p.stem for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
)
HEAD = REVISIONS[-1]


class SchemaState(enum.Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OUTDATED = "outdated"
    NEWER = "newer"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(revision: str | None) -> SchemaState:
    if revision is None:
        return SchemaState.EMPTY
    if revision == HEAD:
        return SchemaState.CURRENT
    if revision in REVISIONS:
        return SchemaState.OUTDATED
    return SchemaState.NEWER


def alembic_config(store: Store):  # type: ignore[no-untyped-def]
    from alembic.config import Config  # lazy: start-up (Alembic only when it is needed)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["store"] = store
    return config


def upgrade(store: Store, backup: BackupStep | None = None, target: str = HEAD) -> MigrationResult:
    """Bring the store to ``target``; refuses a store from a newer AkutDesk. An outdated
    SQLite store is first copied by ``backup`` (when given)."""
    before = current_revision(store)
    state = schema_state(before)
    if state is SchemaState.NEWER:
        raise StoreTooNew(before or "?", HEAD)
    if before == target:
        return MigrationResult(before, target, None)
    copy = None
    if state is SchemaState.OUTDATED and store.path is not None and backup is not None:
        copy = backup(store)
    from alembic import command  # lazy: start-up (Alembic only when a migration is due)

    command.upgrade(alembic_config(store), target)
    return MigrationResult(before, target, copy)


def ensure_current(store: Store, backup: BackupStep | None) -> MigrationResult | None:
    """Start-up check: one query when the schema is current, a migration when not."""
    revision = current_revision(store)
    state = schema_state(revision)
    if state is SchemaState.CURRENT:
        return None
    if state is SchemaState.NEWER:
        raise StoreTooNew(revision or "?", HEAD)
    return upgrade(store, backup)
