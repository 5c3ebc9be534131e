"""``akutdesk sync …``: an office store and the municipality's server (issue #15,
docs/sync.md). ``sync setup --server URL`` ties a new store to the server and pulls a first
copy; ``sync`` pushes what was written here and pulls what changed elsewhere (a server out
of reach is one line, exit 1, and nothing is lost); ``sync status``; ``sync conflicts``
lists the records changed on both sides and resolves one. Only argparse at module level.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.store import context, opened


def add_parsers(sub: Any) -> None:
    sync = sub.add_parser(
        "sync", help="an office store and its server: push, then pull (docs/sync.md)"
    )
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    setup = actions.add_parser("setup", help="tie this new, empty store to the server")
    setup.add_argument("--server", required=True, metavar="URL",
                       help="postgresql://role@host/database (password: AKUTDESK_SYNC_PASSWORD "
                       "or ~/.pgpass; never stored)")  # fmt: skip
    setup.add_argument("--name", default="", help="the office's name, e.g. VIS-2")
    setup.add_argument("--key-file", action="store_true",
                       help="no keyring on this computer: keep the new store's key in a file "
                       "readable only by you")  # fmt: skip
    actions.add_parser("status", help="last sync, changes waiting to go, conflicts waiting")
    conflicts = actions.add_parser("conflicts", help="list the conflicts, or resolve one")
    conflicts.add_argument("--resolve", metavar="UUID", help="the conflict to resolve")
    conflicts.add_argument("--keep", choices=("mine", "theirs"),
                           help="with --resolve: the office's version or the server's")  # fmt: skip
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")


def cmd_sync(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.sync import office

    command = args.sync_command
    if command == "conflicts":
        return _conflicts(args)
    store = opened(args)
    if command == "setup":
        result = office.setup(store, args.server, args.name).value
        print(f"This store is now an office of {office.shown_url(args.server)}: "
              f"{result.received} records received.")  # fmt: skip
        return 0
    if command == "status":
        return _status(office.status(store))
    done = office.sync(store).value
    print(f"Synced: {done.sent} changes sent, {done.received} received, "
          f"{done.conflicts} new conflicts.")  # fmt: skip
    return 0


def _status(found: Any) -> int:
    if not found.role:
        print("This store is not tied to a server (akutdesk sync setup --server URL).")
        return 0
    if found.role == "server":
        print(f"This store is the sync server (identity {found.origin}).")
        return 0
    last = (
        found.last_sync_at.astimezone().strftime("%d.%m.%Y %H:%M")
        if found.last_sync_at
        else "never"
    )
    print(f"Server {found.server}; last sync {last}; {found.waiting} changes waiting to go; "
          f"{found.conflicts} conflicts waiting.")  # fmt: skip
    if found.last_error:
        print(f"Last attempt: the server could not be reached ({found.last_error}).")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.sync import conflicts

    ctx = context(args)
    if args.resolve:
        if not args.keep:
            print("akutdesk: --resolve needs --keep mine or --keep theirs")
            return 2
        listed = {c.uuid: c for c in conflicts.list_conflicts(ctx, include_resolved=True)}
        found = listed.get(args.resolve)
        version = found.version if found else 0
        done = conflicts.resolve_conflict(ctx, args.resolve, version, args.keep).value
        side = "the office's" if done.choice == "mine" else "the server's"
        print(f"Conflict resolved: {side} version kept ({done.table} {done.record_uuid}).")
        return 0
    listed = conflicts.list_conflicts(ctx, include_resolved=args.all)
    if not listed:
        print("No conflicts.")
    for c in listed:
        fields = ", ".join(c.fields) or ("deleted" if c.mine is None or c.theirs is None else "-")
        print(f"{c.uuid}  {c.kind:<9} {c.table} {c.record_uuid}  fields: {fields}  [{c.status}]")
        for name in c.fields:
            mine = (c.mine or {}).get(name)
            theirs = (c.theirs or {}).get(name)
            print(f"    {name}: office {mine!r} / server {theirs!r}")
    return 0


COMMANDS = {"sync": cmd_sync}
