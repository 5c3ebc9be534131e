"""The IV-course and acute-episode lists on the bench store (issue #17 budget 2: p95 under
25 ms, max under 60 ms), every status filter × every kind of search text, beside the floor:
the same SQL statement (compiled with its values inlined) run through the bare DB-API driver
— sqlcipher3 for the encrypted bench store, keyed as app/db/store.py keys it — with no
session, no ORM and no row objects. ``ratio`` = the app's p95 / the floor's p95.

    .venv/bin/python bench/lists.py --data-dir bench/.cache/store-… [--queries 400]

(``AKUTDESK_STORE_KEY`` as bench/bench.py sets it; taken from ``DIR/store-key`` if unset).
bench/bench.py calls :func:`measure` with its signed-in context.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: the kinds of search text measured under every filter
TEXT_KINDS = ("none", "surname", "name prefix", "CPR prefix", "full CPR")
#: the page the lists' lazy table models fetch (app/views/components/lazy_model.PAGE)
LIMIT = 200
WARM_UP = 20


def _texts(ctx: Any, table: Any) -> dict[str, list[str]]:
    """Search texts of each kind, half from citizens with a case in the list (what a nurse
    looks for), half from any citizen (a surname shared by many, a CPR with no case)."""
    from sqlalchemy import select

    from app.models import Citizen

    with ctx.store.read() as session:
        anyone = session.execute(
            select(Citizen.cpr, Citizen.first_name, Citizen.last_name).where(Citizen.id % 499 == 0)
        ).all()
        with_case = session.execute(
            select(Citizen.cpr, Citizen.first_name, Citizen.last_name)
            .where(Citizen.id.in_(select(table.citizen_id)))
            .where(Citizen.id % 7 == 0)
        ).all()
    rng = random.Random(17)
    people = [rng.choice(anyone if i % 2 else with_case) for i in range(200)]

    def surname(c: Any) -> str:
        return str(c.last_name.split()[-1].lower())

    return {
        "none": [""],
        "surname": [surname(c) for c in people],
        "name prefix": [
            (surname(c)[:3] if i % 2 else c.first_name.split()[0][:2]) for i, c in enumerate(people)
        ],
        "CPR prefix": [(c.cpr[:6] if i % 2 else c.cpr[:4]) for i, c in enumerate(people)],
        "full CPR": [
            (f"{c.cpr[:6]}-{c.cpr[6:]}" if i % 2 else c.cpr) for i, c in enumerate(people)
        ],
    }


def queries(ctx: Any, table: Any, filters: Sequence[str], count: int) -> list[tuple[str, str, str]]:
    """``count`` (filter, text kind, text), every filter × kind equally often, shuffled."""
    texts = _texts(ctx, table)
    rng = random.Random(18)
    cells = [(f, k) for f in filters for k in TEXT_KINDS]
    out = [
        (f, k, rng.choice(texts[k]))
        for i in range(max(count, len(cells)))
        for f, k in [cells[i % len(cells)]]
    ]
    rng.shuffle(out)
    return out


def _stats(timings: Sequence[float]) -> dict[str, float]:
    ordered = sorted(timings)
    return {
        "queries": len(ordered),
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 2),
        "max_ms": round(ordered[-1], 2),
    }


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """Milliseconds of wall-clock and of this process's CPU time that ``run()`` took."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def floor_connection(ctx: Any) -> Any:
    """The bare driver on the same file: sqlcipher3 keyed like the store (or sqlite3 for a
    plain file), with the store's page cache; None on PostgreSQL (the floor is SQLite's)."""
    import sqlite3

    from app.db import store as db_store

    engine = ctx.store.engine
    if engine.dialect.name != "sqlite":
        return None
    path = Path(engine.url.database)
    key = ctx.store.key  # the raw key the store was opened with (None: a plain file)
    if key is None:
        return sqlite3.connect(str(path))
    con = db_store.connect_cipher(path, key)
    con.execute(f"PRAGMA cache_size=-{db_store.CIPHER_CACHE_KIB}")
    return con


def _sql(ctx: Any, statement: Any) -> str:
    return str(
        statement.compile(dialect=ctx.store.engine.dialect, compile_kwargs={"literal_binds": True})
    )


