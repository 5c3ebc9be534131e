"""The register's figures on a date — per home, per arrangement, and coverage — computed
once here for the home list, the home page and every report (D30, D31, D33).

* An arrangement's attached residents are the permanent residents of its home or section
  who have chosen the fixed doctor (D33: temporary residents never count); more than 30
  gives 3 hours a month instead of 2 (D31); the fee is at the price level valid on the
  date (D24 table).
* A home counts as having a fixed doctor when every unit has one: the whole home, or each
  section of a split home (D30).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import homes as rules
from app.domain.problems import problem
from app.errors import InvalidInput
from app.models import FixedDoctorArrangement, NursingHome, StoreSetting
from app.services.homes import common
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

TARGET_SETTING = "homes.coverage_target"


@dataclass(frozen=True)
class ArrangementLine:
    uuid: str
    home_uuid: str
    home_name: str
    section_name: str  # "" = the whole home
    places: int  # places the arrangement covers (home or section)
    doctor_name: str
    practice_name: str
    provider_number: str
    start_date: dt.date
    end_date: dt.date | None  # the effective date of a termination (D32)
    attached: int
    hours: int
    fee: Decimal


@dataclass(frozen=True)
class HomeLine:
    uuid: str
    name: str
    ownership: str
    address: str
    places: int
    sections: int
    permanent: int
    temporary: int
    covered: bool
    covered_units: int
    units: int
    doctors: str
    ends_on: dt.date | None = None  # the first effective date of a given notice (D32)


@dataclass(frozen=True)
class Snapshot:
    on: dt.date
    index: Decimal
    homes: tuple[HomeLine, ...]
    arrangements: tuple[ArrangementLine, ...]
    coverage: rules.Coverage


def _arrangement_line(
    home: NursingHome,
    a: FixedDoctorArrangement,
    stays: list[rules.Stay],
    on: dt.date,
    index: Decimal,
) -> ArrangementLine:
    section = next((s for s in home.sections if s.id == a.section_id), None)
    attached = rules.attached(stays, common.units_of(home, a.section_id), on)
    hours = rules.fee_hours(attached)
    return ArrangementLine(
        a.uuid,
        home.uuid,
        home.name,
        section.name if section else "",
        section.places if section else home.places,
        a.doctor_name,
        a.practice_name,
        a.provider_number,
        a.start_date,
        a.end_date,
        attached,
        hours,
        rules.monthly_fee(hours, index),
    )


def _covered_units(home: NursingHome, running: list[FixedDoctorArrangement]) -> set[str]:
    covered: set[str] = set()
    for a in running:
        covered.update(common.units_of(home, a.section_id))
    return covered


def home_figures(
    session: Session, home: NursingHome, on: dt.date, index: Decimal
) -> tuple[HomeLine, list[ArrangementLine]]:
    stays = common.stays_of(session, home)
    running = [a for a in common.arrangements_of(session, home) if common.active(a, on)]
    lines = [_arrangement_line(home, a, stays, on, index) for a in running]
    units = common.home_units(home)
    covered = _covered_units(home, running)
    living = [s for s in stays if rules.lives_there(s, on)]
    permanent = sum(1 for s in living if not rules.is_temporary(s.kind))
    line = HomeLine(
        home.uuid,
        home.name,
        home.ownership,
        ", ".join(p for p in (home.address, f"{home.postcode} {home.city}".strip()) if p),
        home.places,
        len(home.sections),
        permanent,
        len(living) - permanent,
        rules.home_covered(units, covered),
        sum(1 for u in units if u in covered),
        len(units),
        ", ".join(sorted({a.doctor_name for a in running})),
        min((a.end_date for a in running if a.end_date), default=None),
    )
    return line, lines


def snapshot_in(session: Session, on: dt.date) -> Snapshot:
    """Every home existing on ``on`` (not closed before it) with its figures."""
    index = common.price_index(session, on)
    homes = session.scalars(select(NursingHome).order_by(NursingHome.name)).all()
    home_lines: list[HomeLine] = []
    arrangement_lines: list[ArrangementLine] = []
    for home in homes:
        if not common.home_exists(home, on):
            continue
        line, lines = home_figures(session, home, on, index)
        home_lines.append(line)
        arrangement_lines += lines
    target, target_date = _target(session)
    covered = sum(1 for h in home_lines if h.covered)
    result = rules.coverage(len(home_lines), covered, target, target_date)
    return Snapshot(on, index, tuple(home_lines), tuple(arrangement_lines), result)


def snapshot(ctx: Context, on: dt.date) -> Snapshot:
    require(ctx, "homes.read")
    with ctx.store.read() as session:
        return snapshot_in(session, on)


# -- the coverage target (D30, configurable) ---------------------------------------------------


def _target(session: Session) -> tuple[Decimal, dt.date]:
    setting = session.get(StoreSetting, TARGET_SETTING)
    value = setting.value if setting and isinstance(setting.value, dict) else {}
    percent = Decimal(str(value.get("percent", rules.COVERAGE_TARGET)))
    day = value.get("date")
    return percent, dt.date.fromisoformat(day) if day else rules.COVERAGE_TARGET_DATE


def coverage_target(ctx: Context) -> tuple[Decimal, dt.date]:
    require(ctx, "homes.read")
    with ctx.store.read() as session:
        return _target(session)


def set_coverage_target(ctx: Context, percent: Decimal, target_date: dt.date) -> Done[None]:
    """D30: 80 % by 31.12.2024 unless the administrator sets another target or date."""

    require(ctx, "homes.reports")
    if not Decimal(0) < percent <= Decimal(100):
        raise InvalidInput([problem("percent", "homes.target")])
    value = {"percent": str(percent), "date": target_date.isoformat()}
    with ctx.store.session() as session:
        setting = session.get(StoreSetting, TARGET_SETTING)
        before = setting.value if setting else None
        if setting is None:
            session.add(StoreSetting(key=TARGET_SETTING, value=value))
        else:
            setting.value = value
        audit.write(
            session,
            ctx,
            "update",
            "setting",
            TARGET_SETTING,
            before={"value": before},
            after={"value": value},
        )
    return Done(None, Changes.of("home_report"))
