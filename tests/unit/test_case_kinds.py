"""One declaration per case kind (app/domain/kinds.py, STYLE §12, issue #11): every
registered kind is in every place that must list it — exchange, demo, permissions,
navigation, the citizen page, the nursing-home page's cases, Today, the audit labels, the
reports slot and docs/architecture.md — and each check really fails when a (fake) kind is
missing from its place."""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from app.domain import kinds
from app.domain.kinds import KINDS, CaseKind
from app.services.kernel import permissions

ROOT = Path(__file__).resolve().parents[2]
VIEWS_KINDS = ROOT / "app" / "views" / "kinds.py"
AUDIT_MODEL = ROOT / "app" / "views" / "admin" / "audit_model.py"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
BASE_SECTIONS = {"format", "version", "exported_at", "exported_by", "municipality",
                 "hospital_units", "citizens"}  # fmt: skip

Kinds = Sequence[CaseKind]


def _views_part() -> dict[str, dict[str, Any]]:
    """The dict literals of app/views/kinds.py, read without importing Qt: the page entry
    (module, class) per kind key, the citizen page's panel ("module:Class") per kind key,
    and the record types' labels."""
    found: dict[str, dict[str, Any]] = {}
    for node in ast.parse(VIEWS_KINDS.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
            name = ast.unparse(node.target)
            keys = [ast.literal_eval(k) for k in node.value.keys if k is not None]
            values = [
                tuple(e.value for e in v.elts if isinstance(e, ast.Constant))
                if isinstance(v, ast.Tuple)
                else v.value
                if isinstance(v, ast.Constant)
                else None
                for v in node.value.values
            ]
            found[name] = dict(zip(keys, values, strict=True))
    return found


def _hook_problem(kind: CaseKind, place: str, hook: str | None) -> list[str]:
    if hook is None:
        return []
    try:
        target = kinds.resolve(hook)
    except (ImportError, AttributeError, ValueError) as exc:
        return [f"{kind.key}: {place} hook {hook!r} does not resolve ({exc})"]
    return [] if callable(target) else [f"{kind.key}: {place} hook {hook!r} is not callable"]


# -- the places ------------------------------------------------------------------------------


def exchange_problems(registry: Kinds) -> list[str]:
    problems, seen = [], set(BASE_SECTIONS)
    for kind in registry:
        if not kind.exchange:
            problems.append(f"{kind.key}: no exchange section")
        for section in kind.exchange:
            if section.name in seen:
                problems.append(f"{kind.key}: exchange section {section.name!r} twice")
            seen.add(section.name)
            problems += _hook_problem(kind, "exchange export", section.export)
            problems += _hook_problem(kind, "exchange import", section.import_)
    return problems


def demo_problems(registry: Kinds) -> list[str]:
    problems: list[str] = []
    results, seeds, options, audit_keys = set(), set(), set(), {"citizens", "seed"}
    for kind in registry:
        demo = kind.demo
        if not isinstance(demo, kinds.Demo):
            problems.append(f"{kind.key}: no demo declaration")
            continue
        found = _hook_problem(kind, "demo loader", demo.loader)
        problems += found
        if demo.result in results or demo.seed_offset in seeds or demo.seed_offset < 1:
            problems.append(f"{kind.key}: demo result name or seed offset not its own")
        results.add(demo.result)
        seeds.add(demo.seed_offset)
        if (demo.option is None) != (demo.per_citizens is None) or demo.option in options:
            problems.append(f"{kind.key}: demo count option and its default go together")
        options.add(demo.option)
        if demo.at not in ("now", "today"):
            problems.append(f"{kind.key}: demo time keyword {demo.at!r}")
        if not demo.audit or audit_keys & {key for key, _ in demo.audit}:
            problems.append(f"{kind.key}: demo audit counts missing or not its own")
        audit_keys |= {key for key, _ in demo.audit}
        if not found:
            wanted = {"seed", demo.at, *([demo.option] if demo.option else [])}
            taken = set(inspect.signature(kinds.resolve(demo.loader)).parameters)
            if not wanted <= taken:
                problems.append(f"{kind.key}: demo loader takes no {sorted(wanted - taken)}")
    return problems


def permission_problems(registry: Kinds) -> list[str]:
    problems = []
    for kind in registry:
        names = [p.name for p in kind.permissions]
        if f"{kind.key}.read" not in names:
            problems.append(f"{kind.key}: no {kind.key}.read permission")
        for p in kind.permissions:
            if not p.name.startswith(f"{kind.key}.") or not p.roles <= set(permissions.ROLES):
                problems.append(f"{kind.key}: permission {p.name} outside its kind or roles")
            elif permissions.MATRIX.get(p.name) != p.roles:
                problems.append(f"{kind.key}: permission {p.name} is not in the matrix")
    return problems


def navigation_problems(registry: Kinds) -> list[str]:
    pages = _views_part()["PAGES"]
    problems = []
    for kind in registry:
        if kind.key not in pages:
            problems.append(f"{kind.key}: no page in app/views/kinds.py (navigation)")
            continue
        module, cls = pages[kind.key]
        path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
        classes = {
            n.name for n in ast.parse(path.read_text("utf-8")).body if isinstance(n, ast.ClassDef)
        }
        if cls not in classes:
            problems.append(f"{kind.key}: page {module}.{cls} does not exist")
    if [k for k in pages if k in {kind.key for kind in registry}] != [k.key for k in registry]:
        problems.append("the navigation's order is not the registry's order")
    return problems


def _classes(module: str) -> set[str]:
    path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
    if not path.exists():
        return set()
    tree = ast.parse(path.read_text("utf-8"))
    return {n.name for n in tree.body if isinstance(n, ast.ClassDef)}


def citizen_page_problems(registry: Kinds) -> list[str]:
    """A kind with a citizen hook has its panel on the citizen page (app/views/kinds.py);
    the citizen dialog shows the panels by looping over the registry."""
    panels = _views_part()["CITIZEN"]
    problems = []
    for kind in registry:
        if kind.citizen is None:
            if kind.key in panels:
                problems.append(f"{kind.key}: a citizen-page panel but no citizen hook")
            continue
        if kind.key not in panels:
            problems.append(f"{kind.key}: no panel on the citizen page (app/views/kinds.py)")
            continue
        module, _, cls = panels[kind.key].partition(":")
        if cls not in _classes(module):
            problems.append(f"{kind.key}: citizen-page panel {panels[kind.key]} does not exist")
    return problems


def _names(module: str) -> set[str]:
    """The top-level names a module assigns."""
    tree = ast.parse(_module_path(module).read_text("utf-8"))
    return {t.id for n in tree.body if isinstance(n, ast.Assign | ast.AnnAssign)
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Name)}  # fmt: skip


