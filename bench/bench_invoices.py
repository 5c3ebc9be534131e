"""Time a month's invoice run end to end (issue #4; DEVELOPERS.md budget: < 10 s):
5,000 IV courses ending in one month across the 4 hospital units (a tenth of them long
no-pump courses with day rates), then preview → post (PDF, PAdES signature with the demo
test certificate, OIOUBL XML, all stored with SHA-256) → export (PDF, XML, CSV per
invoice). Each step's time is reported. Fictitious data only, in a throw-away store.

    .venv/bin/python bench/bench_invoices.py [--courses 5000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TYPES = ("antibiotic_no_pump", "antibiotic_pump", "fluid")
EANS = {"OUH": "5798001234566", "SLB": "5798001234573", "SVS": "5798001234580", "SHS": "5798001234597"}  # fmt: skip


def _store(folder: Path, url: str | None):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.models import HospitalUnit, Municipality, StoreSetting
    from app.services.admin import setup
    from app.services.admin.reference import MunicipalityInput

    store, _ = setup.open_store(url or f"sqlite:///{folder / 'bench.sqlite3'}", folder)
    ctx = setup.first_start(store, setup.FirstStartInput(
        MunicipalityInput(name="Odense Kommune", cvr="35209115", address="Flakhaven 2",
                          postcode="5000", city="Odense C"),
        user_name="Bench Leder", initials="BL", password="akutdesk-bench-1"))  # fmt: skip
    with store.session() as s:
        m = s.scalars(select(Municipality)).one()
        m.bank_reg, m.bank_account, m.ean = "2100", "0123456789", "5798007738217"
        for unit in s.scalars(select(HospitalUnit)):
            unit.ean = EANS.get(unit.code, "5798001234603")
        s.merge(StoreSetting(key="demo", value=True))
    return store, ctx


def _fill(ctx, courses: int, month: dt.date) -> None:  # type: ignore[no-untyped-def]
    """Citizens, departments and ended courses, inserted in bulk (not timed)."""
    from sqlalchemy import insert, select

    from app.models import Citizen, Department, HospitalUnit, IvCourse

    rnd = random.Random(4)
    now = dt.datetime.now(dt.UTC)
    stamp = {"version": 1, "created_at": now, "updated_at": now, "created_by_id": ctx.user_id,
             "updated_by_id": ctx.user_id}  # fmt: skip
    with ctx.store.session() as s:
        units = list(s.scalars(select(HospitalUnit.id)))
        s.execute(insert(Department), [
            {"unit_id": u, "name": f"Medicinsk Afdeling {u}", "phone_24_7": "65411111",
             "uuid": str(uuid.uuid4()), **stamp} for u in units])  # fmt: skip
        depts = list(s.scalars(select(Department.id)))
        s.execute(insert(Citizen), [
            {"cpr": f"{1 + n % 28:02d}{1 + n // 28 % 12:02d}5{n // 336 % 10}{4000 + n % 6000:04d}"[:10],
             "first_name": "Borger", "last_name": f"Nummer {n}", "first_key": "borger",
             "last_key": f"nummer {n}", "uuid": str(uuid.uuid4()), **stamp}
            for n in range(courses)])  # fmt: skip
        citizens = list(s.scalars(select(Citizen.id)))
        rows = []
        for n, citizen in enumerate(citizens):
            end = month + dt.timedelta(days=rnd.randrange(28))
            kind = TYPES[n % 3]
            length = 20 if kind == TYPES[0] and n % 10 == 0 else rnd.randint(3, 10)
            start = end - dt.timedelta(days=length - 1)
            rows.append({
                "citizen_id": citizen, "department_id": depts[n % len(depts)], "course_type": kind,
                "drug": "Cefuroxim", "doses_per_day": 3, "planned_days": length, "iv_access": "pvk",
                "closed_system": "codan_mix_add", "first_dose_date": start - dt.timedelta(days=1),
                "hospital_doses": 2, "place": "home", "status": "ended", "start_date": start,
                "end_date": end, "end_reason": "completed",
                "referred_at": dt.datetime.combine(start, dt.time(8), dt.UTC),
                "uuid": str(uuid.uuid4()), **stamp})  # fmt: skip
        s.execute(insert(IvCourse), rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--courses", type=int, default=5000)
    parser.add_argument("--database-url", help="an EMPTY PostgreSQL database (default: SQLite)")
    args = parser.parse_args()
    import keyring

    from app import paths
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # never the developer's own keyring
    folder = Path(tempfile.mkdtemp(prefix="akutdesk-bench-invoices-"))
    paths.init(folder)
    from app.domain import clock
    from app.services.invoices import export as invoices_export
    from app.services.invoices import post as invoices_post
    from app.services.invoices import runs as invoices

    month = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    store, ctx = _store(folder, args.database_url)
    _fill(ctx, args.courses, month)
    from app.signing.pades import signer_for_posting

    signer_for_posting(True, organisation="Odense Kommune")  # the demo certificate, made once
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    preview = invoices.preview_month(ctx, month)
    times["preview"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    posted = invoices_post.post_month(ctx, month, expected=preview.fingerprint)
    times["post (PDF + signature + XML, stored)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    exported = invoices_export.export_month(ctx, month, folder / "export")
    times["export (PDF, XML, CSV)"] = time.perf_counter() - t0
    lines = sum(len(u.lines) for u in preview.units)
    print(f"{args.courses} courses ending {month:%m.%Y}, {len(preview.units)} units, {lines} lines, "
          f"{len(posted)} invoices, {len(exported.files)} files, {store.describe()}")  # fmt: skip
    for name, seconds in times.items():
        print(f"  {name:40} {seconds:6.2f} s")
    total = sum(times.values())
    print(f"  {'total':40} {total:6.2f} s  (budget 10 s: {'ok' if total < 10 else 'OVER'})")
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
