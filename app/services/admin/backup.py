"""Backups of the SQLite store, and restoring one (issue 7 §4; docs/backups.md).

A backup is a copy made with SQLite's online backup API — a consistent snapshot even while
AkutDesk writes — into ``paths.backup_dir()`` as ``akutdesk-YYYYMMDD-HHMMSS-<reason>.sqlite3``
(Copenhagen time). It is written as ``….partial``, checked with ``PRAGMA quick_check`` and
only then given its name, so a backup that is listed has passed its check; one that fails
is deleted and reported (:class:`BackupFailed`). A small ``….sqlite3.json`` beside it keeps
the reason, the moment (UTC), the check result and the schema revision.

When: at start (one "start" backup per calendar day), "daily" while the window stays open
(when the newest good backup is 24 hours old), "manual", "before-migration" and
"before-restore". The newest N of the start/daily/manual backups are kept (workstation
setting ``backup_generations``, default 14); before-migration and before-restore backups
are never deleted automatically.

Restoring writes the backup into the live file with the same online backup API: one write
transaction on the store, so a crash during a restore leaves the store as it was, and no
file is swapped under another open connection. A copy of the current store is made first
("before-restore").

An encrypted store's backups are encrypted with its key (SQLCipher's backup API, both ends
keyed; issue 7 §3, docs/encryption.md); a plain backup from before encryption is restored
through an encrypted temporary copy; one with another store's key is refused.
PostgreSQL is backed up with pg_dump on the server; here it is refused with that advice.

Posted invoices (D44, issue #13): a restore never lets an invoice number be issued twice
and never drops posted invoices silently. The posted invoices of the live store (and the
numbers the high-water mark beside the store file says were issued,
app/services/invoices/numbering.py) that the backup lacks are named, and the restore is
refused unless the user confirms that the store is damaged (``store_damaged``); then each
year's numbering continues after the highest number ever issued, and the dropped
invoices' stored documents remain in the before-restore copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import files, paths, settings
from app.db import migrate
from app.db.store import PLAIN_HEADER, Store, db_errors, export_encrypted, file_header
from app.db.store import connect_file as _connect
from app.domain import clock
from app.errors import (
    BackupFailed,
    BackupNotSupported,
    FileNotWritten,
    RestoreDropsInvoices,
    RestoreRefused,
)
from app.messages import phrase
from app.models import InvoiceSequence, User
from app.services.invoices import numbering
from app.services.kernel import audit
from app.services.kernel.context import Context

REASONS = ("start", "daily", "manual", "before-migration", "before-restore", "before-encryption")
#: the reasons whose backups rotate; the others are kept until someone deletes them
ROTATED = frozenset({"start", "daily", "manual"})
DAILY = dt.timedelta(hours=24)
BUSY_TIMEOUT_S = 30.0
STALE_PARTIAL_S = 3600
_NAME = re.compile(
    r"^akutdesk-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>"
    + "|".join(re.escape(r) for r in REASONS)
    + r")\.sqlite3$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # UTC
    reason: str  # one of REASONS, or "other" for a file AkutDesk did not name
    size: int
    check: str  # "ok", what the check found, or "" when it was never checked
    schema: str
    encrypted: bool = False  # SQLCipher, with the store's key

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def ok(self) -> bool:
        return self.check == "ok"


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety: BackupInfo | None  # the copy of the store as it was before the restore
    integrity: str
    migrated_to: str | None  # the schema it was brought up to, when the backup was older
    dropped: tuple[str, ...] = ()  # posted invoices the backup lacked (confirmed, D44)


# -- making backups ------------------------------------------------------------------------


def create(
    store: Store, reason: str, *, folder: Path | None = None, keep: int | None = None
) -> BackupInfo:
    """A checked copy of the store; a copy that fails ``quick_check`` is deleted and raised."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    source = require_sqlite(store)
    folder = folder or paths.backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    created = clock.now_utc()
    target = _free_name(folder, created, reason)
    partial = target.with_name(target.name + ".partial")
    if not source.exists():
        raise BackupFailed(target.name, phrase("backup.no_store", path=str(source)))
    key = store.key
    try:
        files.private(partial)  # mode 0600 before SQLite fills it (it would make it 0644)
        copy_online(source, partial, key)
        check = quick_check(partial, key)
    except db_errors() as exc:
        check = f"{'SQLCipher' if key else 'SQLite'}: {exc}"
    except FileNotWritten:
        _remove(partial)
        raise
    if check != "ok":
        _remove(partial)
        raise BackupFailed(target.name, phrase("backup.check", check=check))
    size, schema = partial.stat().st_size, _schema(partial, key)
    info = BackupInfo(target, created, reason, size, check, schema, key is not None)
    try:
        _write_meta(info)
    except FileNotWritten:
        _remove(partial)
        raise
    os.replace(partial, target)
    files.sync_folder(folder)
    if reason in ROTATED:
        prune(folder, generations() if keep is None else keep)
    return info


