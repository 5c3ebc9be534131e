"""What happens to each demo referral (DIGEST §1; D1, D5–D8): drawn at random over the
twelve months up to now, plus forced ones that make every course type, end reason, decision
and rejection reason occur, and scripted ones around today for the Today page (D4/D5).

Volumes follow the shares the issue gives: ~9 % of referrals rejected; accepted courses
60 % antibiotics without pump, 25 % with pump, 15 % fluid; most at home.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo import words
from app.domain import clock
from app.domain import iv as rules
from app.domain.identifiers import age_on
from app.models import Citizen, Department, HospitalUnit, User
from app.services.kernel.context import Context

T = rules.CourseType
K = TypeVar("K")
YEAR = 365
REJECTED_SHARE = 0.09  # of all referrals (D8)
HOME_UNIT = "OUH"  # the demo municipality is Odense: most referrals come from OUH
TYPE_WEIGHTS = {T.ANTIBIOTIC_NO_PUMP: 60, T.ANTIBIOTIC_PUMP: 25, T.FLUID: 15}
PLANNED_DAYS = {
    T.ANTIBIOTIC_NO_PUMP: (7, 7, 10, 10, 10, 14, 14, 14),
    T.ANTIBIOTIC_PUMP: (10, 14, 14, 21, 28),
    T.FLUID: (3, 3, 4, 5),
}
DECISION_WEIGHTS = {"continue_iv": 78, "switch_to_oral": 16, "readmit": 6}  # D6
END_WEIGHTS = {"completed": 87, "readmitted": 5, "died": 1.5, "transferred": 2, "other": 4.5}
REJECTION_WEIGHTS = {
    "patient_safety": 30,
    "capacity": 25,
    "citizen_declined": 25,
    "not_in_target_group": 12,
    "other": 8,
}
PLACE_WEIGHTS = {"home": 85, "municipal_clinic": 10, "nursing_home": 5}


@dataclass(frozen=True)
class Drug:
    name: str
    dose: str
    per_day: int
    without_pump: str = ""  # the dose three times a day once the pump is removed (D1)


DRUGS = {
    T.ANTIBIOTIC_NO_PUMP: [Drug(n, d, p) for n, d, p, _ in words.DRUGS_NO_PUMP],
    T.ANTIBIOTIC_PUMP: [Drug(n, d, p, w) for n, d, p, _, w in words.DRUGS_PUMP],
    T.FLUID: [Drug(n, d, p) for n, d, p, _ in words.DRUGS_FLUID],
}
DRUG_WEIGHTS = {
    T.ANTIBIOTIC_NO_PUMP: [row[3] for row in words.DRUGS_NO_PUMP],
    T.ANTIBIOTIC_PUMP: [row[3] for row in words.DRUGS_PUMP],
    T.FLUID: [row[3] for row in words.DRUGS_FLUID],
}


@dataclass(frozen=True)
class Spec:
    """One referral and what will happen to it; ``realise`` applies the rules and cuts it
    at now."""

    referred_at: dt.datetime
    citizen_id: int
    department_id: int
    course_type: str
    drug: Drug
    first_dose: dt.date
    hospital_doses: int
    planned_days: int
    decide_after: dt.timedelta
    rejection: tuple[str, str] | None = None  # D8 (reason, text)
    decision: str | None = None  # D6; None for fluid courses (D5)
    crp: str = "on_time"  # on_time, late, hospital, missing, undecided
    end_reason: str = "completed"  # D7, or "open": still running after its planned end
    pump_removed: int | None = None  # days after municipal day 1 (D1)
    early_visit: bool = False  # the first visit of municipal day 2 before 07:00 (D16)
    place: str = "home"
    diagnosis: str = ""
    closed_system: str = rules.ClosedSystem.CODAN_MIX_ADD
    closed_system_other: str = ""


@dataclass
class World:
    rng: random.Random
    now: dt.datetime
    today: dt.date
    citizens: list[int]
    citizen_weights: list[float]  # cumulative
    departments: list[int]
    department_weights: list[float]  # cumulative
    doctors: dict[int, list[str]]
    nurses: list[int]
    visitator: int
    day_weights: list[float]  # cumulative, for today − 365 … today

    def uuid(self) -> str:
        """A random (version 4) UUID from the seeded generator, so the data repeats."""
        h = f"{self.rng.getrandbits(128):032x}"
        variant = "89ab"[int(h[16], 16) & 3]
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}"


def at(day: dt.date, minute: int) -> dt.datetime:
    """A Copenhagen wall-clock minute of ``day`` as a UTC moment (D42)."""
    wall = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), clock.COPENHAGEN)
    return wall.astimezone(dt.UTC)


def local_day(moment: dt.datetime) -> dt.date:
    return clock.local(moment).date()


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def make_world(
    session: Session, ctx: Context, seed: int, now: dt.datetime | None = None
) -> World | None:
    """The demo citizens (older ones more often), departments with their doctors, and the
    users who do the visits; None when there are no demo citizens or departments."""
    rng = random.Random(seed)
    now = now or clock.now_utc()
    today = local_day(now)
    pool = session.execute(
        select(Citizen.id, Citizen.cpr).where(Citizen.demo.is_(True)).order_by(Citizen.id)
    ).all()
    depts = session.execute(
        select(Department.id, HospitalUnit.code)
        .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
        .where(Department.active.is_(True))
        .order_by(Department.id)
    ).all()
    if not pool or not depts or not _users(session, ctx):
        return None
    nurses = _users(session, ctx)
    return World(
        rng=rng,
        now=now,
        today=today,
        citizens=[c.id for c in pool],
        citizen_weights=_cumulative([_age_weight(age_on(c.cpr, today) or 0) for c in pool]),
        departments=[d.id for d in depts],
        department_weights=_cumulative([3.0 if d.code == HOME_UNIT else 1.0 for d in depts]),
        doctors={d.id: [_doctor(rng) for _ in range(3)] for d in depts},
        nurses=nurses,
        visitator=ctx.user_id if ctx.user_id is not None else nurses[0],
        day_weights=_cumulative(
            [_day_weight(today - dt.timedelta(days=YEAR - i)) for i in range(YEAR + 1)]
        ),
    )


def _age_weight(age: int) -> float:
    return 1.0 + 3.0 * (age >= 65) + 2.0 * (age >= 80)


def _day_weight(day: dt.date) -> float:
    """Fewer referrals at weekends, more in winter."""
    weight = (1.0, 1.0, 1.0, 1.0, 1.0, 0.55, 0.45)[day.weekday()]
    return weight * (1.25 if day.month in (12, 1, 2) else 0.85 if day.month in (6, 7, 8) else 1.0)


def _doctor(rng: random.Random) -> str:
    first = rng.choice(words.FEMALE + words.MALE)
    return f"{rng.choice(words.DOCTOR_TITLES)} {first} {rng.choice(words.LAST)}"


def _users(session: Session, ctx: Context) -> list[int]:
    """The store's active nurses do the visits (only a nurse gives an administration,
    issue #12); the demo adds none, so an export of demo data imports into any store that
    has the same users (exchange format v2). A store with no nurse yet gets the visits of
    the user loading the demo, as before."""
    rows = session.execute(
        select(User.id, User.roles).where(User.active.is_(True)).order_by(User.id)
    ).all()
    found = [row.id for row in rows if "nurse" in row.roles.split()]
    return found or ([ctx.user_id] if ctx.user_id is not None else [])


# -- drawing referrals ------------------------------------------------------------------------


def _weighted(rng: random.Random, weights: Mapping[K, float]) -> K:
    return rng.choices(list(weights), list(weights.values()))[0]


def named(kind: str, name: str) -> Drug:
    return next(d for d in DRUGS[T(kind)] if d.name == name)


def referrals(world: World, courses: int) -> list[Spec]:
    """``courses`` referrals that are not rejected (the scripted ones around today first),
    plus ~9 % rejected ones (every reason at least once from 20 courses on), by time."""
    rng = world.rng
    live = live_specs(world)[:courses]
    rejected = round(courses * REJECTED_SHARE / (1 - REJECTED_SHARE))
    if courses >= 20:
        rejected = max(rejected, len(rules.RejectionReason))
    times = sorted(_referral_time(world) for _ in range(courses - len(live) + rejected))
    rejected_at = sorted(rng.sample(range(len(times)), rejected))
    # The first rejections take each reason in turn, so every reason occurs (D8).
    reasons = dict(zip(rejected_at, tuple(rules.RejectionReason), strict=False))
    is_rejected = set(rejected_at)
    settled = world.now - dt.timedelta(days=45)
    old = [i for i, t in enumerate(times) if t < settled and i not in is_rejected]
    forced = dict(zip(rng.sample(old, min(len(FORCED), len(old))), FORCED, strict=False))
    out = []
    for i, moment in enumerate(times):
        if i in is_rejected:
            out.append(_rejected(world, moment, reasons.get(i)))
        else:
            out.append(random_spec(world, moment, forced.get(i, {})))
    return sorted(out + live, key=lambda s: s.referred_at)


def _referral_time(world: World) -> dt.datetime:
    rng = world.rng
    offset = rng.choices(range(YEAR + 1), cum_weights=world.day_weights)[0]
    moment = at(world.today - dt.timedelta(days=YEAR - offset), rng.randint(450, 1140))
    return moment if moment <= world.now else moment - dt.timedelta(days=1)


def random_spec(world: World, referred_at: dt.datetime, force: dict[str, Any]) -> Spec:
    """A referral as they come; ``force`` sets fields (and the type and drug) outright."""
    rng = world.rng
    kind = T(force.get("course_type") or _weighted(rng, TYPE_WEIGHTS))
    drug = force.get("drug") or rng.choices(DRUGS[kind], DRUG_WEIGHTS[kind])[0]
    antibiotic = kind.is_antibiotic
    # D5: ~5 % are accepted after treatment day 3 (a longer stay in hospital first).
    after_day_3 = force.get("crp") == "hospital" or (antibiotic and rng.random() < 0.05)
    before = rng.randint(3, 5) if after_day_3 else rng.choice((0, 0, 1, 1, 2))
    long_course = kind == T.ANTIBIOTIC_NO_PUMP and rng.random() < 0.08  # D3: > 14 days
    planned = rng.choice((21, 28, 42)) if long_course else rng.choice(PLANNED_DAYS[kind])
    removable = kind == T.ANTIBIOTIC_PUMP and drug.without_pump and rng.random() < 0.12
    spec = Spec(
        referred_at=referred_at,
        citizen_id=rng.choices(world.citizens, cum_weights=world.citizen_weights)[0],
        department_id=rng.choices(world.departments, cum_weights=world.department_weights)[0],
        course_type=kind,
        drug=drug,
        first_dose=local_day(referred_at) - dt.timedelta(days=before),
        # DIGEST §1.5: at least two antibiotic doses in hospital before discharge.
        hospital_doses=max(2, (before + 1) * drug.per_day - rng.randint(0, 1))
        if antibiotic
        else rng.randint(0, 2),
        planned_days=max(planned, before + 2),
        decide_after=dt.timedelta(minutes=rng.randint(20, 240)),
        decision=_weighted(rng, DECISION_WEIGHTS) if antibiotic else None,
        crp="hospital"
        if after_day_3 and rng.random() < 0.5
        else "late"
        if rng.random() < 0.04
        else "on_time",
        end_reason=_weighted(rng, END_WEIGHTS),
        pump_removed=rng.randint(2, 4) if removable else None,
        place=_weighted(rng, PLACE_WEIGHTS),
        diagnosis=rng.choice(
            words.DIAGNOSES_LONG
            if long_course
            else words.DIAGNOSES_ANTIBIOTIC
            if antibiotic
            else words.DIAGNOSES_FLUID
        ),
    )
    system, other = _closed_system(rng, kind, drug)
    return dataclasses.replace(
        spec,
        closed_system=system,
        closed_system_other=other,
        **{k: v for k, v in force.items() if k not in ("course_type", "drug")},
    )


def _closed_system(rng: random.Random, kind: T, drug: Drug) -> tuple[str, str]:
    """A closed system of DIGEST §1.4 that fits the type (D1); "other" is named."""
    systems = rules.ClosedSystem
    if kind == T.ANTIBIOTIC_PUMP:
        return (systems.CADD_PUMP if "CADD" in drug.dose else systems.ELASTOMERIC_PUMP), ""
    if kind == T.FLUID:
        choice = rng.choice((systems.CODAN_MIX_ADD, systems.OTHER))
        return choice, "Lukket infusionssæt med kanyleløs ventil" if choice == systems.OTHER else ""
    weights = (70, 20, 10)
    choice = rng.choices((systems.CODAN_MIX_ADD, systems.DIVIBAX, systems.OTHER), weights)[0]
    return choice, "Baxter Mini-Bag Plus" if choice == systems.OTHER else ""


def _rejected(world: World, referred_at: dt.datetime, reason: str | None) -> Spec:
    """D8: a reason category and a Danish text; "only one dose in hospital" is a referral
    of IV antibiotics that says so."""
    rng = world.rng
    reason = reason or _weighted(rng, REJECTION_WEIGHTS)
    text, doses = rng.choice(words.REJECTIONS[reason])
    force = {"course_type": T.ANTIBIOTIC_NO_PUMP} if doses else {}
    spec = random_spec(world, referred_at, force)
    return dataclasses.replace(
        spec,
        rejection=(reason, text),
        hospital_doses=doses or spec.hospital_doses,
        decide_after=dt.timedelta(minutes=rng.randint(20, 180)),
    )


_NO_PUMP, _PUMP, _FLUID = T.ANTIBIOTIC_NO_PUMP, T.ANTIBIOTIC_PUMP, T.FLUID
# Old courses that make every type, decision and end reason occur (D1, D6, D7).
FORCED: tuple[dict[str, Any], ...] = (
    {"course_type": _NO_PUMP, "decision": "continue_iv", "crp": "on_time"},
    {"course_type": _NO_PUMP, "decision": "switch_to_oral", "crp": "on_time"},
    {"course_type": _PUMP, "decision": "readmit", "crp": "on_time"},
    {"course_type": _FLUID, "end_reason": "readmitted"},
    {"course_type": _NO_PUMP, "decision": "continue_iv", "end_reason": "died"},
    {"course_type": _FLUID, "end_reason": "transferred"},
    {"course_type": _NO_PUMP, "decision": "continue_iv", "end_reason": "other"},
    {
        "course_type": _PUMP,
        "drug": named(_PUMP, "Piperacillin/tazobactam"),
        "decision": "continue_iv",
        "pump_removed": 2,
        "planned_days": 14,
        "end_reason": "completed",
    },
    {
        "course_type": _NO_PUMP,
        "drug": named(_NO_PUMP, "Benzylpenicillin"),
        "end_reason": "completed",
    },
    {
        "course_type": _NO_PUMP,
        "decision": "continue_iv",
        "crp": "hospital",
        "end_reason": "completed",
    },
    {"course_type": _NO_PUMP, "decision": "continue_iv", "crp": "late", "end_reason": "completed"},
    {
        "course_type": _NO_PUMP,
        "drug": named(_NO_PUMP, "Cefuroxim"),
        "decision": "continue_iv",
        "early_visit": True,
        "planned_days": 10,
        "end_reason": "completed",
    },
)


def live_specs(world: World) -> list[Spec]:
    """Work around today (T): CRP due today, overdue, awaiting the decision; a course ending
    today and one past its planned end; the pump removed yesterday; a 4th daily dose; a
    fluid course; accepted after day 3 (measured at hospital); accepted but not started;
    referrals awaiting visitation. Distinct citizens."""

    def day(offset: int) -> dt.date:
        return world.today + dt.timedelta(days=offset)

    def live(
        referred: dt.datetime, kind: str, drug: str, first: int, planned: int, **kw: Any
    ) -> Spec:
        force = {"course_type": kind, "drug": named(kind, drug), "first_dose": day(first)}
        force |= {"planned_days": planned, "end_reason": "completed", "crp": "on_time"}
        force |= {"decision": "continue_iv" if T(kind).is_antibiotic else None}
        force |= {"decide_after": dt.timedelta(minutes=90), "pump_removed": None, **kw}
        return random_spec(world, referred, force)

    now, hours = world.now, dt.timedelta(hours=1)
    pending = {"decide_after": dt.timedelta(days=30)}
    specs = [
        live(at(day(-1), 600), _NO_PUMP, "Cefuroxim", -2, 7, crp="missing"),
        live(at(day(-2), 660), _NO_PUMP, "Piperacillin/tazobactam", -3, 10, crp="missing"),
        live(at(day(-2), 570), _NO_PUMP, "Meropenem", -3, 10, crp="undecided"),
        live(at(day(-5), 630), _NO_PUMP, "Ceftriaxon", -6, 7),
        live(at(day(-4), 600), _PUMP, "Piperacillin/tazobactam", -5, 14, pump_removed=2),
        live(at(day(-3), 600), _NO_PUMP, "Benzylpenicillin", -4, 10),
        live(at(day(-2), 540), _FLUID, "NaCl 0,9 %", -2, 4, place="municipal_clinic"),
        live(at(day(-2), 600), _NO_PUMP, "Piperacillin/tazobactam", -6, 14, crp="hospital"),
        live(at(day(-8), 600), _NO_PUMP, "Cefuroxim", -9, 8, end_reason="open"),
        live(now - 2 * hours, _NO_PUMP, "Ampicillin", -1, 7),
        live(now - hours, _NO_PUMP, "Piperacillin/tazobactam", -1, 7, **pending),
        live(now - 3 * hours, _FLUID, "Ringer-acetat", 0, 3, **pending),
        live(now - 5 * hours, _PUMP, "Benzylpenicillin", -2, 10, **pending),
    ]
    people = world.rng.sample(world.citizens, min(len(specs), len(world.citizens)))
    return [
        dataclasses.replace(spec, citizen_id=people[i % len(people)])
        for i, spec in enumerate(specs)
    ]
