"""Nursing homes written to the exchange format (docs/exchange-format.md, section
``nursing_homes``, version 4): each home with its sections, its fixed-doctor arrangements
(with the notice and the history) and its residents, in the shape ``exchange_homes``
imports. A termination's effective date is not written: the import computes it (D32)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.identifiers import format_cpr
from app.models import Citizen, FixedDoctorArrangement, NursingHome, ResidentStay


def _day(value: Any) -> str | None:
    return value.isoformat() if value else None


def export_homes(session: Session) -> list[dict[str, Any]]:
    cprs = dict(session.execute(select(Citizen.id, Citizen.cpr)).all())
    return [
        _home(session, h, cprs)
        for h in session.scalars(select(NursingHome).order_by(NursingHome.name))
    ]


def _home(session: Session, h: NursingHome, cprs: dict[int, str]) -> dict[str, Any]:
    names = {s.id: s.name for s in h.sections}
    arrangements = session.scalars(
        select(FixedDoctorArrangement)
        .where(FixedDoctorArrangement.home_id == h.id)
        .order_by(FixedDoctorArrangement.start_date, FixedDoctorArrangement.id)
    )
    stays = session.scalars(
        select(ResidentStay)
        .where(ResidentStay.home_id == h.id)
        .order_by(ResidentStay.moved_in, ResidentStay.id)
    )
    return {
        "uuid": h.uuid,
        "name": h.name,
        "ownership": h.ownership,
        "places": h.places,
        "address": h.address,
        "postcode": h.postcode,
        "city": h.city,
        "contact_nurse": h.contact_nurse,
        "contact_phone": h.contact_phone,
        "closed_on": _day(h.closed_on),
        "sections": [{"uuid": s.uuid, "name": s.name, "places": s.places} for s in h.sections],
        "arrangements": [_arrangement(a, names) for a in arrangements],
        "residents": [
            {
                "uuid": r.uuid,
                "citizen_cpr": format_cpr(cprs[r.citizen_id]),
                "section": names.get(r.section_id or -1, ""),
                "place_kind": r.place_kind,
                "moved_in": _day(r.moved_in),
                "moved_out": _day(r.moved_out),
                "fixed_doctor": r.fixed_doctor,
            }
            for r in stays
        ],
    }


def _arrangement(a: FixedDoctorArrangement, names: dict[int, str]) -> dict[str, Any]:
    termination = (
        {"registered_on": _day(a.notice_registered_on), "terminated_by": a.terminated_by}
        if a.notice_registered_on
        else None
    )
    return {
        "uuid": a.uuid,
        "section": names.get(a.section_id or -1, ""),
        "doctor_name": a.doctor_name,
        "practice_name": a.practice_name,
        "provider_number": a.provider_number,
        "start_date": _day(a.start_date),
        "note": a.note,
        "termination": termination,
        "history": [
            {
                "kind": e.kind,
                "registered_on": _day(e.registered_on),
                "effective_on": _day(e.effective_on),
                "description": e.description,
            }
            for e in a.events
        ],
    }
