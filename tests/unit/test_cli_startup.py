"""The command line starts light (issue #17: ``akutdesk --version`` and one citizen's
``worklist --json`` each under a second): what they import is checked in a process of its
own, so a module-level import of Qt, the PDF, signing, chart or spreadsheet libraries on
their way fails here rather than showing up as seconds in the bench."""

from __future__ import annotations

import os
import subprocess
import sys

from .iv_helpers import citizen, day, department, referral

#: never on the way to --version, the parser or a worklist
HEAVY = ("PySide6", "shiboken6", "reportlab", "pyhanko", "matplotlib", "xlsxwriter", "alembic")

REPORT = """
import sys
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
print("LOADED", ",".join(heavy) or "-", "sqlalchemy" in sys.modules, flush=True)
"""


def run(code: str, env: dict[str, str] | None = None) -> tuple[list[str], bool]:
    done = subprocess.run(
        [sys.executable, "-c", code + REPORT.format(heavy=HEAVY)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("LOADED")), None)
    assert line is not None, done.stdout + done.stderr
    _, heavy, orm = line.split()
    return ([] if heavy == "-" else heavy.split(",")), orm == "True"


def test_version_loads_neither_qt_nor_the_store():
    heavy, orm = run(
        "from app.cli.main import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
    )
    assert heavy == [] and not orm  # not even SQLAlchemy: the version is a constant


def test_the_full_parser_loads_no_heavy_library():
    """Every command's module is imported to build the parser (and for --help)."""
    heavy, orm = run("from app.cli.main import build_parser\nbuild_parser()\n")
    assert heavy == [] and not orm


def test_the_check_sees_a_heavy_import():
    """As if a command module imported the PDF library at module level."""
    heavy, _ = run("import app.cli.main\nimport reportlab.lib.pagesizes\n")
    assert heavy == ["reportlab"]


def test_one_citizens_worklist_loads_no_document_or_window_library(ctx, data_dir):
    from app.services.admin import store_key

    dept = department(ctx)
    referral(ctx, citizen(ctx), dept)
    env = dict(os.environ)
    if ctx.store.path is not None:  # the child has no keyring: the key as a headless start
        key = store_key.from_keyring(ctx.store.path)
        if key is not None:
            env[store_key.ENV_KEY] = store_key.recovery_text(key)
    url = ctx.store.url.render_as_string(hide_password=False)
    args = ["--database-url", url, "worklist", "--date", day(0).isoformat()]
    code = (
        "import contextlib, io, sys\n"
        "from app.cli.main import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    code = main({[*args, '--json', '--citizen', '010150-0007']!r})\n"
        "assert code == 0, code\n"
        "assert '\"referrals\"' in out.getvalue(), out.getvalue()\n"
    )
    heavy, orm = run(code, env)
    assert heavy == [] and orm
