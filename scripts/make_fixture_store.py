"""Write tests/fixtures/stores/<revision>.sqlite3: a small store at the current schema.

Run once per released schema version (`python scripts/make_fixture_store.py`), commit the
file, and never change it again: tests/unit/test_migrations.py opens every fixture with
the current code, so an old store that stops opening fails the suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.db import migrate  # noqa: E402
from app.db.store import Store  # noqa: E402
from app.services import citizens, demo, setup  # noqa: E402
from app.services.reference import MunicipalityInput  # noqa: E402


def main() -> None:
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
        ),
    )
    demo.load_demo(ctx, citizens=25, seed=1)
    citizens.register_citizen(
        ctx, citizens.CitizenInput(cpr="0101500007", first_name="Fast", last_name="Punkt")
    )
    store.dispose()
    with Store.sqlite(target).engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    print(target)


if __name__ == "__main__":
    main()
