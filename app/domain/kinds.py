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
- Today, the citizen page, the nursing-home page's cases of the residents and the Reports
  feature: the kind's hook, or ``None`` where the place does not show the kind (yet);
- the audit trail: the record types the kind writes (the window labels each of them);
- the main window's navigation and the record labels: the kind's page key, and the views'
  part keyed by :attr:`CaseKind.key` (they hold the translatable texts);
- the command line's ``akutdesk screenshot``: the page key and the other names it accepts;
- docs/architecture.md: the table of kinds and the checklist of files a new kind touches.

tests/unit/test_case_kinds.py fails when a registered kind is missing from one of them.

Hooks into higher layers are dotted names (``"package.module:function"``): this module
sits in the domain layer and imports nothing above it; the reader (a service, the demo)
resolves the name with :func:`resolve` when it runs. Plain classes, not NamedTuples or
dataclasses: the main window reads this module on its start-up path (a NamedTuple costs
about 1 ms to define).
"""

from __future__ import annotations

import importlib
from typing import Any

# The roles of the permission matrix (app.services.kernel.permissions.ROLES).
_N, _V, _M, _A = "nurse", "visitator", "manager", "administrator"
_CLINICAL = frozenset({_N, _V, _M})
_ALL = frozenset({_N, _V, _M, _A})


class _Declaration:
    """A plain record: its fields are its ``__slots__``, set once by ``__init__``."""

    __slots__: tuple[str, ...] = ()

    def replace(self, **changes: Any) -> Any:
        """A copy with ``changes`` (tests declare fake kinds this way)."""
        make: Any = type(self)
        return make(**{**{name: getattr(self, name) for name in self.__slots__}, **changes})

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Permission(_Declaration):
    """One row of the permission matrix (docs/permissions.md)."""

    __slots__ = ("name", "roles", "text")

    def __init__(self, name: str, roles: frozenset[str], text: str) -> None:
        self.name = name
        self.roles = roles
        self.text = text  # what it allows; the text goes into docs/permissions.md


class Section(_Declaration):
    """One top-level list of the exchange file (docs/exchange-format.md)."""

    __slots__ = ("export", "import_", "name")

    def __init__(self, name: str, export: str, import_: str) -> None:
        self.name = name
        self.export = export  # "module:function", called as function(session) -> records
        # "module:function", called as function(session, ctx, records, report, RecordProblem)
        self.import_ = import_


class Demo(_Declaration):
    """How the demo data (app.demo.generate.load_demo) makes the kind's cases: the loader is
    called as loader(session, ctx, seed=…, <at>=…[, <option>=…])."""

    __slots__ = ("at", "audit", "loader", "option", "per_citizens", "result", "seed_offset")

    def __init__(
        self,
        *,
        loader: str,
        result: str,
        seed_offset: int,
        option: str | None,
        per_citizens: int | None,
        at: str,
        audit: tuple[tuple[str, str], ...],
    ) -> None:
        self.loader = loader  # "module:function"
        self.result = result  # the loader's result is DemoResult.<result>
        self.seed_offset = seed_offset  # seed = the demo's seed + this: same seed, same store
        self.option = option  # the keyword of load_demo (and the loader) saying how many
        self.per_citizens = per_citizens  # default count: one per this many demo citizens
        self.at = at  # the loader's time keyword: "now" (UTC moment) or "today" (Copenhagen date)
        self.audit = audit  # (key in the demo's audit entry, attribute of the result)


class CaseKind(_Declaration):
    """A case kind's declaration. Every field is required: a place that does not show the
    kind says so with ``None`` (or an empty tuple), it is never left out by accident."""

    __slots__ = (
        "citizen",
        "demo",
        "exchange",
        "key",
        "package",
        "page",
        "page_names",
        "permissions",
        "records",
        "reports",
        "residents",
        "today",
    )

    def __init__(
        self,
        *,
        key: str,
        package: str,
        page: str,
        page_names: tuple[str, ...],
        records: tuple[str, ...],
        permissions: tuple[Permission, ...],
        exchange: tuple[Section, ...],
        demo: Demo,
        today: str | None,
        citizen: str | None,
        residents: str | None,
        reports: str | None,
    ) -> None:
        self.key = key  # stable code; the views key their part of the declaration by it
        self.package = package  # the kind's module/package name in each layer
        self.page = page  # its page's key in the window's navigation and `akutdesk screenshot`
        self.page_names = page_names  # other names `akutdesk screenshot` takes (English, Danish)
        self.records = records  # audit record types the kind writes; the first is the case
        self.permissions = permissions
        self.exchange = exchange
        self.demo = demo
        self.today = today  # "module:function" Today lists the kind's work with; None: not yet
        self.citizen = citizen  # "module:function" listing a citizen's cases; None: not yet
        # "module:function" the nursing-home page lists the kind's cases of a home's residents
        # with, called as function(session, stays, day) -> [app.services.kernel.cases.CaseRow]
        # (stays: citizen id -> their periods in the home); None: no such cases
        self.residents = residents
        self.reports = reports  # "module:function" -> the kind's ReportSpecs (issue #14)


IV = CaseKind(
    key="iv",
    package="iv",
    page="iv_courses",
    page_names=("iv", "iv_forløb"),
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
    residents="app.services.iv.views:cases_of_residents",  # given at the nursing home
    reports="app.services.reports.iv:reports",
)

ACUTE = CaseKind(
    key="acute",
    package="acute",
    page="episodes",
    page_names=("acute", "acute_episodes", "akutforløb"),
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
    today="app.services.today.worklist:worklist",  # running episodes, free acute places
    citizen=None,
    residents="app.services.acute.views:cases_of_residents",  # at home, i.e. the nursing home
    reports="app.services.reports.acute:reports",
)

HOMES = CaseKind(
    key="homes",
    package="homes",
    page="nursing_homes",
    page_names=("homes", "plejehjem"),
    records=(
        "nursing_home",
        "resident_stay",
        "home_section",
        "fixed_doctor_arrangement",
        "arrangement_event",
        "home_report",
        "home_report_sending",
    ),
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
    residents=None,
    reports="app.services.reports.homes:reports",
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
