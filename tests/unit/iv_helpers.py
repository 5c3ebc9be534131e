"""Building blocks for IV-course tests: a department, a citizen, a referral."""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.domain import clock
from app.services import citizens
from app.services.admin import reference
from app.services.admin.reference import DepartmentInput
from app.services.citizens import CitizenInput
from app.services.iv.referrals import ReferralInput, register_referral

TODAY = clock.today()


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def at(offset: int, hh: int = 9, mm: int = 0) -> dt.datetime:
    """A Copenhagen wall-clock moment ``offset`` days from today."""
    return dt.datetime.combine(day(offset), dt.time(hh, mm))


def department(ctx) -> str:
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH")
    return reference.save_department(
        ctx,
        unit.uuid,
        DepartmentInput(name="Infektionsmedicinsk Afdeling Q", phone_24_7="65 41 12 34"),
    ).value.uuid


def citizen(ctx, cpr: str = "0101500007", first: str = "Else", last: str = "Jensen") -> str:
    return citizens.register_citizen(
        ctx, CitizenInput(cpr=cpr, first_name=first, last_name=last)
    ).value.uuid


def referral(ctx, citizen_uuid: str, dept_uuid: str, **changes) -> str:
    values = dict(
        citizen_uuid=citizen_uuid,
        department_uuid=dept_uuid,
        responsible_doctor="Overlæge Hansen",
        course_type="antibiotic_no_pump",
        drug="Piperacillin/tazobactam",
        dose="4 g",
        doses_per_day=3,
        planned_days=7,
        iv_access="picc",
        closed_system="codan_mix_add",
        first_dose_date=day(-10),
        hospital_doses=3,
        place="home",
        referred_at=at(-10, 14),
    )
    values.update(changes)
    return register_referral(ctx, ReferralInput(**values)).value


def replace(data, **changes):
    return dataclasses.replace(data, **changes)
