"""AkutDesk benchmark (`make bench`): start-up beside a bare PySide6 window, and citizen
search latency, on the synthetic store of DEVELOPERS.md's size.

The store (200,000 citizens; courses and administrations join it when those modules
exist) is built once with `akutdesk demo` and cached in bench/.cache/, keyed by schema
revision and size. Results are printed, written to bench/results.json and put into the
README between the bench markers.
"""

from __future__ import annotations

import argparse
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


def build_store(citizens: int) -> Path:
    from app.db import migrate

    folder = CACHE / f"store-{migrate.HEAD}-{citizens}"
    if (folder / "ready").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("akutdesk.sqlite3*"):
        stale.unlink()
    print(f"building the synthetic store ({citizens:,} citizens) in {folder} …", flush=True)
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
        ],
        check=True,
        cwd=ROOT,
    )
    (folder / "ready").write_text(f"{time.perf_counter() - started:.1f} s\n")
    return folder


def timed_lines(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process launch until each 'marker ...' line appears on stdout."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip():
            seen[line.split()[0]] = time.perf_counter() - started
    if process.wait() != 0:
        raise SystemExit(f"{command} failed")
    return seen


def startup(store_dir: Path, runs: int) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        AKUTDESK_BENCH_STARTUP="1",
    )
    bare, shown, ready = [], [], []
    timed_lines([sys.executable, "-c", BARE_WINDOW], env)  # warm the file cache once
    timed_lines([sys.executable, "-m", "app", "--data-dir", str(store_dir)], env)
    for _ in range(runs):
        bare.append(timed_lines([sys.executable, "-c", BARE_WINDOW], env)["window-shown"])
        app = timed_lines([sys.executable, "-m", "app", "--data-dir", str(store_dir)], env)
        shown.append(app["window-shown"])
        ready.append(app["store-ready"])
    return {
        "bare_window_s": statistics.median(bare),
        "app_window_s": statistics.median(shown),
        "app_store_ready_s": statistics.median(ready),
        "ratio_window": statistics.median(shown) / statistics.median(bare),
        "ratio_store_ready": statistics.median(ready) / statistics.median(bare),
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


def search(store_dir: Path, count: int) -> dict[str, float]:
    from app import paths
    from app.services import citizens, setup, users

    paths.init(store_dir)
    store, _ = setup.open_store(None, store_dir)
    ctx = users.sign_in(store, None)
    queries = search_queries(ctx, count)
    for q in queries[:20]:
        citizens.search_citizens(ctx, q)
    timings = []
    for q in queries:
        started = time.perf_counter()
        citizens.search_citizens(ctx, q, limit=200)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "queries": len(timings),
        "median_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "max_ms": timings[-1],
        "citizens": citizens.count_citizens(ctx),
    }


def update_readme(results: dict) -> None:  # type: ignore[type-arg]
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start not in text:
        return
    s, q = results["startup"], results["search"]
    block = "\n".join(
        [
            start,
            f"Measured {results['date']} on {results['machine']} (`make bench`, "
            f"{q['citizens']:,} citizens, SQLite, offscreen Qt):",
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
            end,
        ]
    )
    readme.write_text(
        text[: text.index(start)] + block + text[text.index(end) + len(end) :], encoding="utf-8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--citizens", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=9, help="start-up runs (median)")
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    store_dir = build_store(args.citizens)
    results = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "runs": args.runs,
        "startup": startup(store_dir, args.runs),
        "search": search(store_dir, args.queries),
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
