"""Who may do what: the permission matrix, enforced in the services (issue #7).

Every use case that changes or reveals something calls :func:`require` first, so the
window and the command line obey the same matrix. A user holds one or more roles (in a
small municipality the nurse may also be the administrator); a permission is held when any
of the user's roles holds it. Roles (least privilege):

- ``nurse``: the acute team's nurse — citizens, IV referrals received on duty,
  administrations, CRP and the conference, course changes, acute episodes with their
  measurements and GP contacts, nursing-home residents;
- ``visitator``: the visitation office — citizens, referrals (accept/reject), acute
  episodes (visitation to an acute place), acute units and places, responsible teams,
  nursing homes; records no treatment;
- ``manager``: the leader — reads the clinical records, invoices (preview, post, export,
  credit), tariffs, fees and statements, reports; records no treatment;
- ``administrator``: the system — users and teams, reference data, certificates, backups
  and restore, importing exchange files, the audit trail with patient data masked, the
  idle lock; reads no patient data (give the same person the nurse role as well where
  that is the practice);
- ``dpo``: the data protection officer (D43) — the full audit trail (before/after values
  unmasked), and exporting the whole store to an exchange file with a recorded reason
  (a data-processing act); granted to named users only.

The matrix lives in :data:`MATRIX`; each case kind's rows (``iv.*``, ``acute.*``,
``homes.*``) are declared with the kind in app.domain.kinds (STYLE §12) and read from there.
docs/permissions.md shows it as a table (tests/unit/test_permissions.py checks that the
document matches).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.kinds import KINDS
from app.errors import Forbidden

if TYPE_CHECKING:
    from app.services.kernel.context import Context

ROLES: tuple[str, ...] = ("nurse", "visitator", "manager", "administrator", "dpo")

N, V, M, A, D = "nurse", "visitator", "manager", "administrator", "dpo"
CLINICAL = frozenset({N, V, M})

# permission -> (roles holding it, what it allows; the text goes into docs/permissions.md):
# the kernel's permissions, then each case kind's (app.domain.kinds), then the system's
_BEFORE_KINDS: dict[str, tuple[frozenset[str], str]] = {
    "citizens.read": (CLINICAL, "search and open citizens (masked CPR)"),
    "citizens.edit": (frozenset({N, V}), "register and change citizens"),
    "citizens.cpr": (frozenset({N, V}), "show a full CPR number (audit-logged, D40)"),
    "citizens.team": (frozenset({V}), "set a citizen's responsible team"),
    "reference.read": (frozenset(set(ROLES)), "read municipality, hospital units, departments"),
    "reference.edit": (frozenset({M, A}), "change municipality, hospital units, departments"),
    "worklist.read": (CLINICAL, "today's overview, worklist and day list"),
}
_AFTER_KINDS: dict[str, tuple[frozenset[str], str]] = {
    "invoices.read": (
        frozenset({M}),
        "read invoices and billing runs (their lines name patients, D43)",
    ),
    "invoices.post": (frozenset({M}), "preview, post and credit invoices"),
    "invoices.export": (frozenset({M}), "export invoice PDF and OIOUBL"),
    "reports.read": (
        frozenset({M}),
        "the reports: activity, day-3 CRP, outcomes, time, survey (aggregates, issue #14)",
    ),
    "reports.dataset": (
        frozenset({M}),
        "the dataset for the region, one row per course (identifying or pseudonymised)",
    ),
    "reports.survey": (CLINICAL, "enter the anonymous satisfaction survey's answers"),
    "tariffs.read": (frozenset({M, A}), "read the tariff catalogue and the billing start"),
    "tariffs.edit": (frozenset({M, A}), "the tariff catalogue"),
    "certificates.manage": (frozenset({A}), "the signing certificate"),
    "exchange.export": (
        frozenset({D}),
        "export the whole store to an exchange file, with a reason (D43)",
    ),
    "exchange.import": (frozenset({A}), "import an exchange file"),
    "backup.create": (frozenset({A}), "make a backup, list backups"),
    "backup.restore": (frozenset({A}), "restore a backup"),
    "store.encrypt": (frozenset({A}), "encrypt a plain SQLite store (SQLCipher)"),
    "users.read": (frozenset({A}), "list users and teams"),
    "users.manage": (frozenset({A}), "add users, roles, teams, passwords; the idle lock"),
    "audit.read": (frozenset({A, D}), "read the audit trail (patient data masked, D43)"),
    "audit.full": (frozenset({D}), "the audit trail's patient data unmasked (D43)"),
    "audit.verify": (frozenset({A, D}), "verify the audit chain"),
    "audit.export": (frozenset({A, D}), "export the audit trail"),
    "demo.load": (frozenset({A}), "load fictitious demo data into the store"),
}
PERMISSIONS: dict[str, tuple[frozenset[str], str]] = {
    **_BEFORE_KINDS,
    **{p.name: (p.roles, p.text) for kind in KINDS for p in kind.permissions},
    **_AFTER_KINDS,
}

# permission -> roles holding it
MATRIX: dict[str, frozenset[str]] = {name: roles for name, (roles, _) in PERMISSIONS.items()}


def holds(roles: frozenset[str], permission: str) -> bool:
    """Whether any of ``roles`` holds ``permission`` (an unknown permission is refused)."""
    return bool(roles & MATRIX.get(permission, frozenset()))


def allowed(ctx: Context, permission: str) -> bool:
    """Whether one of the context's roles holds ``permission``."""
    return holds(ctx.roles, permission)


def require(ctx: Context, permission: str) -> None:
    """Refuse the use case (nothing written) unless one of the context's roles holds it."""
    if not allowed(ctx, permission):
        raise Forbidden(permission, ctx.role, ctx.initials, who_may(permission))


def who_may(permission: str) -> tuple[str, ...]:
    """The roles holding ``permission``, in :data:`ROLES` order (for messages)."""
    return tuple(r for r in ROLES if r in MATRIX.get(permission, frozenset()))


def matrix_markdown() -> str:
    """The matrix as a Markdown table (docs/permissions.md)."""
    head = "| Permission | Allows | " + " | ".join(ROLES) + " |"
    rule = "|---|---|" + "---|" * len(ROLES)
    rows = [
        f"| `{name}` | {text} | "
        + " | ".join("✔" if role in roles else "—" for role in ROLES)
        + " |"
        for name, (roles, text) in PERMISSIONS.items()
    ]
    return "\n".join([head, rule, *rows]) + "\n"
