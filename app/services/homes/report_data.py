"""The content of the three reports, computed from the register (DIGEST §2.2, §4.2):

* KLU list (001:13959–13966): the homes where the municipality wants a fixed doctor, the
  places per home per fixed doctor, and the doctors and their practices;
* coverage statement as of 1 January (001:13968–13972; D30): homes with and without a
  fixed doctor and the coverage against the target;
* quarterly changes (001:13974–13976): new, changed and terminated arrangements since the
  last change report, with their effective dates, for the region's practice department
  and PLO.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import homes as rules
from app.models import ArrangementEvent, FixedDoctorArrangement, HomeReport, NursingHome
from app.services.homes import common, figures


@dataclass(frozen=True)
class DoctorLine:
    doctor_name: str
    practice_name: str
    provider_number: str
    homes: int
    places: int
    attached: int
    fee: Decimal


@dataclass(frozen=True)
class KluData:
    on: dt.date
    snapshot: figures.Snapshot
    doctors: tuple[DoctorLine, ...]
    without: tuple[figures.HomeLine, ...]


@dataclass(frozen=True)
class ChangeLine:
    kind: str
    registered_on: dt.date
    effective_on: dt.date
    home_name: str
    section_name: str
    doctor_name: str
    practice_name: str
    provider_number: str
    description: str
    hours: int  # at the end of the quarter (D31)
    fee: Decimal


@dataclass(frozen=True)
class ChangesData:
    year: int
    quarter: int
    since: dt.date
    until: dt.date
    lines: tuple[ChangeLine, ...]
    index: Decimal


def klu_data(session: Session, on: dt.date) -> KluData:
    snap = figures.snapshot_in(session, on)
    per_doctor: dict[tuple[str, str, str], list[figures.ArrangementLine]] = {}
    for line in snap.arrangements:
        key = (line.doctor_name, line.practice_name, line.provider_number)
        per_doctor.setdefault(key, []).append(line)
    doctors = tuple(
        DoctorLine(
            name,
            practice,
            provider,
            len({a.home_uuid for a in lines}),
            sum(a.places for a in lines),
            sum(a.attached for a in lines),
            sum((a.fee for a in lines), Decimal(0)),
        )
        for (name, practice, provider), lines in sorted(per_doctor.items())
    )
    without = tuple(h for h in snap.homes if not h.covered)
    return KluData(on, snap, doctors, without)


def coverage_data(session: Session, year: int) -> figures.Snapshot:
    """D30: the statement as of 1 January of ``year``."""
    return figures.snapshot_in(session, dt.date(year, 1, 1))


def changes_since(session: Session, year: int, quarter: int, until: dt.date) -> dt.date:
    """The day after the period of the last change report made before this one (a report
    made before its quarter ended covers up to the day it was made), else the quarter's
    first day: nothing registered is left out, and nothing is reported twice."""
    last = session.scalar(
        select(HomeReport.period_end)
        .where(HomeReport.kind == rules.ReportKind.CHANGES, HomeReport.period_end < until)
        .order_by(HomeReport.period_end.desc())
        .limit(1)
    )
    return last + dt.timedelta(days=1) if last else rules.quarter_start(year, quarter)


def changes_data(session: Session, year: int, quarter: int, until: dt.date) -> ChangesData:
    """Arrangement events registered since the last change report up to ``until`` (the
    quarter's end, or the day the report is made if earlier)."""
    since = changes_since(session, year, quarter, until)
    index = common.price_index(session, until)
    query = (
        select(ArrangementEvent, FixedDoctorArrangement, NursingHome)
        .join(FixedDoctorArrangement, FixedDoctorArrangement.id == ArrangementEvent.arrangement_id)
        .join(NursingHome, NursingHome.id == FixedDoctorArrangement.home_id)
        .where(ArrangementEvent.registered_on >= since, ArrangementEvent.registered_on <= until)
        .order_by(ArrangementEvent.registered_on, ArrangementEvent.id)
    )
    lines = []
    for event, a, home in session.execute(query):
        stays = common.stays_of(session, home)
        section = next((s for s in home.sections if s.id == a.section_id), None)
        hours = rules.fee_hours(rules.attached(stays, common.units_of(home, a.section_id), until))
        lines.append(
            ChangeLine(
                event.kind,
                event.registered_on,
                event.effective_on,
                home.name,
                section.name if section else "",
                a.doctor_name,
                a.practice_name,
                a.provider_number,
                event.description,
                hours,
                rules.monthly_fee(hours, index),
            )
        )
    return ChangesData(year, quarter, since, until, tuple(lines), index)
