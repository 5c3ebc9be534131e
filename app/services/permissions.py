"""Who may do what: the permission matrix, enforced in the services (issue #7).

Every use case that changes or reveals something calls :func:`require` first, so the
window and the command line obey the same matrix. Roles (least privilege):

- ``nurse``: registers and treats — citizens, IV courses, administrations, CRP, acute
  episodes, measurements, GP contacts, nursing-home residents;
- ``visitator``: the visitation office — referrals, accept/reject, citizens, acute places;
- ``manager``: reads everything, invoices (preview, post, export, credit, regulation),
  tariffs, reports, statements;
- ``administrator``: users, reference data, certificates, backups/restore, audit.

The matrix itself lives in :data:`MATRIX`; docs/permissions.md shows it as a table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.errors import Forbidden

if TYPE_CHECKING:
    from app.services.context import Context

ROLES: tuple[str, ...] = ("nurse", "visitator", "manager", "administrator")

# permission -> roles holding it
MATRIX: dict[str, frozenset[str]] = {
    "invoices.read": frozenset({"manager", "administrator"}),
    "invoices.post": frozenset({"manager"}),
    "invoices.export": frozenset({"manager"}),
    "tariffs.edit": frozenset({"manager", "administrator"}),
    "certificates.manage": frozenset({"administrator"}),
    "homes.read": frozenset({"nurse", "visitator", "manager", "administrator"}),
    "homes.edit": frozenset({"visitator", "manager", "administrator"}),
    "homes.residents": frozenset({"nurse", "visitator", "manager", "administrator"}),
    "homes.reports": frozenset({"manager", "administrator"}),
}


def allowed(ctx: Context, permission: str) -> bool:
    """Whether the context's role holds ``permission`` (an unknown permission is refused)."""
    return ctx.role in MATRIX.get(permission, frozenset())


def require(ctx: Context, permission: str) -> None:
    """Refuse the use case (nothing written) unless the context's role holds it."""
    if not allowed(ctx, permission):
        raise Forbidden(permission, ctx.role, ctx.initials)
