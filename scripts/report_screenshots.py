"""Screenshots of every report with its charts, and the status report (issue #14, must-show):
the Reports page offscreen at 1366×768 on a store (a demo store: `akutdesk demo`), each
report the user may run made for the period, a picture of its top and one of each chart;
then the status report as PDF and its pages as PNG (pdftoppm, when installed).

    AKUTDESK_PASSWORD=akutdesk-demo python scripts/report_screenshots.py \
        --data-dir DIR --from 2026-01-01 --to 2026-06-30 --out /tmp/report-shots
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def wait(app: Any, until: Any, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not until() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--user", default="LED")
    parser.add_argument("--lang", default="da", choices=("da", "en"))
    parser.add_argument("--from", dest="start", type=dt.date.fromisoformat, required=True)
    parser.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app import paths
    from app.cli.common import database_url, password
    from app.options import LaunchOptions
    from app.services.security import users
    from app.views.reports import exports
    from app.views.shell import launch
    from app.views.shell.main_window import MainWindow
    from app.views.widgets.inputs import qdate

    paths.init(args.data_dir)
    options = LaunchOptions(database_url(argparse.Namespace(database_url=None)), args.user,
                            args.lang, password, lambda _store: None)  # fmt: skip
    app = launch.make_app(options)
    opened = launch.open_store(options)
    ctx = users.sign_in(opened["store"], args.user, password(args.user))
    window = MainWindow()
    window.show()
    window.resize(1366, 768)
    launch.attach(window, opened["store"], ctx)
    page: Any = window.show_page("reports") or window.page("reports")
    page.start.setDate(qdate(args.start))
    page.end.setDate(qdate(args.end))
    args.out.mkdir(parents=True, exist_ok=True)
    for row, spec in enumerate(page.specs):
        page.report = None
        page.list.setCurrentRow(row)
        wait(app, lambda: page.report is not None)
        launch.settle(app)
        window.grab().save(str(args.out / f"{spec.name}.png"))
        for key, chart in page.charts.items():
            page.scroll.ensureWidgetVisible(chart, 0, 0)
            launch.settle(app)
            window.grab().save(str(args.out / f"{spec.name}-{key}.png"))
        print(f"{spec.name}: {1 + len(page.charts)} pictures")
    status = args.out / "status.pdf"
    status.write_bytes(exports.status_report(ctx, page.filters(), page.words, lambda d, t: None))
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(status), str(args.out / "status")],
                       check=True)  # fmt: skip
    print(f"status report → {status}")
    launch.dispose(window)
    opened["store"].dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
