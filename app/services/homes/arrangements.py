"""Fixed-doctor arrangements: start, change and termination with notice, each kept as an
event of the arrangement's history (OK22 Bilag 2, DIGEST §2.2; D32).

One fixed doctor per home, or one per section of a split home (001:13898–13902): two
arrangements at the same home may not run at the same time unless they are for two
different sections.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import homes as rules
from app.domain.problems import Problem, choice_problem, problem
from app.errors import InvalidInput
from app.models import ArrangementEvent, FixedDoctorArrangement, NursingHome
from app.services.homes import common
from app.services.homes.register import Saved
from app.services.kernel import audit
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

FIELDS = ("doctor_name", "practice_name", "provider_number", "start_date", "note")


@dataclass(frozen=True)
class ArrangementInput:
    home_uuid: str
    doctor_name: str
    practice_name: str
    provider_number: str
    start_date: dt.date
    section_uuid: str = ""  # "" = the whole home
    note: str = ""


@dataclass(frozen=True)
class ChangeInput:
    doctor_name: str
    practice_name: str
    provider_number: str
    effective_on: dt.date
    note: str = ""


def check_doctor(doctor: str, practice: str, provider: str) -> list[Problem]:
    found = rules.check_provider_number(provider)
    if not doctor.strip():
        found.append(problem("doctor_name", "homes.doctor_missing"))
    if not practice.strip():
        found.append(problem("practice_name", "homes.practice_missing"))
    return found


def clash(
    home: NursingHome,
    section_id: int | None,
    start: dt.date,
    end: dt.date | None,
    arrangements: list[FixedDoctorArrangement],
) -> list[Problem]:
    for other in arrangements:
        same_place = (
            other.section_id is None or section_id is None or other.section_id == section_id
        )
        if same_place and rules.periods_overlap(start, end, other.start_date, other.end_date):
            return [
                problem(
                    "start_date",
                    "homes.arrangement_overlap",
                    home=home.name,
                    doctor=other.doctor_name,
                )
            ]
    return []


def event(
    session: Session,
    ctx: Context,
    record: FixedDoctorArrangement,
    kind: str,
    effective_on: dt.date,
    description: str,
    registered_on: dt.date | None = None,
) -> None:
    """One line of the arrangement's history (what the quarterly change report lists)."""
    row = ArrangementEvent(
        arrangement_id=record.id,
        kind=kind,
        registered_on=registered_on or clock.today(),
        effective_on=effective_on,
        description=description,
    )
    audit.insert(
        session,
        ctx,
        row,
        "arrangement_event",
        after={"arrangement": record.uuid, "kind": kind, "effective_on": effective_on.isoformat()},
    )


def start_arrangement(
    ctx: Context, data: ArrangementInput, *, uuid: str | None = None
) -> Done[Saved]:
    """A fixed doctor for a home or a section from a start date (001:13898–13915)."""
    require(ctx, "homes.edit")
    with ctx.store.session() as session:
        home = common.home(session, data.home_uuid)
        section = common.section_of(session, home, data.section_uuid)
        found = check_doctor(data.doctor_name, data.practice_name, data.provider_number)
        if data.section_uuid and section is None:
            found.append(problem("section", "homes.section_unknown"))
        section_id = section.id if section else None
        found += clash(
            home, section_id, data.start_date, None, list(common.arrangements_of(session, home))
        )
        if found:
            raise InvalidInput(found)
        record = FixedDoctorArrangement(
            home_id=home.id,
            section_id=section_id,
            doctor_name=data.doctor_name.strip(),
            practice_name=data.practice_name.strip(),
            provider_number=data.provider_number.strip(),
            start_date=data.start_date,
            note=data.note.strip(),
        )
        after = audit.snapshot(record, FIELDS) | {"home": home.uuid, "section": data.section_uuid}
        audit.insert(session, ctx, record, "fixed_doctor_arrangement", after=after, uuid=uuid)
        event(session, ctx, record, rules.EventKind.STARTED, data.start_date, _who(record))
        changes = Changes.of("fixed_doctor", record.uuid, also={"nursing_home"})
        return Done(Saved(record.uuid, record.version), changes)