def before_migration(folder: Path) -> migrate.BackupStep:
    """The backup step ``app.db.migrate`` runs before it migrates an outdated SQLite store:
    checked and named like every backup (passed in, so storage need not know the use cases;
    STYLE §11)."""
    return lambda store: create(store, "before-migration", folder=folder).path


def copy_online(source: Path, target: Path, key: bytes | None = None) -> None:
    """Copy a live SQLite file with the online backup API into one self-contained file
    (encrypted with ``key`` when the store is)."""
    with (
        closing(_connect(source, key, "rw", timeout=BUSY_TIMEOUT_S)) as src,
        closing(_connect(target, key, "rwc")) as dst,
    ):
        src.backup(dst)
        # The copy carries the store's WAL flag; a backup is one file, read-only friendly.
        dst.execute("PRAGMA journal_mode=DELETE")


def automatic(store: Store, *, at_start: bool, now: dt.datetime | None = None) -> BackupInfo | None:
    """The window's automatic backup: a "start" or "daily" one when :func:`due` says so."""
    if not store.is_sqlite:
        return None
    reason = due(list_backups(store), now or clock.now_utc(), at_start=at_start)
    return create(store, reason) if reason else None


def due(backups: Sequence[BackupInfo], now: dt.datetime, *, at_start: bool) -> str | None:
    """At start: "start" unless one was made at start today (Copenhagen). While running:
    "daily" when the newest good backup of any kind is 24 hours old or more."""
    if at_start:
        today = clock.local(now).date()
        made = any(b.reason == "start" and clock.local(b.created).date() == today for b in backups)
        return None if made else "start"
    newest = max((b.created for b in backups if b.ok), default=None)
    return "daily" if newest is None or now - newest >= DAILY else None


