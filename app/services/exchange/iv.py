"""IV courses in the exchange format (docs/exchange-format.md, section ``iv_courses``).

A course is one nested record: the referral, the visitation decision, type changes,
administrations, CRP checks with their conference, and the end. Importing *replays* it in
time order through the same use-case steps the window uses, so every rule of the IV
agreement (D1–D8, D16) applies to history moved in from a spreadsheet exactly as to work
recorded today. Each course is replayed inside a savepoint: a course with a problem is
rolled back alone and reported with its record number and field path, so every problem of
every record is reported at once. Re-importing a file adds only what is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain import clock
from app.domain.identifiers import format_cpr, normalise_cpr
from app.errors import AkutDeskError, InvalidInput, record_kind
from app.models import Citizen, Department, HospitalUnit, IvCourse, User
from app.services.exchange.report import ImportReport, SectionCount, error_problem, said
from app.services.exchange.values import (
    BadValue,
    get_int,
    get_list,
    get_object,
    get_required,
    get_text,
    parse_day,
    parse_moment,
)
from app.services.iv import administrations, courses, crp, outcomes, referrals
from app.services.iv.administrations import AdministrationInput
from app.services.iv.crp import ConferenceInput, CrpInput
from app.services.iv.referrals import REFERRAL_FIELDS, ReferralInput
from app.services.kernel import audit
from app.services.kernel.context import Context

SECTION = "iv_courses"
Report = ImportReport


# -- import ----------------------------------------------------------------------------------


@dataclass
class _Event:
    at: dt.datetime
    order: int
    path: str
    apply: Callable[[], object]


def import_courses(
    session: Session, ctx: Context, records: Any, report: Report, record_problem: Any
) -> None:
    """Replay every course record; problems go to ``report.problems`` (nothing is raised)."""
    if records is None:
        return
    count = report.counts.setdefault(SECTION, SectionCount())
    if not isinstance(records, list):
        report.problems.append(said(SECTION, 0, "-", "exchange.not_list"))
        return
    users = {u.initials: u.id for u in session.scalars(select(User))}
    seen: dict[tuple[str, str], int] = {}
    for number, record in enumerate(records, start=1):
        key = _file_key(record)
        if key is not None and key in seen:
            report.problems.append(
                said(SECTION, number, key[0], "exchange.same_course", record=seen[key])
            )
            count.skipped += 1
            continue
        if key is not None:
            seen[key] = number
        nested = session.begin_nested()
        try:
            outcome = _import_one(session, ctx, record, users)
        except BadValue as bad:
            nested.rollback()
            report.problems.append(
                record_problem(SECTION, number, bad.path, bad.message, bad.problem)
            )
            count.skipped += 1
            continue
        except InvalidInput as exc:
            nested.rollback()
            prefix = getattr(exc, "path", "")
            for p in exc.problems:
                report.problems.append(
                    record_problem(SECTION, number, f"{prefix}{p.field}", p.message, p)
                )
            count.skipped += 1
            continue
        except AkutDeskError as exc:
            nested.rollback()
            report.problems.append(error_problem(SECTION, number, exc))
            count.skipped += 1
            continue
        nested.commit()
        setattr(count, outcome, getattr(count, outcome) + 1)


def _file_key(record: Any) -> tuple[str, str] | None:
    """What makes two records of one file the same course: its uuid, else citizen + referral time."""
    if not isinstance(record, dict):
        return None
    if record.get("uuid"):
        return "uuid", str(record["uuid"])
    return (
        "referred_at",
        f"{normalise_cpr(str(record.get('citizen_cpr', '')))}@{record.get('referred_at')}",
    )


def _as(ctx: Context, users: dict[str, int], initials: Any, path: str) -> Context:
    """The user an event was done by (initials in the file), else the importing user."""
    if initials in (None, ""):
        return ctx
    key = str(initials).strip().upper()
    if key not in users:
        raise BadValue(path, "exchange.no_user", initials=key)
    return Context(ctx.store, users[key], key, ctx.roles, ctx.teams)


def _find(session: Session, record: dict[str, Any]) -> tuple[Citizen, Department, IvCourse | None]:
    cpr = normalise_cpr(get_text(record, "citizen_cpr", ""))
    citizen = session.scalars(select(Citizen).where(Citizen.cpr == cpr)).one_or_none()
    if citizen is None:
        raise BadValue("citizen_cpr", "exchange.no_citizen", cpr=f"{format_cpr(cpr)[:6]}-xxxx")
    unit_code = get_text(record, "unit_code", "").strip().upper()
    dept_name = get_text(record, "department", "").strip()
    department = session.scalars(
        select(Department)
        .join(HospitalUnit)
        .where(HospitalUnit.code == unit_code, Department.name == dept_name)
    ).one_or_none()
    if department is None:
        raise BadValue("department", "exchange.no_department", name=dept_name, unit=unit_code)
    query = select(IvCourse).options(
        selectinload(IvCourse.administrations),
        selectinload(IvCourse.crp_checks),
        selectinload(IvCourse.type_changes),
    )
    uuid = record.get("uuid")
    if uuid:
        existing = session.scalars(query.where(IvCourse.uuid == str(uuid))).one_or_none()
        if existing is not None and existing.citizen_id != citizen.id:
            raise BadValue("uuid", "exchange.uuid_of_other_citizen", what=record_kind("iv_course"))
    else:
        referred = parse_moment(get_required(record, "referred_at", ""), "referred_at")
        existing = session.scalars(
            query.where(IvCourse.citizen_id == citizen.id, IvCourse.referred_at == referred)
        ).one_or_none()
    return citizen, department, existing


def _referral(record: dict[str, Any], citizen: Citizen, department: Department) -> ReferralInput:
    def day_or_none(key: str) -> dt.date | None:
        return parse_day(record[key], key) if record.get(key) else None

    doses_per_day = get_int(record, "doses_per_day", "")
    planned_days = get_int(record, "planned_days", "")
    hospital_doses = get_int(record, "hospital_doses", "")
    for key, value in (
        ("doses_per_day", doses_per_day),
        ("planned_days", planned_days),
        ("hospital_doses", hospital_doses),
    ):
        if value is None:
            raise BadValue(key, "exchange.required")
    left = record.get("may_be_left_alone", False)
    if not isinstance(left, bool):
        raise BadValue("may_be_left_alone", "exchange.not_bool")
    return ReferralInput(
        citizen_uuid=citizen.uuid,
        department_uuid=department.uuid,
        responsible_doctor=get_text(record, "responsible_doctor", ""),
        course_type=get_text(record, "course_type", ""),
        drug=get_text(record, "drug", ""),
        dose=get_text(record, "dose", ""),
        doses_per_day=doses_per_day or 0,
        planned_days=planned_days or 0,
        iv_access=get_text(record, "iv_access", ""),
        closed_system=get_text(record, "closed_system", ""),
        first_dose_date=parse_day(get_required(record, "first_dose_date", ""), "first_dose_date"),
        hospital_doses=hospital_doses or 0,
        place=get_text(record, "place", "home"),
        may_be_left_alone=left,
        closed_system_other=get_text(record, "closed_system_other", ""),
        plan_end_date=day_or_none("plan_end_date"),
        plan_oral_switch=get_text(record, "plan_oral_switch", ""),
        plan_blood_tests=get_text(record, "plan_blood_tests", ""),
        plan_controls=get_text(record, "plan_controls", ""),
        referral_note=get_text(record, "referral_note", ""),
        local_agreement_under_15=get_text(record, "local_agreement_under_15", ""),
        referred_at=parse_moment(get_required(record, "referred_at", ""), "referred_at"),
        caller_name=get_text(record, "caller_name", ""),
        caller_role=get_text(record, "caller_role", ""),
    )


KNOWN = {
    "uuid",
    "citizen_cpr",
    "unit_code",
    "department",
    "visitation",
    "type_changes",
    "administrations",
    "crp_checks",
    "end",
    *REFERRAL_FIELDS,
}


def _import_one(session: Session, ctx: Context, record: Any, users: dict[str, int]) -> str:
    record = get_object(record, "-")
    for key in record:
        if key not in KNOWN:
            raise BadValue(key, "exchange.unknown_field")
    citizen, department, course = _find(session, record)
    referral = _referral(record, citizen, department)
    outcome = "unchanged"
    if course is None:
        course = _guard(
            "",
            lambda: referrals.add_referral_in_session(
                session, ctx, referral, uuid=str(record["uuid"]) if record.get("uuid") else None
            ),
        )
        outcome = "created"
    elif _update_referral(session, ctx, course, referral):
        outcome = "updated"
    events = _events(session, ctx, course, record, users)
    for event in sorted(events, key=lambda e: (e.at, e.order)):
        _guard(event.path, event.apply)
    if events and outcome == "unchanged":
        outcome = "updated"
    return outcome


def _guard(path: str, step: Callable[[], Any]) -> Any:
    try:
        return step()
    except InvalidInput as exc:
        exc.path = path  # type: ignore[attr-defined]
        raise


def _update_referral(session: Session, ctx: Context, course: IvCourse, data: ReferralInput) -> bool:
    """Corrections of the referral's own fields (the type changes by dated events, D1)."""
    citizen = session.get(Citizen, course.citizen_id)
    problems = referrals.check_referral_input(data, citizen.cpr if citizen else "")
    if problems:
        raise InvalidInput(problems)
    fields = tuple(f for f in REFERRAL_FIELDS if f not in ("referred_at", "course_type"))
    before = audit.snapshot(course, fields)
    after = {f: audit.as_plain(getattr(data, f)) for f in fields}
    old, new = audit.changed(before, after)
    if not new:
        return False
    for name in new:
        setattr(course, name, getattr(data, name))
    audit.write(
        session, ctx, "update", "iv_course", course.uuid, before=old, after=new, reason="import"
    )
    return True


