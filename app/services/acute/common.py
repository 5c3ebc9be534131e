"""Shared pieces of the acute-episode use cases: loading an episode, its stamp."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import AcuteEpisode
from app.services.iv.common import as_utc, local_date
from app.services.kernel import audit
from app.services.kernel.context import Context
from app.services.kernel.records import flush_or_stale, get_by_uuid, load_for_update

__all__ = ["ENTITY", "as_utc", "episode", "local_date", "touch"]

ENTITY = "acute_episode"


def episode(session: Session, uuid: str, expected_version: int | None = None) -> AcuteEpisode:
    """The episode by uuid; with ``expected_version`` a stale copy is refused (who/when)."""
    if expected_version is None:
        return get_by_uuid(session, AcuteEpisode, uuid, ENTITY)
    return load_for_update(session, AcuteEpisode, uuid, expected_version, ENTITY)


def touch(session: Session, ctx: Context, record: AcuteEpisode) -> None:
    """Every change to an episode's history bumps its version (optimistic lock)."""
    audit.stamp_change(record, ctx)
    flush_or_stale(session, record, ENTITY)
