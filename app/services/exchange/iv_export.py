"""IV courses written to the exchange format (docs/exchange-format.md, ``iv_courses``): one
nested record per course, in the shape ``exchange_iv`` imports, so export → import gives
the same courses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain import clock
from app.domain.identifiers import format_cpr
from app.models import Citizen, Department, IvCourse, User
from app.services.iv.referrals import REFERRAL_FIELDS
from app.services.kernel import audit

# ----------------------------------------------------------------------------------


def _local(moment: dt.datetime | None) -> str | None:
    return clock.local(moment).isoformat(timespec="minutes") if moment else None


def export_courses(session: Session) -> list[dict[str, Any]]:
    users = {u.id: u.initials for u in session.scalars(select(User))}
    depts = {
        d.id: (d.name, d.unit.code)
        for d in session.scalars(select(Department).options(selectinload(Department.unit)))
    }
    cprs = dict(session.execute(select(Citizen.id, Citizen.cpr)).all())
    query = (
        select(IvCourse)
        .order_by(IvCourse.id)
        .options(
            selectinload(IvCourse.administrations),
            selectinload(IvCourse.crp_checks),
            selectinload(IvCourse.type_changes),
        )
    )
    out = []
    for c in session.scalars(query):
        dept, unit = depts[c.department_id]
        record: dict[str, Any] = {
            "uuid": c.uuid,
            "citizen_cpr": format_cpr(cprs[c.citizen_id]),
            "unit_code": unit,
            "department": dept,
        }
        record.update({f: audit.as_plain(getattr(c, f)) for f in REFERRAL_FIELDS})
        record["course_type"] = c.type_changes[0].from_type if c.type_changes else c.course_type
        record["referred_at"] = _local(c.referred_at)
        if c.decided_at:
            record["visitation"] = {
                "decision": "rejected" if c.status == "rejected" else "accepted",
                "at": _local(c.decided_at),
                "by": users.get(c.decided_by_id or 0, ""),
            }
            if c.status == "rejected":
                record["visitation"].update(reason=c.rejection_reason, text=c.rejection_text)
        record["type_changes"] = [
            {
                "uuid": t.uuid,
                "effective_date": t.effective_date.isoformat(),
                "to_type": t.to_type,
                "reason": t.reason,
            }
            for t in c.type_changes
        ]
        record["administrations"] = [_export_administration(a, users) for a in c.administrations]
        record["crp_checks"] = [_export_crp(k) for k in c.crp_checks]
        if c.end_date:
            record["end"] = {
                "date": c.end_date.isoformat(),
                "reason": c.end_reason,
                "text": c.end_text,
            }
            # the follow-up (issue #14): the NORS outcome and a readmission within 30 days
            if c.outcome:
                record["end"]["outcome"] = c.outcome
            if c.readmitted_on:
                record["end"]["readmitted_on"] = c.readmitted_on.isoformat()
        out.append(record)
    return out


def _export_administration(a: Any, users: dict[int, str]) -> dict[str, Any]:
    return {
        "uuid": a.uuid,
        "start": _local(a.start_at),
        "end": _local(a.end_at),
        "place": a.place,
        "nurse": users.get(a.nurse_id, ""),
        "performing_unit": a.performing_unit,
        "observations": a.observations,
        "temperature": float(a.temperature) if a.temperature is not None else None,
        "pulse": a.pulse,
        "bp_systolic": a.bp_systolic,
        "bp_diastolic": a.bp_diastolic,
        "spo2": a.spo2,
        "complications": list(a.complications),
        "complication_text": a.complication_text,
        "exception_reason": a.exception_reason,
        "recorded_at": _local(a.recorded_at),
    }


def _export_crp(k: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "uuid": k.uuid,
        "measured_at": _local(k.measured_at),
        "value": float(k.value),
        "method": k.method,
    }
    if k.decision:
        item["conference"] = {
            "with": k.conference_with,
            "at": _local(k.conference_at),
            "channel": k.channel,
            "decision": k.decision,
            "note": k.decision_note,
        }
    return item
