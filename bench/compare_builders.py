"""Does bench/bulk.py write what `akutdesk demo` writes? Both builders in one process, with
the clock stopped at one moment, into two new stores; then every table's rows compared.

    .venv/bin/python bench/compare_builders.py [--citizens 2000]

Prints one line per table (rows, and "same" or the first difference) and exits 1 on any
difference in the demo's data. The first start's own rows (users with their salted password
hashes, the audit chain's hashes) differ between any two stores and are left out; so do the
random uuid4s of the rows the demo makes through the ORM (departments, acute units, homes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "bench"))

import bulk  # noqa: E402

DEMO_TABLES = (
    "citizens", "citizen_name_words", "iv_courses", "iv_administrations", "iv_crp_checks",
    "iv_course_type_changes", "acute_units", "acute_episodes", "acute_measurements",
    "acute_gp_contacts", "nursing_homes", "home_sections", "fixed_doctor_arrangements",
    "resident_stays", "departments",
)  # fmt: skip


def rows(folder: Path, table: str, skip: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    from sqlalchemy import text

    from app.services.admin import setup

    store, _ = setup.open_store(None, folder)
    try:
        with store.read() as session:
            result = session.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))
            return [tuple(v for k, v in r._mapping.items() if k not in skip) for r in result]
    finally:
        store.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--citizens", type=int, default=2000)
    args = parser.parse_args()
    from app.cli import main as cli
    from app.domain import clock
    from app.services.admin import store_key

    moment = dt.datetime.now(dt.UTC).replace(microsecond=0)
    clock.now_utc = lambda: moment  # type: ignore[assignment]
    os.environ[store_key.ENV_KEY] = store_key.recovery_text(store_key.make_key())
    os.environ.setdefault("AKUTDESK_PASSWORD", "akutdesk-demo")
    base = Path(tempfile.mkdtemp(prefix="akutdesk-builders-"))
    demo_dir, bulk_dir = base / "demo", base / "bulk"
    cli.main(["--data-dir", str(demo_dir), "demo", "--citizens", str(args.citizens)])
    bulk.build(bulk_dir, args.citizens, args.citizens // 4)
    different = 0
    for table in DEMO_TABLES:
        made, fast = rows(demo_dir, table), rows(bulk_dir, table)
        note = ""
        if made != fast and len(made) == len(fast):
            # rows the demo makes through the ORM or a service get a random uuid4
            made, fast = rows(demo_dir, table, ("uuid",)), rows(bulk_dir, table, ("uuid",))
            note = " but for their random uuid4s (made through the ORM)"
        first = next((i for i, (a, b) in enumerate(zip(made, fast, strict=False)) if a != b), None)
        same = len(made) == len(fast) and first is None
        different += not same
        detail = f"same{note}" if same else f"DIFFERENT ({len(fast)} rows; first at {first})"
        print(f"{table:20} {len(made):8,} rows  {detail}")
        if first is not None:
            print(f"  demo: {made[first]}\n  bulk: {fast[first]}")
    shutil.rmtree(base, ignore_errors=True)
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
