"""Registering nursing homes and their sections (OK22 Bilag 2 scope, 001:13895–13896;
sections of at least 30 residents, 001:13898–13902)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import homes as rules
from app.domain.identifiers import check_phone, normalise_phone
from app.domain.numerals import ascii_digits
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import HomeSection, NursingHome
from app.services.homes import common
from app.services.kernel import audit
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

HOME_FIELDS = (
    "name",
    "ownership",
    "address",
    "postcode",
    "city",
    "places",
    "contact_nurse",
    "contact_phone",
    "closed_on",
)


@dataclass(frozen=True)
class HomeInput:
    name: str
    ownership: str
    places: int
    address: str = ""
    postcode: str = ""
    city: str = ""
    contact_nurse: str = ""  # the doctor's primary contact, as a rule a nurse (001:13940–13946)
    contact_phone: str = ""
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class Saved:
    uuid: str
    version: int


def check_home_input(session: Session, data: HomeInput, own: NursingHome | None) -> list[Problem]:
    found = rules.check_home(data.name, data.ownership, data.places)
    if data.contact_phone.strip():
        found += check_phone(data.contact_phone, "contact_phone")
    if data.postcode.strip() and not (len(data.postcode) == 4 and ascii_digits(data.postcode)):
        found.append(problem("postcode", "homes.postcode"))
    other = session.scalar(select(NursingHome.id).where(NursingHome.name == data.name.strip()))
    if other is not None and (own is None or other != own.id):
        found.append(problem("name", "homes.name_taken"))
    if own is not None and own.sections:
        found += rules.check_sections(data.places, [s.places for s in own.sections])
    return found


def home_values(data: HomeInput) -> dict[str, object]:
    values = {name: getattr(data, name) for name in HOME_FIELDS}
    for name in ("name", "address", "postcode", "city", "contact_nurse"):
        values[name] = str(values[name]).strip()
    values["contact_phone"] = normalise_phone(data.contact_phone) if data.contact_phone else ""
    return values


def create_home(ctx: Context, data: HomeInput, *, uuid: str | None = None) -> Done[Saved]:
    """A municipal nursing home, or a private one with an operating agreement."""
    require(ctx, "homes.edit")
    with ctx.store.session() as session:
        found = check_home_input(session, data, None)
        if found:
            raise InvalidInput(found)
        values = home_values(data)
        home = NursingHome(**values)
        audit.insert(
            session, ctx, home, "nursing_home", after=audit.snapshot(home, HOME_FIELDS), uuid=uuid
        )
        return Done(Saved(home.uuid, home.version), Changes.of("nursing_home", home.uuid))


def update_home(ctx: Context, uuid: str, version: int, data: HomeInput) -> Done[Saved]:
    require(ctx, "homes.edit")
    with ctx.store.session() as session:
        home = common.home(session, uuid, version)
        found = check_home_input(session, data, home)
        if found:
            raise InvalidInput(found)
        before = audit.snapshot(home, HOME_FIELDS)
        for name, value in home_values(data).items():
            setattr(home, name, value)
        old, new = audit.changed(before, audit.snapshot(home, HOME_FIELDS))
        if new:
            common.touch(session, ctx, home, common.HOME)
            audit.write(session, ctx, "update", "nursing_home", uuid, before=old, after=new)
        changes = Changes.of("nursing_home", uuid) if new else NOTHING
        return Done(Saved(home.uuid, home.version), changes)


def add_section(
    ctx: Context, home_uuid: str, name: str, places: int, *, uuid: str | None = None
) -> Done[Saved]:
    """A section of a split home: at least 30 places, all sections within the home's places
    (001:13898–13902)."""
    require(ctx, "homes.edit")
    with ctx.store.session() as session:
        home = common.home(session, home_uuid)
        found = check_section(home, name, places, None)
        if found:
            raise InvalidInput(found)
        section = HomeSection(home_id=home.id, name=name.strip(), places=places)
        audit.insert(
            session,
            ctx,
            section,
            "home_section",
            after={"home": home.uuid, "name": section.name, "places": places},
            uuid=uuid,
        )
        changes = _section_changes(home.uuid, section.uuid)
        return Done(Saved(section.uuid, section.version), changes)


def update_section(ctx: Context, uuid: str, version: int, name: str, places: int) -> Done[Saved]:
    require(ctx, "homes.edit")
    with ctx.store.session() as session:
        record = common.load(session, HomeSection, uuid, common.SECTION, version)
        assert isinstance(record, HomeSection)
        found = check_section(record.home, name, places, record)
        if found:
            raise InvalidInput(found)
        before = {"name": record.name, "places": record.places}
        record.name, record.places = name.strip(), places
        old, new = audit.changed(before, {"name": record.name, "places": places})
        if new:
            common.touch(session, ctx, record, common.SECTION)
            audit.write(session, ctx, "update", "home_section", uuid, before=old, after=new)
        changes = _section_changes(record.home.uuid, uuid) if new else NOTHING
        return Done(Saved(record.uuid, record.version), changes)


def _section_changes(home_uuid: str, section_uuid: str) -> Changes:
    """A section moves its home's page too (the places of a split home)."""
    return Changes.of("home_section", section_uuid) | Changes.of("nursing_home", home_uuid)


def check_section(
    home: NursingHome, name: str, places: int, own: HomeSection | None
) -> list[Problem]:
    found: list[Problem] = []
    if not name.strip():
        found.append(problem("name", "homes.section_name"))
    elif any(s.name == name.strip() and s is not own for s in home.sections):
        found.append(problem("name", "homes.section_taken"))
    others = [s.places for s in home.sections if s is not own]
    return found + rules.check_sections(home.places, [*others, places])
