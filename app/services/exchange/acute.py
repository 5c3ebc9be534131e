"""Acute places and episodes in the exchange format (docs/exchange-format.md, sections
``acute_units`` and ``acute_episodes``).

An episode is one nested record: the attachment, its measurements, its GP contacts and its
end. Importing *replays* it through the same use-case steps the window uses, so every rule
(D20–D23, the acute places, the plausible ranges) applies to moved-in history exactly as to
work recorded today, and each contact's fee status is computed, never read from the file.
Each record is replayed in a savepoint; a problem rolls back that record alone and is named
by record number and field path. Re-importing adds only what is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.identifiers import format_cpr, normalise_cpr
from app.errors import AkutDeskError, InvalidInput, record_kind
from app.models import AcuteEpisode, AcuteMeasurement, AcuteUnit, Citizen, GpContact
from app.services.acute import contacts, episodes, measurements, units
from app.services.acute.contacts import GpContactInput
from app.services.acute.episodes import EndInput, EpisodeInput
from app.services.acute.measurements import MeasurementInput
from app.services.acute.units import AcuteUnitInput
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
from app.services.kernel.context import Context

UNITS, EPISODES = "acute_units", "acute_episodes"
Report = ImportReport
EPISODE_KEYS = {
    "uuid", "citizen_cpr", "target_group", "referrer_kind", "referrer_name", "referred_at",
    "reason", "setting", "acute_unit", "place_number", "responsible_doctor",
    "responsible_phone", "hospital_responsible", "group_1_insured", "start_at",
    "expected_end", "xref22_reference", "treatment_summary", "status_at_end",
    "measurements", "gp_contacts", "end",
}  # fmt: skip


def _count(report: Report, section: str) -> Any:
    return report.counts.setdefault(section, SectionCount())


def replay_records(
    session: Session,
    report: Report,
    record_problem: Any,
    section: str,
    number: int,
    step: Callable[[], str],
) -> None:
    """One record in a savepoint: its outcome is counted, its problems reported."""
    count = _count(report, section)
    nested = session.begin_nested()
    try:
        outcome = step()
    except BadValue as bad:
        problems = [record_problem(section, number, bad.path, bad.message, bad.problem)]
    except InvalidInput as exc:
        prefix = getattr(exc, "path", "")
        problems = [
            record_problem(section, number, f"{prefix}{p.field}", p.message, p)
            for p in exc.problems
        ]
    except AkutDeskError as exc:
        problems = [error_problem(section, number, exc)]
    else:
        nested.commit()
        setattr(count, outcome, getattr(count, outcome) + 1)
        return
    nested.rollback()
    count.skipped += 1
    report.problems.extend(problems)


def section_records(records: Any, section: str, report: Report, record_problem: Any) -> list[Any]:
    if records is None:
        return []
    if not isinstance(records, list):
        report.problems.append(said(section, 0, "-", "exchange.not_list"))
        return []
    return records


# -- acute units -------------------------------------------------------------------------------


def import_units(
    session: Session, ctx: Context, records: Any, report: Report, record_problem: Any
) -> None:
    """Units matched on ``name``: created, updated or left alone."""
    for number, record in enumerate(
        section_records(records, UNITS, report, record_problem), start=1
    ):
        replay_records(
            session,
            report,
            record_problem,
            UNITS,
            number,
            partial(_import_unit, session, ctx, record),
        )


def _import_unit(session: Session, ctx: Context, record: Any) -> str:
    record = get_object(record, "-")
    for key in record:
        if key not in ("uuid", "name", "places", "active"):
            raise BadValue(key, "exchange.unknown_field")
    places = get_int(record, "places", "")
    active = record.get("active", True)
    if places is None:
        raise BadValue("places", "exchange.required")
    if not isinstance(active, bool):
        raise BadValue("active", "exchange.not_bool")
    data = AcuteUnitInput(get_text(record, "name", ""), places, active)
    unit = session.scalar(select(AcuteUnit).where(AcuteUnit.name == data.name.strip()))
    if unit is None:
        units.add_unit_in_session(session, ctx, data, uuid=record.get("uuid") or None)
        return "created"
    return "updated" if units.update_unit_in_session(session, ctx, unit, data) else "unchanged"


# -- acute episodes ----------------------------------------------------------------------------


def import_episodes(
    session: Session, ctx: Context, records: Any, report: Report, record_problem: Any
) -> None:
    """Replay every episode record; problems go to ``report.problems`` (nothing is raised)."""
    seen: dict[str, int] = {}
    for number, record in enumerate(
        section_records(records, EPISODES, report, record_problem), start=1
    ):
        key = _file_key(record)
        if key and key in seen:
            report.problems.append(
                said(EPISODES, number, "uuid", "exchange.same_episode", record=seen[key])
            )
            _count(report, EPISODES).skipped += 1
            continue
        seen[key] = number
        replay_records(
            session,
            report,
            record_problem,
            EPISODES,
            number,
            partial(_import_episode, session, ctx, record),
        )


def _file_key(record: Any) -> str:
    if not isinstance(record, dict):
        return ""
    if record.get("uuid"):
        return str(record["uuid"])
    return f"{normalise_cpr(str(record.get('citizen_cpr', '')))}@{record.get('referred_at')}"


def guard_record(path: str, step: Callable[[], Any]) -> Any:
    try:
        return step()
    except InvalidInput as exc:
        exc.path = path  # type: ignore[attr-defined]
        raise


def _import_episode(session: Session, ctx: Context, record: Any) -> str:
    record = get_object(record, "-")
    for key in record:
        if key not in EPISODE_KEYS:
            raise BadValue(key, "exchange.unknown_field")
    citizen, episode = _find(session, record)
    outcome = "unchanged"
    if episode is None:
        data = _episode_input(session, record, citizen)
        uuid = str(record["uuid"]) if record.get("uuid") else None
        episode = guard_record(
            "", lambda: episodes.add_episode_in_session(session, ctx, data, uuid=uuid)
        )
        outcome = "created"
    steps = _steps(session, ctx, episode, record)
    for _at, _order, path, step in sorted(steps, key=lambda s: (s[0], s[1])):
        guard_record(path, step)
    if steps and outcome == "unchanged":
        outcome = "updated"
    return outcome


def _find(session: Session, record: dict[str, Any]) -> tuple[Citizen, AcuteEpisode | None]:
    cpr = normalise_cpr(get_text(record, "citizen_cpr", ""))
    citizen = session.scalar(select(Citizen).where(Citizen.cpr == cpr))
    if citizen is None:
        raise BadValue("citizen_cpr", "exchange.no_citizen", cpr=f"{format_cpr(cpr)[:6]}-xxxx")
    query = select(AcuteEpisode).options(
        selectinload(AcuteEpisode.measurements), selectinload(AcuteEpisode.gp_contacts)
    )
    if record.get("uuid"):
        found = session.scalar(query.where(AcuteEpisode.uuid == str(record["uuid"])))
        if found is not None and found.citizen_id != citizen.id:
            raise BadValue(
                "uuid", "exchange.uuid_of_other_citizen", what=record_kind("acute_episode")
            )
    else:
        referred = parse_moment(get_required(record, "referred_at", ""), "referred_at")
        found = session.scalar(
            query.where(AcuteEpisode.citizen_id == citizen.id, AcuteEpisode.referred_at == referred)
        )
    return citizen, found


def _bool(record: dict[str, Any], key: str, path: str, default: bool) -> bool:
    value = record.get(key, default)
    if not isinstance(value, bool):
        raise BadValue(f"{path}{key}", "exchange.not_bool")
    return value


def _episode_input(session: Session, record: dict[str, Any], citizen: Citizen) -> EpisodeInput:
    unit_name = get_text(record, "acute_unit", "").strip()
    unit_uuid = ""
    if unit_name:
        unit_uuid = session.scalar(select(AcuteUnit.uuid).where(AcuteUnit.name == unit_name)) or ""
        if not unit_uuid:
            raise BadValue("acute_unit", "exchange.no_acute_unit", name=unit_name)
    group = get_int(record, "target_group", "")
    start = record.get("start_at")
    expected = record.get("expected_end")
    return EpisodeInput(
        citizen_uuid=citizen.uuid,
        target_group=group if group is not None else 0,
        referrer_kind=get_text(record, "referrer_kind", ""),
        referrer_name=get_text(record, "referrer_name", ""),
        referred_at=parse_moment(get_required(record, "referred_at", ""), "referred_at"),
        reason=get_text(record, "reason", ""),
        setting=get_text(record, "setting", "", "home"),
        acute_unit_uuid=unit_uuid,
        place_number=get_int(record, "place_number", ""),
        responsible_doctor=get_text(record, "responsible_doctor", ""),
        responsible_phone=get_text(record, "responsible_phone", ""),
        hospital_responsible=_bool(record, "hospital_responsible", "", False),
        group_1_insured=_bool(record, "group_1_insured", "", True),
        start_at=parse_moment(start, "start_at") if start else None,
        expected_end=parse_day(expected, "expected_end") if expected else None,
        xref22_reference=get_text(record, "xref22_reference", ""),
    )


Step = tuple[dt.datetime, int, str, Callable[[], object]]


def _steps(
    session: Session, ctx: Context, episode: AcuteEpisode, record: dict[str, Any]
) -> list[Step]:
    """The parts of the record the store does not have yet, each with its moment."""
    steps: list[Step] = []
    have_values = {(m.kind, m.measured_at) for m in episode.measurements}
    for i, item in enumerate(get_list(record, "measurements")):
        path = f"measurements[{i + 1}]."
        data = _measurement(get_object(item, path), path)
        at = parse_moment(get_required(item, "measured_at", path), f"{path}measured_at")
        if (data.kind, at) in have_values:
            continue
        _new_uuid(session, AcuteMeasurement, item, path, "acute_measurement")
        add = partial(
            measurements.add_in_session, session, ctx, episode, data, uuid=item.get("uuid")
        )
        steps.append((at, 0, path, add))
    have_contacts = {c.at for c in episode.gp_contacts}
    for i, item in enumerate(get_list(record, "gp_contacts")):
        path = f"gp_contacts[{i + 1}]."
        data_c = _contact(get_object(item, path), path)
        at = parse_moment(get_required(item, "at", path), f"{path}at")
        if at in have_contacts:
            continue
        _new_uuid(session, GpContact, item, path, "acute_gp_contact")
        add_c = partial(
            contacts.add_in_session, session, ctx, episode, data_c, uuid=item.get("uuid")
        )
        steps.append((at, 1, path, add_c))
    texts = (get_text(record, "treatment_summary", ""), get_text(record, "status_at_end", ""))
    if record.get("end") is not None and episode.status != "ended":
        steps.append(_end(session, ctx, episode, get_object(record["end"], "end"), texts))
    elif any(texts) and (episode.treatment_summary, episode.status_at_end) != texts:
        steps.append(
            (dt.datetime.max.replace(tzinfo=dt.UTC), 2, "", lambda: _texts(episode, texts))
        )
    return steps


def _new_uuid(session: Session, model: Any, item: object, path: str, what: str) -> None:
    """A part the episode does not have yet must not carry the uuid of one the store has
    (found by fuzzing: a changed time made the same measurement look new)."""
    uuid = item.get("uuid") if isinstance(item, dict) else None
    if uuid and session.scalar(select(model.id).where(model.uuid == str(uuid))) is not None:
        raise BadValue(f"{path}uuid", "exchange.uuid_taken", what=record_kind(what))


def _texts(episode: AcuteEpisode, texts: tuple[str, str]) -> None:
    episode.treatment_summary, episode.status_at_end = texts


def _measurement(item: dict[str, Any], path: str) -> MeasurementInput:
    def number(key: str) -> Any:
        value = item.get(key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int | float | str)
        ):
            raise BadValue(f"{path}{key}", "exchange.not_number")
        return None if value is None else str(value)

    return MeasurementInput(
        kind=get_text(item, "kind", path),
        measured_at=parse_moment(get_required(item, "measured_at", path), f"{path}measured_at"),
        value=number("value") or "",
        value2=number("value2"),
        note=get_text(item, "note", path),
    )


def _contact(item: dict[str, Any], path: str) -> GpContactInput:
    return GpContactInput(
        at=parse_moment(get_required(item, "at", path), f"{path}at"),
        channel=get_text(item, "channel", path, "phone"),
        gp_name=get_text(item, "gp_name", path),
        practice=get_text(item, "practice", path),
        assessed=_bool(item, "assessed", path, False),
        treated=_bool(item, "treated", path, False),
        followed_up=_bool(item, "followed_up", path, False),
        note=get_text(item, "note", path),
        staff_initials=get_text(item, "staff", path),
    )


def _end(
    session: Session,
    ctx: Context,
    episode: AcuteEpisode,
    item: dict[str, Any],
    texts: tuple[str, str],
) -> Step:
    path = "end."
    at = parse_moment(get_required(item, "at", path), f"{path}at")
    data = EndInput(
        at, get_text(item, "reason", path), get_text(item, "text", path), texts[0], texts[1]
    )
    return (at, 3, path, lambda: episodes.end_in_session(session, ctx, episode, data))
