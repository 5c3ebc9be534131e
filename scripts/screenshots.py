"""Render the README's screenshots with AkutDesk itself (offscreen, Danish, demo store).

python scripts/screenshots.py   # → docs/screenshots/<page>.png
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PAGES = ("today", "citizens", "admin", "iv_courses")


def akutdesk(data_dir: str, *args: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", data_dir, *args], check=True, cwd=ROOT, env=env
    )


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data_dir:
        akutdesk(data_dir, "demo", "--citizens", "5000")
        for page in PAGES:
            akutdesk(
                data_dir,
                "--lang",
                "da",
                "screenshot",
                page,
                "--out",
                str(OUT / f"{page}.png"),
                "--size",
                "1200x720",
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
