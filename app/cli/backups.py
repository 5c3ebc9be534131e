"""``akutdesk backup``, ``backups`` and ``restore``: backups of the SQLite store
(docs/backups.md). Only argparse at module level."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import paths
from app.cli.common import sign_in
from app.cli.store import opened, remember, restore_target


def add_parsers(sub: Any) -> None:
    backup = sub.add_parser("backup", help="back up the SQLite store now (docs/backups.md)")
    backup.add_argument("--reason", choices=("manual", "daily", "start"), default="manual")
    sub.add_parser("backups", help="list the backups with time, reason, size and check")
    restore = sub.add_parser(
        "restore", help="replace the store by a backup (the current store is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument(
        "--store-damaged",
        action="store_true",
        help="the store is damaged: restore even a backup that lacks posted invoices "
        "(they are named; their numbers are never issued again)",
    )


def cmd_backup(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin import backup, backup_actions

    store = opened(args)
    backup.require_sqlite(store)  # PostgreSQL: the pg_dump advice, before signing in
    made = backup_actions.make_backup(sign_in(store, args), args.reason).value
    print(f"Backup {made.path} ({made.size / 1e6:.1f} MB), quick_check: {made.check}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain.clock import format_local

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import backup, backup_actions

    store = opened(args)
    backup.require_sqlite(store)
    found = backup_actions.list_backups(sign_in(store, args))
    print(f"{len(found)} backups in {paths.backup_dir()}, newest first:")
    for b in found:
        check = b.check or "not checked"
        size = f"{b.size / 1e6:8.1f} MB"
        print(f"  {format_local(b.created)}  {b.reason:16} {size}  {check:11} {b.name}")
    return 0


def _restorer(store: Any, args: argparse.Namespace) -> str:
    """The initials of the user restoring, who needs ``backup.restore``. A store too damaged
    (or too old) to sign in to is restored without: whoever can replace its file can."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from sqlalchemy.exc import SQLAlchemyError

    # lazy: start-up (argparse only until a command runs)
    from app import settings

    # lazy: start-up (argparse only until a command runs)
    from app.services.kernel.permissions import require

    try:
        ctx = sign_in(store, args)
    except SQLAlchemyError:
        return str(args.user or settings.get("last_user") or "")
    require(ctx, "backup.restore")
    return str(ctx.initials)


def cmd_restore(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.cli.say import Refusal
    from app.domain.clock import format_local

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import backup

    # Not _open(): a damaged store must not stop its own restore; restore migrates after.
    store = remember(restore_target(args))
    backup.require_sqlite(store)  # PostgreSQL: refused with the pg_restore advice
    by = _restorer(store, args)
    dropped = backup.invoices_dropped(store, args.file)
    if dropped and not args.store_damaged:
        raise Refusal(
            "cli.restore_drops_invoices", file=str(args.file), n=len(dropped),
            invoices=", ".join(dropped),
        )  # fmt: skip
    if not args.yes:
        print(f"Replace {store.describe()} by {args.file}? Work saved after that backup is lost;")
        print("the current store is backed up first. Close AkutDesk on this store before.")
        if dropped:
            print(f"Posted invoices dropped: {', '.join(dropped)} (kept in the copy of the "
                  "store made first; numbering continues after the highest number issued).")  # fmt: skip
        else:
            print("The backup holds every posted invoice; numbering continues after the "
                  "highest number ever issued.")  # fmt: skip
        try:
            answer = input("Type yes to restore: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("yes", "ja"):
            print("Nothing restored.", file=sys.stderr)
            return 1
    done = backup.restore(store, args.file, by=by, store_damaged=args.store_damaged)
    made = format_local(done.restored.created)
    print(f"Restored {done.restored.name} (made {made}); integrity_check: {done.integrity}")
    if done.safety:
        print(f"The store as it was is kept as {done.safety.path}")
    if done.dropped:
        print(f"Posted invoices dropped: {', '.join(done.dropped)}")
    return 0


COMMANDS = {
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
}
