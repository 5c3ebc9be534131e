"""Measurements the acute nurse takes for the GP's assessment (001:14126–14136): CRP,
haemoglobin, blood glucose, INR (NPU codes), temperature, pulse, blood pressure,
respiratory rate and SpO₂ — each within a plausible range — and their trend per episode."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import acute as rules
from app.domain import clock
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import AcuteEpisode, AcuteMeasurement
from app.services.acute import common
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

ENTITY = "acute_measurement"


@dataclass(frozen=True)
class MeasurementInput:
    kind: str  # a key of app.domain.acute.MEASUREMENTS
    measured_at: dt.datetime  # naive = Copenhagen time (D42)
    value: Decimal | str | int | float
    value2: Decimal | str | int | float | None = None  # diastolic of a blood pressure
    note: str = ""


@dataclass(frozen=True)
class TrendPoint:
    at: dt.datetime
    value: Decimal
    value2: Decimal | None = None


def _check_time(episode: AcuteEpisode, at: dt.datetime) -> list[Problem]:
    found = []
    if at < episode.start_at - dt.timedelta(hours=12):
        found.append(problem("measured_at", "measure.before_start"))
    if episode.end_at is not None and at > episode.end_at:
        found.append(problem("measured_at", "measure.after_end"))
    if at > clock.now_utc() + dt.timedelta(minutes=5):
        found.append(problem("measured_at", "measure.future"))
    return found


def add_in_session(
    session: Session,
    ctx: Context,
    episode: AcuteEpisode,
    data: MeasurementInput,
    *,
    uuid: str | None = None,
) -> AcuteMeasurement:
    at = common.as_utc(data.measured_at)
    value, value2, problems = rules.check_measurement(data.kind, data.value, data.value2)
    problems += _check_time(episode, at)
    if problems:
        raise InvalidInput(problems)
    assert value is not None
    row = AcuteMeasurement(
        episode_id=episode.id,
        kind=data.kind,
        measured_at=at,
        value=value,
        value2=value2,
        note=data.note.strip(),
    )
    audit.insert(
        session,
        ctx,
        row,
        ENTITY,
        after={
            "kind": data.kind,
            "value": str(value),
            "value2": str(value2 or ""),
            "at": at.isoformat(),
        },
        uuid=uuid,
    )
    common.touch(session, ctx, episode)
    return row


def record_measurement(ctx: Context, episode_uuid: str, data: MeasurementInput) -> Done[str]:
    """A measured value, refused outside its plausible range with the range named. Only a
    nurse takes it (issue #12 item 3): ``acute.care`` is the nurse's alone, and the
    signed-in nurse is its author."""
    require(ctx, "acute.care")
    with ctx.store.session() as session:
        uuid = add_in_session(session, ctx, common.episode(session, episode_uuid), data).uuid
    return Done(uuid, Changes.of(common.ENTITY, episode_uuid, also={ENTITY}))


def trend(ctx: Context, episode_uuid: str, kind: str) -> list[TrendPoint]:
    """The values of one kind in time order, for a chart."""
    require(ctx, "acute.read")
    with ctx.store.read() as session:
        episode = common.episode(session, episode_uuid)
        rows = session.execute(
            select(AcuteMeasurement.measured_at, AcuteMeasurement.value, AcuteMeasurement.value2)
            .where(AcuteMeasurement.episode_id == episode.id, AcuteMeasurement.kind == kind)
            .order_by(AcuteMeasurement.measured_at, AcuteMeasurement.id)
        ).all()
        return [TrendPoint(at, value, value2) for at, value, value2 in rows]
