"""Time the import of an exchange file of many citizens (issue #13; budget: 120,000
citizens < 60 s): a file of fictitious citizens (the demo generator's CPR numbers, with
uuids, addresses and phone numbers) is written, then imported into a new store — the
file's check, the store's check, the citizens, their name words and audit entries, the
commit — and imported again (every citizen unchanged). Each step's time is reported.

    .venv/bin/python bench/bench_import.py [--citizens 120000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET_S = 60.0
FIRST = ("Jens", "Else", "Anna Marie", "Peter", "Mette", "Ole", "Karen", "Søren")
LAST = ("Hansen", "Jensen", "Nielsen", "Møller Larsen", "Pedersen", "Kristensen")


def _file(path: Path, citizens: int) -> None:
    from app.demo.generate import fictitious_cpr

    rng, taken = random.Random(13), set()
    records = [
        {
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "cpr": fictitious_cpr(rng, taken, dt.date(2026, 1, 1)),
            "first_name": rng.choice(FIRST),
            "last_name": rng.choice(LAST),
            "address": f"Vestergade {rng.randint(1, 99)}",
            "postcode": "5000",
            "city": "Odense C",
            "phone": f"6{rng.randint(1000000, 9999999)}",
        }
        for _ in range(citizens)
    ]
    document = {"format": "akutdesk-exchange", "version": 4, "citizens": records}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=120_000)
    parser.add_argument("--database-url", help="PostgreSQL (default: a new SQLite file)")
    args = parser.parse_args()

    from app.services.admin import setup
    from app.services.admin.reference import MunicipalityInput
    from app.services.exchange import transfer

    with tempfile.TemporaryDirectory(prefix="akutdesk-bench-import-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        _file(folder / "citizens.json", args.citizens)
        print(
            f"file of {args.citizens:,} citizens written in {time.perf_counter() - started:.1f} s"
        )
        store, _ = setup.open_store(
            args.database_url or f"sqlite:///{folder / 'b.sqlite3'}", folder
        )
        ctx = setup.first_start(store, setup.FirstStartInput(
            MunicipalityInput(name="Odense Kommune", cvr="35209115", address="Flakhaven 2",
                              postcode="5000", city="Odense C"),
            user_name="Bench Leder", initials="BL", password="akutdesk-bench-1"))  # fmt: skip
        times = {}
        for run in ("first import", "second import (unchanged)"):
            started, cpu = time.perf_counter(), time.process_time()
            report = transfer.import_file(ctx, folder / "citizens.json")
            times[run] = time.perf_counter() - started
            cpu = time.process_time() - cpu  # the figure a loaded, shared machine keeps
            print(f"{run}: {report.value.summary()} in {times[run]:.1f} s (CPU {cpu:.1f} s)")
        store.dispose()
    first = times["first import"]
    verdict = "within" if first < BUDGET_S else "OVER"
    print(f"{verdict} the budget: {args.citizens:,} citizens in {first:.1f} s (< {BUDGET_S:.0f} s)")
    return 0 if first < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