def _events(
    session: Session, ctx: Context, course: IvCourse, record: dict[str, Any], users: dict[str, int]
) -> list[_Event]:
    """The steps of the record that the store does not have yet, each with its moment."""
    events: list[_Event] = []
    accepted_at = course.decided_at
    if record.get("visitation") is not None and course.status == "referred":
        visitation = _visitation(
            session, ctx, course, get_object(record["visitation"], "visitation"), users
        )
        events.append(visitation)
        accepted_at = visitation.at
    have_changes = {(c.effective_date, c.to_type) for c in course.type_changes}
    for i, item in enumerate(get_list(record, "type_changes")):
        path = f"type_changes[{i + 1}]."
        item = get_object(item, path)
        day = parse_day(get_required(item, "effective_date", path), f"{path}effective_date")
        to_type = get_text(item, "to_type", path)
        if (day, to_type) in have_changes:
            continue
        actor = _as(ctx, users, item.get("by"), f"{path}by")
        at = dt.datetime.combine(day, dt.time(0), clock.COPENHAGEN).astimezone(dt.UTC)
        step = partial(
            courses.change_type_in_session,
            session,
            actor,
            course,
            to_type,
            day,
            get_text(item, "reason", path),
        )
        events.append(_Event(at, 1, path, step))
    have_starts = {a.start_at for a in course.administrations}
    for i, item in enumerate(get_list(record, "administrations")):
        path = f"administrations[{i + 1}]."
        data = _administration(get_object(item, path), path)
        if data.start.astimezone(dt.UTC) in have_starts:
            continue
        add: Callable[[], object] = partial(
            administrations.add_in_session, session, ctx, course, data, uuid=item.get("uuid")
        )
        events.append(_Event(data.start.astimezone(dt.UTC), 2, path, add))
    existing = {c.measured_at: c for c in course.crp_checks}
    for i, item in enumerate(get_list(record, "crp_checks")):
        events += _crp_events(
            session,
            ctx,
            course,
            get_object(item, f"crp_checks[{i + 1}]."),
            f"crp_checks[{i + 1}].",
            existing,
            users,
            accepted_at,
        )
    if record.get("end") is not None and course.status != "ended":
        events.append(_end(session, ctx, course, get_object(record["end"], "end"), users))
    return events


