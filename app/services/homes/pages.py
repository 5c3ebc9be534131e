"""What the home page shows: the home, its sections, every arrangement with its history,
the residents and their doctor, and the nursing-home cases.

Nursing-home cases: no case names the home, so a case belongs to a home when its citizen
had a stay there during the case — an IV course given at a nursing home, or an acute episode
at the citizen's home (setting "home", which for a resident is the nursing home), whose
dates overlap the stay. Each case kind says which of its cases with its ``residents`` hook
(app.domain.kinds; the IV course's and the episode's in their ``views`` modules). A stored
link would go stale when a stay is corrected; the overlap is always what the register says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import clock, kinds
from app.domain import homes as rules
from app.domain.identifiers import mask_cpr
from app.domain.kinds import KINDS
from app.models import Citizen, FixedDoctorArrangement, NursingHome, ResidentStay
from app.services.homes import common, figures
from app.services.kernel.cases import CaseRow, Stays
from app.services.kernel.context import Context
from app.services.kernel.permissions import require


@dataclass(frozen=True)
class SectionRow:
    uuid: str
    version: int
    name: str
    places: int
    permanent: int


@dataclass(frozen=True)
class EventRow:
    kind: str
    registered_on: dt.date
    effective_on: dt.date
    description: str


@dataclass(frozen=True)
class ArrangementRow:
    uuid: str
    version: int
    section_uuid: str
    section_name: str
    doctor_name: str
    practice_name: str
    provider_number: str
    start_date: dt.date
    end_date: dt.date | None
    notice_registered_on: dt.date | None
    terminated_by: str
    running: bool
    attached: int
    hours: int
    fee: str  # Decimal as text, at the page date's price level
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class ResidentRow:
    uuid: str
    version: int
    citizen_uuid: str
    cpr_masked: str
    name: str
    section_uuid: str
    section_name: str
    place_kind: str
    moved_in: dt.date
    moved_out: dt.date | None
    fixed_doctor: bool
    doctor: str  # the fixed doctor's name, or the citizen's own GP


@dataclass(frozen=True)
class HomePage:
    uuid: str
    version: int
    name: str
    ownership: str
    address: str
    postcode: str
    city: str
    places: int
    contact_nurse: str
    contact_phone: str
    closed_on: dt.date | None
    line: figures.HomeLine
    sections: tuple[SectionRow, ...]
    arrangements: tuple[ArrangementRow, ...]
    residents: tuple[ResidentRow, ...]
    cases: tuple[CaseRow, ...]


def home_page(ctx: Context, uuid: str, on: dt.date | None = None) -> HomePage:
    require(ctx, "homes.read")
    day = on or clock.today()
    with ctx.store.read() as session:
        home = common.home(session, uuid)
        index = common.price_index(session, day)
        line, _ = figures.home_figures(session, home, day, index)
        stays = common.stays_of(session, home)
        arrangements = common.arrangements_of(session, home)
        sections = tuple(
            SectionRow(
                s.uuid, s.version, s.name, s.places, rules.permanent_residents(stays, [s.uuid], day)
            )
            for s in home.sections
        )
        rows = tuple(_arrangement(home, a, stays, day, index) for a in reversed(arrangements))
        return HomePage(
            home.uuid,
            home.version,
            home.name,
            home.ownership,
            home.address,
            home.postcode,
            home.city,
            home.places,
            home.contact_nurse,
            home.contact_phone,
            home.closed_on,
            line,
            sections,
            rows,
            _residents(session, home, arrangements, day),
            _cases(session, home.id, day),
        )


def _arrangement(
    home: NursingHome,
    a: FixedDoctorArrangement,
    stays: list[rules.Stay],
    day: dt.date,
    index: Decimal,
) -> ArrangementRow:
    section = next((s for s in home.sections if s.id == a.section_id), None)
    attached = rules.attached(stays, common.units_of(home, a.section_id), day)
    hours = rules.fee_hours(attached)
    return ArrangementRow(
        a.uuid,
        a.version,
        section.uuid if section else "",
        section.name if section else "",
        a.doctor_name,
        a.practice_name,
        a.provider_number,
        a.start_date,
        a.end_date,
        a.notice_registered_on,
        a.terminated_by,
        common.active(a, day),
        attached,
        hours,
        str(rules.monthly_fee(hours, index)),
        tuple(EventRow(e.kind, e.registered_on, e.effective_on, e.description) for e in a.events),
    )


def _doctor_for(
    stay: ResidentStay,
    arrangements: list[FixedDoctorArrangement],
    citizen: Citizen,
    on: dt.date,
) -> str:
    if stay.fixed_doctor:
        for a in arrangements:
            if common.active(a, on) and (a.section_id is None or a.section_id == stay.section_id):
                return a.doctor_name
    return citizen.gp_name


def _residents(
    session: Session,
    home: NursingHome,
    arrangements: Sequence[FixedDoctorArrangement],
    day: dt.date,
) -> tuple[ResidentRow, ...]:
    names = {s.id: (s.uuid, s.name) for s in home.sections}
    query = (
        select(ResidentStay, Citizen)
        .join(Citizen, Citizen.id == ResidentStay.citizen_id)
        .where(ResidentStay.home_id == home.id)
        .order_by(ResidentStay.moved_out.is_not(None), Citizen.last_key, Citizen.first_key)
    )
    rows = []
    for stay, c in session.execute(query):
        section_uuid, section_name = names.get(stay.section_id or -1, ("", ""))
        rows.append(
            ResidentRow(
                stay.uuid,
                stay.version,
                c.uuid,
                mask_cpr(c.cpr),
                f"{c.first_name} {c.last_name}",
                section_uuid,
                section_name,
                stay.place_kind,
                stay.moved_in,
                stay.moved_out,
                stay.fixed_doctor,
                _doctor_for(stay, list(arrangements), c, day),
            )
        )
    return tuple(rows)


def _cases(session: Session, home_id: int, day: dt.date) -> tuple[CaseRow, ...]:
    """The cases of the home's residents during their stays, of every kind with a residents
    hook (app.domain.kinds), newest first."""
    stays = session.execute(
        select(ResidentStay.citizen_id, ResidentStay.moved_in, ResidentStay.moved_out).where(
            ResidentStay.home_id == home_id
        )
    ).all()
    by_citizen: Stays = {}
    for citizen_id, moved_in, moved_out in stays:
        by_citizen.setdefault(citizen_id, []).append((moved_in, moved_out))
    if not by_citizen:
        return ()
    found = [
        row
        for kind in KINDS
        if kind.residents is not None
        for row in kinds.resolve(kind.residents)(session, by_citizen, day)
    ]
    return tuple(sorted(found, key=lambda c: (c.start, c.uuid), reverse=True))
