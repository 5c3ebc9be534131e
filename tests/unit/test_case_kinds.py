"""One declaration per case kind (app/domain/kinds.py, STYLE §12, issue #11): every
registered kind is in every place that must list it — exchange, demo, permissions,
navigation, Today, the audit labels, the reports slot and docs/architecture.md — and each
check really fails when a (fake) kind is missing from its place."""

from __future__ import annotations

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
ARCHITECTURE = ROOT / "docs" / "architecture.md"
BASE_SECTIONS = {"format", "version", "exported_at", "exported_by", "municipality",
                 "hospital_units", "citizens"}  # fmt: skip

Kinds = Sequence[CaseKind]


def _views_part() -> dict[str, dict[str, Any]]:
    """The dict literals of app/views/kinds.py, read without importing Qt: the page entry
    (page key, module, class) per kind key, and the record types' labels."""
    found: dict[str, dict[str, Any]] = {}
    for node in ast.parse(VIEWS_KINDS.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict):
            name = ast.unparse(node.target)
            keys = [ast.literal_eval(k) for k in node.value.keys if k is not None]
            values = [
                tuple(e.value for e in v.elts if isinstance(e, ast.Constant))
                if isinstance(v, ast.Tuple)
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
        _page_key, module, cls = pages[kind.key]
        path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
        classes = {
            n.name for n in ast.parse(path.read_text("utf-8")).body if isinstance(n, ast.ClassDef)
        }
        if cls not in classes:
            problems.append(f"{kind.key}: page {module}.{cls} does not exist")
    if [k for k in pages if k in {kind.key for kind in registry}] != [k.key for k in registry]:
        problems.append("the navigation's order is not the registry's order")
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
    "today": today_problems,
    "audit labels": audit_label_problems,
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


def test_the_export_writes_every_kind_section_in_order(ctx, tmp_path):
    from app.services.exchange import transfer

    counts = transfer.export_store(ctx, tmp_path / "store.json", reason="test")
    document = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))
    names = [s.name for s in transfer.SECTIONS]
    assert list(document)[-len(names) :] == names
    assert list(counts)[-len(names) :] == names


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
    "today": PN.replace(today="app.services.today.worklist:no_such_list"),
    "audit labels": PN.replace(records=("pn_course",)),
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
