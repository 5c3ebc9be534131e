"""Write tests/fixtures/stores/<revision>.sqlite3: a small store at the current schema.

Run once per released schema version (`python scripts/make_fixture_store.py`), commit the
file, and never change it again (`--migrated REVISION` makes the fixture of a revision that
is not the newest from the previous fixture): tests/unit/test_migrations.py opens every fixture with
the current code, so an old store that stops opening fails the suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.db import migrate  # noqa: E402
from app.db.store import Store  # noqa: E402
from app.demo import generate as demo  # noqa: E402
from app.services import citizens  # noqa: E402
from app.services.admin import setup  # noqa: E402
from app.services.admin.reference import MunicipalityInput  # noqa: E402


def add_iv_course(ctx) -> None:  # type: ignore[no-untyped-def]
    """From schema 0002: one referral taken through visitation, an administration and a CRP."""
    import datetime as dt

    from app.services.admin import reference
    from app.services.iv import crp, referrals, views
    from app.services.iv.administrations import AdministrationInput, record_administration

    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH")
    dept = reference.save_department(
        ctx, unit.uuid, reference.DepartmentInput(name="Fixture Afdeling", phone_24_7="65411111")
    ).value
    person = referrals.find_citizen_uuid(ctx, "0101500007")
    first = dt.date(2026, 11, 1)
    uuid = referrals.register_referral(
        ctx,
        referrals.ReferralInput(
            citizen_uuid=person,
            department_uuid=dept.uuid,
            responsible_doctor="Overlæge Fixture",
            course_type="antibiotic_no_pump",
            drug="Cefuroxim",
            dose="1,5 g",
            doses_per_day=3,
            planned_days=7,
            iv_access="pvk",
            closed_system="codan_mix_add",
            first_dose_date=first,
            hospital_doses=2,
            place="home",
            referred_at=dt.datetime(2026, 11, 1, 15, 0),
        ),
    ).value
    referrals.accept_referral(
        ctx, uuid, views.get_course(ctx, uuid).version, at=dt.datetime(2026, 11, 1, 16)
    )
    record_administration(
        ctx,
        uuid,
        AdministrationInput(
            start=dt.datetime(2026, 11, 2, 8), end=dt.datetime(2026, 11, 2, 8, 30), place="home"
        ),
    )
    crp.record_crp(ctx, uuid, crp.CrpInput(measured_at=dt.datetime(2026, 11, 3, 8), value="41"))


def add_acute_episode(ctx) -> None:  # type: ignore[no-untyped-def]
    """From schema 0003: an acute unit, an episode on place 2 with a CRP and a GP contact."""
    import datetime as dt

    from app.services.acute import contacts, episodes, measurements, units
    from app.services.iv import referrals

    unit = units.save_acute_unit(ctx, units.AcuteUnitInput("Fixture Akutpladser", 3)).value
    uuid = episodes.register_episode(
        ctx,
        episodes.EpisodeInput(
            citizen_uuid=referrals.find_citizen_uuid(ctx, "0101500007") or "",
            target_group=2,
            referrer_kind="gp",
            referrer_name="Læge Fixture",
            referred_at=dt.datetime(2026, 11, 2, 9, 0),
            setting="acute_place",
            acute_unit_uuid=unit.uuid,
            place_number=2,
            responsible_doctor="Læge Fixture, Fixture Lægehus",
            responsible_phone="66111111",
            reason="Pneumoni",
        ),
    ).value
    measurements.record_measurement(
        ctx, uuid, measurements.MeasurementInput("crp", dt.datetime(2026, 11, 2, 9, 30), "96")
    )
    contacts.record_gp_contact(
        ctx,
        uuid,
        contacts.GpContactInput(
            dt.datetime(2026, 11, 3, 10, 0), "phone", "Læge Fixture", "Fixture Lægehus", True
        ),
    )


def settle(target: Path) -> None:
    """One self-contained file: the WAL folded in and the journal back to DELETE mode."""
    import sqlite3

    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


def migrated_copy(revision: str) -> None:
    """A fixture for a revision released together with later ones in one version: the
    previous revision's fixture, migrated to ``revision`` by its own migration (so it holds
    the schema of exactly that revision and the data the migration seeds)."""
    import shutil

    folder = ROOT / "tests" / "fixtures" / "stores"
    previous = migrate.REVISIONS[migrate.REVISIONS.index(revision) - 1]
    target = folder / f"{revision}.sqlite3"
    if target.exists():
        raise SystemExit(f"{target} exists: fixtures of released schemas are never rewritten")
    shutil.copy(folder / f"{previous}.sqlite3", target)
    store = Store.sqlite(target)
    migrate.upgrade(store, target=revision)
    store.dispose()
    settle(target)
    print(target)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--migrated":
        migrated_copy(sys.argv[2])
        return
    target = ROOT / "tests" / "fixtures" / "stores" / f"{migrate.HEAD}.sqlite3"
    if target.exists():
        raise SystemExit(f"{target} exists: fixtures of released schemas are never rewritten")
    store = Store.sqlite(target)
    migrate.upgrade(store)
    ctx = setup.first_start(
        store,
        setup.FirstStartInput(
            MunicipalityInput(
                name="Fixture Kommune", cvr="35209115", postcode="5000", city="Odense C"
            ),
            user_name="Fixture Bruger",
            initials="FB",
            password="akutdesk-demo",  # from schema 0005 (tests/conftest.py PASSWORD)
        ),
    )
    demo.load_demo(ctx, citizens=25, seed=1)
    citizens.register_citizen(
        ctx,
        citizens.CitizenInput(
            cpr="0101500007",
            first_name="Fast",
            last_name="Punkt",
            cave_state="known",  # from schema 0008_cave
            cave="penicillin (allergi)",
        ),
    )
    add_iv_course(ctx)
    add_acute_episode(ctx)
    store.dispose()
    settle(target)
    print(target)


if __name__ == "__main__":
    main()
