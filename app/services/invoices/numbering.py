"""The highest invoice number ever issued, kept outside the store file (D44, issue #13).

A restore puts an older copy of the SQLite file back: its ``invoice_sequence`` rows know
nothing of the numbers issued after the backup. So every posting that commits raises a
high-water mark per year kept **beside** the store file
(``akutdesk.sqlite3.invoice-numbers.json``, which no restore replaces); a restore
(app/services/admin/backup.py) names the posted invoices it would drop, and numbering
continues after the highest number ever issued. PostgreSQL is not restored by AkutDesk
(pg_restore on the server), so it keeps no mark.

The mark is raised after the commit (a posting rolled back never raises it); a crash
between the commit and the mark is covered at restore by reading the live store too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.billing.lifecycle import format_number
from app.db.store import connect_file, db_errors
from app.models import Invoice, InvoiceSequence

SUFFIX = ".invoice-numbers.json"
_PENDING = "invoice_numbers_pending"
_LISTENING = "invoice_numbers_listening"
BUSY_TIMEOUT_S = 30.0  # as long as a restore waits for the store file (admin/backup.py)
log = logging.getLogger(__name__)


def mark_path(store_file: Path) -> Path:
    return store_file.with_name(store_file.name + SUFFIX)


def high_water(store_file: Path) -> dict[int, int]:
    """The highest number issued per year, as kept beside ``store_file`` ({} when none)."""
    try:
        kept = json.loads(mark_path(store_file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(kept, dict):
        return {}
    return {
        int(year): number
        for year, number in kept.items()
        if str(year).isascii() and str(year).isdigit() and type(number) is int
    }


def raise_mark(store_file: Path, numbers: Mapping[int, int]) -> dict[int, int]:
    """Raise the mark to ``numbers`` where they are higher (never lowers it); written to a
    temporary file and renamed, so a crash leaves the old mark or the new one."""
    merged = high_water(store_file)
    for year, number in numbers.items():
        merged[year] = max(number, merged.get(year, 0))
    target = mark_path(store_file)
    temporary = target.with_name(target.name + ".tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump({str(y): n for y, n in sorted(merged.items())}, out)
            out.flush()
            os.fsync(out.fileno())
        if os.name != "nt":
            temporary.chmod(0o600)
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return merged


def _store_file(session: Session) -> Path | None:
    url = session.get_bind().engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database)
    return None


def watch(session: Session, sequence: InvoiceSequence) -> None:
    """Raise the mark to the year's last number once this session's transaction commits."""
    store_file = _store_file(session)
    if store_file is None:
        return
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        event.listen(session, "before_commit", _taken)
        event.listen(session, "after_commit", lambda s: _keep(s, store_file))
        event.listen(session, "after_rollback", lambda s: s.info.pop(_PENDING, None))
    session.info.setdefault(_PENDING, {})[sequence.year] = sequence


def _taken(session: Session) -> None:
    """Before the commit (the rows are still loaded): the numbers to keep. A savepoint's
    release fires the same hooks; only the outermost commit counts."""
    if session.in_nested_transaction():
        return
    pending: dict[int, Any] = session.info.get(_PENDING) or {}
    session.info[_PENDING + ".numbers"] = {y: s.last_number for y, s in pending.items()}


def _keep(session: Session, store_file: Path) -> None:
    if session.in_nested_transaction():
        return
    numbers = session.info.pop(_PENDING + ".numbers", None)
    session.info.pop(_PENDING, None)
    if not numbers:
        return
    try:
        raise_mark(store_file, numbers)
    except OSError as exc:  # the posting is committed; a restore reads the live store too
        log.warning("the invoice number mark beside %s was not raised: %s", store_file, exc)


# -- what a restore would drop (moved from app/services/admin/backup.py) ---------------------


def issued_in(path: Path, key: bytes | None) -> tuple[set[str], dict[int, int]]:
    """The numbers of the invoices in a store file, and its last number per year (none
    for a file that cannot be read or has no invoices yet)."""
    if not path.exists():
        return set(), {}
    try:
        with closing(connect_file(path, key, "ro", timeout=BUSY_TIMEOUT_S)) as conn:
            numbers = {row[0] for row in conn.execute(
                f"SELECT number FROM {Invoice.__tablename__} WHERE number IS NOT NULL")}  # fmt: skip
            years = dict(conn.execute(
                f"SELECT year, last_number FROM {InvoiceSequence.__tablename__}").fetchall())  # fmt: skip
    except db_errors():  # damaged, another key, or a schema from before invoices
        return set(), {}
    return numbers, {int(y): int(n) for y, n in years.items()}


def dropped_by(
    backup: Path, backup_key: bytes | None, live: Path, key: bytes | None
) -> tuple[dict[int, int], list[str]]:
    """The highest number ever issued per year (the mark beside the store file, the live
    store, the backup) and the posted invoices the backup lacks: those of the live store,
    and those the mark says were issued after the backup's last number."""
    kept, kept_years = issued_in(backup, backup_key)
    present, present_years = issued_in(live, key)
    issued = high_water(live)
    for years in (present_years, kept_years):
        for year, number in years.items():
            issued[year] = max(number, issued.get(year, 0))
    dropped = set(present) - kept
    for year, number in issued.items():
        first = kept_years.get(year, 0) + 1
        dropped |= {format_number(year, n) for n in range(first, number + 1)} - kept
    return issued, sorted(dropped)
