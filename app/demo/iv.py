"""Demo IV courses under Region Syddanmark's IV agreement (DIGEST §1; D1–D8, D16, D42).

Twelve months of referrals up to now at a large municipality's volume. Each referral is
first drawn as a ``Spec`` (what happens to it), then realised into rows by the agreement's
rules and cut at *now*: what would happen later is not in the store yet, so the Today page
shows real-looking work. Scripted referrals around today make sure that a CRP check is
due, one is overdue, one awaits the conference, a course ends today and referrals await
visitation whatever the size (``demo_iv_specs``); a few forced ones make every type, end
reason, decision and rejection reason occur. Rule-consistent rows are written directly in
bulk (INSERT … RETURNING in batches), as ``demo.py`` does for citizens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from app.demo import words
from app.demo.iv_specs import Spec, World, at, local_day, make_world, referrals
from app.domain import clock
from app.domain import iv as rules
from app.models import Administration, Base, CourseTypeChange, CrpCheck, IvCourse
from app.services.kernel.context import Context

BATCH = 2_000  # referrals per INSERT round
LATE_SHARE = 0.015  # administrations recorded more than 2 h after the end (DIGEST §1.5)
EXCEPTION_SHARE = 0.004  # administrations outside 07:00–23:00, with a reason (D16)
Row = dict[str, Any]
SLOTS = {1: (570,), 2: (480, 1200), 3: (450, 870, 1320), 4: (420, 750, 1050, 1330)}
CHANNELS = tuple(rules.Channel)


@dataclass
class Plan:
    course: Row
    administrations: list[Row] = field(default_factory=list)
    crp: list[Row] = field(default_factory=list)
    changes: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class IvDemoResult:
    courses: int = 0  # accepted or awaiting visitation (D7: a rejected referral is no course)
    rejected: int = 0
    administrations: int = 0
    crp_checks: int = 0


def load_iv_demo(
    session: Session, ctx: Context, *, courses: int, seed: int, now: dt.datetime | None = None
) -> IvDemoResult:
    """Demo referrals and courses for the demo citizens; ``courses`` excludes rejections.
    The same seed and ``now`` give the same rows."""
    world = make_world(session, ctx, seed, now) if courses > 0 else None
    if world is None:
        return IvDemoResult()
    specs = referrals(world, courses)
    counts = [0, 0, 0, 0]
    for start in range(0, len(specs), BATCH):
        plans = [realise(world, spec) for spec in specs[start : start + BATCH]]
        _insert(session, plans)
        for plan in plans:
            counts[0] += plan.course["status"] != rules.Status.REJECTED
            counts[1] += plan.course["status"] == rules.Status.REJECTED
            counts[2] += len(plan.administrations)
            counts[3] += len(plan.crp)
    return IvDemoResult(*counts)


def _insert(session: Session, plans: list[Plan]) -> None:
    """Core INSERTs of whole batches: every row has every column, so each table is one
    executemany (the ORM's bulk path would split rows by which values are None)."""
    courses = _table(IvCourse)
    ids = session.scalars(
        insert(courses).returning(courses.c.id, sort_by_parameter_order=True),
        [p.course for p in plans],
    ).all()
    parts = (
        (Administration, "administrations"),
        (CrpCheck, "crp"),
        (CourseTypeChange, "changes"),
    )
    for model, part in parts:
        rows = [row for cid, p in zip(ids, plans, strict=True) for row in _of(p, part, cid)]
        if rows:
            session.execute(insert(_table(model)), rows)


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _of(plan: Plan, part: str, course_id: int) -> list[Row]:
    rows: list[Row] = getattr(plan, part)
    for row in rows:
        row["course_id"] = course_id
    return rows


def _stamp(
    world: World, row: Row, by: int | None, created: dt.datetime, updated: dt.datetime
) -> Row:
    row.update(
        uuid=world.uuid(),
        version=1,
        created_at=created,
        updated_at=updated,
        created_by_id=by,
        updated_by_id=by,
    )
    return row


# -- one referral, realised and cut at now ---------------------------------------------------


def realise(world: World, spec: Spec) -> Plan:
    """The rows of ``spec`` as they stand now: visitation (D8), administrations (D16), the
    day-3 CRP and conference (D5/D6), a type change (D1) and the end (D7)."""
    plan = Plan(_referral(world, spec))
    row = plan.course
    decided = spec.referred_at + spec.decide_after
    if decided > world.now:
        return plan  # awaiting visitation
    row.update(decided_at=decided, decided_by_id=world.visitator, updated_at=decided)
    if spec.rejection is not None:
        row.update(status=rules.Status.REJECTED)
        row["rejection_reason"], row["rejection_text"] = spec.rejection
        return plan
    plan_end = spec.first_dose + dt.timedelta(days=spec.planned_days - 1)
    admins, removed = _administrations(world, spec, decided, plan_end)
    end_day, reason, text = _early_end(world, spec, admins, plan_end)
    check, conference = _crp(world, spec, decided, admins)
    ends = rules.Decision(spec.decision).ends_course if spec.decision else None
    if conference is not None and ends is not None:
        admins = [a for a in admins if a["start_at"] < conference]
        end_day, reason = local_day(conference), str(ends)
        text = check["decision_note"] if check else ""
    plan.administrations, plan.crp = admins, [check] if check else []
    if removed is not None and admins and removed <= (end_day or world.today):
        plan.changes = [_pump_removed(world, spec, row, removed)]
    status = (
        rules.Status.ENDED if end_day else rules.Status.ACTIVE if admins else rules.Status.ACCEPTED
    )
    moments = [decided] + [a["recorded_at"] for a in admins[-1:]]
    if check:
        moments.append(check["updated_at"])
    if end_day:
        moments.append(min(world.now, at(end_day, 20 * 60)))
    row.update(
        status=status,
        start_date=admins[0]["day"] if admins else None,
        end_date=end_day,
        end_reason=reason if end_day else "",
        end_text=text if end_day else "",
        updated_at=max(moments),
    )
    return plan


def _referral(world: World, spec: Spec) -> Row:
    rng = world.rng
    doctors = world.doctors[spec.department_id]
    row: Row = {
        "citizen_id": spec.citizen_id,
        "department_id": spec.department_id,
        "responsible_doctor": rng.choice(doctors),
        "course_type": spec.course_type,
        "drug": spec.drug.name,
        "dose": spec.drug.dose,
        "doses_per_day": spec.drug.per_day,
        "planned_days": spec.planned_days,
        "iv_access": rng.choices(tuple(rules.IvAccess), (45, 8, 25, 15, 7))[0],
        "closed_system": spec.closed_system,
        "closed_system_other": spec.closed_system_other,
        "first_dose_date": spec.first_dose,
        "hospital_doses": spec.hospital_doses,
        "may_be_left_alone": rng.random() < 0.7,
        "place": spec.place,
        "plan_end_date": spec.first_dose + dt.timedelta(days=spec.planned_days - 1)
        if rng.random() < 0.7
        else None,
        "plan_oral_switch": rng.choice(words.ORAL_PLANS) if spec.decision else "",
        "plan_blood_tests": rng.choice(words.BLOOD_TESTS) if spec.decision else "",
        "plan_controls": rng.choice(words.CONTROLS),
        "referred_at": spec.referred_at,
        "referral_note": spec.diagnosis,
        "local_agreement_under_15": "",
        "status": rules.Status.REFERRED,
        "decided_at": None,
        "decided_by_id": None,
        "rejection_reason": "",
        "rejection_text": "",
        "start_date": None,
        "end_date": None,
        "end_reason": "",
        "end_text": "",
    }
    return _stamp(world, row, world.visitator, spec.referred_at, spec.referred_at)


# -- administrations (D16) -------------------------------------------------------------------


def _administrations(
    world: World, spec: Spec, decided: dt.datetime, plan_end: dt.date
) -> tuple[list[Row], dt.date | None]:
    """Every visit from the first slot after acceptance (DIGEST §1.11) to the planned end or
    now; returns the rows and the day the pump comes off (D1), if it does."""
    out: list[Row] = []
    earliest = decided + dt.timedelta(minutes=45)
    unit = _unit(world, spec.place)
    removed: dt.date | None = None
    day = local_day(decided)
    while day <= min(plan_end, world.today):
        if out and removed is None and spec.pump_removed is not None:
            removed = out[0]["day"] + dt.timedelta(days=spec.pump_removed)
        pump_off = removed is not None and day >= removed
        early = spec.early_visit and bool(out) and day == out[0]["day"] + dt.timedelta(days=1)
        count = 0
        for minute, minutes, reason in _slots(world, 3 if pump_off else spec.drug.per_day, early):
            start = at(day, minute)
            if start < earliest:
                continue
            if start > world.now:
                return out, removed
            row = _administration(world, spec, start, minutes, count, reason, unit)
            if row is not None:
                out.append(row)
                count += 1
        day += dt.timedelta(days=1)
    return out, removed


def _slots(world: World, per_day: int, early: bool = False) -> list[tuple[int, int, str]]:
    """(minute of the day, duration, exception reason) per visit: within 07:00–23:00 except
    a few with a reason (``early``: the first one); a 4th a day always has one (D16)."""
    rng = world.rng
    out = []
    for index, base in enumerate(SLOTS[per_day]):
        minutes = rng.randint(20, 40)
        minute = min(max(base + rng.randint(-15, 15), 420), 1380 - minutes)
        reason = words.FOURTH_DOSE_REASON if index == 3 else ""
        exception = rng.random() < EXCEPTION_SHARE or (early and index == 0)
        if per_day >= 3 and index in (0, per_day - 1) and exception:
            minute = rng.randint(395, 412) if index == 0 else rng.randint(1350, 1370)
            reason = rng.choice(words.OUTSIDE_WINDOW_REASONS)
        out.append((minute, minutes, reason))
    return out


def _administration(
    world: World,
    spec: Spec,
    start: dt.datetime,
    minutes: int,
    same_day: int,
    reason: str,
    unit: str,
) -> Row | None:
    """One visit; None when it would be recorded after now (not in the store yet)."""
    rng = world.rng
    end = start + dt.timedelta(minutes=minutes)
    problems, flags = rules.check_administration_times(
        clock.local(start), clock.local(end), same_day, reason
    )
    assert not problems, problems
    late = rng.random() < LATE_SHARE
    recorded = end + dt.timedelta(minutes=rng.randint(125, 900) if late else rng.randint(2, 40))
    if recorded > world.now:
        return None
    nurse = rng.choice(world.nurses)
    row: Row = {
        "day": local_day(start),
        "start_at": start,
        "end_at": end,
        "nurse_id": nurse,
        "performing_unit": unit,
        "place": spec.place,
        "exception_flags": flags,
        "exception_reason": reason if flags else "",
        "late": rules.is_late(end, recorded),
        "recorded_at": recorded,
    }
    row.update(_observations(world, first_of_day=same_day == 0))
    return _stamp(world, row, nurse, recorded, recorded)


def _observations(world: World, *, first_of_day: bool) -> Row:
    rng = world.rng
    vitals = first_of_day and rng.random() < 0.6
    complication = rng.random() < 0.008
    codes, text = rng.choice(words.COMPLICATIONS) if complication else ((), "")
    return {
        "observations": rng.choice(words.OBSERVATIONS) if rng.random() < 0.3 else "",
        "temperature": Decimal(rng.randint(362, 384)).scaleb(-1) if vitals else None,
        "pulse": rng.randint(58, 104) if vitals else None,
        "bp_systolic": rng.randint(105, 165) if vitals else None,
        "bp_diastolic": rng.randint(60, 95) if vitals else None,
        "spo2": rng.randint(92, 99) if vitals else None,
        "complications": list(codes),
        "complication_text": text,
    }


def _unit(world: World, place: str) -> str:
    units = {
        rules.Place.HOME: words.UNITS_HOME,
        rules.Place.CLINIC: words.UNITS_CLINIC,
        rules.Place.NURSING_HOME: words.UNITS_NURSING_HOME,
    }[rules.Place(place)]
    return world.rng.choice(units)


# -- the end (D7), the day-3 CRP (D5/D6) and the pump coming off (D1) ------------------------


def _early_end(
    world: World, spec: Spec, admins: list[Row], plan_end: dt.date
) -> tuple[dt.date | None, str, str]:
    """The end as the spec has it, when that day has passed; a course ending before its
    planned end loses the visits after it (cuts ``admins`` in place)."""
    if spec.end_reason == "open" or not admins:
        return None, "", ""
    end_day = plan_end
    if spec.end_reason != rules.EndReason.COMPLETED:
        start = admins[0]["day"]
        span = (plan_end - start).days
        end_day = start + dt.timedelta(days=world.rng.randint(min(1, span), max(1, span)))
    if end_day >= world.today:
        return None, "", ""
    keep = [a for a in admins if a["day"] < end_day]
    last = [a for a in admins if a["day"] == end_day]
    if spec.end_reason != rules.EndReason.COMPLETED and last:
        last = last[: world.rng.randint(0 if keep else 1, len(last))]
    admins[:] = keep + last
    texts = words.END_TEXTS.get(spec.end_reason, ("",))
    return end_day, spec.end_reason, world.rng.choice(texts)


def _crp(
    world: World, spec: Spec, decided: dt.datetime, admins: list[Row]
) -> tuple[Row | None, dt.datetime | None]:
    """D5: measured at the visit on the due day (a few a day late, or measured at hospital
    when accepted after day 3); D6: the conference 1–3 hours later, if it has happened."""
    if spec.decision is None or not admins or spec.crp == "missing":
        return None, None
    rng = world.rng
    accepted_on = local_day(decided)
    due = rules.crp_due_date(spec.first_dose, accepted_on, admins[0]["day"])
    hospital = spec.crp == "hospital" and rules.accepted_after_crp_day(spec.first_dose, accepted_on)
    target = due + dt.timedelta(days=1 if spec.crp == "late" else 0)
    visit = admins[0] if hospital else next((a for a in admins if a["day"] >= target), None)
    if visit is None:
        return None, None
    # The hospital's value is taken over at visitation (recorded at acceptance time: the
    # exchange replays a CRP at its time, and a course is accepted from then on).
    measured = decided + dt.timedelta(minutes=5) if hospital else visit["start_at"]
    conference: dt.datetime | None = visit["start_at"] + dt.timedelta(minutes=rng.randint(60, 180))
    assert conference is not None
    if spec.crp == "undecided" or conference > world.now:
        conference = None
    value = Decimal(rng.randint(*words.CRP_RANGES[spec.decision])).scaleb(-1)
    method = (
        rules.CrpMethod.HOSPITAL
        if hospital
        else rng.choices((rules.CrpMethod.POINT_OF_CARE, rules.CrpMethod.LAB), (85, 15))[0]
    )
    row: Row = {
        "measured_at": measured,
        "value": value,
        "method": method,
        "conference_with": rng.choice(world.doctors[spec.department_id]) if conference else "",
        "conference_at": conference,
        "channel": rng.choices(CHANNELS, (70, 10, 15, 5))[0] if conference else "",
        "decision": spec.decision if conference else "",
        "decision_note": rng.choice(words.DECISION_NOTES[spec.decision]) if conference else "",
    }
    by = visit["nurse_id"]
    return _stamp(
        world, row, by, visit["recorded_at"], conference or visit["recorded_at"]
    ), conference


def _pump_removed(world: World, spec: Spec, course: Row, removed: dt.date) -> Row:
    """D1: the pump comes off; the course goes on three times a day without it."""
    change: Row = {
        "effective_date": removed,
        "from_type": rules.CourseType.ANTIBIOTIC_PUMP,
        "to_type": rules.CourseType.ANTIBIOTIC_NO_PUMP,
        "reason": words.PUMP_REMOVED_REASON,
    }
    course.update(
        course_type=rules.CourseType.ANTIBIOTIC_NO_PUMP,
        dose=spec.drug.without_pump,
        doses_per_day=3,
        closed_system=rules.ClosedSystem.CODAN_MIX_ADD,
        closed_system_other="",
    )
    moment = min(world.now, at(removed, 11 * 60))
    return _stamp(world, change, world.visitator, moment, moment)
