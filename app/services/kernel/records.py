"""Shared steps of use cases that change a case record: find it, check its version."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
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
        session.rollback()
        raise StaleRecord(what) from exc
