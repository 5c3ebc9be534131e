"""The store: one SQLAlchemy engine on the SQLite file or a PostgreSQL server.

SQLite is opened with WAL, foreign keys on and ``synchronous=FULL`` on every connection
(STYLE §4), with ``NullPool`` so no connection outlives its short session. The same
queries run on PostgreSQL (``--database-url``).

A SQLite file on a network share is refused: SQLite's locking and fsync are not reliable
over SMB/NFS, so a store there can be corrupted (https://sqlite.org/useovernet.html).
Several workstations sharing data use PostgreSQL.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

ENV_DATABASE_URL = "AKUTDESK_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000
# File system types (as /proc/mounts and BSD `mount` name them) that live on another machine.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "afs", "ncpfs",
        "webdav", "davfs", "ceph", "glusterfs", "lustre", "gpfs", "coda", "sshfs",
        "fuse.sshfs", "fuse.glusterfs", "fuse.ceph", "fuse.rclone", "fuse.s3fs", "fuse.davfs",
    }
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW


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


def _on_sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


class Store:
    """Where the data lives. Services open short sessions with :meth:`session`."""

    def __init__(self, url: str) -> None:
        self.url = _normalise_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.path is not None:
            refuse_network_path(self.path)
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
            event.listen(engine, "begin", _on_sqlite_begin)
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


# -- a SQLite store on a network share is refused ----------------------------------------


def refuse_network_path(path: Path) -> None:
    if is_network_path(path):
        from app.services.errors import NetworkStoreRefused

        raise NetworkStoreRefused(str(path))


def is_network_path(path: Path) -> bool:
    """Whether the folder of ``path`` is on another machine (SMB, NFS, sshfs, …)."""
    folder = Path(os.path.abspath(path)).parent
    if sys.platform == "win32":
        return is_windows_network_path(str(folder), _windows_drive_type)
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return is_network_filesystem(
            filesystem_of(os.path.realpath(folder), parse_proc_mounts(mounts))
        )
    try:  # macOS and the BSDs: `mount` lists "dev on /point (type, options)"
        listing = subprocess.run(["mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return is_network_filesystem(filesystem_of(os.path.realpath(folder), parse_bsd_mount(listing)))


def is_network_filesystem(fstype: str) -> bool:
    fstype = fstype.lower()
    return fstype in NETWORK_FILESYSTEMS or fstype.startswith(("nfs", "smb", "cifs"))


def parse_proc_mounts(text: str) -> dict[str, str]:
    """Mount point → file system type from Linux's /proc/mounts (spaces come as \\040)."""
    found = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            found[point] = fields[2]
    return found


def parse_bsd_mount(text: str) -> dict[str, str]:
    """Mount point → file system type from macOS/BSD ``mount`` output."""
    found = {}
    for line in text.splitlines():
        match = re.match(r"^.+? on (.+) \(([^,)]+)", line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def filesystem_of(folder: str, mounts: dict[str, str]) -> str:
    """The type of the longest mount point that contains ``folder`` ("" when none does)."""
    best, fstype = -1, ""
    for point, kind in mounts.items():
        inside = folder == point or folder.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, fstype = len(point), kind
    return fstype


def is_windows_network_path(folder: str, drive_type: Callable[[str], int]) -> bool:
    r"""UNC paths (\\server\share, \\?\UNC\…) and mapped drives (GetDriveTypeW)."""
    text = folder.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        text = text[4:]
    elif text.startswith("\\\\"):
        return True
    if len(text) >= 2 and text[1] == ":":
        return drive_type(text[0].upper() + ":\\") == DRIVE_REMOTE
    return False


def _windows_drive_type(root: str) -> int:
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    return 0
