"""An office store and its server (issue #15, docs/sync.md): setting it up, pushing what
was written here, pulling what changed elsewhere.

Every step is its own short transaction on each side, so a sync broken at any moment (the
network, the server, a killed process) loses nothing and doubles nothing:

- **push**: a batch of outbox rows is first marked *sent* here (a later change of the record
  is no longer folded into a row that may already be on the server), then sent in one
  server transaction; only after the server's commit are the rows deleted here. A batch
  whose answer was lost is sent again and gets the same answers (``(origin, origin_seq)``
  is unique on the server).
- **pull**: the server's changes after the last sequence applied here, in its order, in
  batches; each batch and the new last sequence are one transaction here. The office's own
  changes are skipped (they are here already), conflicts arrive as records. A record the
  pull lays a version over loses its basis (``sync_bases``): its copy is the server's
  version again, named by its number (docs/sync.md "A version's identity"). A server's
  record whose unique value (a CPR) an office's own record holds, which the server never
  accepted, is merged: the office's record goes into it (services/sync/merge.py).
- Then this origin's audit entries go to the server, which checks they continue its chain.
"""

from __future__ import annotations

import os
import uuid as uuids
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from app.db import journal
from app.db.store import Store
from app.errors import SyncError
from app.models import AuditEntry, StoreSetting, User
from app.models.sync import OFFICE, STATE_ID, SyncBasis, SyncConflict, SyncOutbox, SyncState
from app.services.kernel.changes import Changes, Done
from app.services.sync import merge, rows, server

#: changes a push or pull batch carries (a test makes it small to have many batches)
BATCH = int(os.environ.get("AKUTDESK_SYNC_BATCH", "500"))
PASSWORD_ENV = "AKUTDESK_SYNC_PASSWORD"
#: a test's seam: called with the server session before a push batch commits
Hook = Callable[[Any], None]


@dataclass(frozen=True)
class SyncResult:
    sent: int
    received: int
    conflicts: int


@dataclass(frozen=True)
class Status:
    role: str  # office, server or "" (not synced)
    origin: str
    server: str
    last_sync_at: Any
    waiting: int
    conflicts: int
    last_error: str


def connect(url: str) -> Store:
    """The server's store (the password from ``AKUTDESK_SYNC_PASSWORD`` when the URL
    has none; a URL's password is never stored on the office)."""
    parsed = make_url(url)
    password = os.environ.get(PASSWORD_ENV)
    if parsed.password is None and password:
        parsed = parsed.set(password=password)
    return Store(parsed.render_as_string(hide_password=False))


def shown_url(url: str) -> str:
    """The URL as the office keeps it: without its password."""
    parsed = make_url(url)
    return parsed.set(password=None).render_as_string(hide_password=False)


def _state(store: Store) -> SyncState:
    with store.read() as session:
        found = session.get(SyncState, STATE_ID)
    if found is None or found.role != OFFICE:
        raise SyncError("sync_not_set_up")
    return found


def unreachable(error: BaseException, store: Store) -> SyncError:
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()
    return SyncError(
        "sync_unreachable", detail=detail[0] if detail else "?", waiting=waiting(store)
    )


def setup(store: Store, url: str, name: str = "") -> Done[SyncResult]:
    """Tie this new store to the server at ``url`` and pull a first copy of it. A store
    that holds data already is refused (its users and records are not the server's)."""
    if make_url(url).get_backend_name() not in ("postgresql", "sqlite"):
        raise SyncError("sync_server_not_postgresql")
    with store.read() as session:
        existing = session.get(SyncState, STATE_ID)
        if existing is not None:
            raise SyncError("sync_already_set_up", server=existing.server_url or "?")
        if session.scalar(select(func.count()).select_from(User)):
            raise SyncError("sync_store_not_empty")
    remote = connect(url)
    try:
        try:
            with remote.session() as session:
                server_id, _made = server.enable(session)
        except (OperationalError, DBAPIError) as error:
            raise unreachable(error, store) from error
        with store.session() as session:
            session.info[journal.APPLYING] = True
            session.add(SyncState(
                id=STATE_ID, role=OFFICE, origin=str(uuids.uuid4()), name=name[:80],
                server_id=server_id, server_url=shown_url(url), last_seq=0, next_seq=1,
                audit_sent=_audit_head(session), last_error="",
            ))  # fmt: skip
        received = _pull(store, remote)
    finally:
        remote.dispose()
    return Done(SyncResult(0, received, 0), Changes.named(["sync"]))


