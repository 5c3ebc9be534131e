"""What the server does with an office's batch, in the server's own transaction (issue #15,
docs/sync.md). Run with the office's connection to the server: no server process.

- A change already received — its ``(origin, origin_seq)`` is in ``sync_changes`` — gets the
  answer it got the first time: a re-sent batch is harmless (idempotent).
- An insert with a fresh uuid is applied (facts only ever accumulate, they never
  conflict); an update or a deletion is applied when the server's version is still the
  one the office changed: by its number (``base_version``) and by its identity (the
  change behind it is the one the office names, :func:`_made_on_current`). Otherwise nothing is overwritten: a
  :class:`~app.models.sync.SyncConflict` keeps both versions and travels to every store.
- Every accepted change gets the next ``server_seq`` under the head row's lock, so the
  offices pull it in the server's order.
- The audit entries of each origin are a chain of their own (issue #15 item 4): a batch
  that does not continue the chain the server holds for that origin is refused whole.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid as uuids
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import journal
from app.domain.hash_chain import entry_hash
from app.errors import SyncError
from app.models.audit import GENESIS
from app.models.setting import StoreSetting
from app.models.sync import (
    SERVER,
    STATE_ID,
    SyncAudit,
    SyncChange,
    SyncConflict,
    SyncHead,
    SyncState,
)
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.sync import rows

ACCEPTED = "accepted"
CONFLICT = "conflict"


@dataclass(frozen=True)
class Answer:
    origin_seq: int
    status: str


def server_origin(session: Session) -> str | None:
    found = session.get(SyncState, STATE_ID)
    return found.origin if found is not None and found.role == SERVER else None


def enable(session: Session) -> tuple[str, bool]:
    """Make this database a sync server (once): its identity, the head row, and every
    record it already holds as the first changes an office pulls. (origin, made now)."""
    known = server_origin(session)
    if known is not None:
        return known, False
    if session.get(SyncState, STATE_ID) is not None:
        raise SyncError("sync_already_set_up", server="?")
    session.info[journal.APPLYING] = True
    origin = str(uuids.uuid4())
    session.add(SyncState(id=STATE_ID, role=SERVER, origin=origin, name="server",
                          server_id=origin, server_url="", last_seq=0, next_seq=1,
                          audit_sent=0, last_error=""))  # fmt: skip
    session.add(SyncHead(id=1, server_seq=0))
    session.add(StoreSetting(key=CATALOGUE_SETTING, value=CATALOGUE))
    session.flush()
    for table in journal.catalogue().tables:
        _snapshot(session, origin, table)
    session.info.pop("akutdesk_uuids", None)
    return origin, True


#: what of the server's own records travels since it became a sync server: 1 = the tariff
#: lines, the billed ledger and the teams' members (migration 0016_sync_catalogue)
CATALOGUE_SETTING = "sync.catalogue"
CATALOGUE = 1
_CAUGHT_UP = ("tariff_items", "billed_items", "teams")


def behind(session: Session) -> bool:
    """Whether this server was made a sync server before :data:`CATALOGUE` (its offices
    lack records that travel since): :func:`catch_up` then sends them once."""
    if server_origin(session) is None:
        return False
    found = session.get(StoreSetting, CATALOGUE_SETTING)
    return found is None or not isinstance(found.value, int) or found.value < CATALOGUE


def catch_up(session: Session) -> bool:
    """Write once, as the server's own changes, every row of the tables that travel since
    the server was set up (the tariff lines and the billed ledger as inserts, each team
    with its members as a change): the offices pull them like any change, and applying
    them where they are already is harmless. Under the head's lock, so two offices
    syncing at once send them once."""
    me = server_origin(session)
    if me is None:
        return False
    session.info[journal.APPLYING] = True
    journal.next_server_seqs(session, 0)  # the head's lock, then look again
    if not behind(session):
        return False
    for name in _CAUGHT_UP:
        _snapshot(session, me, journal.catalogue().by_name[name], "update" if name == "teams" else "insert")  # fmt: skip
    session.merge(StoreSetting(key=CATALOGUE_SETTING, value=CATALOGUE))
    session.info.pop("akutdesk_uuids", None)
    return True


def _snapshot(session: Session, origin: str, table: Any, op: str = "insert") -> None:
    """Every row of ``table`` as a change of the server's own, in batches."""
    last = 0
    while True:
        batch = session.execute(
            select(table).where(table.c.id > last).order_by(table.c.id).limit(2000)
        ).all()
        if not batch:
            return
        last = int(batch[-1]._mapping["id"])
        changes = []
        for row in batch:
            values = dict(row._mapping)
            version = int(values["version"])
            changes.append({
                "table_name": table.name, "uuid": values["uuid"], "op": op,
                "base_version": 0 if op == "insert" else version, "version": version,
                "data": journal.row_data(session, table, values),
            })  # fmt: skip
        journal.write_changes(session, origin, changes)


