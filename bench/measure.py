"""The bench's measuring tools: latencies beside their floor, command-line timings, the
window's peak memory and the machine's description.

The floor of a service call is the same SQL run straight on the database driver: the
statements the call sent (captured with SQLAlchemy's ``before_cursor_execute``, parameters
and all) are replayed on a raw DB-API connection of the same engine — sqlite3/SQLCipher
for the SQLite store (same page cache, same key), plain psycopg on PostgreSQL — and their
rows fetched. What lies between the two is SQLAlchemy, the ORM and the service's Python.
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Statement = tuple[str, Any]


def summary(timings_ms: Sequence[float]) -> dict[str, float]:
    ordered = sorted(timings_ms)
    return {
        "n": len(ordered),
        "median_ms": statistics.median(ordered),
        "p95_ms": ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)],  # nearest rank
        "max_ms": ordered[-1],
    }


class Capture:
    """Collects the SELECTs an engine sends while active."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.statements: list[Statement] = []

    def __enter__(self) -> Capture:
        # lazy: keeps `--help` quick
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._grab)
        return self

    def __exit__(self, *_: object) -> None:
        # lazy: keeps `--help` quick
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._grab)

    def _grab(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip()[:4].upper() in ("SELE", "WITH"):
            self.statements.append((statement, parameters))


def replay(raw: Any, statements: Sequence[Statement]) -> int:
    """The statements on a raw driver connection, every row fetched; the rows' count."""
    rows = 0
    cursor = raw.cursor()
    for sql, parameters in statements:
        cursor.execute(sql, parameters)
        rows += len(cursor.fetchall())
    cursor.close()
    return rows


def against_floor(
    engine: Any, run: Callable[[Any], object], queries: Sequence[Any], warm: int = 20
) -> dict[str, Any]:
    """Each query through the service (``run``) and its SQL straight on the driver, in
    turn: the service's and the floor's median / p95 / max and the ratio of the p95s."""
    for query in queries[:warm]:
        run(query)
    app_ms, floor_ms = [], []
    raw = engine.raw_connection()
    try:
        for query in queries:
            with Capture(engine) as captured:
                started = time.perf_counter()
                run(query)
                app_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            replay(raw, captured.statements)
            floor_ms.append((time.perf_counter() - started) * 1000)
            raw.rollback()
    finally:
        raw.close()
    app, floor = summary(app_ms), summary(floor_ms)
    return {
        **app,
        "floor": floor,
        "ratio_p95": app["p95_ms"] / max(floor["p95_ms"], 1e-6),
        "ratio_median": app["median_ms"] / max(floor["median_ms"], 1e-6),
    }


def wall_clock(command: Sequence[str], runs: int, env: dict[str, str]) -> dict[str, Any]:
    """Median and max seconds from launch to exit of ``command`` (one warm-up run first)."""
    seconds = []
    for index in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-400:]}")
        if index:
            seconds.append(time.perf_counter() - started)
    return {"runs": runs, "median_s": statistics.median(seconds), "max_s": max(seconds)}


def akutdesk_command() -> list[str]:
    """The ``akutdesk`` console script beside this Python, else ``python -m app``."""
    script = Path(sys.executable).parent / "akutdesk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def window_peak_rss(store_dir: Path, env: dict[str, str]) -> dict[str, Any]:
    """Launch the window on ``store_dir``, signed in, until Today is filled (the bench's
    ``store-ready`` marker, after which it quits): the child's peak RSS (``ru_maxrss`` from
    ``wait4``, the kernel's high-water mark of resident memory)."""
    command = [sys.executable, "-m", "app", "--data-dir", str(store_dir)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True
    )
    assert process.stdout is not None
    markers = [line.split()[0] for line in process.stdout if line.strip()]
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if "store-ready" not in markers:
        raise SystemExit(f"the window did not get ready ({markers}, exit {process.returncode})")
    return {
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "seconds": time.perf_counter() - started,
        "exit": process.returncode,
    }


def machine() -> dict[str, Any]:
    """Cores, CPU model, Python, SQLite (and SQLCipher's SQLite) versions, load average."""
    import sqlite3

    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    out: dict[str, Any] = {
        "cores": os.cpu_count(),
        "cpu": model,
        "arch": platform.machine(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "os": platform.platform(terse=True),
    }
    try:
        # lazy: optional (encrypted stores only)
        import sqlcipher3

        out["sqlcipher_sqlite"] = sqlcipher3.sqlite_version
    except ImportError:
        pass
    return out


def load_average() -> float:
    return os.getloadavg()[0]