def _audit_head(session: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(AuditEntry.sequence), 0))) or 0)


def sync(store: Store, hook: Hook | None = None) -> Done[SyncResult]:
    """Push, then pull; a server out of reach is one :class:`SyncError` (sync_unreachable),
    and the office works on (nothing here is lost: the outbox waits)."""
    state = _state(store)
    remote = connect(state.server_url)
    try:
        with remote.read() as session:
            if server.server_origin(session) != state.server_id:
                raise SyncError("sync_other_server")
            behind = server.behind(session)
        if behind:  # a server set up before what travels now (migration 0015)
            with remote.session() as session:
                server.catch_up(session)
        sent, conflicts = _push(store, remote, hook)
        _push_audit(store, remote)
        kinds: set[str] = set()
        received = _pull(store, remote, kinds)
    except (OperationalError, DBAPIError) as error:
        _note(store, str(getattr(error, "orig", None) or error).splitlines()[0])
        raise unreachable(error, store) from error
    finally:
        remote.dispose()
    _note(store, "", done=True)
    changed = Changes.named(["sync", *kinds]) if sent or received else Changes.named([])
    return Done(SyncResult(sent, received, conflicts), changed)


def kind_of(table: str) -> str:
    """The hub's kind of a table's records ("citizens" → "citizen", as the audit trail
    names them)."""
    return table[:-1] if table.endswith("s") else table


def _note(store: Store, error: str, *, done: bool = False) -> None:
    with store.session() as session:
        session.info[journal.APPLYING] = True
        values: dict[str, Any] = {"last_error": error[:500]}
        if done:
            values["last_sync_at"] = journal.now()
        session.execute(update(SyncState).where(SyncState.id == STATE_ID).values(**values))


def _push(store: Store, remote: Store, hook: Hook | None = None) -> tuple[int, int]:
    """Send the outbox in batches: (changes sent, of which in conflict)."""
    origin = _state(store).origin
    sent = conflicts = 0
    while True:
        with store.session() as session:  # mark the batch sent, in one local transaction
            batch = list(
                session.scalars(select(SyncOutbox).order_by(SyncOutbox.origin_seq).limit(BATCH))
            )
            seqs = [row.origin_seq for row in batch if not row.sent]
            if seqs:
                session.execute(
                    update(SyncOutbox).where(SyncOutbox.origin_seq.in_(seqs)).values(sent=True)
                )
        if not batch:
            return sent, conflicts
        changes = [
            {"origin_seq": r.origin_seq, "table_name": r.table_name, "uuid": r.uuid, "op": r.op,
             "base_version": r.base_version, "version": r.version, "data": r.data,
             "after_own": r.after_own}
            for r in batch
        ]  # fmt: skip
        with remote.session() as session:
            answers = server.receive(session, origin, changes)
            if hook is not None:
                hook(session)
        with store.session() as session:  # only now: the server has committed
            done = [a.origin_seq for a in answers]
            session.execute(delete(SyncOutbox).where(SyncOutbox.origin_seq.in_(done)))
        sent += len(answers)
        conflicts += sum(1 for a in answers if a.status == server.CONFLICT)


def _push_audit(store: Store, remote: Store) -> int:
    """This origin's audit entries the server does not hold yet, in batches."""
    state = _state(store)
    after, moved = state.audit_sent, 0
    while True:
        with store.read() as session:
            batch = list(
                session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.sequence > after)
                    .order_by(AuditEntry.sequence)
                    .limit(BATCH)
                )
            )
        if not batch:
            return moved
        entries = [_audit_item(e) for e in batch]
        with remote.session() as session:
            held = server.receive_audit(session, state.origin, entries)
        with store.session() as session:
            session.info[journal.APPLYING] = True
            session.execute(
                update(SyncState).where(SyncState.id == STATE_ID).values(audit_sent=held)
            )
        moved += held - after
        after = held


def _audit_item(entry: AuditEntry) -> dict[str, Any]:
    return {
        "sequence": entry.sequence, "prev_hash": entry.prev_hash, "hash": entry.hash,
        "entry": {
            "at": entry.at.isoformat(), "user_id": entry.user_id, "action": entry.action,
            "entity": entry.entity, "entity_uuid": entry.entity_uuid, "before": entry.before,
            "after": entry.after, "reason": entry.reason,
        },
    }  # fmt: skip