def _who(record: FixedDoctorArrangement) -> str:
    return f"{record.doctor_name}, {record.practice_name} (ydernr. {record.provider_number})"


def change_arrangement(ctx: Context, uuid: str, version: int, data: ChangeInput) -> Done[Saved]:
    """A change of the doctor's details within the same arrangement (e.g. the practice or
    its provider number), kept in the history with its effective date."""
    require(ctx, "homes.edit")
    with ctx.store.session() as session:
        record = common.arrangement(session, uuid, version)
        found = check_doctor(data.doctor_name, data.practice_name, data.provider_number)
        if data.effective_on < record.start_date or (
            record.end_date is not None and data.effective_on > record.end_date
        ):
            found.append(problem("effective_on", "homes.change_outside"))
        if found:
            raise InvalidInput(found)
        before = audit.snapshot(record, FIELDS)
        record.doctor_name = data.doctor_name.strip()
        record.practice_name = data.practice_name.strip()
        record.provider_number = data.provider_number.strip()
        record.note = data.note.strip() or record.note
        old, new = audit.changed(before, audit.snapshot(record, FIELDS))
        if new:
            common.touch(session, ctx, record, common.ARRANGEMENT)
            audit.write(
                session, ctx, "update", "fixed_doctor_arrangement", uuid, before=old, after=new
            )
            text = "; ".join(f"{k}: {old[k]} → {new[k]}" for k in new)
            event(session, ctx, record, rules.EventKind.CHANGED, data.effective_on, text)
        changes = Changes.of("fixed_doctor", uuid, also={"nursing_home"}) if new else NOTHING
        return Done(Saved(record.uuid, record.version), changes)


def termination_date(registered_on: dt.date) -> dt.date:
    """D32: when a termination registered on ``registered_on`` takes effect (shown before
    the user confirms)."""
    return rules.notice_effective(registered_on)


def terminate_arrangement(
    ctx: Context,
    uuid: str,
    version: int,
    terminated_by: str,
    registered_on: dt.date | None = None,
    note: str = "",
) -> Done[dt.date]:
    """D32: 3 months' notice to the end of a quarter, mutual (001:13976–13978). The
    arrangement runs to the effective date, which is the result's value."""
    require(ctx, "homes.edit")
    day = registered_on or clock.today()
    effective = rules.notice_effective(day)
    with ctx.store.session() as session:
        record = common.arrangement(session, uuid, version)
        found = choice_problem("terminated_by", terminated_by, list(rules.TerminatedBy))
        found += _check_termination(record, day, effective)
        if found:
            raise InvalidInput(found)
        record.notice_registered_on, record.end_date = day, effective
        record.terminated_by = terminated_by
        common.touch(session, ctx, record, common.ARRANGEMENT)
        after = {
            "notice_registered_on": day.isoformat(),
            "end_date": effective.isoformat(),
            "terminated_by": terminated_by,
        }
        audit.write(
            session, ctx, "update", "fixed_doctor_arrangement", uuid, after=after, reason=note
        )
        text = f"Opsagt af {'kommunen' if terminated_by == 'municipality' else 'lægen'}"
        event(
            session,
            ctx,
            record,
            rules.EventKind.TERMINATED,
            effective,
            f"{text}. {note}".strip(),
            registered_on=day,
        )
    return Done(effective, Changes.of("fixed_doctor", uuid, also={"nursing_home"}))


def _check_termination(
    record: FixedDoctorArrangement, day: dt.date, effective: dt.date
) -> list[Problem]:
    if record.end_date is not None:
        return [problem("end_date", "homes.already_terminated")]
    if day > clock.today():
        return [problem("registered_on", "homes.notice_future")]
    if effective < record.start_date:
        return [problem("registered_on", "homes.notice_before_start")]
    return []