def _visitation(
    session: Session, ctx: Context, course: IvCourse, item: dict[str, Any], users: dict[str, int]
) -> _Event:
    path = "visitation."
    at = parse_moment(get_required(item, "at", path), f"{path}at")
    actor = _as(ctx, users, item.get("by"), f"{path}by")
    decision = get_text(item, "decision", path)
    if decision == "accepted":
        return _Event(at, 0, path, lambda: referrals.accept_in_session(session, actor, course, at))
    if decision == "rejected":
        reason, text = get_text(item, "reason", path), get_text(item, "text", path)
        return _Event(
            at,
            0,
            path,
            lambda: referrals.reject_in_session(session, actor, course, reason, text, at),
        )
    raise BadValue(f"{path}decision", "exchange.decision")


def _administration(item: dict[str, Any], path: str) -> AdministrationInput:
    start = parse_moment(get_required(item, "start", path), f"{path}start")
    end = parse_moment(get_required(item, "end", path), f"{path}end")
    complications = item.get("complications", [])
    if not isinstance(complications, list) or not all(isinstance(c, str) for c in complications):
        raise BadValue(f"{path}complications", "exchange.not_codes")
    recorded = item.get("recorded_at")
    temperature = item.get("temperature")
    if temperature is not None and (
        isinstance(temperature, bool) or not isinstance(temperature, int | float | str)
    ):
        raise BadValue(f"{path}temperature", "exchange.not_number")
    return AdministrationInput(
        start=start,
        end=end,
        place=get_text(item, "place", path, "home"),
        performing_unit=get_text(item, "performing_unit", path),
        observations=get_text(item, "observations", path),
        temperature=None if temperature is None else str(temperature),
        pulse=get_int(item, "pulse", path),
        bp_systolic=get_int(item, "bp_systolic", path),
        bp_diastolic=get_int(item, "bp_diastolic", path),
        spo2=get_int(item, "spo2", path),
        complications=tuple(complications),
        complication_text=get_text(item, "complication_text", path),
        exception_reason=get_text(item, "exception_reason", path),
        nurse_initials=get_text(item, "nurse", path),
        # Without recorded_at, an entry counts as documented in real time (not late).
        recorded_at=parse_moment(recorded, f"{path}recorded_at") if recorded else end,
    )


