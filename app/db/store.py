"""The store: one SQLAlchemy engine on the SQLite file or a PostgreSQL server.

SQLite is opened with WAL, foreign keys on and ``synchronous=FULL`` on every connection
(STYLE §4), with ``NullPool`` so no connection outlives its short session (an encrypted
file keeps two connections with a large page cache instead, see ``_make_engine``). The same
queries run on PostgreSQL (``--database-url``).

A SQLite file on a network share is refused: SQLite's locking and fsync are not reliable
over SMB/NFS, so a store there can be corrupted (https://sqlite.org/useovernet.html).
Several workstations sharing data use PostgreSQL.

Encryption at rest (issue 7 §3, docs/encryption.md): given a 256-bit ``key``, the SQLite
file is opened with SQLCipher (``sqlcipher3``, a drop-in DB-API module) through the same
pysqlite dialect, so the BEGIN handling below is unchanged. Every connection is keyed with
the raw key (``PRAGMA key = "x'…'"``) before anything else touches the file: a raw key skips
SQLCipher's PBKDF2 (~150 ms), which matters because ``NullPool`` opens a connection per
session (keyed open + first query ≈ 0.3 ms). Which key, and where it is kept, is
``app.services.admin.store_key``'s business; without a key the file is plain SQLite.

PostgreSQL roles (issue #13 §6, docs/postgresql-roles.md): :meth:`Store.as_role` gives the
same database seen through a NOLOGIN role of the permission matrix — each connection says
``SET ROLE`` before anything else, and the server's "permission denied" comes back as the
refusal the caller supplies. Which role a signed-in user gets, and its grants, is
``app.services.kernel.db_roles``'s business.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from app.db import hints, journal
from app.db.network import refuse_network_path
from app.domain.problems import problem
from app.errors import (
    Forbidden,
    InvalidInput,
    StoreBusy,
    StoreFull,
    StoreKeyNeeded,
)
from app.models.iv import add_postgresql_conditions

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
    # pysqlite opens its own transactions, and only before INSERT/UPDATE/DELETE: a SAVEPOINT
    # issued earlier would start one SQLAlchemy does not know about, and releasing it would
    # commit. So pysqlite's handling is switched off and SQLAlchemy says BEGIN itself
    # (_on_sqlite_begin) — the recipe in SQLAlchemy's SQLite dialect documentation.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


CIPHER_CACHE_KIB = 65_536  # per kept connection (decrypted pages)


def _on_cipher_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA cache_size=-{CIPHER_CACHE_KIB}")
    cursor.close()


#: the execution option of a session that writes (:meth:`Store.session`): its SQLite
#: transaction starts with BEGIN IMMEDIATE
WRITES = "akutdesk_writes"


def _on_sqlite_begin(connection: Any) -> None:
    """A session that writes takes SQLite's write lock at its start (BEGIN IMMEDIATE), and
    waits for it up to the busy timeout while another process writes (issue #13). A
    deferred BEGIN would read first and upgrade at its first write: in WAL mode that
    upgrade fails at once ("database is locked", the busy handler is not called) when
    another process committed in between — the work of every writer but one was lost.
    Reading sessions (:meth:`Store.read`) begin deferred and never wait."""
    if connection.get_execution_options().get(WRITES):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def is_busy(error: BaseException) -> bool:
    """SQLITE_BUSY ("database is locked"), from sqlite3 or sqlcipher3 (two class trees:
    matched by name and text, as sqlcipher3 has no ``sqlite_errorcode``)."""
    return _sqlite_error(error, "database is locked")


def is_full(error: BaseException) -> bool:
    """SQLITE_FULL: the disk (or the file's size limit) has no room for the write."""
    return _sqlite_error(error, "database or disk is full")


def _sqlite_error(error: BaseException, text: str) -> bool:
    return type(error).__name__ == "OperationalError" and text in str(error)


def _sqlite_refusal(context: Any) -> Any:
    """SQLite errors a user can act on, as typed errors; the transaction is rolled back
    and nothing written (issue #13): the write lock was not free within the busy timeout
    (a calm "try again"), or the disk is full."""
    if is_busy(context.original_exception):
        return StoreBusy(BUSY_TIMEOUT_MS // 1000)
    if is_full(context.original_exception):
        return StoreFull()
    return None


#: the first 16 bytes of every plain SQLite file; an SQLCipher file starts with its salt
PLAIN_HEADER = b"SQLite format 3\x00"


def file_header(path: Path) -> bytes:
    """The first 16 bytes of the file (b"" when it does not exist or is empty)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16)
    except FileNotFoundError:
        return b""


def connect_cipher(path: Path | str, key: bytes, **kwargs: Any) -> Any:
    """A ``sqlcipher3`` connection keyed with the raw ``key``; nothing is read yet, so a
    wrong key shows on the first query ("file is not a database")."""
    # lazy: sqlcipher3 is optional (x86-64 wheels) and loads only for an encrypted store
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), **kwargs)
    # SQLCipher logs a failed HMAC check (a wrong key) to stderr; the caller says it better.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def db_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors of sqlite3 and of sqlcipher3 (two separate class trees)."""
    # lazy: sqlcipher3 is optional (x86-64 wheels) and loads only for an encrypted store
    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.Error)


def file_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_file(path: Path, key: bytes | None, mode: str = "rw", timeout: float = 5.0) -> Any:
    """A DB-API connection outside the engine (backups, checks): sqlite3 for a plain file,
    SQLCipher keyed with ``key`` for an encrypted one. ``mode``: ro, rw or rwc."""
    if key is None:
        return sqlite3.connect(file_uri(path, mode), uri=True, timeout=timeout)
    return connect_cipher(file_uri(path, mode), key, uri=True, timeout=timeout)


def export_encrypted(plain: Path, target: Path, key: bytes, *, mode: str = "rw") -> None:
    """Write the plain SQLite file ``plain`` encrypted with ``key`` into the new file
    ``target`` with ``sqlcipher_export`` — SQLCipher's one way to encrypt an existing file
    (its backup API copies pages and cannot)."""
    # lazy: sqlcipher3 is optional (x86-64 wheels) and loads only for an encrypted store
    import sqlcipher3

    conn = sqlcipher3.connect(file_uri(plain, mode), uri=True, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


#: a database role the store may take (ours are akutdesk_…, lower case): quoted as it is
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
#: PostgreSQL's SQLSTATE for "permission denied" (a missing grant, or our triggers' refusal)
INSUFFICIENT_PRIVILEGE = "42501"


def _pg_engine(url: URL) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=4)
    event.listen(engine, "handle_error", _nul_in_text)
    login = url.username or "?"
    event.listen(
        engine,
        "handle_error",
        _refused_by_server(lambda m: Forbidden(_denied(m), "database", login)),
    )
    return engine


def _denied(message: str) -> str:
    """What the server refused: "table invoices" from its "permission denied for …"."""
    found = re.search(r"permission denied for (\w+ \w+)", message)
    return found.group(1) if found else "database"


def _set_role_on_connect(role: str, settings: Mapping[str, str]) -> Callable[[Any, Any], None]:
    """Every new connection takes ``role`` (and the ``settings``, e.g. who signed in) for the
    whole of its life, committed before the pool hands it out."""

    def bind(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f'SET ROLE "{role}"')
            for name, value in settings.items():
                cursor.execute("SELECT set_config(%s, %s, false)", (name, value))
        finally:
            cursor.close()
        dbapi_connection.commit()

    return bind


def _refused_by_server(refusal: Callable[[str], Exception]) -> Callable[[Any], Any]:
    """The server's "permission denied" (SQLSTATE 42501) as the caller's refusal: the
    transaction rolls back, nothing is written."""

    def handle(context: Any) -> Any:
        original = context.original_exception
        if getattr(original, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            return refusal(str(original).splitlines()[0] if str(original) else "")
        return None

    return handle


def _nul_in_text(context: Any) -> Any:
    """PostgreSQL refuses a NUL character in text (SQLite stores it): typed or pasted into any
    field or search, it is refused as input — the transaction rolls back, nothing is
    written — instead of crashing the use case (found by tests/fuzz)."""
    if "cannot contain NUL (0x00) bytes" in str(context.original_exception):
        return InvalidInput([problem("-", "text.nul")])
    return None


def _refuse_nul(
    _conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any, many: bool
) -> None:
    """SQLite stores a NUL character in text where PostgreSQL refuses it (:func:`_nul_in_text`):
    refused alike on both, before the statement runs, so a name with a NUL is never
    stored (issue #13). Raised as input, the session's transaction rolls back."""
    del many  # a batch comes as rows, or (insertmanyvalues) as one flat row
    for item in parameters.values() if isinstance(parameters, dict) else parameters or ():
        row = item.values() if isinstance(item, dict) else item
        # plain loops, no generator per row: a posting sends 11,000 rows of 26 values
        for value in row if isinstance(row, tuple | list) else (row,):
            if isinstance(value, str) and "\x00" in value:
                raise InvalidInput([problem("-", "text.nul")])


class Store:
    """Where the data lives. Services open short sessions with :meth:`session`."""

    def __init__(self, url: str, *, key: bytes | None = None) -> None:
        self.url = _normalise_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if key is not None and (not self.is_sqlite or len(key) != 32):
            raise ValueError("an encryption key is 32 bytes, for a SQLite file")
        self._key = key
        #: the recovery key of a key made while opening (a new store): shown once, then None
        self.recovery_key: str | None = None
        if self.path is not None:
            refuse_network_path(self.path)
            if key is None and file_header(self.path) not in (b"", PLAIN_HEADER):
                raise StoreKeyNeeded(str(self.path))
        self.engine: Engine = self._make_engine()
        if self.is_sqlite:
            event.listen(self.engine, "before_cursor_execute", _refuse_nul)
        else:
            add_postgresql_conditions()  # the models name them for PostgreSQL only now
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # The same engine and pool; on SQLite its transactions begin IMMEDIATE
        # (_on_sqlite_begin). PostgreSQL ignores the option.
        writer = self.engine.execution_options(**{WRITES: True})
        self._writes = sessionmaker(writer, expire_on_commit=False)
        for maker in (self._sessions, self._writes):  # the sync journal (issue #15)
            event.listen(maker, "after_flush", journal.after_flush)
            event.listen(maker, "do_orm_execute", journal.bulk_insert)
        #: PostgreSQL: the database role this store's connections take (None: the URL's own)
        self.role: str | None = None
        #: the store with the URL's own role (itself, unless made by :meth:`as_role`)
        self.origin: Store = self
        self._as_roles: dict[tuple[str, tuple[tuple[str, str], ...]], Store] = {}

    @classmethod
    def sqlite(cls, path: Path, *, key: bytes | None = None) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(sqlite_url(path), key=key)

    @property
    def key(self) -> bytes | None:
        """The SQLCipher key, or None for a plain file and PostgreSQL."""
        return self._key

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    def __repr__(self) -> str:  # never the key
        return f"<Store {self.describe()}{' (encrypted)' if self.encrypted else ''}>"

    def _make_engine(self) -> Engine:
        if self.is_sqlite and self.encrypted:
            # SQLCipher decrypts every page it reads: a connection per session would start
            # with a cold page cache each time. Two kept connections with a 64 MB cache
            # each bring a name search matching 16,000 of 200,000 citizens from ~140 ms to
            # ~17 ms; more connections at once are opened and closed as needed.
            engine = create_engine(
                self.url, poolclass=QueuePool, pool_size=2, max_overflow=6, **self._cipher_args()
            )
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "connect", _on_cipher_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            event.listen(engine, "handle_error", _sqlite_refusal)
            return hints.enable(engine)
        if self.is_sqlite:
            engine = create_engine(self.url, poolclass=NullPool, **self._cipher_args())
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            event.listen(engine, "handle_error", _sqlite_refusal)
            return hints.enable(engine)
        return _pg_engine(self.url)

    def as_role(
        self, role: str, settings: Mapping[str, str], refusal: Callable[[str], Exception]
    ) -> Store:
        """PostgreSQL: this database through the NOLOGIN role ``role`` — every connection
        says ``SET ROLE`` first and sets ``settings`` (custom parameters such as
        ``akutdesk.user_id``); a "permission denied" from the server is raised as
        ``refusal(message)``. One store per role and settings, kept until :meth:`dispose`."""
        if self.is_sqlite:
            raise ValueError("database roles are PostgreSQL's")
        if self.origin is not self:
            return self.origin.as_role(role, settings, refusal)
        if not ROLE_NAME.fullmatch(role):
            raise ValueError(f"not a role name AkutDesk makes: {role!r}")
        key = (role, tuple(sorted(settings.items())))
        found = self._as_roles.get(key)
        if found is None:
            found = Store(self.url.render_as_string(hide_password=False))  # no connection yet
            event.listen(found.engine, "connect", _set_role_on_connect(role, dict(settings)))
            event.listen(found.engine, "handle_error", _refused_by_server(refusal))
            found.role, found.origin = role, self
            self._as_roles[key] = found
        return found

    def _cipher_args(self) -> dict[str, Any]:
        """The pysqlite dialect on ``sqlcipher3``, each connection keyed as it is made."""
        key, path = self._key, self.path
        if key is None or path is None:
            return {}
        # lazy: sqlcipher3 is optional (x86-64 wheels) and loads only for an encrypted store
        import sqlcipher3

        def connect() -> Any:
            return connect_cipher(path, key, check_same_thread=False)

        return {"module": sqlcipher3, "creator": connect}

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
        """One writing transaction: committed when the block ends, rolled back on any
        exception. On SQLite it waits its turn behind another process's write (up to
        ``BUSY_TIMEOUT_MS``), then refuses with :class:`~app.errors.StoreBusy`."""
        session = self._writes()
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
        for bound in self._as_roles.values():
            bound.dispose()
        self.engine.dispose()
