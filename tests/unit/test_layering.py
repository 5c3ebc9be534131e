"""The core knows nothing of Qt (STYLE §1): every core module imports with PySide6 blocked,
and the models hold no queries."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app

CORE_PACKAGES = (
    "app.messages",
    "app.domain",
    "app.db",
    "app.models",
    "app.services",
    "app.documents",
    "app.signing",
    "app.einvoice",
    "app.billing",
    "app.demo",
)
ROOT = Path(app.__file__).resolve().parent


def core_modules() -> list[str]:
    """Every module of the core, sub-packages included, and the command line (it runs
    without a window)."""
    found = ["app", "app.paths", "app.settings", "app.secrets", "app.options", "app.workflows"]
    for package in (*CORE_PACKAGES, "app.cli"):
        folder = ROOT.joinpath(*package.split(".")[1:])
        found.append(package)
        found += [m.name for m in pkgutil.walk_packages([str(folder)], prefix=f"{package}.")]
    # Alembic's env.py and the revisions run only inside Alembic (tests/unit/test_migrations.py).
    return sorted(m for m in set(found) if not m.startswith("app.db.migrations."))


def test_core_imports_with_pyside6_blocked():
    modules = core_modules()
    assert "app.services.citizens" in modules and "app.db.migrate" in modules
    assert "app.services.iv.crp" in modules and "app.cli.invoices" in modules
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m == 'app.views' or m.startswith('app.views.') for m in sys.modules), 'views leaked'\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_no_core_module_mentions_qt():
    for package in CORE_PACKAGES:
        for path in ROOT.joinpath(*package.split(".")[1:]).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text and "app.views" not in text, path


def test_models_hold_no_queries():
    for path in (ROOT / "models").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("select(", "Session", "session.", ".query("):
            assert word not in text, f"{path.name} has {word}"


def test_views_hold_no_sessions():
    for path in (ROOT / "views").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("store.session(", "store.read(", "from sqlalchemy", "import sqlalchemy"):
            assert word not in text, f"{path.relative_to(ROOT)} has {word}"
