"""Demo acute-function episodes under OK22 Bilag 3 (DIGEST §2.3; D20–D23).

Twelve months of episodes up to now for the demo citizens (one per ten citizens by
default): every target group with a fitting referrer, the responsible doctor and phone on
each, some on the acute places of two demo units, measurements and GP contacts. Each
contact's fee status is computed by the same pure rule the services use
(``app.domain.acute.day_billability``), and scripted episodes make every reason occur —
hospital responsibility, outside daytime, no assessment, under 18, not group-1 insured and
the third contact of a day. A few episodes are open today. Rows are written in bulk.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from app.demo import words
from app.domain import acute as rules
from app.domain import clock
from app.domain.identifiers import age_on
from app.models import AcuteEpisode, AcuteMeasurement, AcuteUnit, Base, Citizen, GpContact
from app.services.acute.units import AcuteUnitInput, add_unit_in_session
from app.services.kernel.context import Context

Row = dict[str, Any]
UNITS = (("Akutpladser Hjallese", 6), ("Akutpladser Tarup", 4))
REASONS = (
    "Pneumoni, tiltagende dyspnø",
    "Urinvejsinfektion med feber",
    "Dehydrering og konfusion",
    "KOL i exacerbation",
    "Hjertesvigt med væskeophobning",
    "Fald og nedsat almentilstand",
    "Cellulitis på underben",
)
LAB = {"haemoglobin": (55, 95), "blood_glucose": (45, 180), "inr": (9, 35)}  # tenths
FORCED = ("hospital", "evening", "no_assessment", "under_18", "not_group_1", "limit")


@dataclass(frozen=True)
class AcuteDemoResult:
    episodes: int = 0
    measurements: int = 0
    contacts: int = 0
    billable: int = 0


@dataclass
class _Plan:
    episode: Row
    measurements: list[Row] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)


@dataclass
class _World:
    rng: random.Random
    now: dt.datetime
    ctx: Context
    places: dict[tuple[int, int], dt.datetime]  # (unit id, place) → free from

    def uuid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def stamp(self, row: Row, at: dt.datetime) -> Row:
        by = self.ctx.user_id
        row.update(
            uuid=self.uuid(), version=1, created_at=at, updated_at=at,
            created_by_id=by, updated_by_id=by,
        )  # fmt: skip
        return row


def load_acute_demo(
    session: Session, ctx: Context, *, episodes: int, seed: int, now: dt.datetime | None = None
) -> AcuteDemoResult:
    """Two acute units and ``episodes`` episodes for distinct demo citizens."""
    now = now or clock.now_utc()
    rng = random.Random(seed)
    unit_ids = _units(session, ctx)
    pool = session.execute(
        select(Citizen.id, Citizen.cpr, Citizen.gp_name, Citizen.gp_practice)
        .where(Citizen.demo.is_(True))
        .order_by(Citizen.id)
    ).all()
    count = min(episodes, len(pool))
    if count <= 0:
        return AcuteDemoResult()
    chosen = rng.sample(list(pool), count)
    today = clock.local(now).date()
    young = [c for c in chosen if (age_on(c.cpr, today) or 99) < rules.ADULT_AGE]
    world = _World(
        rng,
        now,
        ctx,
        {(u, p): now - dt.timedelta(days=400) for u, n in unit_ids for p in range(1, n + 1)},
    )
    specs = [_spec(world, i, c, c in young[:1]) for i, c in enumerate(chosen)]
    plans = [_realise(world, spec) for spec in sorted(specs, key=lambda s: s["start"])]
    _insert(session, plans)
    contacts = [c for p in plans for c in p.contacts]
    return AcuteDemoResult(
        len(plans),
        sum(len(p.measurements) for p in plans),
        len(contacts),
        sum(1 for c in contacts if c["billable"]),
    )


def _units(session: Session, ctx: Context) -> list[tuple[int, int]]:
    out = []
    for name, places in UNITS:
        unit = session.scalar(select(AcuteUnit).where(AcuteUnit.name == name))
        if unit is None:
            unit = add_unit_in_session(session, ctx, AcuteUnitInput(name, places))
        out.append((unit.id, unit.places))
    return out


def _spec(world: _World, index: int, citizen: Any, young: bool) -> Row:
    """What happens in one episode; the first ones are scripted (open today, every group,
    every reason a contact does not count)."""
    rng = world.rng
    forced = FORCED[index] if index < len(FORCED) else ""
    group = (index % 4) + 1 if index < 8 else rng.choices((1, 2, 3, 4), (15, 45, 25, 15))[0]
    if forced == "hospital":
        group = 4
    days_ago = rng.randint(1, 3) if 6 <= index < 10 else rng.randint(4, 360)
    start_day = clock.local(world.now).date() - dt.timedelta(days=days_ago)
    minute = rng.randint(8 * 60, 15 * 60)
    if forced:  # a weekday morning, so the scripted reason is the one that applies
        start_day -= dt.timedelta(days=max(0, start_day.weekday() - 4))
        minute = 8 * 60 + rng.randint(0, 20)
    return {
        "citizen": citizen,
        "group": group,
        "forced": "under_18" if young else ("" if forced == "under_18" else forced),
        "start": _at(start_day, minute),
        "length": rng.choice((5, 6, 8)) if 6 <= index < 10 else rng.choice((2, 3, 3, 4, 5, 8)),
        "place": rng.random() < 0.3 or index in (6, 7),
    }


def _at(day: dt.date, minute: int) -> dt.datetime:
    wall = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), clock.COPENHAGEN)
    return wall.astimezone(dt.UTC)


def _realise(world: _World, spec: Row) -> _Plan:
    rng, start = world.rng, spec["start"]
    end = start + dt.timedelta(days=spec["length"], hours=rng.randint(-3, 3))
    ended = end <= world.now
    plan = _Plan(_episode_row(world, spec, end if ended else None))
    if spec["place"]:
        _take_place(world, plan.episode, start, end)
    last = end if ended else world.now
    plan.measurements = _measurements(world, start, last)
    plan.contacts = _contacts(world, spec, start, last)
    return plan


def _episode_row(world: _World, spec: Row, end: dt.datetime | None) -> Row:
    rng, group, citizen = world.rng, spec["group"], spec["citizen"]
    gp = citizen.gp_name or f"{rng.choice(words.FEMALE)} {rng.choice(words.LAST)}"
    referrer = {1: gp, 2: gp, 3: "Hjemmesygeplejen", 4: f"Overlæge {rng.choice(words.LAST)}"}
    hospital = spec["forced"] == "hospital" or (group == 4 and rng.random() < 0.4)
    doctor = (
        f"Vagthavende læge, {rng.choice(('Medicinsk', 'Geriatrisk', 'Lunge'))} Afdeling, OUH"
        if hospital
        else f"{gp}, {citizen.gp_practice or 'Lægehuset'}"
    )
    reason = rng.choice(tuple(rules.EndReason)) if end else ""
    row = {
        "citizen_id": citizen.id,
        "target_group": group,
        "referrer_kind": rules.GROUP_REFERRER[group],
        "referrer_name": referrer[group],
        "referred_at": spec["start"] - dt.timedelta(minutes=rng.randint(0, 90)),
        "reason": rng.choice(REASONS),
        "setting": rules.Setting.HOME,
        "acute_unit_id": None,
        "place_number": None,
        "responsible_doctor": doctor,
        "responsible_phone": "6" + "".join(rng.choice("0123456789") for _ in range(7)),
        "hospital_responsible": hospital,
        "group_1_insured": spec["forced"] != "not_group_1" and rng.random() > 0.02,
        "xref22_reference": f"XREF22-{rng.randint(100000, 999999)}" if group in (1, 2) else "",
        "start_at": spec["start"],
        "expected_end": (spec["start"] + dt.timedelta(days=spec["length"])).date(),
        "status": rules.Status.ENDED if end else rules.Status.OPEN,
        "end_at": end,
        "end_reason": reason,
        "end_text": "Flyttet til plejebolig" if reason == rules.EndReason.OTHER else "",
        "treatment_summary": "Observation, væske og peroral antibiotika efter aftale med lægen."
        if end
        else "",
        "status_at_end": "Stabil, feberfri."
        if reason == rules.EndReason.STABILISED_AT_HOME
        else "",
    }
    return world.stamp(row, spec["start"])


def _take_place(world: _World, row: Row, start: dt.datetime, end: dt.datetime) -> None:
    """A place free at the start; it is held until the end (open episodes: for good)."""
    free = [key for key, since in sorted(world.places.items()) if since <= start]
    if not free:
        return
    key = world.rng.choice(free)
    world.places[key] = end if row["end_at"] else dt.datetime.max.replace(tzinfo=dt.UTC)
    row.update(setting=rules.Setting.ACUTE_PLACE, acute_unit_id=key[0], place_number=key[1])


def _measurements(world: _World, start: dt.datetime, last: dt.datetime) -> list[Row]:
    rng, rows = world.rng, []
    moment = start + dt.timedelta(minutes=20)
    fever = Decimal(rng.randint(377, 396)) / 10
    while moment <= last:
        values: list[tuple[str, Any, Any]] = [
            ("temperature", fever, None),
            ("pulse", rng.randint(70, 112), None),
            ("blood_pressure", rng.randint(100, 160), rng.randint(55, 90)),
            ("spo2", rng.randint(89, 99), None),
            ("respiratory_rate", rng.randint(14, 26), None),
        ]
        if moment == start + dt.timedelta(minutes=20):
            values.append(("crp", Decimal(rng.randint(150, 2400)) / 10, None))
            lab = rng.choice(tuple(LAB))
            values.append((lab, Decimal(rng.randint(*LAB[lab])) / 10, None))
        for kind, value, value2 in values:
            row = {"kind": kind, "measured_at": moment, "value": Decimal(value), "value2": value2,
                   "note": ""}  # fmt: skip
            rows.append(world.stamp(row, moment))
        fever = max(Decimal("36.8"), fever - Decimal("0.4"))
        moment += dt.timedelta(days=1)
    return rows


def _contacts(world: _World, spec: Row, start: dt.datetime, last: dt.datetime) -> list[Row]:
    rng, forced, citizen = world.rng, spec["forced"], spec["citizen"]
    first, span = clock.local(start).date(), (last - start).days
    moments = []
    for _ in range(rng.randint(1, 4)):
        day = first + dt.timedelta(days=rng.randint(0, max(0, span)))
        if day.weekday() >= 5 and rng.random() < 0.8:  # the GP is mostly reached on weekdays
            day += dt.timedelta(days=7 - day.weekday())
        daytime = rng.random() < 0.85  # most contacts in the GP's opening hours
        minute = rng.randint(8 * 60, 15 * 60 + 59) if daytime else rng.randint(16 * 60, 21 * 60)
        moments.append(max(_at(day, minute), start + dt.timedelta(minutes=10)))
    if forced == "limit":
        moments = [start + dt.timedelta(minutes=m) for m in (30, 120, 240)]
    if forced == "evening":
        moments = [_at(first, 19 * 60)]
    if forced == "no_assessment":  # one daytime contact whatever the hour the demo is made
        moments.append(start + dt.timedelta(minutes=30))
    moments = sorted(m.replace(second=0, microsecond=0) for m in moments if m <= last)
    rows = []
    for i, at in enumerate(moments):
        assessed = forced != "no_assessment" and rng.random() > 0.06
        row = {
            "citizen_id": citizen.id,
            "at": at,
            "day": clock.local(at).date(),
            "channel": rng.choices(tuple(rules.Channel), (80, 12, 8))[0],
            "gp_name": citizen.gp_name or "Egen læge",
            "practice": citizen.gp_practice or "Lægehuset",
            "staff_id": world.ctx.user_id,
            "assessed": assessed,
            "treated": assessed and rng.random() < 0.4,
            "followed_up": i > 0 and rng.random() < 0.5,
            "note": "",
        }
        rows.append(world.stamp(row, at))
    return rows


def _bill(plan: _Plan, cpr: str) -> None:
    """D21–D23 through the pure rule, per calendar day (a citizen has one episode at a time)."""
    e = plan.episode
    for day in sorted({c["day"] for c in plan.contacts}):
        of_day = [c for c in plan.contacts if c["day"] == day]
        facts = [
            rules.ContactFacts(
                clock.local(c["at"]).replace(tzinfo=None),
                c["assessed"],
                c["treated"],
                c["followed_up"],
                e["hospital_responsible"],
                age_on(cpr, day),
                e["group_1_insured"],
            )
            for c in of_day
        ]
        for contact, reason in zip(of_day, rules.day_billability(facts), strict=True):
            contact.update(billable=not reason, not_billable_reason=str(reason))


def _insert(session: Session, plans: list[_Plan]) -> None:
    if not plans:
        return
    cprs = dict(session.execute(select(Citizen.id, Citizen.cpr)).all())
    for plan in plans:
        _bill(plan, cprs[plan.episode["citizen_id"]])
    episodes = _table(AcuteEpisode)
    ids = session.scalars(
        insert(episodes).returning(episodes.c.id, sort_by_parameter_order=True),
        [p.episode for p in plans],
    ).all()
    for episode_id, plan in zip(ids, plans, strict=True):
        for row in (*plan.measurements, *plan.contacts):
            row["episode_id"] = episode_id
    for model, part in ((AcuteMeasurement, "measurements"), (GpContact, "contacts")):
        rows = [row for p in plans for row in getattr(p, part)]
        if rows:
            session.execute(insert(_table(model)), rows)


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]
