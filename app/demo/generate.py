"""Synthetic, realistic Danish demo data with fictitious CPR numbers.

Every demo citizen is marked ``demo`` in the store; demo EANs are fictitious numbers in
the GS1 restricted-circulation range (prefix 2), marked as fictitious, so no real
receiver can be addressed by mistake. Rows are written in bulk: 200,000 citizens take
seconds, not minutes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from stdnum.dk import cpr as std_cpr

from app.demo import words as demo_data
from app.domain import clock, kinds
from app.domain.identifiers import gln_check_digit
from app.models import Citizen, CitizenNameWord, Department, HospitalUnit, StoreSetting
from app.services.admin.reference import DepartmentInput, add_department_in_session
from app.services.citizens import name_key, name_words
from app.services.kernel import audit
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

BATCH = 5_000


@dataclass(frozen=True)
class DemoResult:
    """What the demo made: citizens, departments and, per case kind, its loader's result
    under the kind's ``demo.result`` name (``result.iv.courses``, ``result.acute.episodes``)."""

    citizens: int
    departments: int
    parts: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        parts = vars(self).get("parts", {})
        if name in parts:
            return parts[name]
        raise AttributeError(name)


def fictitious_gln(rng: random.Random) -> str:
    first12 = "2" + "".join(rng.choice("0123456789") for _ in range(11))
    return first12 + gln_check_digit(first12)


def fictitious_cpr(rng: random.Random, taken: set[str], today: dt.date) -> str:
    """A CPR number with a real birth date and the right century digit (D40); numbers
    for births before 2007 pass the modulus-11 check as real ones of that time do. The
    last digit gives the sex (odd = male), which the first name follows."""
    while True:
        # Acute-function citizens are mostly old: 70 % aged 65–100, the rest 16–65.
        low, high = (65, 100) if rng.random() < 0.7 else (16, 65)
        born = today - dt.timedelta(days=rng.randint(low * 365, high * 365))
        century = rng.choice("0123") if born.year < 2000 else "4"
        start = rng.randint(0, 999)
        for step in range(1000):
            # Keep the birth date and look for a sequence number that passes modulus 11
            # (redrawing the date instead would skew the ages towards post-2007 births).
            cpr = born.strftime("%d%m%y") + century + f"{(start + step) % 1000:03d}"
            if (born.year >= 2007 or std_cpr.checksum(cpr) == 0) and cpr not in taken:
                taken.add(cpr)
                return cpr


def _phone(rng: random.Random) -> str:
    return rng.choice("2345") + "".join(rng.choice("0123456789") for _ in range(7))


def _citizen_row(rng: random.Random, cpr: str, ctx: Context, now: dt.datetime) -> dict[str, object]:
    male = int(cpr[-1]) % 2 == 1
    first = rng.choice(demo_data.MALE if male else demo_data.FEMALE)
    if rng.random() < 0.25:
        first += " " + rng.choice(demo_data.MIDDLE if not male else ("Juul", "Holm", "Skov", "Dam"))
    last = rng.choice(demo_data.LAST)
    if rng.random() < 0.12:
        last = f"{rng.choice(demo_data.LAST)} {last}"
    postcode, town = rng.choice(demo_data.TOWNS)
    has_contact = rng.random() < 0.7
    contact_male = rng.random() < 0.4
    return {
        "uuid": _uuid4_from(rng),
        "cpr": cpr,
        "first_name": first,
        "last_name": last,
        "first_key": name_key(first),
        "last_key": name_key(last),
        "address": f"{rng.choice(demo_data.STREETS)} {rng.randint(1, 180)}",
        "postcode": postcode,
        "city": town,
        "phone": _phone(rng),
        "contact_name": (
            f"{rng.choice(demo_data.MALE if contact_male else demo_data.FEMALE)} {last.split()[-1]}"
            if has_contact
            else ""
        ),
        "contact_relation": (
            rng.choice(demo_data.RELATIONS_MALE if contact_male else demo_data.RELATIONS_FEMALE)
            if has_contact
            else ""
        ),
        "contact_phone": _phone(rng) if has_contact else "",
        "gp_name": f"{rng.choice(demo_data.FEMALE + demo_data.MALE)} {rng.choice(demo_data.LAST)}",
        "gp_practice": rng.choice(demo_data.GP_PRACTICES),
        "gp_phone": "6" + "".join(rng.choice("0123456789") for _ in range(7)),
        **_demo_cave(cpr),
        "demo": True,
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "created_by_id": ctx.user_id,
        "updated_by_id": ctx.user_id,
    }


