"""Demo nursing homes (fictitious names, addresses, doctors and provider numbers) with
their fixed-doctor arrangements — one split home with a doctor per section, one doctor
who has given notice (D32), one home whose doctor left and a new one started, one home
without a doctor — and demo citizens living there on permanent and temporary places
(D33). Citizens with an IV course given at a nursing home, or an acute episode at home,
are housed first, so the homes' pages show their nursing-home cases."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo import words as demo_data
from app.domain import homes as rules
from app.models import (
    AcuteEpisode,
    ArrangementEvent,
    Citizen,
    FixedDoctorArrangement,
    HomeSection,
    IvCourse,
    NursingHome,
    ResidentStay,
)
from app.services.kernel import audit
from app.services.kernel.context import Context

# name, ownership, places, street, postcode, city, sections (name, places)
HOMES: tuple[tuple[str, str, int, str, str, str, tuple[tuple[str, int], ...]], ...] = (
    ("Plejecenter Solgården", "municipal", 48, "Solvænget 4", "5250", "Odense SV", ()),
    ("Rosenhaven", "municipal", 72, "Rosenvej 12", "5260", "Odense S", (("Afsnit Nord", 36), ("Afsnit Syd", 36))),
    ("Egebo Friplejehjem", "private_agreement", 32, "Egebovej 1", "5220", "Odense SØ", ()),
    ("Lindehøj", "municipal", 40, "Lindealle 30", "5700", "Svendborg", ()),
    ("Bakkegården", "municipal", 36, "Bakkevej 7", "5500", "Middelfart", ()),
    ("Fjordparken", "municipal", 44, "Fjordvej 55", "5800", "Nyborg", ()),
    ("Kastanjehaven", "private_agreement", 30, "Kastanjevej 3", "5610", "Assens", ()),
    ("Møllehuset", "municipal", 38, "Møllestræde 9", "5471", "Søndersø", ()),
)  # fmt: skip
KINDS = ("respite", "guest", "acute")


@dataclass(frozen=True)
class HomesDemoResult:
    homes: int = 0
    arrangements: int = 0
    residents: int = 0


def _candidates(session: Session) -> list[int]:
    """Demo citizens, those with nursing-home cases first (their cases show on the page)."""
    cases = set(
        session.scalars(select(IvCourse.citizen_id).where(IvCourse.place == "nursing_home"))
    )
    cases |= set(
        session.scalars(select(AcuteEpisode.citizen_id).where(AcuteEpisode.setting == "home"))
    )
    taken = set(session.scalars(select(ResidentStay.citizen_id)))
    ids = [i for i in session.scalars(select(Citizen.id).where(Citizen.demo.is_(True)).order_by(Citizen.id)) if i not in taken]  # fmt: skip
    return [i for i in ids if i in cases] + [i for i in ids if i not in cases]


def _doctor(rng: random.Random) -> tuple[str, str, str]:
    name = f"{rng.choice(demo_data.FEMALE + demo_data.MALE)} {rng.choice(demo_data.LAST)}"
    return name, rng.choice(demo_data.GP_PRACTICES), f"{rng.randint(1000, 99999):06d}"


def _arrangement(
    session: Session,
    ctx: Context,
    rng: random.Random,
    home: NursingHome,
    section: HomeSection | None,
    start: dt.date,
) -> FixedDoctorArrangement:
    name, practice, provider = _doctor(rng)
    row = FixedDoctorArrangement(
        home_id=home.id,
        section_id=section.id if section else None,
        doctor_name=name,
        practice_name=practice,
        provider_number=provider,
        start_date=start,
    )
    audit.insert(
        session, ctx, row, "fixed_doctor_arrangement", after={"doctor": name, "demo": True}
    )
    _event(
        session,
        ctx,
        row,
        "started",
        start - dt.timedelta(days=rng.randint(10, 40)),
        start,
        f"{name}, {practice} (ydernr. {provider})",
    )
    return row


def _event(
    session: Session,
    ctx: Context,
    a: FixedDoctorArrangement,
    kind: str,
    registered: dt.date,
    effective: dt.date,
    text: str,
) -> None:
    row = ArrangementEvent(arrangement_id=a.id, kind=kind, registered_on=registered,
                           effective_on=effective, description=text)  # fmt: skip
    audit.insert(session, ctx, row, "arrangement_event", after={"kind": kind, "demo": True})


def _terminate(
    session: Session, ctx: Context, a: FixedDoctorArrangement, registered: dt.date, by: str
) -> None:
    a.notice_registered_on, a.terminated_by = registered, by
    a.end_date = rules.notice_effective(registered)
    who = "kommunen" if by == "municipality" else "lægen"
    _event(session, ctx, a, "terminated", registered, a.end_date, f"Opsagt af {who}.")


def _arrangements(
    session: Session, ctx: Context, rng: random.Random, homes: list[NursingHome], today: dt.date
) -> int:
    made = 0
    for index, home in enumerate(homes):
        if index == 4:  # Bakkegården: no fixed doctor (coverage below 100 %)
            continue
        start = dt.date(today.year - rng.randint(2, 6), rng.choice((1, 4, 7, 10)), 1)
        units: list[HomeSection | None] = [*home.sections] or [None]
        for section in units:
            first = _arrangement(session, ctx, rng, home, section, start)
            made += 1
            if index == 3:  # Lindehøj: the doctor left, a new one took over
                _terminate(session, ctx, first, dt.date(today.year - 1, 2, 10), "doctor")
                assert first.end_date is not None
                _arrangement(
                    session, ctx, rng, home, section, first.end_date + dt.timedelta(days=1)
                )
                made += 1
            if index == 5:  # Fjordparken: notice given, ends at a coming quarter's end
                _terminate(session, ctx, first, today - dt.timedelta(days=20), "municipality")
    return made


def _residents(
    session: Session, ctx: Context, rng: random.Random, homes: list[NursingHome], today: dt.date
) -> int:
    # Everyone with a nursing-home case first, then spread over the homes at random.
    people = _candidates(session)[: sum(h.places for h in homes)]
    rng.shuffle(people)
    made = 0
    for home in homes:
        units: list[HomeSection | None] = [*home.sections] or [None]
        for unit in units:
            places = unit.places if unit else home.places
            for _ in range(min(len(people), rng.randint(places * 3 // 4, places))):
                temporary = rng.random() < 0.1
                moved_in = today - dt.timedelta(days=rng.randint(400, 2400) if not temporary else rng.randint(1, 30))  # fmt: skip
                stay = ResidentStay(
                    citizen_id=people.pop(0), home_id=home.id,
                    section_id=unit.id if unit else None,
                    place_kind=rng.choice(KINDS) if temporary else "permanent",
                    moved_in=moved_in, fixed_doctor=not temporary and rng.random() < 0.85,
                )  # fmt: skip
                audit.insert(session, ctx, stay, "resident_stay", after={"demo": True})
                made += 1
    return made


def load_homes_demo(
    session: Session, ctx: Context, *, seed: int, today: dt.date
) -> HomesDemoResult:
    """The demo homes, arrangements and residents, written in the demo's own session."""
    rng = random.Random(seed)
    if session.scalar(select(NursingHome.id).limit(1)) is not None:
        return HomesDemoResult()
    homes = []
    for name, ownership, places, street, postcode, city, sections in HOMES:
        home = NursingHome(
            name=name, ownership=ownership, places=places, address=street, postcode=postcode,
            city=city, contact_phone="6" + "".join(rng.choice("0123456789") for _ in range(7)),
            contact_nurse=f"{rng.choice(demo_data.FEMALE)} {rng.choice(demo_data.LAST)}, sygeplejerske",
        )  # fmt: skip
        audit.insert(session, ctx, home, "nursing_home", after={"name": name, "demo": True})
        for section_name, section_places in sections:
            section = HomeSection(home_id=home.id, name=section_name, places=section_places)
            audit.insert(session, ctx, section, "home_section", after={"name": section_name})
        session.refresh(home)
        homes.append(home)
    arrangements = _arrangements(session, ctx, rng, homes, today)
    residents = _residents(session, ctx, rng, homes, today)
    return HomesDemoResult(len(homes), arrangements, residents)
