"""One declaration per case kind (STYLE §12, issue #11): what every place that must list
the kinds reads, instead of naming them by hand.

A case kind is a kind of case the acute function runs for a citizen: an IV course (the
referral and the course, IV agreement, DIGEST §1), an acute episode (OK22 Bilag 3, DIGEST
§2) and a nursing-home arrangement (the fixed doctor of a home and its residents, D30–D33).
Each is declared once in :data:`KINDS`; the places loop over it:

- the exchange file (``app.services.exchange.transfer``): the kind's top-level sections,
  exported and imported in the declared order;
- the demo data (``app.demo.generate``): the kind's loader, its seed and its count option;
- the permission matrix (``app.services.kernel.permissions``): the kind's permissions;
- Today, the citizen page and the coming Reports feature: the kind's hook, or ``None`` where
  the place does not show the kind (yet);
- the audit trail: the record types the kind writes (the window labels each of them);
- the main window's navigation and the record labels: the views register their part keyed
  by :attr:`CaseKind.key` (they hold the translatable texts);
- docs/architecture.md: the table of kinds and the checklist of files a new kind touches.

tests/unit/test_case_kinds.py fails when a registered kind is missing from one of them.

Hooks into higher layers are dotted names (``"package.module:function"``): this module
sits in the domain layer and imports nothing above it; the reader (a service, the demo)
resolves the name with :func:`resolve` when it runs. Plain tuples, not dataclasses: the
main window reads this module on its start-up path.
"""

from __future__ import annotations

import importlib
from typing import Any, NamedTuple

# The roles of the permission matrix (app.services.kernel.permissions.ROLES).
_N, _V, _M, _A = "nurse", "visitator", "manager", "administrator"
_CLINICAL = frozenset({_N, _V, _M})
_ALL = frozenset({_N, _V, _M, _A})


class Permission(NamedTuple):
    """One row of the permission matrix (docs/permissions.md)."""

    name: str
    roles: frozenset[str]
    text: str  # what it allows; the text goes into docs/permissions.md


class Section(NamedTuple):
    """One top-level list of the exchange file (docs/exchange-format.md)."""

    name: str
    export: str  # "module:function", called as function(session) -> list of records
    # "module:function", called as function(session, ctx, records, report, RecordProblem)
    import_: str


class Demo(NamedTuple):
    """How the demo data (app.demo.generate.load_demo) makes the kind's cases."""

    loader: str  # "module:function", called as function(session, ctx, seed=…, <at>=…[, <option>=…])
    result: str  # the loader's result is DemoResult.<result>
    seed_offset: int  # the loader's seed is the demo's seed + this (fixed: same seed, same store)
    option: str | None  # the keyword of load_demo (and the loader) that says how many
    per_citizens: int | None  # default count: one per this many demo citizens
    at: str  # the loader's time keyword: "now" (a UTC moment) or "today" (a Copenhagen date)
    audit: tuple[tuple[str, str], ...]  # (key in the demo's audit entry, attribute of result)


class CaseKind(NamedTuple):
    """A case kind's declaration. Every field is required: a place that does not show the
    kind says so with ``None`` (or an empty tuple), it is never left out by accident."""

    key: str  # stable code; the views key their part of the declaration by it
    package: str  # the kind's module and package name in each layer (docs/architecture.md)
    records: tuple[str, ...]  # audit record types the kind writes; the first is the case
    permissions: tuple[Permission, ...]
    exchange: tuple[Section, ...]
    demo: Demo
    today: str | None  # "module:function" Today lists the kind's work with; None: not yet
    citizen: str | None  # "module:function" listing a citizen's cases of the kind; None: not yet
    reports: str | None  # the Reports feature's hook (issue #11 declares the slot; none yet)


