"""AkutDesk benchmark (`make bench`): start-up beside a bare PySide6 window, citizen search,
IV-course list filtering and today's worklist, on the synthetic store of DEVELOPERS.md's
size.

The store (200,000 citizens, 50,000 IV courses with ~1,000,000 administrations) is built
once with `akutdesk demo` and cached in bench/.cache/, keyed by schema revision and size
(citizens and courses). Results are printed, written to bench/results.json and put into the
README between the bench markers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "bench" / ".cache"

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


def build_store(citizens: int, courses: int) -> Path:
    from app.db import migrate

    # The schema's exact shape (indexes too) is part of the key: a changed migration rebuilds.
    schema = hashlib.sha256(
        b"".join(p.read_bytes() for p in sorted((migrate.MIGRATIONS_DIR / "versions").glob("*.py")))
    ).hexdigest()[:8]
    folder = CACHE / f"store-{migrate.HEAD}-{schema}-{citizens}-{courses}"
    use_store_key(folder)
    if (folder / "ready").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("akutdesk.sqlite3*"):
        stale.unlink()
    print(
        f"building the synthetic store ({citizens:,} citizens, {courses:,} courses) in {folder} …",
        flush=True,
    )
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(folder),
            "demo",
            "--citizens",
            str(citizens),
            "--courses",
            str(courses),
        ],
        check=True,
        cwd=ROOT,
    )
    (folder / "ready").write_text(f"{time.perf_counter() - started:.1f} s\n")
    return folder


def use_store_key(folder: Path) -> None:
    """The synthetic store is encrypted like a real one (docs/encryption.md). The bench runs
    headless, where no keyring exists, so its recovery key is kept beside it (fictitious
    data only) and handed to every run in AKUTDESK_STORE_KEY."""
    from app.services.admin import store_key

    keep = folder / "store-key"
    if not keep.exists():
        folder.mkdir(parents=True, exist_ok=True)
        keep.write_text(store_key.recovery_text(store_key.make_key()))
    os.environ[store_key.ENV_KEY] = keep.read_text().strip()


def build_seconds(store_dir: Path) -> float:
    return float((store_dir / "ready").read_text().split()[0])


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


def search(ctx, count: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from app.services import citizens

    queries = search_queries(ctx, count)
    result = latencies(lambda q: citizens.search_citizens(ctx, q, limit=200), queries)
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


def course_list(ctx, count: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from app.models import Administration, IvCourse
    from app.services.iv.views import list_courses

    queries = course_queries(ctx, count)
    result = latencies(lambda q: list_courses(ctx, q[0], q[1], limit=200), queries)
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


def worklist_today(ctx, runs: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from app.domain import clock
    from app.services.today.worklist import worklist

    worklist(ctx, clock.today())
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        result = worklist(ctx, clock.today())
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "runs": runs,
        "median_ms": statistics.median(timings),
        "max_ms": max(timings),
        "courses_listed": len(result.administrations) + len(result.referrals),
        "crp_checks": len(result.crp_checks),
    }


def update_readme(results: dict) -> None:  # type: ignore[type-arg]
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start not in text:
        return
    s, q, c, w = results["startup"], results["search"], results["courses"], results["worklist"]
    block = "\n".join(
        [
            start,
            f"Measured {results['date']} on {results['machine']} (`make bench`, "
            f"{q['citizens']:,} citizens, {c['courses']:,} IV referrals and courses, "
            f"{c['administrations']:,} administrations, SQLite, offscreen Qt; the store "
            f"took {results['build_s']:.0f} s to build):",
            "",
            "| what | figure | budget |",
            "|---|---|---|",
            f"| bare PySide6 window, launch → shown (median of {results['runs']}) | {s['bare_window_s'] * 1000:.0f} ms | |",
            f"| AkutDesk main window, launch → shown | {s['app_window_s'] * 1000:.0f} ms "
            f"(**{s['ratio_window']:.2f}×** bare) | ≤ 1.5× |",
            f"| AkutDesk, launch → store open, Today page filled | {s['app_store_ready_s'] * 1000:.0f} ms "
            f"({s['ratio_store_ready']:.2f}× bare) | |",
            f"| citizen search, {q['queries']} typed queries: median / p95 / max | "
            f"{q['median_ms']:.1f} / **{q['p95_ms']:.1f}** / {q['max_ms']:.1f} ms | p95 < 50 ms |",
            f"| IV-course list, {c['queries']} status filters × search texts: median / p95 / max | "
            f"{c['median_ms']:.1f} / **{c['p95_ms']:.1f}** / {c['max_ms']:.1f} ms | p95 < 50 ms |",
            f"| today's worklist ({w['courses_listed']:,} courses, {w['crp_checks']} CRP checks), "
            f"median of {w['runs']} | {w['median_ms']:.0f} ms | |",
            *_failures(s),
            end,
        ]
    )
    readme.write_text(
        text[: text.index(start)] + block + text[text.index(end) + len(end) :], encoding="utf-8"
    )


def _failures(startup: dict) -> list[str]:  # type: ignore[type-arg]
    codes = startup.get("failed_exits") or []
    if not codes:
        return []
    runs = ", ".join(sorted({str(c) for c in codes}))
    return [
        f"| **AkutDesk exit after start-up failed** (exit code {runs}) | "
        f"**{len(codes)} of {startup.get('app_launches', '?')} launches** | none |"
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--citizens", type=int, default=200_000)
    parser.add_argument("--courses", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=9, help="start-up runs (median)")
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    store_dir = build_store(args.citizens, args.courses)
    ctx = open_context(store_dir)
    results = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "runs": args.runs,
        "build_s": build_seconds(store_dir),
        "startup": startup(store_dir, args.runs),
        "search": search(ctx, args.queries),
        "courses": course_list(ctx, args.queries),
        "worklist": worklist_today(ctx, args.runs),
    }
    print(json.dumps(results, indent=1))
    (ROOT / "bench" / "results.json").write_text(
        json.dumps(results, indent=1) + "\n", encoding="utf-8"
    )
    if not args.no_readme:
        update_readme(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