def _pull(store: Store, remote: Store, kinds: set[str] | None = None) -> int:
    """Apply the server's changes after the last one applied here; how many were applied
    (the kinds of record they touched are added to ``kinds``)."""
    state = _state(store)
    after, applied = state.last_seq, 0
    kinds = set() if kinds is None else kinds
    while True:
        with remote.read() as session:
            batch = [
                (c.server_seq, c.origin, c.status, c.table_name, c.uuid, c.op, c.data)
                for c in server.pending_for(session, after, BATCH)
            ]
        if not batch:
            if _mirror_settings(store, remote):
                kinds.add("invoice_settings")
            return applied
        todo = [
            (seq, table, uuid, op, data)
            for seq, origin, status, table, uuid, op, data in batch
            if origin != state.origin and status == server.ACCEPTED
        ]
        with store.session() as session:
            session.info[journal.APPLYING] = True
            for run in rows.runs(todo):
                for seq, table, uuid, op, data in rows.insert_run(session, run):
                    try:
                        with session.begin_nested():
                            rows.apply(session, table, uuid, op, data)
                    except IntegrityError as error:  # e.g. one CPR registered in two places
                        if not _merged(session, remote, state.origin, table, uuid, data):
                            raise SyncError("sync_pull_collides", seq=seq) from error
            if todo:  # their versions now: a change of these names the pull (docs/sync.md)
                laid = list({change[2] for change in todo})
                session.execute(delete(SyncBasis).where(SyncBasis.record_uuid.in_(laid)))
            kinds.update(kind_of(change[1]) for change in todo)
            applied += len(todo)
            after = batch[-1][0]
            session.execute(
                update(SyncState).where(SyncState.id == STATE_ID).values(last_seq=after)
            )


def _merged(
    session: Any, remote: Store, origin: str, table: str, uuid: str, data: dict[str, Any] | None
) -> bool:
    """The server's record applied by merging into it the office's record that holds its
    unique value (services/sync/merge.py), in a savepoint; False: not merged, nothing
    changed (the server holds that record, or another constraint failed)."""
    if data is None:
        return False
    session.info.pop("akutdesk_ids", None)
    try:
        with remote.read() as theirs, session.begin_nested():
            return merge.merge(session, merge.RemoteServer(theirs), origin, table, uuid, data)
    except IntegrityError:
        session.info.pop("akutdesk_ids", None)
        return False


def _mirror_settings(store: Store, remote: Store) -> bool:
    """The server's settings an office's preview needs (:data:`journal.MIRRORED_SETTINGS`:
    the first month invoiced), copied as the server has them at each pull; whether one
    changed here. They are one row each and not journaled (``store_settings`` rows have
    no uuid); an office never sets them (app/services/invoices/where.py)."""
    keys = journal.MIRRORED_SETTINGS
    with remote.read() as session:
        theirs = {s.key: s.value for s in session.scalars(select(StoreSetting).where(StoreSetting.key.in_(keys)))}  # fmt: skip
    with store.session() as session:
        session.info[journal.APPLYING] = True
        mine = {s.key: s for s in session.scalars(select(StoreSetting).where(StoreSetting.key.in_(keys)))}  # fmt: skip
        moved = False
        for key in keys:
            here = mine.get(key)
            if key not in theirs and here is not None:
                session.delete(here)
            elif key in theirs and here is None:
                session.add(StoreSetting(key=key, value=theirs[key]))
            elif here is not None and here.value != theirs[key]:
                here.value = theirs[key]
            else:
                continue
            moved = True
    return moved


def waiting(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(SyncOutbox)) or 0)


def status(store: Store) -> Status:
    """Where this store stands (the window's status bar, ``akutdesk sync status``)."""
    with store.read() as session:
        found = session.get(SyncState, STATE_ID)
        open_ = session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.status == "open")
        )
        outbox = session.scalar(select(func.count()).select_from(SyncOutbox))
    if found is None:
        return Status("", "", "", None, 0, 0, "")
    return Status(
        found.role, found.origin, found.server_url, found.last_sync_at, int(outbox or 0),
        int(open_ or 0), found.last_error,
    )  # fmt: skip
