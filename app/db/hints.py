"""``INDEXED BY`` on SQLite (issue #17): SQLAlchemy's ``Select.with_hint`` renders a table
hint only on the dialects that have them, and its SQLite compiler drops them. A store's
SQLite engines compile with :class:`HintingCompiler` instead, so a query may name the index
SQLite is to use — ``select(…).with_hint(Model, "INDEXED BY ix_name", "sqlite")`` — where
SQLite, which keeps no statistics, cannot tell which is cheaper (app/services/case_lists.py).
Other dialects' hints, and PostgreSQL, are untouched."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import Engine


class HintingCompiler(SQLiteCompiler):
    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        return text


def enable(engine: Engine) -> Engine:
    """Let ``engine`` (a SQLite one) render table hints; returns it."""
    engine.dialect.statement_compiler = HintingCompiler
    return engine