IV = CaseKind(
    key="iv",
    package="iv",
    records=("iv_course", "iv_administration", "iv_crp"),
    permissions=(
        Permission("iv.read", _CLINICAL, "read IV courses"),
        Permission("iv.referrals", frozenset({_N, _V}), "register, accept and reject IV referrals"),
        Permission("iv.administer", frozenset({_N}), "record IV administrations"),
        Permission("iv.crp", frozenset({_N}), "record day-3 CRP and the conference decision"),
        Permission("iv.course", frozenset({_N, _V}), "change the course type, end a course"),
    ),
    exchange=(
        Section(
            "iv_courses",
            "app.services.exchange.iv_export:export_courses",
            "app.services.exchange.iv:import_courses",
        ),
    ),
    demo=Demo(
        loader="app.demo.iv:load_iv_demo",
        result="iv",
        seed_offset=1,
        option="courses",
        per_citizens=4,
        at="now",
        audit=(
            ("iv_courses", "courses"),
            ("rejected_referrals", "rejected"),
            ("administrations", "administrations"),
        ),
    ),
    today="app.services.today.worklist:worklist",
    citizen="app.services.iv.views:courses_of_citizen",
    reports=None,
)

ACUTE = CaseKind(
    key="acute",
    package="acute",
    records=("acute_episode", "acute_measurement", "acute_gp_contact", "acute_unit"),
    permissions=(
        Permission("acute.read", _CLINICAL, "read acute episodes, occupancy, trends"),
        Permission(
            "acute.episodes", frozenset({_N, _V}), "register, change and end acute episodes"
        ),
        Permission("acute.care", frozenset({_N}), "measurements, GP contacts, closing texts"),
        Permission("acute.units", frozenset({_V, _A}), "acute units and their places"),
        Permission("acute.fees", frozenset({_M}), "price levels and the GP fee scheme"),
        Permission(
            "acute.statements",
            frozenset({_M}),
            "GP fee statements, trial statements, fee readings",
        ),
    ),
    exchange=(
        Section(
            "acute_units",
            "app.services.exchange.acute_export:export_units",
            "app.services.exchange.acute:import_units",
        ),
        Section(
            "acute_episodes",
            "app.services.exchange.acute_export:export_episodes",
            "app.services.exchange.acute:import_episodes",
        ),
    ),
    demo=Demo(
        loader="app.demo.acute:load_acute_demo",
        result="acute",
        seed_offset=2,
        option="episodes",
        per_citizens=10,
        at="now",
        audit=(("acute_episodes", "episodes"), ("gp_contacts", "contacts")),
    ),
    today=None,  # README "Not yet": Today does not list running acute episodes yet
    citizen=None,
    reports=None,
)

HOMES = CaseKind(
    key="homes",
    package="homes",
    records=("nursing_home", "resident_stay"),
    permissions=(
        Permission("homes.read", _ALL, "read nursing homes"),
        Permission("homes.edit", frozenset({_V, _M, _A}), "change nursing homes"),
        Permission("homes.residents", _ALL, "nursing-home residents"),
        Permission("homes.reports", frozenset({_M, _A}), "nursing-home reports"),
    ),
    exchange=(
        Section(
            "nursing_homes",
            "app.services.exchange.homes_export:export_homes",
            "app.services.exchange.homes:import_homes",
        ),
    ),
    demo=Demo(
        loader="app.demo.homes:load_homes_demo",
        result="homes",
        seed_offset=3,
        option=None,  # the demo homes are a fixed list (app.demo.homes.HOMES)
        per_citizens=None,
        at="today",
        audit=(("nursing_homes", "homes"), ("residents", "residents")),
    ),
    today=None,
    citizen=None,
    reports=None,
)

# The order is the order of the navigation, the exchange sections and the demo's audit entry.
KINDS: tuple[CaseKind, ...] = (IV, ACUTE, HOMES)


def kind(key: str) -> CaseKind:
    """The registered kind with ``key``."""
    for found in KINDS:
        if found.key == key:
            return found
    raise KeyError(key)


def resolve(hook: str) -> Any:
    """The object a dotted hook names (``"package.module:name"``), imported now: the
    reader, which sits in the hook's layer or above, asks for it."""
    module, _, name = hook.partition(":")
    if not module or not name:
        raise ValueError(f"not a hook (module:name): {hook!r}")
    return getattr(importlib.import_module(module), name)
