"""Writing the audit trail: every create, change (before/after), delete and every look at
a full CPR number (D40) is one row, in the same transaction as the change itself.

The rows form a hash chain (issue #7, docs/audit.md): an entry's hash is SHA-256 over the
previous entry's hash and a canonical serialisation of the entry (app/domain/hash_chain.py). A
transaction's first entry locks the chain head (``SELECT … FOR UPDATE`` on the one row of
``audit_chain_head``; on SQLite the write lock is exclusive anyway) — one small query per
transaction however many entries it writes; the head row is updated with the transaction.
The unique sequence number makes a fork impossible even if the lock were bypassed.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain.hash_chain import entry_hash
from app.domain.problems import problem
from app.errors import InvalidInput
from app.models.audit import GENESIS, HEAD_ID, AuditChainHead, AuditEntry
from app.services.kernel.context import Context

_HEAD_KEY = "audit_chain_head"


def as_plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def snapshot(record: object, fields: Iterable[str]) -> dict[str, Any]:
    return {name: as_plain(getattr(record, name)) for name in fields}


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, as (before, after)."""
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def _json_ready(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the JSON column gives back when read (keys as text, tuples as lists, other
    values as text), so the hash computed now is the hash recomputed later."""
    if value is None:
        return None
    plain: dict[str, Any] = json.loads(json.dumps(value, default=_plain_text))
    return plain


def _plain_text(value: Any) -> Any:
    plain = as_plain(value)
    return plain if plain is not value else str(value)


def _head(session: Session) -> AuditChainHead:
    """The chain head, locked for this transaction (one query per transaction, and per
    savepoint: PostgreSQL releases a row lock taken in a savepoint that is rolled back)."""
    cached = session.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is _transaction(session):
        head: AuditChainHead = cached[1]
        return head
    query = (
        select(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    found = session.scalars(query).one_or_none()
    if found is None:  # a head row removed by hand: rebuilt from the last entry
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.sequence.desc())).first()
        found = AuditChainHead(
            id=HEAD_ID, sequence=last.sequence if last else 0, hash=last.hash if last else GENESIS
        )
        session.add(found)
    session.info[_HEAD_KEY] = (_transaction(session), found)
    return found


def _transaction(session: Session) -> object:
    return session.get_nested_transaction() or session.get_transaction()


def write(
    session: Session,
    ctx: Context,
    action: str,
    entity: str,
    entity_uuid: str = "",
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str = "",
) -> None:
    """Append one entry to the chain, in the caller's transaction."""
    head = _head(session)
    entry = AuditEntry(
        at=clock.now_utc(),
        user_id=ctx.user_id,
        action=action,
        entity=entity,
        entity_uuid=entity_uuid,
        before=_json_ready(before),
        after=_json_ready(after),
        reason=reason,
        sequence=head.sequence + 1,
        prev_hash=head.hash,
    )
    entry.hash = entry_hash(entry, head.hash)
    head.sequence, head.hash = entry.sequence, entry.hash
    session.add(entry)


def write_created(
    session: Session, ctx: Context, entity: str, created: Iterable[tuple[str, dict[str, Any]]]
) -> None:
    """A "create" entry for each ``(uuid, after)`` in order, chained as :func:`write` chains
    them, inserted in one batch (an import of many records; issue #13)."""
    head = _head(session)
    at = clock.now_utc()
    rows = []
    for entity_uuid, after in created:
        entry = AuditEntry(
            at=at, user_id=ctx.user_id, action="create", entity=entity, entity_uuid=entity_uuid,
            before=None, after=_json_ready(after), reason="", sequence=head.sequence + 1,
            prev_hash=head.hash,
        )  # fmt: skip
        entry.hash = entry_hash(entry, head.hash)
        head.sequence, head.hash = entry.sequence, entry.hash
        rows.append({c: getattr(entry, c) for c in _ENTRY_COLUMNS})
    if rows:
        session.execute(sqlalchemy.insert(AuditEntry), rows)


_ENTRY_COLUMNS = tuple(c.key for c in AuditEntry.__table__.columns if c.key != "id")


def stamp_new(record: Any, ctx: Context) -> None:
    """created/updated by and at for a new case record."""
    now = clock.now_utc()
    record.created_at = record.updated_at = now
    record.created_by_id = record.updated_by_id = ctx.user_id


def stamp_change(record: Any, ctx: Context) -> None:
    record.updated_at = clock.now_utc()
    record.updated_by_id = ctx.user_id


def insert(
    session: Session,
    ctx: Context,
    record: Any,
    entity: str,
    *,
    after: dict[str, Any],
    uuid: str | None = None,
) -> None:
    """Add a new case record with its created by/at stamp and its "create" audit entry (an
    exchange file's ``uuid`` is kept, so a record is the same in every store). A uuid
    another record of the kind already has is refused as input (issue #13: a file reusing
    an administration's uuid crashed the import with an IntegrityError)."""
    if uuid:
        model = type(record)
        if session.scalar(select(model.uuid).where(model.uuid == uuid)) is not None:
            raise InvalidInput([problem("uuid", "record.uuid_taken", uuid=uuid)])
        record.uuid = uuid
    stamp_new(record, ctx)
    session.add(record)
    session.flush()
    write(session, ctx, "create", entity, record.uuid, after=after)
