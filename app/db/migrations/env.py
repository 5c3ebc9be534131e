"""Alembic environment: runs on the connection of the store given by app.db.migrate."""

from __future__ import annotations

from alembic import context

from app.db.store import WRITES
from app.models import Base, load_all

load_all()  # the models' every table (app/models/__init__.py)
config = context.config
store = config.attributes["store"]


def run() -> None:
    # BEGIN IMMEDIATE on SQLite: a migration waits for, and then holds, the write lock
    with store.engine.execution_options(**{WRITES: True}).begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=store.is_sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run()
