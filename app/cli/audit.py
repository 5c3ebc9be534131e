"""``akutdesk audit …``: verify the hash chain, list entries, export them for the data
protection officer (issue #7, docs/audit.md). Only argparse at module level."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import iso_date, whole_number
from app.cli.store import context


def add_parsers(sub: Any) -> None:
    audit = sub.add_parser("audit", help="the audit trail: verify, list, export (docs/audit.md)")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check the hash chain; names a changed or "
                                "removed entry")  # fmt: skip
    verify.add_argument("--anchor", metavar="SEQUENCE:HASH",
                        help="a chain head written down earlier (detects a cut-off tail)")  # fmt: skip
    listing = actions.add_parser("list", help="the newest entries, filtered")
    export = actions.add_parser("export", help="entries to a CSV file (UTF-8, ';', Danish "
                                "column names) for the data protection officer")  # fmt: skip
    for parser in (listing, export):
        parser.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD")
        parser.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
        parser.add_argument("--user", "--by", dest="by_user", default="", metavar="INITIALS",
                            help="entries written by this user")  # fmt: skip
        parser.add_argument("--action", default="", help="e.g. view_cpr, update, open")
        parser.add_argument("--entity", default="", help="e.g. citizen, iv_course")
        parser.add_argument("--citizen", default="", metavar="CPR",
                            help="the citizen's entries and those of their records")  # fmt: skip
    listing.add_argument("--limit", type=whole_number, default=50)
    export.add_argument("--out", required=True, type=Path, metavar="FILE.csv")


def _filter(args: argparse.Namespace) -> Any:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin.audit_log import AuditFilter

    return AuditFilter(args.date_from, args.date_to, args.by_user, args.action, args.entity,
                       args.citizen)  # fmt: skip


def cmd_audit(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.audit_command == "verify":
        return _verify(ctx, args)
    if args.audit_command == "export":
        # lazy: start-up (only argparse loads before a command is chosen)
        from app.services.admin.audit_log import export_csv

        count = export_csv(ctx, _filter(args), args.out).value
        print(f"{count} audit entries written to {args.out}")
        return 0
    return _list(ctx, args)


def _verify(ctx: Any, args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin.audit_chain import Anchor, verify

    result = verify(ctx, Anchor.parse(args.anchor) if args.anchor else None)
    if result.broken is not None:
        print(f"Audit chain BROKEN after {result.entries} intact entries: "
              f"{result.broken.message}", file=sys.stderr)  # fmt: skip
        return 1
    print(f"{result.entries} entries, chain intact.")
    invoices = result.invoices
    for mismatch in invoices.mismatches:
        print(f"Posted invoice CHANGED: {mismatch.message}", file=sys.stderr)
    bound = invoices.checked - len(invoices.mismatches)
    unbound = f"; {invoices.unbound} posted before they were bound" if invoices.unbound else ""
    print(f"{bound} of {invoices.checked} posted invoices match what was posted{unbound}.")
    print(f"Chain head (keep it to detect a cut-off tail later): {result.head}")
    return 0 if result.intact and _origins(ctx) else 1


def _origins(ctx: Any) -> bool:
    """On a sync server: each office's chain as received (issue #15 item 4)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.sync.server import origin_chains

    intact = True
    for chain in origin_chains(ctx):
        office = f"Office {chain.origin[:8]}"
        if chain.problem == "missing":
            print(f"{office}: entries {chain.first}–{chain.last} missing", file=sys.stderr)
        elif chain.problem:
            print(f"{office}: entry {chain.first} CHANGED", file=sys.stderr)
        else:
            print(f"{office}: {chain.entries} entries, chain intact.")
        intact = intact and not chain.problem
    return intact


def _list(ctx: Any, args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain.clock import format_local

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin.audit_log import list_entries

    rows = list_entries(ctx, _filter(args), limit=max(0, args.limit))
    for r in rows:
        print(f"{r.sequence:>8}  {format_local(r.at)}  {r.user:8} {r.action:12} {r.entity:18} "
              f"{r.entity_uuid}  {r.reason}".rstrip())  # fmt: skip
    print(f"({len(rows)} entries, newest first)")
    return 0


COMMANDS = {"audit": cmd_audit}
