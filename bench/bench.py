"""AkutDesk benchmark (`make bench`, issue #17): every figure beside its floor, in one run.

On the synthetic store (200,000 citizens, ~55,000 IV referrals and courses, ~900,000
administrations; built once by bench/bulk.py and cached in bench/.cache/, keyed by schema
revision and size): start-up beside a bare PySide6 window, the window's peak RSS with Today
filled, citizen search, the lists (bench/lists.py when there, else the IV-course list) and
today's work list beside the same SQL on the driver (bench/measure.py), the command line
beside ``python -c pass``, and the invoice run (bench_invoices.py). ``--big``/``--only-big``:
the same at 700,000 citizens; ``--pg-load``/``--only-pg``: bench/load_pg.py. Results are
printed, written to bench/results.json and put into the README between the bench markers.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "bench"))
KEY_ENV = "AKUTDESK_STORE_KEY"  # app.services.admin.store_key.ENV_KEY (not imported at start)
PASSWORD = os.environ.get("AKUTDESK_PASSWORD", "akutdesk-demo")  # the demo users'

import measure  # noqa: E402  (bench/ is on the path when run as bench/bench.py)
import report  # noqa: E402
from stores import (  # noqa: E402
    build_cpu,
    build_seconds,
    build_store,
    builder_of,
    progress,
    use_store_key,
)

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("window-shown", flush=True), app.quit()))
app.exec()
"""


EXIT_FAILURES: list[int] = []  # exit codes of runs that failed after their last marker


def timed_lines(command: list[str], env: dict[str, str], markers: int = 1) -> dict[str, float]:
    """Seconds from process launch until each 'marker ...' line appears on stdout. A run
    that printed all its markers and then failed (e.g. a crash at interpreter shutdown)
    still counts, but its exit code is kept and reported."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip():
            seen[line.split()[0]] = time.perf_counter() - started
    code = process.wait()
    if code != 0 and len(seen) < markers:
        raise SystemExit(f"{command} failed")
    if code != 0:
        EXIT_FAILURES.append(code)
        print(f"WARNING: {' '.join(command[1:])} exited with {code} after start-up", flush=True)
    return seen


def startup(store_dir: Path, runs: int) -> dict[str, float]:
    """Launch → window shown, and launch → Today usable: the store open, the user signed in
    (AKUTDESK_PASSWORD: there is no one to type it) and Today's tiles and lists filled
    ("store-ready", printed once the page is built with its data). The steps between are
    reported too: the store open and its schema checked ("store-open"), the password
    checked ("signed-in"); all in seconds from the launch of the process."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        AKUTDESK_BENCH_STARTUP="1",
        # the demo users' password (there is no one to type it at the login)
        AKUTDESK_PASSWORD=os.environ.get("AKUTDESK_PASSWORD", "akutdesk-demo"),
    )
    markers = ("window-shown", "store-open", "signed-in", "store-ready")
    bare: list[float] = []
    seen: dict[str, list[float]] = {name: [] for name in markers}
    timed_lines([sys.executable, "-c", BARE_WINDOW], env)  # warm the file cache once
    timed_lines([sys.executable, "-m", "app", "--data-dir", str(store_dir)], env, len(markers))
    for _ in range(runs):
        bare.append(timed_lines([sys.executable, "-c", BARE_WINDOW], env)["window-shown"])
        app = timed_lines(
            [sys.executable, "-m", "app", "--data-dir", str(store_dir)], env, len(markers)
        )
        for name in markers:
            seen[name].append(app[name])
    floor = statistics.median(bare)
    shown, ready = statistics.median(seen["window-shown"]), statistics.median(seen["store-ready"])
    return {
        "bare_window_s": floor,
        "app_window_s": shown,
        "app_store_open_s": statistics.median(seen["store-open"]),
        "app_signed_in_s": statistics.median(seen["signed-in"]),
        "app_store_ready_s": ready,
        "ratio_window": shown / floor,
        "ratio_store_ready": ready / floor,
        "app_launches": runs + 1,
        "failed_exits": list(EXIT_FAILURES),
    }