def receive(session: Session, origin: str, changes: list[dict[str, Any]]) -> list[Answer]:
    """Apply an office's batch (ordered by origin_seq); the answer for each change."""
    session.info[journal.APPLYING] = True
    me = server_origin(session)
    if me is None:
        raise SyncError("sync_server_not_ready")
    journal.next_server_seqs(session, 0)  # the head's lock: one batch at a time, in order
    seqs = [int(c["origin_seq"]) for c in changes]
    query = select(SyncChange.origin_seq, SyncChange.status).where(
        SyncChange.origin == origin, SyncChange.origin_seq.in_(seqs)
    )
    known = {int(seq): str(status) for seq, status in session.execute(query)}
    answers, received, conflicts = [], [], []
    taken: dict[str, int] = {}  # record uuid → this batch's change accepted last for it
    for change in sorted(changes, key=lambda c: int(c["origin_seq"])):
        seq = int(change["origin_seq"])
        if seq in known:
            answers.append(Answer(seq, known[seq]))
            continue
        conflict = _apply(session, change, _made_on_current(session, origin, change, taken))
        status = ACCEPTED if conflict is None else CONFLICT
        if conflict is None:
            taken[str(change["uuid"])] = seq
        answers.append(Answer(seq, status))
        known[seq] = status
        received.append({**_fields(change), "origin": origin, "origin_seq": seq, "status": status})
        if conflict is not None:
            conflicts.append(new_conflict(change, origin, *conflict))
    if received:
        first = journal.next_server_seqs(session, len(received))
        at = journal.now()
        session.execute(
            insert(SyncChange),
            [{**r, "server_seq": first + i, "at": at} for i, r in enumerate(received)],
        )
    if conflicts:
        _record_conflicts(session, me, conflicts)
    inserted = [r["uuid"] for r in received if r["status"] == ACCEPTED and r["op"] == "insert"]
    if inserted:
        _settle_missing(session, me, origin, inserted)
    return answers


def _fields(change: dict[str, Any]) -> dict[str, Any]:
    keys = ("table_name", "uuid", "op", "base_version", "version", "data")
    return {k: change[k] for k in keys}


def _made_on_current(
    session: Session, origin: str, change: dict[str, Any], taken: dict[str, int]
) -> bool:
    """Whether an update or a deletion made on the office's own earlier change
    (``after_own``) was made on the server's current version *by identity*, not by number
    (docs/sync.md "A version's identity"): that change must be the one the server accepted
    last for the record. Two offices can make different versions with the same number when
    one of them is refused; an office's copy that is the server's as pulled (no
    ``after_own``) is named by its number alone, as the server never makes two versions
    with one number."""
    own = change.get("after_own")
    if change["op"] == "insert" or own is None:
        return True
    uuid = str(change["uuid"])
    if uuid in taken:  # accepted earlier in this batch: this office's own change
        return int(own) == taken[uuid]
    last = session.execute(
        select(SyncChange.origin, SyncChange.origin_seq)
        .where(SyncChange.uuid == uuid, SyncChange.status == ACCEPTED)
        .order_by(SyncChange.server_seq.desc())
        .limit(1)
    ).first()
    return last is not None and str(last[0]) == origin and int(last[1]) == int(own)


