"""Acute units and episodes written to the exchange format (docs/exchange-format.md), in
the shape ``exchange_acute`` imports, so export → import gives the same episodes. A
contact's fee status is not written: the import computes it by D21–D23."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain import clock
from app.domain.identifiers import format_cpr
from app.models import AcuteEpisode, AcuteMeasurement, AcuteUnit, Citizen, GpContact, User


def _local(moment: dt.datetime | None) -> str | None:
    return clock.local(moment).isoformat(timespec="minutes") if moment else None


def export_units(session: Session) -> list[dict[str, Any]]:
    return [
        {"uuid": u.uuid, "name": u.name, "places": u.places, "active": u.active}
        for u in session.scalars(select(AcuteUnit).order_by(AcuteUnit.name))
    ]


def export_episodes(session: Session) -> list[dict[str, Any]]:
    users = {u.id: u.initials for u in session.scalars(select(User))}
    unit_names = dict(session.execute(select(AcuteUnit.id, AcuteUnit.name)).all())
    cprs = dict(session.execute(select(Citizen.id, Citizen.cpr)).all())
    query = (
        select(AcuteEpisode)
        .order_by(AcuteEpisode.start_at, AcuteEpisode.id)
        .options(selectinload(AcuteEpisode.measurements), selectinload(AcuteEpisode.gp_contacts))
    )
    return [_episode(e, cprs, unit_names, users) for e in session.scalars(query)]


def _episode(
    e: AcuteEpisode, cprs: dict[int, str], unit_names: dict[int, str], users: dict[int, str]
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "uuid": e.uuid,
        "citizen_cpr": format_cpr(cprs[e.citizen_id]),
        "target_group": e.target_group,
        "referrer_kind": e.referrer_kind,
        "referrer_name": e.referrer_name,
        "referred_at": _local(e.referred_at),
        "reason": e.reason,
        "setting": e.setting,
        "acute_unit": unit_names.get(e.acute_unit_id or 0, ""),
        "place_number": e.place_number,
        "responsible_doctor": e.responsible_doctor,
        "responsible_phone": e.responsible_phone,
        "hospital_responsible": e.hospital_responsible,
        "group_1_insured": e.group_1_insured,
        "start_at": _local(e.start_at),
        "expected_end": e.expected_end.isoformat() if e.expected_end else None,
        "xref22_reference": e.xref22_reference,
        "treatment_summary": e.treatment_summary,
        "status_at_end": e.status_at_end,
        "measurements": [_measurement(m) for m in e.measurements],
        "gp_contacts": [_contact(c, users) for c in e.gp_contacts],
    }
    if e.end_at:
        record["end"] = {"at": _local(e.end_at), "reason": e.end_reason, "text": e.end_text}
    return record


def _measurement(m: AcuteMeasurement) -> dict[str, Any]:
    return {
        "uuid": m.uuid,
        "kind": m.kind,
        "measured_at": _local(m.measured_at),
        "value": str(m.value),
        "value2": str(m.value2) if m.value2 is not None else None,
        "note": m.note,
    }


def _contact(c: GpContact, users: dict[int, str]) -> dict[str, Any]:
    return {
        "uuid": c.uuid,
        "at": _local(c.at),
        "channel": c.channel,
        "gp_name": c.gp_name,
        "practice": c.practice,
        "staff": users.get(c.staff_id or 0, ""),
        "assessed": c.assessed,
        "treated": c.treated,
        "followed_up": c.followed_up,
        "note": c.note,
    }
