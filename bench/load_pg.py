"""PostgreSQL with many workstations (issue #17 §5): a load test on the loopback.

    .venv/bin/python bench/load_pg.py [--citizens 200000] [--courses 50000] [--seconds 60]
                                      [--workstations 30] [--think 1.0] [--url URL]

1. A throwaway cluster: ``initdb`` (as the ``postgres`` user with ``runuser`` when run as
   root) in a temporary folder, trust authentication, a random free port on 127.0.0.1,
   stopped and deleted afterwards (``--url`` uses a given EMPTY database instead).
2. The store migrated there and filled by the bulk builder (bench/bulk.py: the demo's rows).
3. ``--workstations`` processes, each with its own store (engine, connection pool) and
   signed in as the demo nurse, like that many nurses at work: in turn, after a think time
   of 0–2 × ``--think`` seconds, open Today (the work-list service), open a course (the
   course service, audit-logged), record an administration (the use case, audit-logged)
   or search citizens. Each action's time, and every exception: a refusal of the input
   (``InvalidInput``) is counted apart, anything else — ``StoreBusy``, a serialization
   failure the app did not retry itself, a lost connection — is an error.
4. The floor: right after, the same processes replay the SELECTs each read action sent
   (captured with their parameters) on a raw psycopg connection, with the same think
   times, for a third of the time: what the server needs for that SQL under that load.
5. The month's invoice run on the same server (a second, empty database).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import multiprocessing
import os
import queue
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "bench"))

import measure  # noqa: E402

PG_BIN = Path(os.environ.get("AKUTDESK_PG_BIN", "/usr/local/bin"))
PASSWORD = os.environ.get("AKUTDESK_PASSWORD", "akutdesk-demo")
NURSE = "SYG"
MIX = {"open Today": 30, "open a course": 30, "record an administration": 15, "search": 25}
REASON = "Aftalt med borgeren"  # D16: given every time, so no time of day is refused


def progress(line: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {line}", flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def cluster(workstations: int) -> Iterator[str]:
    """A throwaway PostgreSQL cluster; yields the server's URL without a database."""
    folder = Path(tempfile.mkdtemp(prefix="akutdesk-pg-load-"))
    data, port = folder / "data", free_port()
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    options = (
        f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} "
        f"-c max_connections={max(100, workstations * 6 + 20)} -c shared_buffers=256MB"
    )
    # A SIGTERM (a timeout, a closed terminal) ends the run through the finally below, so
    # the cluster is stopped and deleted rather than left running.
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        subprocess.run(
            [*as_postgres, str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U",
             "postgres", "-E", "UTF8", "--no-sync"],
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            [*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
             "-o", options, "-w", "start"],
            check=True, capture_output=True,
        )  # fmt: skip
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                [*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w",
                 "stop"],
                check=False, capture_output=True,
            )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)
        signal.signal(signal.SIGTERM, previous)


