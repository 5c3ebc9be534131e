"""House checks that run with the suite: mypy --strict on the core, ruff on everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_mypy_strict_on_the_core():
    done = run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff():
    done = run("ruff", "check", "app", "tests", "scripts", "bench")
    assert done.returncode == 0, done.stdout + done.stderr