def _apply(
    session: Session, change: dict[str, Any], current: bool = True
) -> tuple[str, dict[str, Any] | None] | None:
    """None when applied, else the conflict's kind and the server's version (``current``:
    the change was made on the server's version, :func:`_made_on_current`)."""
    name, uuid, op = change["table_name"], change["uuid"], change["op"]
    if name not in journal.catalogue().by_name or name in journal.SERVER_ONLY:
        return "server_only", None
    here = rows.current(session, name, uuid)
    if op == "insert" and here is not None:
        return "duplicate", here[1]
    if op == "update" and here is None:
        return "deleted", None
    if op == "delete" and here is None:
        return None  # deleted on both sides
    if (
        op != "insert"
        and here is not None
        and (here[0] != int(change["base_version"]) or not current)
    ):
        return ("delete" if op == "delete" else "changed"), here[1]
    try:
        with session.begin_nested():
            rows.apply(session, name, uuid, op, change["data"])
    except rows.MissingReference:
        session.info.pop("akutdesk_ids", None)
        return "missing", None
    except IntegrityError:
        session.info.pop("akutdesk_ids", None)
        if op == "delete":
            return "in_use", here[1] if here else None
        if op == "insert":
            return "duplicate", _holding(session, name, uuid, change["data"])
        return "duplicate", here[1] if here else None
    return None


def _holding(
    session: Session, name: str, uuid: str, data: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The server's record that holds a unique value of ``data`` (the citizen with the same
    CPR): the *theirs* of a ``duplicate`` conflict, so the list shows both and the office
    that pulls it merges its record into this one (services/sync/merge.py)."""
    found = rows.holder(session, name, data, uuid) if data is not None else None
    if found is None:
        return None
    current = rows.current(session, name, found[1])
    return current[1] if current is not None else None


def new_conflict(
    change: dict[str, Any], origin: str, kind: str, theirs: dict[str, Any] | None
) -> dict[str, Any]:
    now = journal.now()
    return {
        "uuid": str(uuids.uuid4()), "version": 1, "created_at": now, "updated_at": now,
        "created_by_id": None, "updated_by_id": None, "table_name": change["table_name"],
        "record_uuid": change["uuid"], "kind": kind, "origin": origin,
        "origin_seq": int(change["origin_seq"]), "base_version": int(change["base_version"]),
        "mine": change["data"], "theirs": theirs, "status": "open", "choice": "",
    }  # fmt: skip


def _record_conflicts(session: Session, me: str, conflicts: list[dict[str, Any]]) -> None:
    """The conflicts as records of the server's own, so every store pulls them."""
    session.execute(insert(SyncConflict), conflicts)
    tab = journal.catalogue().by_name["sync_conflicts"]
    changes = []
    for found in conflicts:
        values = {c.name: found.get(c.name) for c in tab.c}
        changes.append({
            "table_name": tab.name, "uuid": found["uuid"], "op": "insert", "base_version": 0,
            "version": 1, "data": journal.row_data(session, tab, values),
        })  # fmt: skip
    journal.write_changes(session, me, changes)


def _settle_missing(session: Session, me: str, origin: str, uuids: list[str]) -> None:
    """An office's record refused as ``missing`` (its citizen was the office's own, merged
    since into the server's: services/sync/merge.py) that now arrives whole is no longer
    in conflict: its open ``missing`` conflicts are resolved as *mine*, as the server's
    own changes, so that every store's list drops them."""
    tab = journal.catalogue().by_name["sync_conflicts"]
    query = select(tab).where(
        tab.c.kind == "missing", tab.c.status == "open", tab.c.origin == origin,
        tab.c.record_uuid.in_(uuids),
    )  # fmt: skip
    changes = []
    for row in session.execute(query).all():
        values = {**dict(row._mapping), "status": "resolved", "choice": "mine"}
        values.update(version=int(values["version"]) + 1, updated_at=journal.now())
        session.execute(
            update(tab).where(tab.c.id == values["id"]).values(
                status="resolved", choice="mine", version=values["version"],
                updated_at=values["updated_at"],
            )
        )  # fmt: skip
        changes.append({
            "table_name": tab.name, "uuid": values["uuid"], "op": "update",
            "base_version": values["version"] - 1, "version": values["version"],
            "data": journal.row_data(session, tab, values),
        })  # fmt: skip
    if changes:
        journal.write_changes(session, me, changes)


def chain_end(session: Session, origin: str) -> tuple[int, str]:
    """The last audit entry the server holds for ``origin``: (sequence, hash)."""
    row = session.execute(
        select(SyncAudit.sequence, SyncAudit.hash)
        .where(SyncAudit.origin == origin)
        .order_by(SyncAudit.sequence.desc())
        .limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, GENESIS)