def generations() -> int:
    return max(1, int(settings.get("backup_generations")))


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` start/daily/manual backups, and leftovers of
    backups that were interrupted (``.partial`` files, and their journals, older than an
    hour)."""
    rotating = [b for b in _scan(folder) if b.reason in ROTATED]
    removed = []
    for old in rotating[max(1, keep) :]:
        _remove_backup(old.path)
        removed.append(old.path)
    for partial in folder.glob("*.partial*"):  # and its -journal
        with contextlib.suppress(OSError):
            if time.time() - partial.stat().st_mtime > STALE_PARTIAL_S:
                partial.unlink()
    return removed


# -- listing and checking ------------------------------------------------------------------


def list_backups(store: Store, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of the SQLite store, newest first."""
    require_sqlite(store)
    return _scan(folder or paths.backup_dir())


def quick_check(path: Path, key: bytes | None = None) -> str:
    return _check(path, "quick_check", key)


def integrity_check(path: Path, key: bytes | None = None) -> str:
    return _check(path, "integrity_check", key)


def _check(path: Path, pragma: str, key: bytes | None, mode: str = "ro") -> str:
    try:
        with closing(_connect(path, key, mode, timeout=BUSY_TIMEOUT_S)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except db_errors() as exc:  # a wrong key reads as "file is not a database"
        return f"{'SQLCipher' if key else 'SQLite'}: {exc}"
    found = [str(row[0]) for row in rows]
    return "ok" if found == ["ok"] else "; ".join(found[:5])


def _scan(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = [_info(path) for path in folder.glob("*.sqlite3")]
    return sorted(found, key=lambda b: b.created, reverse=True)


def _info(path: Path) -> BackupInfo:
    stat = path.stat()
    meta = _read_meta(path)
    encrypted = file_header(path) not in (b"", PLAIN_HEADER)
    if meta:
        return BackupInfo(
            path,
            dt.datetime.fromisoformat(str(meta["created"])),
            str(meta["reason"]),
            stat.st_size,
            str(meta.get("check", "")),
            str(meta.get("schema", "")),
            encrypted,
        )
    match = _NAME.match(path.name)
    if match:
        local = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        created = local.replace(tzinfo=clock.COPENHAGEN).astimezone(dt.UTC)
        reason = match["reason"]
    else:  # e.g. akutdesk-before-0002_iv_courses-….sqlite3 from AkutDesk before backups
        created = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
        reason = "before-migration" if "-before-" in path.name else "other"
    return BackupInfo(path, created, reason, stat.st_size, "", "", encrypted)


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _read_meta(path: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads(_meta_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(meta, dict) and meta.get("reason") in REASONS and meta.get("created"):
        return meta
    return None


def _write_meta(info: BackupInfo) -> None:
    meta = {
        "reason": info.reason,
        "created": info.created.isoformat(),
        "check": info.check,
        "schema": info.schema,
        "encrypted": info.encrypted,
    }
    files.write_text(_meta_path(info.path), json.dumps(meta, indent=1))


# -- restoring -----------------------------------------------------------------------------


def restore(
    store: Store, backup_path: Path, *, by: str = "", store_damaged: bool = False
) -> RestoreResult:
    """Put a backup back as the store. Order: check the backup (integrity_check, a schema
    this AkutDesk knows), refuse it when it lacks posted invoices unless ``store_damaged``
    (D44), copy the current store ("before-restore"), write the backup into the live file
    in one transaction, integrity_check, migrate if the backup is older, raise the invoice
    numbering above every number ever issued, and an audit entry naming the backup, the
    dropped invoices and ``by`` (initials)."""
    live = require_sqlite(store)
    key = store.key
    chosen = _restorable(Path(backup_path).resolve(), live, key)
    issued, dropped = numbering.dropped_by(
        chosen.path, key if chosen.encrypted else None, live, key
    )
    if dropped and not store_damaged:
        raise RestoreDropsInvoices(chosen.name, dropped)
    try:  # before the file is replaced: a crash keeps the mark
        numbering.raise_mark(live, issued)
    except OSError as exc:
        detail = phrase("restore.no_mark", reason=str(exc.strerror or exc))
        raise RestoreRefused(chosen.name, detail) from exc
    safety = None
    if live.exists() and live.stat().st_size > 0:
        try:
            safety = create(store, "before-restore")
        except BackupFailed as exc:
            detail = phrase("restore.no_safety_copy", detail=exc.params["detail"], path=str(live))
            raise RestoreRefused(chosen.name, detail) from exc
    store.dispose()  # NullPool: nothing stays open; other sessions wait on the write lock
    with (
        _restore_source(chosen, live, key) as source,
        closing(_connect(source, key, "ro")) as src,
        closing(_connect(live, key, "rwc", timeout=BUSY_TIMEOUT_S)) as dst,
    ):
        dst.execute("PRAGMA synchronous=FULL")
        src.backup(dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    integrity = _live_integrity(live, key)
    if integrity != "ok":
        safe = str(safety.path) if safety else phrase("backup.no_safety_copy")
        detail = phrase("backup.after_restore", check=integrity, safety=safe)
        raise BackupFailed(live.name, detail)
    migration = migrate.ensure_current(store, before_migration(paths.backup_dir()))
    _audit_restore(store, chosen, safety, by, issued, dropped)
    after = migration.after if migration else None
    return RestoreResult(chosen, safety, integrity, after, tuple(dropped))


def invoices_dropped(store: Store, backup_path: Path) -> list[str]:
    """The posted invoices a restore of ``backup_path`` would drop (D44): for the warning
    before a restore; an unusable backup is the restore's to refuse, here it drops none."""
    live = require_sqlite(store)
    try:
        chosen = _restorable(Path(backup_path).resolve(), live, store.key)
    except RestoreRefused:
        return []
    key = store.key
    return numbering.dropped_by(chosen.path, key if chosen.encrypted else None, live, key)[1]


def _restorable(path: Path, live: Path, key: bytes | None) -> BackupInfo:
    if not path.is_file():
        raise RestoreRefused(path.name, phrase("restore.no_file"))
    if live.exists() and path.samefile(live):
        raise RestoreRefused(path.name, phrase("restore.is_store"))
    encrypted = file_header(path) not in (b"", PLAIN_HEADER)
    if encrypted and key is None:
        raise RestoreRefused(path.name, phrase("restore.encrypted"))
    backup_key = key if encrypted else None
    check = integrity_check(path, backup_key)
    if check != "ok" and encrypted:
        raise RestoreRefused(path.name, phrase("restore.key_or_damaged", check=check))
    if check != "ok":
        raise RestoreRefused(path.name, phrase("restore.damaged", check=check))
    schema = _schema(path, backup_key)
    if not schema:
        raise RestoreRefused(path.name, phrase("restore.not_a_store"))
    if schema not in migrate.REVISIONS:
        raise RestoreRefused(path.name, phrase("restore.newer", schema=schema))
    info = _info(path)
    return BackupInfo(path, info.created, info.reason, info.size, check, schema, encrypted)


@contextlib.contextmanager
def _restore_source(chosen: BackupInfo, live: Path, key: bytes | None) -> Iterator[Path]:
    """The backup itself; for a plain backup into an encrypted store an encrypted copy of it
    (the backup API copies pages, it cannot encrypt them)."""
    if key is None or chosen.encrypted:
        yield chosen.path
        return
    temp = live.with_name(live.name + ".restoring.partial")
    _remove(temp)
    try:
        export_encrypted(chosen.path, temp, key, mode="ro")
        yield temp
    finally:
        _remove(temp)


def _live_integrity(live: Path, key: bytes | None) -> str:
    return _check(live, "integrity_check", key, "rw")


def _audit_restore(
    store: Store,
    chosen: BackupInfo,
    safety: BackupInfo | None,
    by: str,
    issued: dict[int, int],
    dropped: list[str],
) -> None:
    with store.session() as session:
        for year, number in issued.items():  # D44: never a number issued twice
            sequence = session.get(InvoiceSequence, year)
            if sequence is None:
                session.add(InvoiceSequence(year=year, last_number=number))
            elif sequence.last_number < number:
                sequence.last_number = number
        # The restored store has its own users: find the person by initials, not by id.
        user_id = (
            session.scalars(select(User.id).where(User.initials == by)).first() if by else None
        )
        audit.write(
            session,
            Context(store, user_id, by),
            "restore",
            "store",
            after={
                "backup": chosen.name,
                "backup_made": chosen.created.isoformat(),
                "backup_reason": chosen.reason,
                "safety_backup": safety.name if safety else None,
                "by": by,
                "invoices_dropped": dropped,
                "numbering": {str(y): n for y, n in sorted(issued.items())},
            },
        )


# -- helpers -------------------------------------------------------------------------------


def require_sqlite(store: Store) -> Path:
    """The SQLite file; PostgreSQL is refused with the pg_dump advice."""
    if store.path is None:
        raise BackupNotSupported()
    return store.path


def _schema(path: Path, key: bytes | None = None) -> str:
    try:
        with closing(_connect(path, key, "ro")) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except db_errors():  # not a (readable) AkutDesk store
        return ""
    return str(row[0]) if row else ""


def _free_name(folder: Path, created: dt.datetime, reason: str) -> Path:
    stamp = clock.local(created).strftime("%Y%m%d-%H%M%S")
    target = folder / f"akutdesk-{stamp}-{reason}.sqlite3"
    number = 1
    while target.exists() or target.with_name(target.name + ".partial").exists():
        number += 1
        target = folder / f"akutdesk-{stamp}-{number}-{reason}.sqlite3"
    return target


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def delete(path: Path) -> None:
    """Delete a backup and its note (``akutdesk encrypt --delete-plain-backups``)."""
    _remove_backup(path)


def _remove_backup(path: Path) -> None:
    for leftover in (path, _meta_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
        _remove(leftover)