def _one_list(
    ctx: Any,
    name: str,
    run: Callable[[str, str], object],
    statement: Callable[[Any, str, str], Any],
    table: Any,
    filters: Sequence[str],
    count: int,
    floor: Any,
) -> dict[str, Any]:
    grid = queries(ctx, table, filters, count)
    for f, _, text in grid[:WARM_UP]:
        run(f, text)
    app: list[float] = []
    bare: list[float] = []
    by_filter: dict[str, list[float]] = {f: [] for f in filters}
    by_cell: dict[str, list[float]] = {}
    with ctx.store.read() as session:
        sqls = {(f, text): _sql(ctx, statement(session, f, text)) for f, _, text in grid}
    if floor is not None:
        for f, _, text in grid[:WARM_UP]:
            floor.execute(sqls[f, text]).fetchall()
    app_cpu: list[float] = []
    bare_cpu: list[float] = []
    slowest: list[tuple[float, float, str, str]] = []
    for f, kind, text in grid:
        ms, cpu = _timed(lambda: run(f, text))  # noqa: B023 (called at once)
        app.append(ms)
        app_cpu.append(cpu)
        slowest.append((round(ms, 2), round(cpu, 2), f, text))
        by_filter[f].append(ms)
        by_cell.setdefault(f"{f} / {kind}", []).append(ms)
        if floor is not None:
            sql = sqls[f, text]
            ms, cpu = _timed(lambda: floor.execute(sql).fetchall())  # noqa: B023
            bare.append(ms)
            bare_cpu.append(cpu)
    result: dict[str, Any] = {"list": name, **_stats(app)}
    result["by_filter"] = {f: _stats(t) for f, t in by_filter.items()}
    result["by_filter_max_ms"] = dict(
        sorted(((k, round(max(t), 2)) for k, t in by_cell.items()), key=lambda kv: -kv[1])
    )
    # the process's CPU time: what the query cost this process, less what the other work
    # on a busy machine took from it (wall-clock is the figure; this one shows the noise)
    result["cpu"] = _stats(app_cpu)
    result["slowest"] = [
        {"ms": ms, "cpu_ms": cpu, "filter": f, "text": text}
        for ms, cpu, f, text in sorted(slowest, reverse=True)[:5]
    ]
    if bare:
        result["floor"] = _stats(bare)
        result["floor_cpu"] = _stats(bare_cpu)
        result["ratio"] = round(result["p95_ms"] / max(result["floor"]["p95_ms"], 0.001), 2)
    return result


def measure(ctx: Any, count: int) -> dict[str, Any]:
    """Both lists, ``count`` queries each (every filter × text kind equally often)."""
    from sqlalchemy import func, select

    from app.models import AcuteEpisode, IvCourse
    from app.services.acute import views as acute
    from app.services.iv import views as iv

    floor = floor_connection(ctx)
    try:
        courses = _one_list(
            ctx,
            "IV courses",
            lambda f, text: iv.list_courses(ctx, f, text, limit=LIMIT),
            lambda session, f, text: iv.courses_query(session, f, text, limit=LIMIT),
            IvCourse,
            list(iv.STATUS_FILTERS),
            count,
            floor,
        )
        episodes = _one_list(
            ctx,
            "acute episodes",
            lambda f, text: acute.list_episodes(ctx, f, text=text, limit=LIMIT),
            lambda session, f, text: acute.episodes_query(session, f, text=text, limit=LIMIT),
            AcuteEpisode,
            list(acute.LIST_FILTERS),
            count,
            floor,
        )
    finally:
        if floor is not None:
            floor.close()
    with ctx.store.read() as session:
        courses["rows"] = session.scalar(select(func.count()).select_from(IvCourse))
        episodes["rows"] = session.scalar(select(func.count()).select_from(AcuteEpisode))
    return {"courses": courses, "episodes": episodes}


def _context(data_dir: Path) -> Any:
    from app import paths
    from app.services.admin import setup, store_key
    from app.services.security import users

    if not os.environ.get(store_key.ENV_KEY) and (data_dir / "store-key").exists():
        os.environ[store_key.ENV_KEY] = (data_dir / "store-key").read_text().strip()
    paths.init(data_dir)
    store, _ = setup.open_store(None, data_dir)
    return users.sign_in(store, None, os.environ.get("AKUTDESK_PASSWORD", "akutdesk-demo"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=400, help="per list")
    parser.add_argument("--brief", action="store_true", help="leave out the per-cell maxima")
    args = parser.parse_args()
    results = measure(_context(args.data_dir), args.queries)
    if args.brief:
        for part in results.values():
            part.pop("by_filter_max_ms", None)
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
