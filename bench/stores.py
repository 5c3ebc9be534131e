"""The bench's synthetic stores, built once and cached in bench/.cache/ (keyed by schema
revision and size), each with its own key kept beside it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"


def build_store(citizens: int, courses: int, builder: str = "bulk") -> Path:
    """The cached synthetic store of that size, built once: by ``bench/bulk.py`` (the demo's
    rows through the driver's executemany, the default) or by ``akutdesk demo`` itself
    (``--builder demo``). Both give the same rows for a seed on a day, so a cache built
    either way serves both."""
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
    progress(
        f"building the synthetic store ({citizens:,} citizens, {courses:,} courses, "
        f"{builder} builder) in {folder} …"
    )
    started, cpu = time.perf_counter(), _children_cpu()
    command = [sys.executable, "-m", "app", "--data-dir", str(folder), "demo"]
    if builder == "bulk":
        command = [sys.executable, str(ROOT / "bench" / "bulk.py"), "--data-dir", str(folder)]
    subprocess.run(
        [*command, "--citizens", str(citizens), "--courses", str(courses)], check=True, cwd=ROOT
    )
    wall, used = time.perf_counter() - started, _children_cpu() - cpu
    (folder / "ready").write_text(f"{wall:.1f} s {builder} {used:.1f} s CPU\n")
    progress(f"  built in {wall:.0f} s ({used:.0f} s of CPU)")
    return folder


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def progress(line: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {line}", flush=True)


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


def builder_of(store_dir: Path) -> str:
    words = (store_dir / "ready").read_text().split()
    return words[2] if len(words) > 2 else "demo"


def build_cpu(store_dir: Path) -> float | None:
    words = (store_dir / "ready").read_text().split()
    return float(words[3]) if len(words) > 4 else None
