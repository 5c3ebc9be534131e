"""Shared steps of use cases that change a case record: find it, check its version."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.errors import NotFound, StaleRecord
from app.models import CaseRecord, User

R = TypeVar("R", bound=CaseRecord)


def user_label(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return "AkutDesk"
    user = session.get(User, user_id)
    return f"{user.name} ({user.initials})" if user else f"user #{user_id}"


def get_by_uuid(session: Session, model: type[R], uuid: str, what: str) -> R:
    """The record; NotFound names it by ``what``, its record code (app/messages/records.py)."""
    record = session.scalars(select(model).where(model.uuid == uuid)).one_or_none()
    if record is None:
        raise NotFound(what, uuid)
    return record


def load_for_update(
    session: Session, model: type[R], uuid: str, expected_version: int, what: str
) -> R:
    """Optimistic locking: refuse when the record moved on since the user opened it."""
    record = get_by_uuid(session, model, uuid, what)
    if record.version != expected_version:
        raise StaleRecord(what, user_label(session, record.updated_by_id), record.updated_at)
    return record


def flush_or_stale(session: Session, record: Any, what: str) -> None:
    """A concurrent save between our read and our write surfaces here as StaleDataError."""
    try:
        session.flush()
    except StaleDataError as exc:
        model, identity = type(record), inspect(record).identity  # both kept after rollback
        session.rollback()
        raise _stale_now(session, model, identity, what) from exc


def _stale_now(session: Session, model: Any, identity: Any, what: str) -> StaleRecord:
    """Who saved the record last and when, read after the rollback (issue #13 §11: the
    message named neither: "changed by another user at  after you opened it"). A record
    that is gone by now has no one to name: the message then says neither."""
    row = None
    if identity:
        row = session.execute(
            select(model.updated_by_id, model.updated_at).where(model.id == identity[0])
        ).one_or_none()
    if row is None:
        return StaleRecord(what, "", None)
    return StaleRecord(what, user_label(session, row.updated_by_id), row.updated_at)
