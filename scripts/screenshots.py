"""Render the README's screenshots with AkutDesk itself (offscreen, Danish, demo store).

python scripts/screenshots.py   # → docs/screenshots/<page>.png
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PAGES = ("today", "citizens", "admin", "iv_courses", "invoices", "episodes", "nursing_homes")
#: the acute-episode screens that are not a page of their own (rendered by acute_screens)
ACUTE = ("episode", "gp_contact", "acute_places")


#: demo stores: every demo user's password; the store key is read from the demo's output
#: when this machine has no keyring (docs/encryption.md)
ENV = {"QT_QPA_PLATFORM": "offscreen", "AKUTDESK_PASSWORD": "akutdesk-demo"}


def akutdesk(data_dir: str, *args: str) -> str:
    """Run one command; returns what it wrote on stderr (the recovery key of a new store)."""
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", data_dir, *args],
        check=True,
        cwd=ROOT,
        env=dict(os.environ, **ENV),
        stderr=subprocess.PIPE,
        text=True,
    )
    return done.stderr


def remember_key(stderr: str) -> None:
    found = re.search(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){13}\b", stderr)
    if found:
        ENV["AKUTDESK_STORE_KEY"] = found.group(0)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data_dir:
        remember_key(akutdesk(data_dir, "demo", "--citizens", "5000"))
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
        env = dict(os.environ, **ENV)
        subprocess.run([sys.executable, __file__, "--acute", data_dir], check=True, env=env)
    return 0


def acute_screens(data_dir: str) -> int:
    """The episode window (the one with most measurements), its GP-contact dialog and the
    occupancy board of the acute places, in Danish, from the demo store in ``data_dir``."""
    sys.path.insert(0, str(ROOT))
    from app import paths
    from app.cli.common import password as _password
    from app.cli.main import build_parser, launch_options
    from app.services.acute import views
    from app.services.security import users
    from app.views.acute.episode_window import open_episode
    from app.views.shell.launch import attach, make_app, open_store
    from app.views.shell.main_window import MainWindow

    paths.init(data_dir)
    args = build_parser().parse_args(["--lang", "da", "screenshot", "episodes", "--out", "-"])
    app = make_app(launch_options(args))
    result = open_store(launch_options(args))
    ctx = users.sign_in(result["store"], "DEMO", _password("DEMO"))
    window = MainWindow()
    window.resize(1200, 720)
    window.show()
    attach(window, result["store"], ctx)
    page = window.show_page("episodes")

    def shot(widget: object, name: str) -> None:
        for _ in range(8):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))  # type: ignore[attr-defined]

    page.tabs.setCurrentWidget(page.board)  # type: ignore[union-attr]
    shot(window, "acute_places")
    rows = views.list_episodes(ctx, "open")
    most = max(rows, key=lambda r: len(views.get_episode(ctx, r.uuid, opened=False).measurements))
    episode = open_episode(ctx, most.uuid, window)
    episode.resize(1200, 760)
    episode.tabs.setCurrentWidget(episode.measurements)
    shot(episode, "episode")
    dialog = episode.make_dialog("contact")
    dialog.show()
    dialog.preview()
    shot(dialog, "gp_contact")
    dialog.close()
    episode.close()
    result["store"].dispose()
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--acute"]:
        sys.exit(acute_screens(sys.argv[2]))
    sys.exit(main())
