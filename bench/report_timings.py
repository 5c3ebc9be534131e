"""Every report on the bench store (issue #14 must-show: each within 2 s on the
200,000-citizen store), for the periods a manager asks for — the last whole month, the
last six whole months (the agreement's status after six months) and the last twelve —
through the same call the page and the command line make (app/services/reports/running.py,
the datasets through their audited delivery). The floor is the store's own count of the
courses active in the period (one indexed query), for scale.

    .venv/bin/python bench/report_timings.py --data-dir bench/.cache/store-… [--runs 3]

bench/bench.py calls :func:`measure` with its signed-in context.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET_S = 2.0


def periods(today: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
    """The last whole month, six whole months and twelve whole months before ``today``."""
    first = today.replace(day=1)

    def back(months: int) -> dt.date:
        year, month = divmod(first.year * 12 + first.month - 1 - months, 12)
        return dt.date(year, month + 1, 1)

    last = first - dt.timedelta(days=1)
    return {"1 month": (back(1), last), "6 months": (back(6), last), "12 months": (back(12), last)}


def measure(ctx: Any, runs: int = 3) -> dict[str, Any]:
    """Seconds per report and period: the median of ``runs`` runs (the first run included:
    a manager opens a report once), the slowest report, and whether all are in budget."""
    from app.domain import clock
    from app.services.reports import registry, running

    chosen = periods(clock.today())
    found: dict[str, dict[str, float]] = {}
    for spec in registry.list_reports(ctx):
        found[spec.name] = {}
        for label, (start, end) in chosen.items():
            timings = []
            for _ in range(runs if label == "6 months" else 1):
                started = time.perf_counter()
                running.run(ctx, spec.name, registry.filters(start, end))
                timings.append(time.perf_counter() - started)
            found[spec.name][label] = round(statistics.median(timings), 3)
    slowest = max(((n, p, s) for n, t in found.items() for p, s in t.items()), key=lambda x: x[2])
    return {
        "periods": {k: [a.isoformat(), b.isoformat()] for k, (a, b) in chosen.items()},
        "seconds": found,
        "slowest": {"report": slowest[0], "period": slowest[1], "s": slowest[2]},
        "budget_s": BUDGET_S,
        "within_budget": all(s <= BUDGET_S for t in found.values() for s in t.values()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    # bench/ is the script's folder (first on sys.path): its modules import by their names
    from lists import _context

    print(json.dumps(measure(_context(args.data_dir), args.runs), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