TYPING_MS = 1500  # a nurse typing initials and password, then Enter


def login_path(store_dir: Path, runs: int, floor: float) -> dict[str, Any]:
    """A nurse's start: launch → the login dialog ready to type in ("login-shown"), the
    password typed :data:`TYPING_MS` later ("enter"), then Today filled ("store-ready").
    Enter → Today is what she waits for after typing; ``floor`` is the bare window."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        AKUTDESK_BENCH_STARTUP="1",
        AKUTDESK_BENCH_TYPING_MS=str(TYPING_MS),
        AKUTDESK_PASSWORD=PASSWORD,
    )
    markers = ("window-shown", "login-shown", "enter", "store-ready")
    seen: dict[str, list[float]] = {name: [] for name in markers}
    for _ in range(runs):
        app = timed_lines(
            [sys.executable, "-m", "app", "--data-dir", str(store_dir)], env, len(markers)
        )
        for name in markers:
            seen[name].append(app[name])
    after = [r - e for r, e in zip(seen["store-ready"], seen["enter"], strict=True)]
    login, enter_to_ready = statistics.median(seen["login-shown"]), statistics.median(after)
    return {
        "typing_ms": TYPING_MS,
        "login_shown_s": login,
        "enter_to_ready_s": enter_to_ready,
        "ratio_login_shown": login / floor,
        "ratio_enter_to_ready": enter_to_ready / floor,
        "launches": runs,
    }


def byte_compile() -> None:
    """Every module of the app compiled to bytecode before anything is timed, as in the
    installed AkutDesk (the PyInstaller bundle carries only compiled modules). Without it a
    checkout run with PYTHONDONTWRITEBYTECODE=1, or one whose files were just changed,
    compiles every module on the way to Today from source at each launch: ~70 ms of CPU on
    the start-up, which no user pays (issue #17)."""
    # lazy: keeps `--help` quick
    import compileall

    if not compileall.compile_dir(ROOT / "app", quiet=1):
        raise SystemExit("bench: the app's modules do not compile")


def search_queries(ctx, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Realistic look-ups: CPR prefixes (ddmmyy, ddmm, full), surnames, first names,
    name pairs and short prefixes as typed, and the unfiltered list."""
    from sqlalchemy import select

    from app.models import Citizen

    rng = random.Random(11)
    with ctx.store.read() as session:
        sample = session.execute(
            select(Citizen.cpr, Citizen.first_name, Citizen.last_name).where(Citizen.id % 997 == 0)
        ).all()
        if not sample:  # a small store (under 997 citizens)
            sample = session.execute(
                select(Citizen.cpr, Citizen.first_name, Citizen.last_name).limit(50)
            ).all()
    makers = [
        lambda c: c.cpr[:6],
        lambda c: c.cpr[:4],
        lambda c: f"{c.cpr[:6]}-{c.cpr[6:]}",
        lambda c: c.last_name.split()[-1].lower(),
        lambda c: c.last_name.split()[-1][:3].lower(),
        lambda c: f"{c.first_name.split()[0]} {c.last_name.split()[-1]}",
        lambda c: c.first_name.split()[0][:2],
        lambda c: "",
    ]
    return [rng.choice(makers)(rng.choice(sample)) for _ in range(count)]


def open_context(store_dir: Path):  # type: ignore[no-untyped-def]
    from app import paths
    from app.services.admin import setup
    from app.services.security import users

    use_store_key(store_dir)  # the key of this store (each cached store has its own)
    paths.init(store_dir)
    store, _ = setup.open_store(None, store_dir)
    return users.sign_in(store, None, os.environ.get("AKUTDESK_PASSWORD", "akutdesk-demo"))


def latencies(run, queries: list) -> dict[str, float]:  # type: ignore[no-untyped-def, type-arg]
    """Milliseconds per query after a warm-up: median, p95, max."""
    for q in queries[:20]:
        run(q)
    timings = []
    for q in queries:
        started = time.perf_counter()
        run(q)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "queries": len(timings),
        "median_ms": statistics.median(timings),
        "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)],
        "max_ms": timings[-1],
    }


def search(ctx, count: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Citizen search as typed, beside the same SQL on the driver."""
    from app.services import citizens

    queries = search_queries(ctx, count)
    result = measure.against_floor(
        ctx.store.engine, lambda q: citizens.search_citizens(ctx, q, limit=200), queries
    )
    return {**result, "citizens": citizens.count_citizens(ctx)}


def course_queries(ctx, count: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(status filter, search text) as a user would set them on the IV-course list: every
    status group, with nothing typed, a surname, a name prefix or a CPR prefix."""
    from app.services.iv.views import STATUS_FILTERS

    texts = [q for q in search_queries(ctx, count) if q]
    rng = random.Random(12)
    statuses = list(STATUS_FILTERS)
    return [
        (rng.choice(statuses), "" if rng.random() < 0.3 else rng.choice(texts))
        for _ in range(count)
    ]


def course_list(ctx, count: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The IV-course list, status filter × search text, beside the same SQL on the driver
    (the fallback when bench/lists.py is not there)."""
    from sqlalchemy import func, select

    from app.models import Administration, IvCourse
    from app.services.iv.views import list_courses

    queries = course_queries(ctx, count)
    result = measure.against_floor(
        ctx.store.engine, lambda q: list_courses(ctx, q[0], q[1], limit=200), queries
    )
    slowest: dict[str, float] = {}
    for status, text in queries[:60]:
        started = time.perf_counter()
        list_courses(ctx, status, text, limit=200)
        key = f"{status} / {'text' if text else 'no text'}"
        slowest[key] = max(slowest.get(key, 0.0), (time.perf_counter() - started) * 1000)
    with ctx.store.read() as session:
        courses = session.scalar(select(func.count()).select_from(IvCourse))
        administrations = session.scalar(select(func.count()).select_from(Administration))
    return {
        **result,
        "by_filter_max_ms": dict(sorted(slowest.items(), key=lambda kv: -kv[1])),
        "courses": courses,
        "administrations": administrations,
    }


def lists(ctx, count: int) -> dict[str, Any] | None:  # type: ignore[no-untyped-def]
    """bench/lists.py's ``measure(ctx, count)`` (IV-course and episode lists, every filter ×
    text, with their plain-sqlite3 floor), when it is there."""
    try:
        module = importlib.import_module("lists")
    except ImportError:
        return None
    measure_lists = getattr(module, "measure", None)
    if measure_lists is None:
        return None
    result: dict[str, Any] = measure_lists(ctx, count)
    return result


def worklist_today(ctx, runs: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Today's work list (the service behind the Today page), beside its SQL on the driver."""
    from app.domain import clock
    from app.services.today.worklist import worklist

    result = worklist(ctx, clock.today())
    timed = measure.against_floor(
        ctx.store.engine, lambda _: worklist(ctx, clock.today()), list(range(runs)), warm=1
    )
    return {
        **timed,
        "runs": runs,
        "courses_listed": len(result.administrations) + len(result.referrals),
        "crp_checks": len(result.crp_checks),
    }


def command_line(store_dir: Path, small_dir: Path, runs: int) -> dict[str, Any]:
    """``akutdesk --version`` and ``akutdesk worklist --json`` (a one-citizen store, and the
    bench store), launch to exit, beside ``python -c pass``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), AKUTDESK_PASSWORD=PASSWORD)
    env.pop("QT_QPA_PLATFORM", None)
    akutdesk = measure.akutdesk_command()
    floor = measure.wall_clock([sys.executable, "-c", "pass"], runs, env)
    out: dict[str, Any] = {"floor_python_s": floor["median_s"]}
    for key, folder, command in (
        ("version", store_dir, [*akutdesk, "--version"]),
        (
            "worklist_one",
            small_dir,
            [*akutdesk, "--data-dir", str(small_dir), "worklist", "--json"],
        ),
        (
            "worklist_bench",
            store_dir,
            [*akutdesk, "--data-dir", str(store_dir), "worklist", "--json"],
        ),
    ):
        use_store_key(folder)
        timed = measure.wall_clock(command, runs, dict(env, **{KEY_ENV: os.environ[KEY_ENV]}))
        out[key] = {**timed, "ratio": timed["median_s"] / floor["median_s"]}
        progress(
            f"  {key}: {timed['median_s'] * 1000:.0f} ms (python -c pass {floor['median_s'] * 1000:.0f} ms)"
        )
    return out


MEASURE_INVOICES = """
import inspect, json, sys
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/bench"]
import bench_invoices
given = {"courses": 5000, "database_url": sys.argv[2] or None}
wanted = inspect.signature(bench_invoices.measure).parameters
print("RESULT " + json.dumps(bench_invoices.measure(**{k: v for k, v in given.items() if k in wanted}), default=str))
"""


def invoices(database_url: str | None = None) -> dict[str, Any]:
    """The month's invoice run for 5,000 courses, per step, in its own process (it points
    the data folder and keyring at throw-away ones): bench_invoices.measure() when it is
    there, else its printed lines; a failure is reported, not fatal."""
    try:
        module = importlib.import_module("bench_invoices")
        if getattr(module, "measure", None) is None:
            return _invoices_printed(database_url)
        env = {k: v for k, v in os.environ.items() if k != KEY_ENV}
        done = subprocess.run(
            [sys.executable, "-c", MEASURE_INVOICES, str(ROOT), database_url or ""],
            capture_output=True, text=True, cwd=ROOT, env=env, check=False,
        )  # fmt: skip
        found = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
        if done.returncode != 0 or not found:
            raise RuntimeError((done.stderr.strip().splitlines() or ["failed"])[-1])
        result: dict[str, Any] = json.loads(found[-1][len("RESULT ") :])
        return result
    except (Exception, SystemExit) as exc:  # the rest of the bench goes on
        progress(f"  the invoice run failed: {exc}")
        return {"error": f"{type(exc).__name__}: {exc}"[:300]}


def _invoices_printed(database_url: str | None) -> dict[str, Any]:
    command = [sys.executable, str(ROOT / "bench" / "bench_invoices.py")]
    if database_url:
        command += ["--database-url", database_url]
    env = {k: v for k, v in os.environ.items() if k != KEY_ENV}
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(
            done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
        )
    steps: dict[str, float] = {}
    for line in done.stdout.splitlines()[1:]:
        name, _, rest = line.strip().rpartition("  ")
        with contextlib.suppress(ValueError, IndexError):
            steps[name.strip()] = float(rest.split()[0])
    total = steps.pop("total", sum(steps.values()))
    return {"steps_s": steps, "total_s": total, "what": done.stdout.splitlines()[0]}


def store_figures(store_dir: Path, ctx, args: argparse.Namespace) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Start-up, peak memory, search, lists and today's work list on one store."""
    out: dict[str, Any] = {
        "build_s": build_seconds(store_dir),
        "build_cpu_s": build_cpu(store_dir),
        "builder": builder_of(store_dir),
    }
    progress("start-up: bare window and AkutDesk, launch → Today filled …")
    out["startup"] = startup(store_dir, args.runs)
    progress("start-up through the login dialog: launch → dialog, Enter → Today …")
    out["login"] = login_path(store_dir, args.runs, out["startup"]["bare_window_s"])
    progress("peak memory of the window, Today filled …")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               AKUTDESK_BENCH_STARTUP="1", AKUTDESK_PASSWORD=PASSWORD)  # fmt: skip
    out["memory"] = measure.window_peak_rss(store_dir, env)
    progress("citizen search …")
    out["search"] = search(ctx, args.queries)
    progress("IV-course list …")
    out["courses"] = course_list(ctx, args.queries)
    progress("lists (bench/lists.py) …")
    out["lists"] = lists(ctx, args.queries)
    progress("today's work list …")
    out["worklist"] = worklist_today(ctx, args.runs)
    progress("every report for 1, 6 and 12 months (bench/report_timings.py) …")
    out["reports"] = importlib.import_module("report_timings").measure(ctx, 3)
    return out


def section(name: str, work: Any) -> dict[str, Any]:
    """A part of the results, stamped with when and under what load it was measured."""
    before, started = measure.load_average(), time.perf_counter()
    result = work()
    return {
        "measured": time.strftime("%Y-%m-%d %H:%M"),
        "load_1min": [round(before, 2), round(measure.load_average(), 2)],
        "took_s": round(time.perf_counter() - started, 1),
        **result,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--citizens", type=int, default=200_000)
    parser.add_argument("--courses", type=int, default=50_000)
    parser.add_argument("--builder", choices=("bulk", "demo"), default="bulk")
    parser.add_argument("--runs", type=int, default=9, help="start-up runs (median)")
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--big", action="store_true", help="also the 700,000-citizen store")
    parser.add_argument("--only-big", action="store_true", help="the 700,000 store only")
    parser.add_argument("--big-citizens", type=int, default=700_000)
    parser.add_argument("--big-courses", type=int, default=150_000)
    parser.add_argument("--pg-load", action="store_true",
                        help="also 30 workstations on a throwaway PostgreSQL cluster")  # fmt: skip
    parser.add_argument("--only-pg", action="store_true", help="the PostgreSQL load test only")
    parser.add_argument("--pg-seconds", type=int, default=60)
    parser.add_argument("--pg-workstations", type=int, default=30)
    parser.add_argument("--pg-think", type=float, default=1.0, help="mean s between actions")
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    byte_compile()
    path = ROOT / "bench" / "results.json"
    previous = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    # The parts not run this time keep their last figures (each says when it was measured).
    results: dict[str, Any] = {
        k: v
        for k, v in previous.items()
        if k in ("store", "cli", "invoices", "big", "pg_load") and "measured" in v
    }
    if "total_s" in previous:
        results["total_s"] = previous["total_s"]
    results.update(date=time.strftime("%Y-%m-%d"), machine=measure.machine())
    if not (args.only_big or args.only_pg):
        store_dir = build_store(args.citizens, args.courses, args.builder)
        small_dir = build_store(1, 1, "bulk")
        ctx = open_context(store_dir)  # also sets the store's key for the launches
        results["store"] = section("store", lambda: store_figures(store_dir, ctx, args))
        progress("command line …")
        results["cli"] = section("cli", lambda: command_line(store_dir, small_dir, args.runs))
        progress("the invoice run (5,000 courses) …")
        results["invoices"] = section("invoices", invoices)
        ctx.store.dispose()
    if args.big or args.only_big:
        big_dir = build_store(args.big_citizens, args.big_courses, "bulk")
        big_ctx = open_context(big_dir)
        results["big"] = section("big", lambda: store_figures(big_dir, big_ctx, args))
        big_ctx.store.dispose()
    if args.pg_load or args.only_pg:
        progress(f"PostgreSQL: {args.pg_workstations} workstations on a throwaway cluster …")
        load_pg = importlib.import_module("load_pg")
        results["pg_load"] = section("pg_load", lambda: load_pg.run(
            citizens=args.citizens, courses=args.courses, seconds=args.pg_seconds,
            workstations=args.pg_workstations, think=args.pg_think, invoices=invoices))  # fmt: skip
    if not (args.only_big or args.only_pg):
        results["total_s"] = round(time.perf_counter() - started, 1)
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(report.text(results), flush=True)
    if not args.no_readme:
        report.update_readme(ROOT / "README.md", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
