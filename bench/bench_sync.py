"""Time the sync of an office's day and an office's first copy (issue #15, docs/sync.md):

- one office's day — 10 referrals taken through visitation, 200 administrations, 20 CRP
  values — written offline, then pushed to the PostgreSQL server, and pulled by a second
  office (budget: push + pull under 5 s);
- with ``--citizens N``: the first sync (``sync setup``) of a new office from a server
  holding N citizens (the issue asks for 200,000).

Fictitious data only, in a throw-away database on the server given (default: the tests'
``AKUTDESK_TEST_PG_URL``) and throw-away SQLite files.

    .venv/bin/python bench/bench_sync.py [--server-admin-url URL] [--citizens 200000] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "akutdesk-demo"


def _database(admin_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"akutdesk_bench_sync_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop(admin_url: str, url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def _server(url: str) -> Any:
    from app.db import migrate
    from app.db.store import Store
    from app.services.admin import reference, setup
    from app.services.admin.reference import DepartmentInput, MunicipalityInput

    store = Store(url)
    migrate.upgrade(store)
    setup.db_roles.ensure(store)
    data = setup.FirstStartInput(
        MunicipalityInput(name="Odense Kommune", cvr="35209115", address="Flakhaven 2",
                          postcode="5000", city="Odense C"),
        "Karen Sygeplejerske", "KS", password=PASSWORD,
    )  # fmt: skip
    ctx = setup.first_start(store, data)
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH")
    reference.save_department(ctx, unit.uuid, DepartmentInput(name="Infektionsmedicin Q",
                                                              phone_24_7="65 41 12 34"))  # fmt: skip
    return ctx


def _citizens(ctx: Any, count: int) -> None:
    from app.services import citizens
    from app.services.citizens import CitizenInput

    done = 0
    while done < count:
        n = min(5000, count - done)
        items = [
            (CitizenInput(cpr=f"{1 + i % 28:02d}{1 + i // 28 % 12:02d}{40 + i // 336 % 50:02d}"
                          f"{i // 16800:04d}", first_name="Borger", last_name="Jensen"), None)
            for i in range(done, done + n)
        ]  # fmt: skip
        with ctx.store.origin.session() as session:
            citizens.add_many_in_session(session, ctx, items)
        done += n


def _office(url: str, folder: Path) -> tuple[Any, float]:
    from app.db import migrate
    from app.db.store import Store
    from app.services.security import users
    from app.services.sync import office

    folder.mkdir(parents=True, exist_ok=True)
    store = Store(f"sqlite:///{folder / 'office.sqlite3'}")
    migrate.upgrade(store)
    started = time.perf_counter()
    office.setup(store, url, folder.name)
    took = time.perf_counter() - started
    return users.sign_in(store, "KS", PASSWORD), took


def _day(ctx: Any) -> None:
    """10 referrals accepted, 200 administrations, 20 CRP values — written offline."""
    from sqlalchemy import select

    from app.domain import clock
    from app.models import Department, IvCourse
    from app.services import citizens
    from app.services.citizens import CitizenInput
    from app.services.iv import crp, referrals
    from app.services.iv.administrations import AdministrationInput, record_administration
    from app.services.iv.crp import CrpInput

    today = clock.today()

    def at(offset: int, hh: int, mm: int = 0) -> dt.datetime:
        return dt.datetime.combine(today + dt.timedelta(days=offset), dt.time(hh, mm))

    with ctx.store.read() as session:
        dept = session.scalars(select(Department.uuid)).first()
    given = 0
    for n in range(10):
        citizen = citizens.register_citizen(
            ctx, CitizenInput(cpr=f"{n + 1:02d}0399{n:04d}", first_name="Dag", last_name="Borger")
        ).value.uuid
        course = referrals.register_referral(ctx, referrals.ReferralInput(
            citizen_uuid=citizen, department_uuid=dept, responsible_doctor="Overlæge Hansen",
            course_type="antibiotic_no_pump", drug="Piperacillin/tazobactam", dose="4 g",
            doses_per_day=3, planned_days=10, iv_access="picc", closed_system="codan_mix_add",
            first_dose_date=today - dt.timedelta(days=8), hospital_doses=3, place="home",
            referred_at=at(-8, 14),
        )).value  # fmt: skip
        with ctx.store.read() as session:
            version = session.scalar(select(IvCourse.version).where(IvCourse.uuid == course))
        referrals.accept_referral(ctx, course, version, at=at(-8, 15))
        for k in range(2):
            crp.record_crp(ctx, course, CrpInput(measured_at=at(-6 + 2 * k, 8), value=40))
        for k in range(20):
            day, slot = -7 + k // 3, (7, 14, 21)[k % 3]
            record_administration(ctx, course, AdministrationInput(
                start=at(day, slot), end=at(day, slot, 40), place="home"))  # fmt: skip
            given += 1
    assert given == 200


def measure(admin_url: str, citizens: int) -> dict[str, Any]:
    from app.services.sync import office

    url = _database(admin_url)
    root = Path(tempfile.mkdtemp(prefix="akutdesk-bench-sync-"))
    figures: dict[str, Any] = {}
    try:
        server = _server(url)
        a, _ = _office(url, root / "VIS-A")
        b, _ = _office(url, root / "VIS-B")
        started = time.perf_counter()
        _day(a)
        figures["day_written_s"] = round(time.perf_counter() - started, 2)
        figures["changes_waiting"] = office.status(a.store).waiting
        started = time.perf_counter()
        pushed = office.sync(a.store).value
        figures["push_s"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        pulled = office.sync(b.store).value
        figures["pull_s"] = round(time.perf_counter() - started, 2)
        figures["push_pull_s"] = round(figures["push_s"] + figures["pull_s"], 2)
        figures["sent"], figures["received"] = pushed.sent, pulled.received
        figures["budget_s"] = 5.0
        if citizens:
            started = time.perf_counter()
            _citizens(server, citizens)
            figures["citizens"] = citizens
            figures["server_filled_s"] = round(time.perf_counter() - started, 1)
            _c, took = _office(url, root / "VIS-C")
            figures["first_sync_s"] = round(took, 1)
        for ctx in (server, a, b):
            ctx.store.origin.dispose()
    finally:
        _drop(admin_url, url)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server-admin-url", default=os.environ.get("AKUTDESK_TEST_PG_URL"))
    parser.add_argument("--citizens", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.server_admin_url:
        print("bench_sync: give --server-admin-url or set AKUTDESK_TEST_PG_URL", file=sys.stderr)
        return 2
    figures = measure(args.server_admin_url, args.citizens)
    if args.json:
        print(json.dumps(figures))
    else:
        for name, value in figures.items():
            print(f"{name:>16}: {value}")
    return 0 if figures["push_pull_s"] < figures["budget_s"] else 1


if __name__ == "__main__":
    sys.exit(main())