def residents_problems(registry: Kinds) -> list[str]:
    """A kind with a residents hook has its cases on the nursing-home page: the hook
    resolves, and app/views/kinds.py names the kind and the table of its status words; the
    page (app/services/homes/pages.py) loops over the registry."""
    cases = _views_part()["RESIDENT_CASES"]
    problems = []
    for kind in registry:
        problems += _hook_problem(kind, "residents", kind.residents)
        if kind.residents is None:
            if kind.key in cases:
                problems.append(f"{kind.key}: a nursing-home case label but no residents hook")
            continue
        if kind.key not in cases:
            problems.append(f"{kind.key}: no nursing-home case label (app/views/kinds.py)")
            continue
        module, _, table = cases[kind.key][0].partition(":")
        if not _module_path(module).exists() or table not in _names(module):
            problems.append(f"{kind.key}: status words {cases[kind.key][0]} do not exist")
    return problems


def screenshot_problems(registry: Kinds) -> list[str]:
    """`akutdesk screenshot` takes each kind's page by its key and by its other names."""
    from app.cli import main

    problems, pages = [], [k.page for k in registry]
    if len(set(pages)) != len(pages) or set(pages) & {"today", "citizens", "admin"}:
        problems.append("the kinds' page keys are not their own")
    for kind in registry:
        for name in (kind.page, *kind.page_names):
            try:
                taken = main.page_name(name)
            except argparse.ArgumentTypeError:
                taken = None
            if taken != kind.page:
                problems.append(f"{kind.key}: `akutdesk screenshot {name}` is not its page")
    return problems


def today_problems(registry: Kinds) -> list[str]:
    problems = []
    for kind in registry:
        problems += _hook_problem(kind, "Today", kind.today)
        problems += _hook_problem(kind, "citizen page", kind.citizen)
    return problems


def audit_label_problems(registry: Kinds) -> list[str]:
    labels = _views_part()["RECORD_LABELS"]
    problems, seen = [], set()
    for kind in registry:
        if not kind.records:
            problems.append(f"{kind.key}: no record types")
        for code in kind.records:
            if code not in labels:
                problems.append(f"{kind.key}: record type {code} has no audit label")
            if code in seen:
                problems.append(f"{kind.key}: record type {code} belongs to two kinds")
            seen.add(code)
    return problems


def _strings(path: Path) -> dict[str, str]:
    """A module's top-level NAME = "text" constants (and NAME, NAME = "a", "b")."""
    found: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            pairs = (
                zip(target.elts, value.elts, strict=False)
                if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple)
                else [(target, value)]
            )
            found |= {n.id: v.value for n, v in pairs
                      if isinstance(n, ast.Name) and isinstance(v, ast.Constant)}  # fmt: skip
    return found