def _crp_events(
    session: Session,
    ctx: Context,
    course: IvCourse,
    item: dict[str, Any],
    path: str,
    existing: dict[dt.datetime, Any],
    users: dict[str, int],
    accepted_at: dt.datetime | None,
) -> list[_Event]:
    measured = parse_moment(get_required(item, "measured_at", path), f"{path}measured_at")
    value = get_required(item, "value", path)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BadValue(f"{path}value", "exchange.not_number")
    data = CrpInput(
        measured_at=measured,
        value=str(value),
        method=get_text(item, "method", path, "point_of_care"),
    )
    holder: dict[str, Any] = {"check": existing.get(measured)}
    events = []
    if holder["check"] is None:

        def add() -> None:
            holder["check"] = crp.add_crp_in_session(
                session, ctx, course, data, uuid=item.get("uuid")
            )

        # D5: a value measured at hospital predates the municipality's acceptance; it is
        # recorded once the course is accepted, as the nurse would.
        at = (
            max(measured, accepted_at)
            if accepted_at and data.method == "measured_at_hospital"
            else measured
        )
        events.append(_Event(at, 3, path, add))
    conference = item.get("conference")
    if conference is not None and not (holder["check"] is not None and holder["check"].decision):
        conf = get_object(conference, f"{path}conference")
        cpath = f"{path}conference."
        at = parse_moment(get_required(conf, "at", cpath), f"{cpath}at")
        actor = _as(ctx, users, conf.get("by"), f"{cpath}by")
        decision = ConferenceInput(
            conference_with=get_text(conf, "with", cpath),
            conference_at=at,
            channel=get_text(conf, "channel", cpath),
            decision=get_text(conf, "decision", cpath),
            note=get_text(conf, "note", cpath),
        )
        events.append(
            _Event(
                at,
                4,
                cpath,
                lambda: crp.decide_in_session(session, actor, holder["check"], decision),
            )
        )
    return events


def _end(
    session: Session, ctx: Context, course: IvCourse, item: dict[str, Any], users: dict[str, int]
) -> _Event:
    path = "end."
    day = parse_day(get_required(item, "date", path), f"{path}date")
    reason, text = get_text(item, "reason", path), get_text(item, "text", path)
    actor = _as(ctx, users, item.get("by"), f"{path}by")
    outcome = get_text(item, "outcome", path)
    readmitted = item.get("readmitted_on")
    readmitted_on = None if readmitted is None else parse_day(readmitted, f"{path}readmitted_on")

    def apply() -> None:
        if not (
            course.status == "ended" and course.end_date == day and course.end_reason == reason
        ):
            courses.end_in_session(session, actor, course, day, reason, text)
        # else the CRP decision already ended it so (D6)
        if outcome or readmitted_on is not None:
            outcomes.follow_up_in_session(session, actor, course, outcome, readmitted_on)

    at = dt.datetime.combine(day, dt.time(23, 59, 59), clock.COPENHAGEN).astimezone(dt.UTC)
    return _Event(at, 5, path, apply)
