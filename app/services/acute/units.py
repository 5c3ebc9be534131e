"""Acute places (akutpladser): units with their number of places, and the occupancy board
the visitation office reads (OK22 Bilag 3, 001:14032–14036: acute teams, acute places or
both). An episode on an acute place holds one numbered place of a unit while it is open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import acute as rules
from app.domain.identifiers import mask_cpr
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import AcuteEpisode, AcuteUnit, Citizen
from app.services.kernel import audit
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import flush_or_stale, get_by_uuid, load_for_update

ENTITY = "acute_unit"
MAX_PLACES = 200


@dataclass(frozen=True)
class AcuteUnitInput:
    name: str
    places: int
    active: bool = True


@dataclass(frozen=True)
class AcuteUnitView:
    uuid: str
    version: int
    name: str
    places: int
    active: bool


@dataclass(frozen=True)
class PlaceView:
    """One numbered place: free, or who holds it since when and until when expected."""

    number: int
    episode_uuid: str | None = None
    citizen_name: str = ""
    cpr_masked: str = ""
    since: dt.datetime | None = None
    expected_end: dt.date | None = None
    target_group: int | None = None


@dataclass(frozen=True)
class UnitOccupancy:
    unit: AcuteUnitView
    places: tuple[PlaceView, ...]

    @property
    def free(self) -> int:
        return sum(1 for p in self.places if p.episode_uuid is None)

    @property
    def occupied(self) -> int:
        return len(self.places) - self.free


def _view(unit: AcuteUnit) -> AcuteUnitView:
    return AcuteUnitView(unit.uuid, unit.version, unit.name, unit.places, unit.active)


def occupants(session: Session, unit_id: int) -> dict[int, AcuteEpisode]:
    """Open episodes on the unit's places, by place number."""
    rows = session.scalars(
        select(AcuteEpisode).where(
            AcuteEpisode.acute_unit_id == unit_id, AcuteEpisode.status == rules.Status.OPEN
        )
    )
    return {e.place_number: e for e in rows if e.place_number is not None}


def check_unit(session: Session, data: AcuteUnitInput, unit: AcuteUnit | None) -> list[Problem]:
    found: list[Problem] = []
    if not data.name.strip():
        found.append(problem("name", "acute_unit.name"))
    other = session.scalar(select(AcuteUnit).where(AcuteUnit.name == data.name.strip()))
    if other is not None and other is not unit:
        found.append(problem("name", "acute_unit.name_taken"))
    if not 1 <= data.places <= MAX_PLACES:
        found.append(problem("places", "acute_unit.places", max=MAX_PLACES))
    if unit is not None:
        taken = max(occupants(session, unit.id), default=0)
        if data.places < taken or (not data.active and taken):
            found.append(
                problem(
                    "places",
                    "acute_unit.occupied",
                    number=taken,
                )
            )
    return found


def add_unit_in_session(
    session: Session, ctx: Context, data: AcuteUnitInput, *, uuid: str | None = None
) -> AcuteUnit:
    problems = check_unit(session, data, None)
    if problems:
        raise InvalidInput(problems)
    unit = AcuteUnit(name=data.name.strip(), places=data.places, active=data.active)
    audit.insert(session, ctx, unit, ENTITY, after=audit.snapshot(unit, FIELDS), uuid=uuid)
    return unit


FIELDS = ("name", "places", "active")


def update_unit_in_session(
    session: Session, ctx: Context, unit: AcuteUnit, data: AcuteUnitInput
) -> bool:
    problems = check_unit(session, data, unit)
    if problems:
        raise InvalidInput(problems)
    before = audit.snapshot(unit, FIELDS)
    old, new = audit.changed(
        before, {"name": data.name.strip(), "places": data.places, "active": data.active}
    )
    if not new:
        return False
    for name, value in new.items():
        setattr(unit, name, value)
    audit.stamp_change(unit, ctx)
    flush_or_stale(session, unit, ENTITY)
    audit.write(session, ctx, "update", ENTITY, unit.uuid, before=old, after=new)
    return True