def _module_path(module: str) -> Path:
    path = ROOT.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def audit_entities(path: Path) -> set[str]:
    """The record types a module writes audit entries for (audit.write / audit.insert): a
    constant, or a constant of the module or of one it imports it from."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = _strings(path)
    imported = {
        alias.asname or alias.name: (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }
    found = set()
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("write", "insert")
            and getattr(node.func.value, "id", "") == "audit"
            and len(node.args) > 3
        ):
            continue
        arg = node.args[3]
        if isinstance(arg, ast.Constant):
            found.add(arg.value)
        elif isinstance(arg, ast.Name) and arg.id in own:
            found.add(own[arg.id])
        elif isinstance(arg, ast.Name) and arg.id in imported:
            module, name = imported[arg.id]
            found.add(_strings(_module_path(module)).get(name, f"?{arg.id}"))
        elif isinstance(arg, ast.Attribute) and getattr(arg.value, "id", "") in imported:
            module, name = imported[arg.value.id]
            found.add(_strings(_module_path(f"{module}.{name}")).get(arg.attr, f"?{arg.attr}"))
    return found


def _kind_modules(kind: CaseKind) -> list[Path]:
    """The modules of a kind: its services, its part of the exchange file and its demo."""
    services = ROOT / "app" / "services" / kind.package
    found = sorted(services.rglob("*.py")) if services.is_dir() else [services.with_suffix(".py")]
    for place in (ROOT / "app" / "services" / "exchange", ROOT / "app" / "demo"):
        found += sorted(p for p in place.glob(f"{kind.package}*.py"))
    return [p for p in found if p.exists()]


def other_audit_labels(table: str = "ENTITIES") -> set[str]:
    """The audit viewer's labels of the record types that belong to no case kind (or, with
    ``table="ACTIONS"``, of the actions)."""
    for node in ast.parse(AUDIT_MODEL.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == table:
            assert isinstance(node.value, ast.Dict)
            return {ast.literal_eval(k) for k in node.value.keys if k is not None}
    raise AssertionError(f"no {table} in the audit viewer")


def audit_entry_problems(registry: Kinds) -> list[str]:
    """Every record type a kind's modules write to the audit trail is one of its declared
    records (so the audit viewer labels it), or a system record the viewer labels."""
    others = other_audit_labels()
    problems = []
    for kind in registry:
        for path in _kind_modules(kind):
            for code in sorted(audit_entities(path) - set(kind.records) - others):
                where = path.relative_to(ROOT)
                problems.append(f"{kind.key}: {where} writes {code}, not in the kind's records")
    return problems


def reports_problems(registry: Kinds) -> list[str]:
    problems = []
    for kind in registry:
        if "reports" not in kind.__slots__:
            problems.append(f"{kind.key}: no reports slot")
        else:
            problems += _hook_problem(kind, "reports", kind.reports)
    return problems


def checklist() -> list[str]:
    """The numbered items of the new-kind checklist in docs/architecture.md."""
    text = ARCHITECTURE.read_text(encoding="utf-8").split("### Checklist: a new case kind")[1]
    return re.findall(r"^\d+\. (.+(?:\n   .+)*)", text.split("\n## ")[0], re.MULTILINE)


def docs_problems(registry: Kinds) -> list[str]:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    table = text.split("### Registered kinds")[1].split("###")[0]
    listed = re.findall(r"^\| `([a-z_]+)` \| `([a-z_]+)` \|", table, re.MULTILINE)
    problems = []
    for kind in registry:
        if (kind.key, kind.package) not in listed:
            problems.append(f"{kind.key}: not in docs/architecture.md's table of kinds")
            continue
        for item in checklist():
            for path in re.findall(r"`([^`]*<kind>[^`]*)`", item):
                if (
                    "NNNN" not in path
                    and not (ROOT / path.replace("<kind>", kind.package)).exists()
                ):
                    problems.append(f"{kind.key}: checklist file {path} does not exist for it")
    return problems


PLACES: dict[str, Callable[[Kinds], list[str]]] = {
    "exchange": exchange_problems,
    "demo": demo_problems,
    "permissions": permission_problems,
    "navigation": navigation_problems,
    "screenshot": screenshot_problems,
    "citizen page": citizen_page_problems,
    "nursing-home cases": residents_problems,
    "today": today_problems,
    "audit labels": audit_label_problems,
    "audit entries": audit_entry_problems,
    "reports": reports_problems,
    "docs": docs_problems,
}


# -- the real registry -----------------------------------------------------------------------


@pytest.mark.parametrize("place", PLACES)
def test_every_registered_kind_is_in_the_place(place):
    assert PLACES[place](KINDS) == []


def test_the_three_kinds_are_registered():
    assert [k.key for k in KINDS] == ["iv", "acute", "homes"]
    assert kinds.kind("acute") is kinds.ACUTE
    with pytest.raises(KeyError):
        kinds.kind("pn")


def test_the_checklist_has_at_most_ten_files():
    items = checklist()
    assert 1 <= len(items) <= 10
    assert all(re.search(r"`[^`]+`", item) for item in items)


def test_the_places_loop_over_the_registry():
    """The places read the registry: what they list follows it."""
    from app.demo import generate
    from app.services.exchange import transfer

    assert tuple(s for k in KINDS for s in k.exchange) == transfer.SECTIONS
    rows = [p.name for k in KINDS for p in k.permissions]
    assert [name for name in permissions.MATRIX if name in rows] == rows
    assert "KINDS" in inspect.getsource(generate.load_demo)
    dialog = (ROOT / "app" / "views" / "citizens" / "citizen_dialog.py").read_text("utf-8")
    assert "for kind in KINDS" in dialog and "courses_of_citizen" not in dialog
    page = (ROOT / "app" / "services" / "homes" / "pages.py").read_text("utf-8")
    assert "for kind in KINDS" in page and "IvCourse" not in page and "AcuteEpisode" not in page


def test_the_export_writes_every_kind_section_in_order(ctx, tmp_path):
    from app.services.exchange import transfer

    counts = transfer.export_store(ctx, tmp_path / "store.json", reason="test").value
    document = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))
    names = [s.name for s in transfer.SECTIONS]
    assert list(document)[-len(names) :] == names
    assert list(counts)[-len(names) :] == names


def test_every_record_type_in_the_audit_trail_has_a_label():
    """What any core module writes to the audit trail, the audit viewer labels."""
    labels = other_audit_labels() | set(_views_part()["RECORD_LABELS"])
    written: dict[str, str] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "views" not in path.parts:
            written |= {code: str(path.relative_to(ROOT)) for code in audit_entities(path)}
    assert len(written) > 25
    assert {code: where for code, where in written.items() if code not in labels} == {}


def test_every_action_in_the_audit_trail_has_a_label():
    labels = other_audit_labels("ACTIONS")
    written = {"create"}  # audit.insert's
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "views" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "write"
                and getattr(node.func.value, "id", "") == "audit"
                and len(node.args) > 2
                and isinstance(node.args[2], ast.Constant)
            ):
                written.add(node.args[2].value)
    assert len(written) > 15
    assert sorted(written - labels) == []


def test_a_hook_that_is_no_hook_is_refused():
    with pytest.raises(ValueError):
        kinds.resolve("app.services.exchange.iv")
    assert kinds.resolve("app.domain.kinds:KINDS") is KINDS


# -- a fake kind missing from each place makes that place's check fail -----------------------

PN = kinds.IV.replace(
    key="pn",
    package="iv",
    records=("iv_course",),
    permissions=(kinds.Permission("pn.read", frozenset({"nurse"}), "read PN courses"),),
    exchange=(
        kinds.Section(
            "pn_courses",
            "app.services.exchange.iv_export:export_courses",
            "app.services.exchange.iv:import_courses",
        ),
    ),
)
MISSING = {
    "exchange": PN.replace(exchange=()),
    "demo": PN.replace(demo=None),
    "permissions": PN.replace(permissions=()),
    "navigation": PN,  # app/views/kinds.py has no page for "pn"
    "screenshot": PN.replace(page="pn_courses", page_names=("pn",)),
    "citizen page": PN,  # a citizen hook, and no panel for "pn" in app/views/kinds.py
    "nursing-home cases": PN,  # a residents hook, and no case label for "pn"
    "today": PN.replace(today="app.services.today.worklist:no_such_list"),
    "audit labels": PN.replace(records=("pn_course",)),
    "audit entries": PN,  # the IV modules write iv_administration and iv_crp too
    "reports": PN.replace(reports="app.services.no_such_reports:figures"),
    "docs": PN,  # docs/architecture.md's table has no "pn"
}


@pytest.mark.parametrize("place", PLACES)
def test_a_kind_missing_from_a_place_fails_its_check(place):
    problems = PLACES[place]((*KINDS, MISSING[place]))
    assert problems and all(p.startswith("pn:") or "order" in p for p in problems), problems


def test_a_declaration_shows_its_fields():
    """A failing check prints the kind it names (the test output must say which)."""
    text = repr(kinds.ACUTE)
    assert text.startswith("CaseKind(") and "key='acute'" in text and "package='acute'" in text