def create_database(server: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server.replace("+psycopg", "") + "/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def server_version(url: str) -> str:
    import psycopg

    with psycopg.connect(url.replace("+psycopg", "")) as c:
        row = c.execute("SHOW server_version").fetchone()
    return str(row[0]).split()[0] if row else "?"


def sign_in(url: str, folder: Path):  # type: ignore[no-untyped-def]
    from app import paths
    from app.services.admin import setup
    from app.services.security import users

    paths.init(folder)
    store, _ = setup.open_store(url, folder)
    return users.sign_in(store, NURSE, PASSWORD)


def work_for_the_day(url: str, folder: Path) -> dict[str, Any]:
    """What the workstations pick from: running courses accepted over an hour ago, and
    search texts as typed (the bench's own makers)."""
    from sqlalchemy import or_, select

    from app.domain import clock
    from app.models import IvCourse
    from bench import search_queries

    ctx = sign_in(url, folder)
    today, hour_ago = clock.today(), clock.now_utc() - dt.timedelta(hours=1)
    with ctx.store.read() as session:
        courses = session.execute(
            select(IvCourse.uuid, IvCourse.place).where(
                IvCourse.status.in_(("accepted", "active")),
                IvCourse.decided_at < hour_ago,
                or_(IvCourse.end_date.is_(None), IvCourse.end_date >= today),
            )
        ).all()
    queries = search_queries(ctx, 400)
    ctx.store.dispose()
    return {"courses": [tuple(c) for c in courses], "queries": queries}


def _actions(ctx, work: dict[str, Any], rng: random.Random) -> dict[str, Callable[[], object]]:  # type: ignore[no-untyped-def]
    from app.domain import clock
    from app.services import citizens
    from app.services.iv.administrations import AdministrationInput, record_administration
    from app.services.iv.views import get_course
    from app.services.today.worklist import worklist

    def record() -> object:
        uuid, place = rng.choice(work["courses"])
        now = clock.now_utc()
        start = now - dt.timedelta(minutes=rng.randint(20, 40))
        data = AdministrationInput(
            start=start, end=now - dt.timedelta(minutes=2), place=place, exception_reason=REASON
        )
        return record_administration(ctx, uuid, data)

    return {
        "open Today": lambda: worklist(ctx, clock.today()),
        "open a course": lambda: get_course(ctx, rng.choice(work["courses"])[0], reason=REASON),
        "record an administration": record,
        "search": lambda: citizens.search_citizens(ctx, rng.choice(work["queries"]), limit=200),
    }


def workstation(
    index: int, url: str, work: dict[str, Any], plan: dict[str, float], ready: Any, go: Any
) -> dict[str, Any]:
    """One nurse's workstation: signs in, says it is ready and waits for the start (the
    same moment for all), works for the load time, then replays its reads on plain
    psycopg for the floor time."""
    from app.errors import InvalidInput

    folder = Path(tempfile.mkdtemp(prefix=f"akutdesk-ws{index}-"))
    rng = random.Random(index)
    ctx = sign_in(url, folder)
    actions = _actions(ctx, work, rng)
    # a tiny store may have no running course: then only Today and search
    names = [n for n in MIX if work["courses"] or n in ("open Today", "search")]
    weights = [MIX[n] for n in names]
    engine = ctx.store.engine
    captured: dict[str, list[Any]] = {}
    for name in [n for n in names if n != "record an administration"]:  # warm, first capture
        with measure.Capture(engine) as grab:
            actions[name]()
        captured[name] = [grab.statements]
    times: dict[str, list[float]] = {n: [] for n in names}
    problems: dict[str, list[str]] = {"errors": [], "refused": []}
    ready.put(index)
    while go.value == 0.0:
        time.sleep(0.05)
    start_at = go.value
    time.sleep(max(0.0, start_at - time.time()))
    end = start_at + plan["seconds"]
    while time.time() < end:
        name = rng.choices(names, weights)[0]
        grab = measure.Capture(engine)
        started = time.perf_counter()
        try:
            with grab:
                actions[name]()
            times[name].append((time.perf_counter() - started) * 1000)
            if name in captured and len(captured[name]) < 50:
                captured[name].append(grab.statements)
        except InvalidInput as exc:
            problems["refused"].append(f"{name}: {exc}"[:200])
        except Exception as exc:  # every other failure is an error of the load test
            problems["errors"].append(f"{name}: {type(exc).__name__}: {exc}"[:300])
            traceback.print_exc(limit=3)
        time.sleep(rng.uniform(0, 2 * plan["think"]))
    floors: dict[str, list[float]] = {n: [] for n in captured}
    raw = engine.raw_connection()
    floor_end = end + plan["floor_seconds"]
    while time.time() < floor_end:
        name = rng.choices(list(captured), [MIX[n] for n in captured])[0]
        statements = rng.choice(captured[name])
        started = time.perf_counter()
        measure.replay(raw, statements)
        floors[name].append((time.perf_counter() - started) * 1000)
        raw.rollback()
        time.sleep(rng.uniform(0, 2 * plan["think"]))
    raw.close()
    ctx.store.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    return {"times": times, "floors": floors, **problems}


def _workstation_process(*args: Any) -> None:
    *given, results = args
    try:
        results.put(workstation(*given))
    except BaseException as exc:  # the parent counts it; a workstation that dies is an error
        results.put({"times": {}, "floors": {}, "refused": [],
                     "errors": [f"workstation: {type(exc).__name__}: {exc}"[:300]]})  # fmt: skip
        raise


def load(url: str, workstations: int, seconds: float, think: float) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="akutdesk-pg-parent-"))
    work = work_for_the_day(url, folder)
    progress(
        f"  {len(work['courses']):,} running courses to work on; starting {workstations} workstations …"
    )
    plan = {"seconds": seconds, "floor_seconds": max(10.0, seconds / 3), "think": think}
    spawn = multiprocessing.get_context("spawn")
    ready, results, go = spawn.Queue(), spawn.Queue(), spawn.Value("d", 0.0)
    processes = [
        spawn.Process(
            target=_workstation_process,
            args=(i, url, work, plan, ready, go, results),
            daemon=True,  # ended with the parent
        )
        for i in range(workstations)
    ]
    for process in processes:
        process.start()
    signed_in = 0
    while signed_in < workstations:
        try:
            ready.get(timeout=300)
        except queue.Empty:
            raise SystemExit("the workstations did not sign in within 5 minutes") from None
        signed_in += 1
    start_at = time.time() + 1
    go.value = start_at
    progress(f"  {workstations} workstations signed in; working for {seconds:.0f} s …")
    done = [results.get(timeout=seconds + plan["floor_seconds"] + 300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    late = time.time() - start_at
    actions: dict[str, Any] = {}
    for name in MIX:
        timings = [t for d in done for t in d["times"].get(name, [])]
        floors = [t for d in done for t in d["floors"].get(name, [])]
        errors = sum(1 for d in done for e in d["errors"] if e.startswith(name))
        refused = sum(1 for d in done for e in d["refused"] if e.startswith(name))
        actions[name] = {
            **(measure.summary(timings) if timings else {"n": 0}),
            "errors": errors,
            "refused": refused,
            **({"floor": measure.summary(floors)} if floors else {}),
        }
    total = sum(a["n"] for a in actions.values())
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "workstations": workstations,
        "seconds": seconds,
        "think_s": think,
        "actions": actions,
        "total_actions": total,
        "throughput_per_s": total / seconds,
        "errors": sum(len(d["errors"]) for d in done),
        "refused": sum(len(d["refused"]) for d in done),
        "error_samples": sorted({e for d in done for e in d["errors"]})[:10],
        "refused_samples": sorted({e for d in done for e in d["refused"]})[:10],
        "ran_s": round(late, 1),  # from the start to the last workstation's results
    }


def run(
    *,
    citizens: int = 200_000,
    courses: int = 50_000,
    seconds: float = 60,
    workstations: int = 30,
    think: float = 1.0,
    invoices: Callable[[str | None], dict[str, Any]] | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """The whole test; ``invoices(database_url)`` runs the invoice bench on the server."""
    with contextlib.ExitStack() as stack:
        if url is None:
            progress("  a throwaway PostgreSQL cluster …")
            server = stack.enter_context(cluster(workstations))
            url = create_database(server, "akutdesk")
        else:
            server = url.rsplit("/", 1)[0]
        progress(f"  migrating and loading {citizens:,} citizens (bulk builder) …")
        started = time.perf_counter()
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="akutdesk-pg-")))
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "bulk.py"), "--data-dir", str(folder),
             "--database-url", url, "--citizens", str(citizens), "--courses", str(courses)],
            check=True, cwd=ROOT, env=dict(os.environ, AKUTDESK_PASSWORD=PASSWORD),
        )  # fmt: skip
        result: dict[str, Any] = {
            "citizens": citizens,
            "courses": courses,
            "load_s": time.perf_counter() - started,
            "server_version": server_version(url),
        }
        progress(f"  {workstations} workstations for {seconds:.0f} s …")
        result.update(load(url, workstations, seconds, think))
        if invoices is not None:
            progress("  the invoice run on the same server …")
            result["invoices"] = invoices(create_database(server, "akutdesk_invoices"))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--citizens", type=int, default=200_000)
    parser.add_argument("--courses", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workstations", type=int, default=30)
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between actions")
    parser.add_argument("--url", help="an EMPTY PostgreSQL database instead of a new cluster")
    args = parser.parse_args()
    result = run(
        citizens=args.citizens, courses=args.courses, seconds=args.seconds,
        workstations=args.workstations, think=args.think, url=args.url,
    )  # fmt: skip
    print(json.dumps(result, indent=1, default=str))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
