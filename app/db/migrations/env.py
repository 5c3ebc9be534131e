"""Alembic environment: runs on the connection of the store given by app.db.migrate."""

from __future__ import annotations

from alembic import context

from app.models import Base

config = context.config
store = config.attributes["store"]


def run() -> None:
    with store.engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=store.is_sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run()
