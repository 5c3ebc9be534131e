"""A month's billing run, previewed: the draft invoice per hospital unit and what cannot be
billed yet, and why (DIGEST §1.13; D1–D4, D8–D13).

* D9: the unit invoiced is the unit of the course's (discharging) department.
* D11: course tariffs fall in the month the course ends, day rates in the month of the
  day; anything not billed before (registered late, credited for re-billing, a unit whose
  EAN/GLN was missing) is billed in the next run, marked "earlier period".
* D12: only items not in ``billed_items`` are drafted.

What is not billed is split for the manager (issue #12): :attr:`Preview.blockers` need
someone's action before the item can be billed (a unit without EAN/GLN, no tariff, a course
run past its planned end without an end); :attr:`Preview.waiting` only counts what bills
itself later or never (running courses, referrals awaiting visitation, rejected ones). A
course is in one list at most: the blockers name the course tariff, the draft its lines.

Nothing is written here: :func:`preview_month` is the draft; posting
(``invoices_post.post_month``) recomputes it in its own transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.billing import items as billing_items
from app.billing.items import CourseFacts, Item, Missing
from app.billing.lines import DraftLine, Totals, make_lines, totals
from app.billing.tariffs import Version
from app.domain import clock
from app.domain import iv as iv_rules
from app.domain.problems import clock_range, problem
from app.errors import InvalidInput
from app.models import Citizen, Department, HospitalUnit, IvCourse
from app.services.invoices import facts as facts_of
from app.services.kernel.batch import batch
from app.services.kernel.context import Context
from app.services.kernel.permissions import require


@dataclass(frozen=True)
class UnitDraft:
    """The draft invoice of one hospital unit (D9)."""

    unit_id: int
    unit_uuid: str
    code: str
    name: str
    ean: str
    lines: tuple[DraftLine, ...]
    totals: Totals


@dataclass(frozen=True)
class Unbillable:
    """A course (or items of it) that this run cannot bill, with the reason's code."""

    course_uuid: str
    cpr: str
    citizen_name: str
    unit_code: str
    department: str
    # unit_no_ean | no_tariff | past_planned_end | not_ended | not_started | not_visited | rejected
    reason: str
    message: str
    planned_end: dt.date | None = None  # past_planned_end: the plan's end


REASONS = {
    "unit_no_ean": "The hospital unit has no EAN/GLN: billed in the next run after it is entered.",
    "not_ended": "The course has not ended: its course tariff is billed in the month it ends.",
    "past_planned_end": "The course ran past its planned end ({planned_end}) without an end: "
    "end it, or record the hospital's new plan; its course tariff is billed in the month it ends.",
    "not_started": "The course ended without a municipal administration: nothing to bill.",
    "not_visited": "The referral awaits visitation.",
    "rejected": "A rejected referral is never billed.",
    "no_tariff": "No tariff in the valid version applies to a {course_type} course ({kind}).",
}


#: the reasons that need someone's action before the item can be billed (issue #12)
BLOCKERS = ("unit_no_ean", "no_tariff", "past_planned_end")