def _demo_cave(cpr: str) -> dict[str, str]:
    """Fictitious CAVE (issue #12): about a quarter with allergies or intolerances, half
    "no known allergies", a quarter never asked. Drawn from the CPR number's own generator
    so the rest of the demo (names, courses, episodes) stays what it was for a seed."""
    own = random.Random(cpr)
    roll = own.random()
    if roll < 0.25:
        picked = own.sample(demo_data.CAVE_ENTRIES, 1 if own.random() < 0.7 else 2)
        return {"cave_state": "known", "cave": "; ".join(picked)}
    return {"cave_state": "none" if roll < 0.75 else "unknown", "cave": ""}


def _uuid4_from(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def load_demo(
    ctx: Context,
    *,
    citizens: int,
    seed: int = 2026,
    now: dt.datetime | None = None,
    **counts: int | None,
) -> DemoResult:
    """Add demo citizens, fictitious EANs and departments for the units, and each case
    kind's demo cases (app.domain.kinds, in the registry's order): a year of IV referrals
    and courses up to now for the demo citizens (``courses`` defaults to one per four
    citizens), acute-function episodes with measurements and GP contacts (``episodes``
    defaults to one per ten citizens), the demo nursing homes. ``counts`` takes the kinds'
    count options. Repeatable by seed (on the same day): each kind has its fixed seed."""
    require(ctx, "demo.load")
    known = {k.demo.option for k in kinds.KINDS if k.demo.option}
    unknown = sorted(set(counts) - known)
    if unknown:
        raise TypeError(f"load_demo() got unexpected keyword argument(s) {', '.join(unknown)}")
    rng = random.Random(seed)
    today = clock.today()
    now = clock.now_utc()
    departments = _demo_reference(ctx, rng)
    with ctx.store.session() as session:
        taken = set(session.scalars(select(Citizen.cpr)))
        made = 0
        while made < citizens:
            rows = [
                _citizen_row(rng, fictitious_cpr(rng, taken, today), ctx, now)
                for _ in range(min(BATCH, citizens - made))
            ]
            ids = session.scalars(
                insert(Citizen).returning(Citizen.id, sort_by_parameter_order=True), rows
            ).all()
            words = [
                {"citizen_id": citizen_id, "word": w}
                for citizen_id, r in zip(ids, rows, strict=True)
                for w in name_words(str(r["first_name"]), str(r["last_name"]))
            ]
            session.execute(insert(CitizenNameWord), words)
            made += len(rows)
        parts = {
            kind.demo.result: _load_kind(
                session, ctx, kind.demo, citizens, counts, seed, now, today
            )
            for kind in kinds.KINDS
        }
        demo_flag = session.get(StoreSetting, "demo")
        if demo_flag is None:
            session.add(StoreSetting(key="demo", value=True))
        else:
            demo_flag.value = True
        summary = {
            key: getattr(parts[kind.demo.result], attribute)
            for kind in kinds.KINDS
            for key, attribute in kind.demo.audit
        }
        audit.write(
            session, ctx, "demo", "citizen", after={"citizens": citizens, "seed": seed, **summary}
        )
    return DemoResult(citizens=citizens, departments=departments, parts=parts)


def _load_kind(
    session: Session,
    ctx: Context,
    demo: kinds.Demo,
    citizens: int,
    counts: dict[str, int | None],
    seed: int,
    now: dt.datetime,
    today: dt.date,
) -> Any:
    """One kind's demo cases, written by its loader in the demo's session."""
    options: dict[str, Any] = {
        "seed": seed + demo.seed_offset,
        demo.at: now if demo.at == "now" else today,
    }
    if demo.option is not None and demo.per_citizens is not None:
        given = counts.get(demo.option)
        options[demo.option] = citizens // demo.per_citizens if given is None else given
    return kinds.resolve(demo.loader)(session, ctx, **options)


def _demo_reference(ctx: Context, rng: random.Random) -> int:
    """Fictitious EANs (marked) for units without one, and a few departments per unit."""
    made = 0
    with ctx.store.session() as session:
        for unit in session.scalars(select(HospitalUnit).order_by(HospitalUnit.id)):
            if not unit.ean:
                unit.ean, unit.ean_fictitious = fictitious_gln(rng), True
                unit.phone = unit.phone or (
                    "6" + "".join(rng.choice("0123456789") for _ in range(7))
                )
                audit.stamp_change(unit, ctx)
            existing = set(
                session.scalars(select(Department.name).where(Department.unit_id == unit.id))
            )
            for name in demo_data.DEPARTMENTS.get(unit.code, ()):
                if name in existing:
                    continue
                phone = "6" + "".join(rng.choice("0123456789") for _ in range(7))
                add_department_in_session(
                    session, ctx, unit, DepartmentInput(name=name, phone_24_7=phone)
                )
                made += 1
    return made
