"""The conflicts list (issue #15, docs/sync.md): a record changed on both sides since the
last sync is never overwritten; the server keeps both versions as a conflict, which every
store pulls. Until someone chooses, the server's version stands everywhere.

Resolving is a use case like any other: the permission that guards the record's table
(app/services/kernel/db_roles.py ``WRITERS``), one transaction, an audit entry
``resolve_conflict`` with the server's version as *before* and the office's as *after*.
Choosing the office's version writes it as a new change of the record (so it travels as
any change does) — for a ``duplicate`` (one CPR registered at two offices), onto the
record that holds the value, into which the office merged its own; choosing the server's
changes no record. Either way the conflict itself
is marked resolved, and that travels too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.problems import problem
from app.errors import InvalidInput, NotFound, StaleRecord, SyncError
from app.models import Base, load_all
from app.models.sync import SyncConflict
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.db_roles import WRITERS
from app.services.kernel.permissions import require
from app.services.sync import rows
from app.services.sync.office import kind_of

CHOICES = ("mine", "theirs")
_STAMPS = {"id", "uuid", "version", "created_at", "created_by_id", "updated_at", "updated_by_id"}


@dataclass(frozen=True)
class ConflictView:
    uuid: str
    version: int
    table: str
    record_uuid: str
    kind: str
    origin: str
    fields: tuple[str, ...]
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    status: str
    choice: str
    at: Any


def _view(found: SyncConflict) -> ConflictView:
    return ConflictView(
        found.uuid, found.version, found.table_name, found.record_uuid, found.kind,
        found.origin, tuple(rows.differing(found.mine, found.theirs)), found.mine,
        found.theirs, found.status, found.choice, found.created_at,
    )  # fmt: skip


def list_conflicts(ctx: Context, *, include_resolved: bool = False) -> list[ConflictView]:
    """The conflicts of this store, oldest first (open ones only, unless asked)."""
    require(ctx, "citizens.read")
    with ctx.store.read() as session:
        query = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.status == "open")
        return [_view(c) for c in session.scalars(query)]


def resolve_conflict(ctx: Context, uuid: str, version: int, choice: str) -> Done[ConflictView]:
    """Keep ``mine`` (the office's version) or ``theirs`` (the server's), audit-logged."""
    require(ctx, "citizens.read")  # who sees the list; the record's own writers next
    if choice not in CHOICES:
        raise InvalidInput([problem("choice", "sync.choice_unknown", choice=choice[:20])])
    with ctx.store.read() as session:
        table = session.scalar(select(SyncConflict.table_name).where(SyncConflict.uuid == uuid))
    if table is None:
        raise NotFound("sync_conflict", uuid)
    require(ctx, WRITERS.get(table, ("citizens.edit",))[0])
    with ctx.store.session() as session:
        found = session.scalars(select(SyncConflict).where(SyncConflict.uuid == uuid)).one()
        if found.version != version:
            raise StaleRecord("sync_conflict")
        if found.status != "open":
            raise SyncError("sync_conflict_resolved")
        if choice == "mine":
            _restore(session, ctx, found)
        found.status, found.choice = "resolved", choice
        audit.stamp_change(found, ctx)
        audit.write(
            session, ctx, "resolve_conflict", kind_of(found.table_name), found.record_uuid,
            before=found.theirs, after=found.mine, reason=choice,
        )  # fmt: skip
        session.flush()
        view = _view(found)
    return Done(view, Changes.of("sync_conflict", uuid, also=["sync", kind_of(table)]))


def _model(table: str) -> Any:
    load_all()  # a model of a later-loaded module (app/models/__init__.py) is mapped too
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise NotFound("sync_conflict", table)


def _restore(session: Session, ctx: Context, found: SyncConflict) -> None:
    """The office's version as a new change of the record (journaled like any change)."""
    model = _model(found.table_name)
    record = session.scalars(select(model).where(model.uuid == found.record_uuid)).one_or_none()
    if record is None and found.kind == "duplicate" and found.mine is not None:
        record = _holding(session, model, found)
    if found.mine is None:  # the office deleted it
        if record is not None:
            session.delete(record)
        return
    try:
        values = rows.values(session, found.table_name, found.mine, found.record_uuid)
    except rows.MissingReference as error:  # e.g. the office's citizen merged since
        raise NotFound("sync_conflict", error.uuid) from error
    mapper = model.__mapper__
    if record is None:
        record = model()
        record.uuid = found.record_uuid
        audit.stamp_new(record, ctx)
        session.add(record)
    else:
        audit.stamp_change(record, ctx)
    for column, value in values.items():
        if column in _STAMPS:
            continue
        prop = mapper.get_property_by_column(mapper.local_table.c[column])
        setattr(record, prop.key, value)


def _holding(session: Session, model: Any, found: SyncConflict) -> Any:
    """The record the office's version of a ``duplicate`` conflict goes onto: the one that
    holds its unique value (the server's citizen with the same CPR, into which the office
    merged its own, services/sync/merge.py). Choosing *mine* writes the office's values
    onto it as an ordinary change, which travels; none here is :class:`NotFound`."""
    held = rows.holder(session, found.table_name, dict(found.mine or {}), found.record_uuid)
    if held is None:
        raise NotFound("sync_conflict", found.record_uuid)
    return session.get(model, held[0])
