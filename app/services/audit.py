"""Writing the audit trail: every create, change (before/after), delete and every look at
a full CPR number (D40) is one row, in the same transaction as the change itself."""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from app.domain import clock
from app.models import AuditEntry
from app.services.context import Context


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def snapshot(record: object, fields: Iterable[str]) -> dict[str, Any]:
    return {name: _plain(getattr(record, name)) for name in fields}


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, as (before, after)."""
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


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
    session.add(
        AuditEntry(
            at=clock.now_utc(),
            user_id=ctx.user_id,
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            before=before,
            after=after,
            reason=reason,
        )
    )


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
    exchange file's ``uuid`` is kept, so a record is the same in every store)."""
    if uuid:
        record.uuid = uuid
    stamp_new(record, ctx)
    session.add(record)
    session.flush()
    write(session, ctx, "create", entity, record.uuid, after=after)
