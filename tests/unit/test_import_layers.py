"""The layers as a contract (STYLE §11): the import-linter contracts in pyproject.toml pass on
the real tree and fail on a deliberately wrong import; no module reaches another module's
``_private`` names."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import app

ROOT = Path(app.__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def lint(tree: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the ``app`` package under ``tree`` with this repository's contracts."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    return subprocess.run(
        [str(LINT), str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_real_tree_keeps_every_contract():
    done = lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 kept, 0 broken" in done.stdout


def test_a_wrong_import_breaks_the_contract(tmp_path):
    """Storage importing a view (the lowest layers reaching the top) is named and refused."""
    shutil.copytree(ROOT / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    store = tmp_path / "app" / "db" / "store.py"
    store.write_text(store.read_text(encoding="utf-8") + "\nimport app.views.components.hub\n")
    done = lint(tmp_path)
    assert done.returncode == 1, done.stdout
    assert "app.db is not allowed to import app.views" in done.stdout
    assert "app.db.store -> app.views.components.hub" in done.stdout
    assert "No cycles are allowed in app." in done.stdout  # views → db → views


def _private_names(path: Path) -> list[str]:
    """``from x import _y`` and ``x._y`` where ``x`` is a module of app imported here."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"l.{node.lineno}: from {node.module} import {alias.name}")
                else:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules.update(a.asname for a in node.names if a.asname and a.name.startswith("app"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            found.append(f"l.{node.lineno}: {node.value.id}.{node.attr}")
    return found


# Reached before the contract was written down (issue #11); each is to become a public name.
# The list may only shrink: a name made public must leave it (the test says so).
PRIVATE_NAMES_TODO: dict[str, int] = {}  # none left (issue #11); keep it empty


def test_no_module_reaches_another_modules_private_names():
    found = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        names = _private_names(path)
        if names:
            found[str(path.relative_to(ROOT))] = names
    new = {
        name: lines for name, lines in found.items() if len(lines) > PRIVATE_NAMES_TODO.get(name, 0)
    }
    assert not new, new
    gone = {name for name, count in PRIVATE_NAMES_TODO.items() if len(found.get(name, ())) < count}
    assert not gone, f"fewer private names now: lower PRIVATE_NAMES_TODO for {sorted(gone)}"


def test_the_private_names_check_sees_both_forms(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        "from app.services.kernel import audit\nfrom app.services.citizens import _prefix_range\n"
        "audit._plain(1)\n"
    )
    assert _private_names(source) == [
        "l.2: from app.services.citizens import _prefix_range",
        "l.3: audit._plain",
    ]


# -- function-level imports -------------------------------------------------------------------
# An import inside a function is kept only where it saves start-up time (DEVELOPERS.md
# "Start-up"), with the reason in a comment on the line or just above the group of imports:
# ``# lazy: start-up (the window is shown before SQLAlchemy loads)``. An import moved into a
# function to dodge a cycle is the cycle, still there (STYLE §11).
LAZY_TODO = Path(__file__).with_name("lazy_imports_todo.txt")


def unexplained_function_imports(path: Path) -> list[int]:
    """Line numbers of imports inside functions without a ``lazy:`` reason."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = []
    for func in ast.walk(ast.parse(text)):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.Import | ast.ImportFrom) and not _has_reason(lines, node):
                found.append(node.lineno)
    return sorted(set(found))


def _has_reason(lines: list[str], node: ast.stmt) -> bool:
    if "lazy:" in lines[node.lineno - 1]:
        return True
    row = node.lineno - 2
    while row >= 0:
        line = lines[row].strip()
        if line.startswith("#"):
            return "lazy:" in line
        if not (line.startswith(("from ", "import ")) or line == "" or line.startswith(")")):
            return False
        row -= 1
    return False


def _todo() -> dict[str, int]:
    counts = {}
    for line in LAZY_TODO.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, count = line.split()
            counts[name] = int(count)
    return counts


def test_function_level_imports_say_why():
    """No new function-level import without a reason; the ones from before the contract are
    listed in lazy_imports_todo.txt, which may only shrink (issue #11)."""
    todo = _todo()
    found = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "migrations" in path.parts:  # Alembic runs these; their imports are Alembic's
            continue
        rows = unexplained_function_imports(path)
        if rows:
            found[str(path.relative_to(ROOT))] = rows
    new = {name: rows for name, rows in found.items() if len(rows) > todo.get(name, 0)}
    assert not new, f"function-level imports without a '# lazy: reason' comment: {new}"
    gone = sorted(name for name, count in todo.items() if len(found.get(name, ())) < count)
    assert not gone, f"fewer unexplained imports now: lower lazy_imports_todo.txt for {gone}"


def test_the_function_import_check_reads_the_reason(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        "def a():\n    import json\n\n"
        "def b():\n    # lazy: start-up (SQLAlchemy)\n    import json\n    from os import path\n\n"
        "def c():\n    import json  # lazy: start-up\n"
    )
    assert unexplained_function_imports(source) == [2]
