"""Backups asked for by a user: the permission checks in front of app/services/admin/backup.py.

``backup.create``/``backup.restore`` (issue #7) are checked here, so the window and the
command line refuse a nurse alike. The automatic backups (at start, before a migration)
run without a user and call app.services.admin.backup directly.

What they change: a backup is a new file ("backup"); a restore replaces the whole store
("store", with the safety copy made first), after which the window closes rather than
reload every page (docs/backups.md).
"""

from __future__ import annotations

from pathlib import Path

from app.services.admin import backup
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require


def make_backup(ctx: Context, reason: str = "manual") -> Done[backup.BackupInfo]:
    require(ctx, "backup.create")
    made = backup.create(ctx.store, reason)
    return Done(made, Changes.of("backup", made.name))


def list_backups(ctx: Context) -> list[backup.BackupInfo]:
    require(ctx, "backup.create")
    return backup.list_backups(ctx.store)


def restore_as(
    ctx: Context, backup_path: Path, *, store_damaged: bool = False
) -> Done[backup.RestoreResult]:
    """Restore as the signed-in user; the audit entry names their initials. A backup that
    lacks posted invoices is refused unless the user confirms the store is damaged (D44)."""
    require(ctx, "backup.restore")
    result = backup.restore(ctx.store, backup_path, by=ctx.initials, store_damaged=store_damaged)
    safety = result.safety.name if result.safety else None
    return Done(result, Changes.of("backup", safety, also={"store"}))


def invoices_dropped(ctx: Context, backup_path: Path) -> list[str]:
    """The posted invoices restoring ``backup_path`` would drop (D44), for the warning."""
    require(ctx, "backup.restore")
    return backup.invoices_dropped(ctx.store, backup_path)