def save_acute_unit(
    ctx: Context,
    data: AcuteUnitInput,
    uuid: str | None = None,
    expected_version: int | None = None,
) -> Done[AcuteUnitView]:
    """Add a unit (no ``uuid``) or change one; fewer places than an occupied place number,
    or deactivating an occupied unit, is refused. An unchanged unit changes nothing."""
    require(ctx, "acute.units")
    with ctx.store.session() as session:
        if uuid is None:
            view = _view(add_unit_in_session(session, ctx, data))
            return Done(view, Changes.of(ENTITY, view.uuid))
        unit = (
            get_by_uuid(session, AcuteUnit, uuid, ENTITY)
            if expected_version is None
            else load_for_update(session, AcuteUnit, uuid, expected_version, ENTITY)
        )
        moved = update_unit_in_session(session, ctx, unit, data)
        return Done(_view(unit), Changes.of(ENTITY, uuid) if moved else NOTHING)


def list_acute_units(ctx: Context, *, active_only: bool = False) -> list[AcuteUnitView]:
    require(ctx, "reference.read")
    query = select(AcuteUnit).order_by(AcuteUnit.name)
    if active_only:
        query = query.where(AcuteUnit.active.is_(True))
    with ctx.store.read() as session:
        return [_view(u) for u in session.scalars(query)]


def occupancy_board(ctx: Context) -> list[UnitOccupancy]:
    """Per active unit its places: who holds each (masked CPR, D40), since when and the
    expected end, and which are free."""
    require(ctx, "acute.read")
    with ctx.store.read() as session:
        units = session.scalars(
            select(AcuteUnit).where(AcuteUnit.active.is_(True)).order_by(AcuteUnit.name)
        ).all()
        rows = session.execute(
            select(AcuteEpisode, Citizen.first_name, Citizen.last_name, Citizen.cpr)
            .join(Citizen, Citizen.id == AcuteEpisode.citizen_id)
            .where(
                AcuteEpisode.status == rules.Status.OPEN, AcuteEpisode.acute_unit_id.is_not(None)
            )
        ).all()
        taken: Taken = {
            (e.acute_unit_id, e.place_number): (e, f"{first} {last}", cpr)
            for e, first, last, cpr in rows
        }
        return [_board(unit, taken) for unit in units]


Taken = dict[tuple[int | None, int | None], tuple[AcuteEpisode, str, str]]


def _board(unit: AcuteUnit, taken: Taken) -> UnitOccupancy:
    places = []
    for number in range(1, unit.places + 1):
        held = taken.get((unit.id, number))
        if held is None:
            places.append(PlaceView(number))
            continue
        episode, name, cpr = held
        places.append(
            PlaceView(
                number,
                episode.uuid,
                name,
                mask_cpr(cpr),
                episode.start_at,
                episode.expected_end,
                episode.target_group,
            )
        )
    return UnitOccupancy(_view(unit), tuple(places))


def check_place(
    session: Session, unit_uuid: str, number: int | None, episode: AcuteEpisode | None
) -> tuple[AcuteUnit | None, list[Problem]]:
    """An acute place must exist on an active unit and be free (other than by ``episode``)."""
    unit = session.scalar(select(AcuteUnit).where(AcuteUnit.uuid == unit_uuid))
    if unit is None or not unit.active:
        return None, [problem("acute_unit", "acute.unit_missing")]
    if number is None or not 1 <= number <= unit.places:
        return unit, [
            problem(
                "place_number",
                "acute.place_range",
                unit=unit.name,
                places=unit.places,
                number=number,
            )
        ]
    holder = occupants(session, unit.id).get(number)
    if holder is not None and holder is not episode:
        return unit, [
            problem(
                "place_number",
                "acute.place_occupied",
                number=number,
                unit=unit.name,
            )
        ]
    return unit, []
