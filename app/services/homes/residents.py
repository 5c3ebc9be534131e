"""Residents: who lives at which home or section, on a permanent or a temporary place
(D33), and whether they have chosen the fixed doctor as their own doctor (001:13904–13911).

A citizen lives in one place at a time: stays of one citizen never overlap.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import homes as rules
from app.domain.problems import Problem, choice_problem, problem
from app.errors import InvalidInput
from app.models import Citizen, HomeSection, NursingHome, ResidentStay
from app.services.homes import common
from app.services.homes.register import Saved
from app.services.kernel import audit
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import get_by_uuid

FIELDS = ("place_kind", "moved_in", "moved_out", "fixed_doctor")


@dataclass(frozen=True)
class StayInput:
    citizen_uuid: str
    home_uuid: str
    place_kind: str
    moved_in: dt.date
    section_uuid: str = ""
    fixed_doctor: bool = False
    moved_out: dt.date | None = None


def check_stay(
    session: Session,
    citizen: Citizen,
    home: NursingHome,
    section: HomeSection | None,
    data: StayInput,
    own: ResidentStay | None,
) -> list[Problem]:
    found = choice_problem("place_kind", data.place_kind, list(rules.PlaceKind))
    if data.section_uuid and section is None:
        found.append(problem("section", "homes.section_unknown"))
    elif home.sections and section is None:
        found.append(problem("section", "homes.section_needed"))
    if data.moved_out is not None and data.moved_out < data.moved_in:
        found.append(problem("moved_out", "homes.moved_out_before"))
    if home.closed_on is not None and data.moved_in > home.closed_on:
        found.append(problem("moved_in", "homes.home_closed"))
    return found + _overlap(session, citizen, data, own)


def _overlap(
    session: Session, citizen: Citizen, data: StayInput, own: ResidentStay | None
) -> list[Problem]:
    stays = session.scalars(select(ResidentStay).where(ResidentStay.citizen_id == citizen.id))
    for other in stays:
        if other is own:
            continue
        if rules.periods_overlap(data.moved_in, data.moved_out, other.moved_in, other.moved_out):
            return [
                problem(
                    "moved_in",
                    "homes.stay_overlap",
                    day=other.moved_in,
                )
            ]
    return []


def _load(session: Session, data: StayInput) -> tuple[Citizen, NursingHome, HomeSection | None]:
    citizen = get_by_uuid(session, Citizen, data.citizen_uuid, "citizen")
    home = common.home(session, data.home_uuid)
    return citizen, home, common.section_of(session, home, data.section_uuid)


def move_in(ctx: Context, data: StayInput, *, uuid: str | None = None) -> Done[Saved]:
    """A citizen moves into a home on a permanent or temporary place (D33)."""
    require(ctx, "homes.residents")
    with ctx.store.session() as session:
        citizen, home, section = _load(session, data)
        found = check_stay(session, citizen, home, section, data, None)
        if found:
            raise InvalidInput(found)
        stay = ResidentStay(
            citizen_id=citizen.id,
            home_id=home.id,
            section_id=section.id if section else None,
            place_kind=data.place_kind,
            moved_in=data.moved_in,
            moved_out=data.moved_out,
            fixed_doctor=data.fixed_doctor,
        )
        after = audit.snapshot(stay, FIELDS) | {"citizen": citizen.uuid, "home": home.uuid}
        audit.insert(session, ctx, stay, "resident_stay", after=after, uuid=uuid)
        return Done(Saved(stay.uuid, stay.version), _stay_changes(stay.uuid))


def change_stay(ctx: Context, uuid: str, version: int, data: StayInput) -> Done[Saved]:
    """Change a stay: its place, section, dates (moving out) or the doctor choice."""
    require(ctx, "homes.residents")
    with ctx.store.session() as session:
        record = common.load(session, ResidentStay, uuid, common.STAY, version)
        assert isinstance(record, ResidentStay)
        citizen, home, section = _load(session, data)
        found = check_stay(session, citizen, home, section, data, record)
        if citizen.id != record.citizen_id:
            found.append(problem("citizen", "homes.stay_citizen"))
        if found:
            raise InvalidInput(found)
        before = audit.snapshot(record, FIELDS) | {"home": record.home_id}
        record.home_id, record.section_id = home.id, section.id if section else None
        record.place_kind, record.fixed_doctor = data.place_kind, data.fixed_doctor
        record.moved_in, record.moved_out = data.moved_in, data.moved_out
        old, new = audit.changed(before, audit.snapshot(record, FIELDS) | {"home": home.id})
        if new:
            common.touch(session, ctx, record, common.STAY)
            audit.write(session, ctx, "update", "resident_stay", uuid, before=old, after=new)
        return Done(Saved(record.uuid, record.version), _stay_changes(uuid) if new else NOTHING)


def _stay_changes(uuid: str) -> Changes:
    """A stay is a resident of the home: the home's page counts them."""
    return Changes.of("resident", uuid, also={"nursing_home"})


def move_out(ctx: Context, uuid: str, version: int, moved_out: dt.date) -> Done[Saved]:
    require(ctx, "homes.residents")
    with ctx.store.read() as session:
        record = common.load(session, ResidentStay, uuid, common.STAY)
        assert isinstance(record, ResidentStay)
        citizen = session.get(Citizen, record.citizen_id)
        home = session.get(NursingHome, record.home_id)
        section = session.get(HomeSection, record.section_id) if record.section_id else None
        assert citizen is not None and home is not None
        data = StayInput(
            citizen.uuid,
            home.uuid,
            record.place_kind,
            record.moved_in,
            section.uuid if section else "",
            record.fixed_doctor,
            moved_out,
        )
    return change_stay(ctx, uuid, version, data)
