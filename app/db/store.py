"""The store: one SQLAlchemy engine on the SQLite file or a PostgreSQL server.

SQLite is opened with WAL, foreign keys on and ``synchronous=FULL`` on every connection
(STYLE §4), with ``NullPool`` so no connection outlives its short session. The same
queries run on PostgreSQL (``--database-url``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

ENV_DATABASE_URL = "AKUTDESK_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _normalise_url(url: str) -> URL:
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


class Store:
    """Where the data lives. Services open short sessions with :meth:`session`."""

    def __init__(self, url: str) -> None:
        self.url = _normalise_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.engine: Engine = self._make_engine()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def sqlite(cls, path: Path) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(sqlite_url(path))

    def _make_engine(self) -> Engine:
        if self.is_sqlite:
            engine = create_engine(self.url, poolclass=NullPool)
            event.listen(engine, "connect", _on_sqlite_connect)
            return engine
        return create_engine(self.url, pool_pre_ping=True, pool_size=2, max_overflow=4)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None on PostgreSQL."""
        if self.is_sqlite and self.url.database:
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        """For the status bar: the file, or the server and database (never the password)."""
        if self.path is not None:
            return f"SQLite: {self.path}"
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"PostgreSQL: {self.url.database}@{host}{port}"

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only: nothing it does is committed (closing it ends the
        transaction; loaded objects stay readable)."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