@dataclass(frozen=True)
class Preview:
    month: dt.date  # first day
    period_end: dt.date
    units: tuple[UnitDraft, ...]
    unbillable: tuple[Unbillable, ...]
    fingerprint: str  # what was shown: posting can refuse when it changed meanwhile

    @property
    def totals(self) -> Totals:
        return totals([line for u in self.units for line in u.lines])

    @property
    def blockers(self) -> tuple[Unbillable, ...]:
        """What needs action before it can be billed, blockers first by kind."""
        order = {reason: i for i, reason in enumerate(BLOCKERS)}
        found = [x for x in self.unbillable if x.reason in order]
        return tuple(sorted(found, key=lambda x: order[x.reason]))

    @property
    def waiting(self) -> dict[str, int]:
        """reason → how many courses wait for nothing but time (or are never billed)."""
        counts: dict[str, int] = {}
        for x in self.unbillable:
            if x.reason not in BLOCKERS:
                counts[x.reason] = counts.get(x.reason, 0) + 1
        return counts

    def as_json(self) -> dict[str, Any]:
        t = self.totals
        return {
            "month": self.month.strftime("%Y-%m"),
            "units": [
                {"code": u.code, "name": u.name, "ean": u.ean,
                 "total_tariff": str(u.totals.tariff), "total_region": str(u.totals.region),
                 "total_municipality": str(u.totals.municipality),
                 "lines": [line.as_json() for line in u.lines]}
                for u in self.units
            ],
            "unbillable": [vars(x) for x in self.unbillable],
            "blockers": [vars(x) for x in self.blockers], "waiting": self.waiting,
            "total_tariff": str(t.tariff), "total_region": str(t.region),
            "total_municipality": str(t.municipality), "fingerprint": self.fingerprint,
        }  # fmt: skip


def parse_month(text: str | dt.date) -> tuple[dt.date, dt.date]:
    """ "YYYY-MM" → (first day, last day); a refusal names the field."""
    if isinstance(text, dt.date):
        first = text.replace(day=1)
    else:
        try:
            first = dt.datetime.strptime(text.strip(), "%Y-%m").date()
        except ValueError:
            raise InvalidInput([problem("month", "invoice.month", text=text)]) from None
    if not clock.plausible_day(first):
        raise InvalidInput([clock_range("month", first.isoformat()[:7])])
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def preview_month(ctx: Context, month: str | dt.date) -> Preview:
    """The draft invoices of ``month`` per unit and the unbillable courses (nothing written)."""
    require(ctx, "invoices.read")
    first, last = parse_month(month)
    with batch(), ctx.store.read() as session:
        return compute(session, first, last)


def compute(session: Session, first: dt.date, last: dt.date, *, waiting: bool = True) -> Preview:
    """The run itself, on an open session (posting calls it inside its transaction, with
    ``waiting=False``: it bills the drafts and never shows the courses that only wait)."""
    versions = facts_of.load_versions(session)
    until = min(last, clock.today())
    floor = facts_of.floor(session, versions)
    ids = facts_of.unbilled_course_ids(session, versions, until, floor)
    ids += facts_of.day_rate_candidates(session, versions, until, floor)
    courses = facts_of.facts(session, ids)
    found, missing = _items(session, courses, versions, until)
    found = [i for i in found if i.date >= floor]
    units = {u.id: u for u in session.scalars(select(HospitalUnit))}
    lines = make_lines(found, courses, first)
    drafts, blocked = _by_unit(lines, units)
    later = _waiting(session, first, last, units, until) if waiting else []
    unbillable = blocked + _missing(missing, courses, units) + later
    return Preview(first, last, drafts, tuple(unbillable), _fingerprint(drafts))


def _items(
    session: Session, courses: dict[int, CourseFacts], versions: Sequence[Version], until: dt.date
) -> tuple[list[Item], list[Missing]]:
    billed = facts_of.billed_keys(session, list(courses))
    found: list[Item] = []
    missing: list[Missing] = []
    for course in courses.values():
        item = billing_items.course_item(course, versions)
        if isinstance(item, Missing):
            missing.append(item)
        elif item is not None and item.key not in billed and item.date <= until:
            found.append(item)
        found += [
            d for d in billing_items.day_items(course, versions, until) if d.key not in billed
        ]
    return found, missing


