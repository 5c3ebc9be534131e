"""Shared pieces of the nursing-home use cases: loading records, the stays and arrangements
of a home as the pure rules see them (app.domain.homes), dates and the price index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import acute as acute_rules
from app.domain import homes as rules
from app.models import FixedDoctorArrangement, HomeSection, NursingHome, PriceIndex, ResidentStay
from app.models.base import CaseRecord
from app.services.kernel import audit
from app.services.kernel.context import Context
from app.services.kernel.records import flush_or_stale, get_by_uuid, load_for_update

# the record codes (as in the audit trail; NotFound and StaleRecord name the record by them)
HOME, SECTION, ARRANGEMENT, STAY = (
    "nursing_home",
    "home_section",
    "fixed_doctor_arrangement",
    "resident_stay",
)


def load(
    session: Session, model: type[CaseRecord], uuid: str, what: str, version: int | None = None
) -> object:
    if version is None:
        return get_by_uuid(session, model, uuid, what)
    return load_for_update(session, model, uuid, version, what)


def home(session: Session, uuid: str, version: int | None = None) -> NursingHome:
    record = load(session, NursingHome, uuid, HOME, version)
    assert isinstance(record, NursingHome)
    return record


def arrangement(session: Session, uuid: str, version: int | None = None) -> FixedDoctorArrangement:
    record = load(session, FixedDoctorArrangement, uuid, ARRANGEMENT, version)
    assert isinstance(record, FixedDoctorArrangement)
    return record


def touch(session: Session, ctx: Context, record: object, what: str) -> None:
    audit.stamp_change(record, ctx)
    flush_or_stale(session, record, what)


def section_of(session: Session, home_: NursingHome, uuid: str) -> HomeSection | None:
    """The home's section by uuid ("" = the whole home); a section of another home is None."""
    if not uuid:
        return None
    section = session.scalars(
        select(HomeSection).where(HomeSection.uuid == uuid, HomeSection.home_id == home_.id)
    ).one_or_none()
    return section


def unit_key(home_: NursingHome, section_id: int | None, sections: dict[int, str]) -> str:
    return sections[section_id] if section_id is not None else home_.uuid


def stays_of(session: Session, home_: NursingHome) -> list[rules.Stay]:
    """The home's stays as the rules see them; the unit is the section, or the home."""
    sections = {s.id: s.uuid for s in home_.sections}
    rows = session.scalars(select(ResidentStay).where(ResidentStay.home_id == home_.id))
    return [
        rules.Stay(
            unit_key(home_, r.section_id, sections),
            r.place_kind,
            r.moved_in,
            r.moved_out,
            r.fixed_doctor,
        )
        for r in rows
    ]


def units_of(home_: NursingHome, section_id: int | None) -> list[str]:
    """The units an arrangement covers: one section, or the home and all its sections."""
    if section_id is not None:
        return [s.uuid for s in home_.sections if s.id == section_id]
    return [home_.uuid, *(s.uuid for s in home_.sections)]


def home_units(home_: NursingHome) -> list[str]:
    """The units that need a fixed doctor: each section of a split home, else the home."""
    return [s.uuid for s in home_.sections] or [home_.uuid]


def active(a: FixedDoctorArrangement, on: dt.date) -> bool:
    return a.start_date <= on and (a.end_date is None or on <= a.end_date)


def home_exists(h: NursingHome, on: dt.date) -> bool:
    return h.closed_on is None or on <= h.closed_on


def price_index(session: Session, on: dt.date) -> Decimal:
    """D24/D31: the price level valid on ``on``, from the same table as the acute fee."""
    levels = [(p.valid_from, p.index) for p in session.scalars(select(PriceIndex))]
    return acute_rules.index_on(levels, on)


def arrangements_of(session: Session, home_: NursingHome) -> Sequence[FixedDoctorArrangement]:
    return session.scalars(
        select(FixedDoctorArrangement)
        .where(FixedDoctorArrangement.home_id == home_.id)
        .order_by(FixedDoctorArrangement.start_date, FixedDoctorArrangement.id)
    ).all()
