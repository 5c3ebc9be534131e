"""Every line of the pure rule modules runs in the suite (issue #11, build item 7).

``make test`` runs pytest with ``--cov --rule-coverage``: after the run, the hooks in
``tests/conftest.py`` fail it unless each rule module below is 100 % line-covered, and name
the lines that no test ran. The rest of ``app`` is measured and reported, not enforced.

The rule modules are where a rule of ../shared/domain (DIGEST, DECISIONS) is decided
without a store: ``app/domain``, ``app/billing``, and the audit trail's hash chain — the
hash of an entry (wherever ``entry_hash`` lives) and its verification. A line that truly
cannot run is removed, or excluded with ``# pragma: no cover`` and a reason; never a line a
rule takes.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RULE_PACKAGES = ("app.domain", "app.billing")
RULE_MODULES = ("app.services.kernel.audit", "app.services.admin.audit_chain", "app.workflows")
# The chain's hash function: measured in whichever module defines it (it may move down a
# layer); looked up through the modules that use it.
RULE_FUNCTION = "entry_hash"


@dataclass(frozen=True)
class Gap:
    path: str
    statements: int
    missing: str  # "12-14, 20"


def rule_files() -> list[Path]:
    """The source files of the rule modules, each once, in a stable order."""
    files: set[Path] = set()
    for name in RULE_PACKAGES:
        package = importlib.import_module(name)
        files.update(Path(p).resolve() for p in _package_files(package))
    holder = None
    for name in RULE_MODULES:
        module = importlib.import_module(name)  # a moved module fails loudly: update the list
        files.add(Path(inspect.getfile(module)).resolve())
        holder = holder or getattr(module, RULE_FUNCTION, None)
    if holder is None:
        raise LookupError(f"{RULE_FUNCTION} is in none of {RULE_MODULES}: update {__file__}")
    files.add(Path(inspect.getfile(holder)).resolve())
    return sorted(files)


def _package_files(package: Any) -> list[Path]:
    return [f for folder in package.__path__ for f in Path(folder).rglob("*.py")]


def gaps(cov: Any, files: list[Path]) -> list[Gap]:
    """The rule files with a statement no test ran (``cov``: a coverage.Coverage with data)."""
    found = []
    for path in files:
        _, statements, _, missing, text = cov.analysis2(str(path))
        if missing:
            found.append(Gap(_relative(path), len(statements), text))
    return found


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def enforce(session: Any) -> list[str]:
    """After the run: the verdict's lines; a gap fails the session like a failed test."""
    plugin = session.config.pluginmanager.getplugin("_cov")
    controller = getattr(plugin, "cov_controller", None)
    cov = getattr(controller, "cov", None)
    if cov is None:
        session.testsfailed += 1
        return ["no coverage data (--no-cov?): the rule modules were not measured"]
    if session.testsfailed or session.shouldstop or session.shouldfail:
        return ["not checked: the run failed or stopped early, so not every test ran"]
    files = rule_files()
    found = gaps(cov, files)
    if not found:
        return [f"every line of the {len(files)} rule modules ran ({_relative(Path(__file__))})"]
    session.testsfailed += 1
    lines = [f"FAILED: lines of pure rule modules that no test ran ({_relative(Path(__file__))}):"]
    lines += [f"  {g.path} ({g.statements} statements): {g.missing}" for g in found]
    return lines
