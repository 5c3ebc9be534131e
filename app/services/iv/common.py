"""Shared pieces of the IV-course use cases: local time, loading a course, its stamp."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.domain import clock
from app.domain.problems import problem
from app.errors import InvalidInput
from app.models import IvCourse
from app.services.kernel import audit
from app.services.kernel.context import Context
from app.services.kernel.records import flush_or_stale, get_by_uuid, load_for_update

ENTITY = "iv_course"


def as_utc(moment: dt.datetime) -> dt.datetime:
    """A moment typed by a person: naive means Copenhagen wall-clock time (D42). One with no
    UTC counterpart (1 January of year 1) is refused as input, not raised as a crash."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.COPENHAGEN)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        raise InvalidInput([problem("at", "moment.range", value=moment)]) from None


def local_date(moment: dt.datetime) -> dt.date:
    return clock.local(moment).date()


def course(session: Session, uuid: str, expected_version: int | None = None) -> IvCourse:
    """The course by uuid; with ``expected_version`` a stale copy is refused (who/when)."""
    if expected_version is None:
        return get_by_uuid(session, IvCourse, uuid, ENTITY)
    return load_for_update(session, IvCourse, uuid, expected_version, ENTITY)


def touch(session: Session, ctx: Context, record: IvCourse) -> None:
    """Every change to a course's history bumps the course's version (optimistic lock)."""
    audit.stamp_change(record, ctx)
    flush_or_stale(session, record, ENTITY)
