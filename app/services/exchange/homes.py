"""Nursing homes in the exchange format (docs/exchange-format.md, section
``nursing_homes``, version 4): a home with its sections, fixed-doctor arrangements and
residents is one nested record.

Importing checks each part with the same rules the window uses (scope and places,
sections of at least 30 places, provider numbers, one fixed doctor at a time per home or
section, stays that never overlap; OK22 Bilag 2, D32, D33). A termination's effective
date is computed from the notice date (D32), never read. Each home is imported in a
savepoint; a problem rolls back that home alone and is named by record and field path.
Homes are matched on ``uuid``, else ``name``; sections on name; arrangements and
residents on ``uuid``: re-importing adds only what is missing.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import homes as rules
from app.domain.identifiers import normalise_cpr
from app.domain.problems import choice_problem, problem
from app.errors import InvalidInput
from app.models import (
    ArrangementEvent,
    Citizen,
    FixedDoctorArrangement,
    HomeSection,
    NursingHome,
    ResidentStay,
)
from app.services.exchange.acute import guard_record, replay_records, section_records
from app.services.exchange.values import (
    BadValue,
    get_int,
    get_list,
    get_object,
    get_required,
    get_text,
    parse_day,
)
from app.services.homes import arrangements, common, register, residents
from app.services.homes.register import HomeInput
from app.services.homes.residents import StayInput
from app.services.kernel import audit
from app.services.kernel.context import Context

HOMES = "nursing_homes"
HOME_KEYS = {*register.HOME_FIELDS, "uuid", "sections", "arrangements", "residents"}
ARRANGEMENT_KEYS = {"uuid", "section", "doctor_name", "practice_name", "provider_number",
                    "start_date", "note", "termination", "history"}  # fmt: skip
RESIDENT_KEYS = {"uuid", "citizen_cpr", "section", "place_kind", "moved_in", "moved_out",
                 "fixed_doctor"}  # fmt: skip


def import_homes(
    session: Session, ctx: Context, records: Any, report: Any, record_problem: Any
) -> None:
    for number, record in enumerate(
        section_records(records, HOMES, report, record_problem), start=1
    ):
        step = partial(_import_home, session, ctx, record)
        replay_records(session, report, record_problem, HOMES, number, step)


def _keys(record: dict[str, Any], allowed: set[str], path: str) -> None:
    for key in record:
        if key not in allowed:
            raise BadValue(f"{path}{key}", "exchange.unknown_field")


def _optional_day(record: dict[str, Any], key: str, path: str) -> dt.date | None:
    value = record.get(key)
    return parse_day(value, f"{path}{key}") if value else None


def _home_input(record: dict[str, Any]) -> HomeInput:
    return HomeInput(
        name=get_text(record, "name", ""),
        ownership=get_text(record, "ownership", ""),
        places=get_int(record, "places", "") or 0,
        **{
            k: get_text(record, k, "")
            for k in ("address", "postcode", "city", "contact_nurse", "contact_phone")
        },
        closed_on=_optional_day(record, "closed_on", ""),
    )


def _import_home(session: Session, ctx: Context, record: Any) -> str:
    record = get_object(record, "-")
    _keys(record, HOME_KEYS, "")
    data = _home_input(record)
    uuid = get_text(record, "uuid", "")
    home = session.scalars(
        select(NursingHome).where(
            (NursingHome.uuid == uuid) if uuid else (NursingHome.name == data.name.strip())
        )
    ).one_or_none()
    outcome = "unchanged"
    if home is None:
        found = register.check_home_input(session, data, None)
        if found:
            raise InvalidInput(found)
        home = NursingHome(**register.home_values(data))
        after = audit.snapshot(home, register.HOME_FIELDS)
        audit.insert(session, ctx, home, "nursing_home", after=after, uuid=uuid or None)
        session.refresh(home)
        outcome = "created"
    changed = _sections(session, ctx, home, get_list(record, "sections"))
    changed += _arrangements(session, ctx, home, get_list(record, "arrangements"))
    changed += _residents(session, ctx, home, get_list(record, "residents"))
    return "updated" if outcome == "unchanged" and changed else outcome


def _sections(session: Session, ctx: Context, home: NursingHome, items: list[Any]) -> int:
    added = 0
    for i, item in enumerate(items, start=1):
        path = f"sections[{i}]."
        item = get_object(item, path)
        _keys(item, {"uuid", "name", "places"}, path)
        name = get_text(item, "name", path).strip()
        if any(s.name == name for s in home.sections):
            continue
        places = get_int(item, "places", path) or 0
        found = register.check_section(home, name, places, None)
        guard_record(path, partial(_raise, found))
        section = HomeSection(home_id=home.id, name=name, places=places)
        after = {"home": home.uuid, "name": name, "places": places}
        audit.insert(session, ctx, section, "home_section", after=after,
                     uuid=get_text(item, "uuid", path) or None)  # fmt: skip
        session.refresh(home)
        added += 1
    return added


def _raise(found: list[Any]) -> None:
    if found:
        raise InvalidInput(found)


def _section_id(home: NursingHome, name: str, path: str) -> int | None:
    if not name:
        return None
    section = next((s for s in home.sections if s.name == name), None)
    if section is None:
        raise BadValue(f"{path}section", "exchange.no_section", name=name)
    return section.id


def _exists(session: Session, model: Any, uuid: str) -> bool:
    return bool(uuid) and session.scalar(select(model.id).where(model.uuid == uuid)) is not None


def _arrangements(session: Session, ctx: Context, home: NursingHome, items: list[Any]) -> int:
    added = 0
    for i, item in enumerate(items, start=1):
        path = f"arrangements[{i}]."
        item = get_object(item, path)
        _keys(item, ARRANGEMENT_KEYS, path)
        if _exists(session, FixedDoctorArrangement, get_text(item, "uuid", path)):
            continue
        guard_record(path, partial(_arrangement, session, ctx, home, item, path))
        added += 1
    return added


def _arrangement(
    session: Session, ctx: Context, home: NursingHome, item: dict[str, Any], path: str
) -> None:
    section_id = _section_id(home, get_text(item, "section", path), path)
    start = parse_day(get_required(item, "start_date", path), f"{path}start_date")
    doctor, practice = get_text(item, "doctor_name", path), get_text(item, "practice_name", path)
    provider = get_text(item, "provider_number", path)
    notice, by = _termination(item.get("termination"), path)
    end = rules.notice_effective(notice) if notice else None
    found = arrangements.check_doctor(doctor, practice, provider)
    if notice and end is not None and end < start:
        found.append(problem("termination", "homes.notice_before_start"))  # fmt: skip
    existing = list(common.arrangements_of(session, home))
    found += arrangements.clash(home, section_id, start, end, existing)
    _raise(found)
    row = FixedDoctorArrangement(
        home_id=home.id, section_id=section_id, doctor_name=doctor.strip(),
        practice_name=practice.strip(), provider_number=provider.strip(), start_date=start,
        note=get_text(item, "note", path), notice_registered_on=notice, terminated_by=by,
        end_date=end,
    )  # fmt: skip
    after = audit.snapshot(row, arrangements.FIELDS) | {"home": home.uuid}
    audit.insert(session, ctx, row, "fixed_doctor_arrangement", after=after,
                 uuid=get_text(item, "uuid", path) or None)  # fmt: skip
    _history(session, ctx, row, get_list(item, "history"), path)


def _termination(value: Any, path: str) -> tuple[dt.date | None, str]:
    if value is None:
        return None, ""
    item = get_object(value, f"{path}termination")
    sub = f"{path}termination."
    _keys(item, {"registered_on", "terminated_by"}, sub)
    by = get_text(item, "terminated_by", sub)
    if choice_problem("terminated_by", by, list(rules.TerminatedBy)):
        allowed = ", ".join(rules.TerminatedBy)
        raise BadValue(f"{sub}terminated_by", "choice.invalid", value=by, allowed=allowed)
    return parse_day(get_required(item, "registered_on", sub), f"{sub}registered_on"), by


def _history(
    session: Session, ctx: Context, row: FixedDoctorArrangement, items: list[Any], path: str
) -> None:
    """The history as exported; when the file has none, started (+ terminated) events."""
    events: list[tuple[str, dt.date, dt.date, str]] = []
    for i, item in enumerate(items, start=1):
        sub = f"{path}history[{i}]."
        item = get_object(item, sub)
        kind = get_text(item, "kind", sub)
        if kind not in list(rules.EventKind):
            allowed = ", ".join(rules.EventKind)
            raise BadValue(f"{sub}kind", "choice.invalid", value=kind, allowed=allowed)
        events.append((kind, parse_day(get_required(item, "registered_on", sub), f"{sub}registered_on"),
                       parse_day(get_required(item, "effective_on", sub), f"{sub}effective_on"),
                       get_text(item, "description", sub)))  # fmt: skip
    if not events:
        events.append(("started", row.start_date, row.start_date, row.doctor_name))
        if row.notice_registered_on and row.end_date:
            events.append(("terminated", row.notice_registered_on, row.end_date, ""))
    for kind, registered, effective, text in events:
        event = ArrangementEvent(arrangement_id=row.id, kind=kind, registered_on=registered,
                                 effective_on=effective, description=text)  # fmt: skip
        audit.insert(session, ctx, event, "arrangement_event", after={"kind": kind})


def _residents(session: Session, ctx: Context, home: NursingHome, items: list[Any]) -> int:
    added = 0
    for i, item in enumerate(items, start=1):
        path = f"residents[{i}]."
        item = get_object(item, path)
        _keys(item, RESIDENT_KEYS, path)
        if _exists(session, ResidentStay, get_text(item, "uuid", path)):
            continue
        guard_record(path, partial(_resident, session, ctx, home, item, path))
        added += 1
    return added


def _resident(
    session: Session, ctx: Context, home: NursingHome, item: dict[str, Any], path: str
) -> None:
    cpr = normalise_cpr(get_text(item, "citizen_cpr", path))
    citizen = session.scalars(select(Citizen).where(Citizen.cpr == cpr)).one_or_none()
    if citizen is None:
        raise BadValue(f"{path}citizen_cpr", "exchange.no_citizen_of_cpr")
    name = get_text(item, "section", path)
    section = next((s for s in home.sections if s.name == name), None) if name else None
    fixed = item.get("fixed_doctor", False)
    if not isinstance(fixed, bool):
        raise BadValue(f"{path}fixed_doctor", "exchange.not_bool")
    data = StayInput(
        citizen.uuid, home.uuid, get_text(item, "place_kind", path),
        parse_day(get_required(item, "moved_in", path), f"{path}moved_in"),
        section.uuid if section else ("?" if name else ""), fixed,
        _optional_day(item, "moved_out", path),
    )  # fmt: skip
    _raise(residents.check_stay(session, citizen, home, section, data, None))
    stay = ResidentStay(
        citizen_id=citizen.id, home_id=home.id, section_id=section.id if section else None,
        place_kind=data.place_kind, moved_in=data.moved_in, moved_out=data.moved_out,
        fixed_doctor=fixed,
    )  # fmt: skip
    after = audit.snapshot(stay, residents.FIELDS) | {"citizen": citizen.uuid}
    audit.insert(session, ctx, stay, "resident_stay", after=after,
                 uuid=get_text(item, "uuid", path) or None)  # fmt: skip