def _by_unit(
    lines: Sequence[DraftLine], units: dict[int, HospitalUnit]
) -> tuple[tuple[UnitDraft, ...], list[Unbillable]]:
    per_unit: dict[int, list[DraftLine]] = {}
    for line in lines:
        per_unit.setdefault(line.unit_id, []).append(line)
    drafts: list[UnitDraft] = []
    blocked: list[Unbillable] = []
    for unit_id, unit_lines in sorted(per_unit.items(), key=lambda kv: units[kv[0]].code):
        unit = units[unit_id]
        if not unit.ean:
            seen = {}
            for line in unit_lines:
                seen[line.course.id] = _unbillable(line.course, unit.code, "unit_no_ean")
            blocked += seen.values()
            continue
        drafts.append(UnitDraft(unit.id, unit.uuid, unit.code, unit.name, unit.ean,
                                tuple(unit_lines), totals(unit_lines)))  # fmt: skip
    return tuple(drafts), blocked


def _unbillable(course: CourseFacts, unit_code: str, reason: str, **params: str) -> Unbillable:
    return Unbillable(course.uuid, course.cpr, course.citizen_name, unit_code,
                      course.department, reason, REASONS[reason].format(**params))  # fmt: skip


def _missing(
    missing: Sequence[Missing], courses: dict[int, CourseFacts], units: dict[int, HospitalUnit]
) -> list[Unbillable]:
    return [
        _unbillable(courses[m.course_id], units[courses[m.course_id].unit_id].code, "no_tariff",
                    course_type=m.course_type, kind=m.kind)
        for m in missing
    ]  # fmt: skip


def _waiting(
    session: Session, first: dt.date, last: dt.date, units: dict[int, HospitalUnit],
    until: dt.date,
) -> list[Unbillable]:  # fmt: skip
    """Courses of this month that are not (yet) billable: running at the month's end (past
    their planned end by ``until``: a blocker, someone forgot to end it), ended without a
    start, awaiting visitation, rejected in the month."""
    start = dt.datetime.combine(first, dt.time(), clock.COPENHAGEN)
    stop = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), clock.COPENHAGEN)
    c = IvCourse
    conditions = or_(
        (c.status.in_(("accepted", "active")) & (c.referred_at < stop)),
        ((c.status == "ended") & c.start_date.is_(None) & (c.end_date.between(first, last))),
        ((c.status == "referred") & (c.referred_at < stop)),
        ((c.status == "rejected") & (c.decided_at >= start) & (c.decided_at < stop)),
    )
    reason = {"accepted": "not_ended", "active": "not_ended", "ended": "not_started",
              "referred": "not_visited", "rejected": "rejected"}  # fmt: skip
    rows = session.execute(
        select(c.uuid, c.status, Citizen.cpr, Citizen.first_name, Citizen.last_name,
               Department.unit_id, Department.name, c.plan_end_date, c.first_dose_date,
               c.planned_days)
        .join(Citizen, Citizen.id == c.citizen_id)
        .join(Department, Department.id == c.department_id)
        .where(conditions)
        .order_by(c.status, Citizen.last_name, Citizen.first_name, c.id)
    ).all()  # fmt: skip
    found = []
    for uuid, status, cpr, first_name, last_name, unit_id, dept, plan_end, first_dose, days in rows:
        why, planned = reason[status], None
        if why == "not_ended":
            planned = iv_rules.planned_end(plan_end, first_dose, days)
            why = "past_planned_end" if planned < until else why
        message = REASONS[why].format(planned_end=f"{planned:%d.%m.%Y}" if planned else "")
        name = f"{first_name} {last_name}"
        found.append(Unbillable(uuid, cpr, name, units[unit_id].code, dept, why, message,
                                planned if why == "past_planned_end" else None))  # fmt: skip
    return found


def _fingerprint(drafts: Sequence[UnitDraft]) -> str:
    """What the run bills, by the courses' uuids (not their row ids): an office's preview
    has the fingerprint the server's posting checks (issue #15)."""
    digest = hashlib.sha256()
    for unit in drafts:
        for line in unit.lines:
            first = line.items[0]
            key = f"{line.course.uuid}:{first.kind}:{first.date.isoformat()}"
            digest.update(f"{unit.code}|{key}|{line.quantity}|{line.tariff_amount}\n".encode())
    return digest.hexdigest()[:16]