@dataclass
class _Entry:
    at: dt.datetime
    user_id: int | None
    action: str
    entity: str
    entity_uuid: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str
    sequence: int


def receive_audit(session: Session, origin: str, entries: list[dict[str, Any]]) -> int:
    """Take an origin's audit entries (ordered): those held already are skipped, the rest
    must continue the origin's chain link by link, else the whole batch is refused. The
    last sequence the server now holds."""
    held, last_hash = chain_end(session, origin)
    fresh: list[dict[str, Any]] = []
    for item in entries:
        if int(item["sequence"]) <= held:
            continue
        entry = item["entry"]
        check = _Entry(
            at=dt.datetime.fromisoformat(entry["at"]), user_id=entry["user_id"],
            action=entry["action"], entity=entry["entity"], entity_uuid=entry["entity_uuid"],
            before=entry["before"], after=entry["after"], reason=entry["reason"],
            sequence=int(item["sequence"]),
        )  # fmt: skip
        expected = held + len(fresh) + 1
        if (
            check.sequence != expected
            or item["prev_hash"] != last_hash
            or entry_hash(check, last_hash) != item["hash"]
        ):
            raise SyncError("sync_audit_chain_broken", first=check.sequence, held=held)
        fresh.append(
            {"origin": origin, **{k: item[k] for k in ("sequence", "prev_hash", "hash", "entry")}}
        )
        last_hash = str(item["hash"])
    if fresh:
        session.execute(insert(SyncAudit), fresh)
    return held + len(fresh)


def pending_for(session: Session, after: int, limit: int) -> list[SyncChange]:
    """Accepted changes after ``after``, in the server's order."""
    return list(
        session.scalars(
            select(SyncChange)
            .where(SyncChange.server_seq > after)
            .order_by(SyncChange.server_seq)
            .limit(limit)
        )
    )


def head(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(SyncHead.server_seq), 0))) or 0)


@dataclass(frozen=True)
class OriginChain:
    """One origin's audit chain as the server holds it: ``entries`` held, and the first
    ``problem`` found — "missing" (``first``–``last`` not held) or "changed" (entry
    ``first`` does not hash to what it says, or does not link to the one before)."""

    origin: str
    entries: int
    problem: str = ""
    first: int = 0
    last: int = 0


def verify_origins(session: Session) -> list[OriginChain]:
    """Walk each origin's chain link by link, as ``audit verify`` walks the store's own
    (issue #15 item 4)."""
    origins = session.scalars(select(SyncAudit.origin).distinct().order_by(SyncAudit.origin))
    found = []
    for origin in list(origins):
        expected, prev, count, problem = 1, GENESIS, 0, None
        query = select(SyncAudit).where(SyncAudit.origin == origin).order_by(SyncAudit.sequence)
        for row in session.scalars(query).yield_per(1000):
            count += 1
            if problem is not None:
                continue
            if row.sequence != expected:
                problem = OriginChain(origin, 0, "missing", expected, row.sequence - 1)
                continue
            entry = row.entry
            check = _Entry(
                at=dt.datetime.fromisoformat(str(entry["at"])), user_id=entry["user_id"],  # type: ignore[arg-type]
                action=str(entry["action"]), entity=str(entry["entity"]),
                entity_uuid=str(entry["entity_uuid"]), before=entry["before"],  # type: ignore[arg-type]
                after=entry["after"], reason=str(entry["reason"]), sequence=row.sequence,  # type: ignore[arg-type]
            )  # fmt: skip
            if row.prev_hash != prev or entry_hash(check, prev) != row.hash:
                problem = OriginChain(origin, 0, "changed", row.sequence, row.sequence)
            prev, expected = row.hash, row.sequence + 1
        if problem is None:
            found.append(OriginChain(origin, count))
        else:
            found.append(dataclasses.replace(problem, entries=count))
    return found


def origin_chains(ctx: Context) -> list[OriginChain]:
    """``audit verify`` on the server: every origin's chain (none on other stores)."""
    require(ctx, "audit.verify")
    with ctx.store.read() as session:
        return verify_origins(session)
