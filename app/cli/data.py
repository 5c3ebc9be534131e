"""``akutdesk import``, ``export`` and ``info``: the store's data in and out in the exchange
format (docs/exchange-format.md), and what the store holds. Only argparse at module level."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import sign_in
from app.cli.store import context, opened

WARNINGS_SHOWN = 10


def add_parsers(sub: Any) -> None:
    imp = sub.add_parser("import", help="import an exchange file (docs/exchange-format.md)")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid records, list the rest"
    )

    exp = sub.add_parser(
        "export", help="export the whole store to an exchange file (data protection officer)"
    )
    exp.add_argument("file", type=Path)
    exp.add_argument(
        "--reason", required=True, help="why the store is exported (kept in the audit trail)"
    )

    sub.add_parser("info", help="show the store, its schema version and what it holds")


def cmd_import(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin import setup

    # lazy: start-up (argparse only until a command runs)
    from app.services.exchange import transfer as exchange

    store = opened(args)
    if not setup.is_initialised(store):
        # Say what is wrong with the file first; then what is missing in the store.
        checked = exchange.check_file(args.file)
        if checked.problems:
            raise exchange.ImportRejected(checked)
    ctx = sign_in(store, args)
    try:
        report = exchange.import_file(ctx, args.file, skip_invalid=args.skip_invalid).value
    except exchange.ImportRejected as exc:
        # lazy: start-up (argparse only until a command runs)
        from app.cli.say import error_text

        print(f"akutdesk: {error_text(exc, args.lang)}", file=sys.stderr)
        return 1
    print(f"Imported {args.file}: {report.summary()}")
    for problem in report.problems:
        print(f"  skipped: {problem}")
    for warning in report.warnings[:WARNINGS_SHOWN]:
        print(f"  warning: {warning}")
    if len(report.warnings) > WARNINGS_SHOWN:
        print(f"  … and {len(report.warnings) - WARNINGS_SHOWN} more warnings")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.exchange import transfer as exchange

    counts = exchange.export_store(context(args), args.file, reason=args.reason).value
    print(f"Exported to {args.file}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.db import migrate

    # lazy: start-up (argparse only until a command runs)
    from app.services import citizens

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import setup

    store = opened(args)
    print(f"Store: {store.describe()}")
    print(f"Schema: {migrate.current_revision(store)}")
    if not setup.is_initialised(store):
        print("Not set up yet: start AkutDesk or run `akutdesk demo`.")
        return 0
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin import reference

    # lazy: start-up (argparse only until a command runs)
    from app.services.kernel.permissions import allowed

    ctx = sign_in(store, args)
    print(f"Municipality: {reference.get_municipality(ctx).data.name}")
    if allowed(ctx, "citizens.read"):
        print(f"Citizens: {citizens.count_citizens(ctx)}")
    print(f"Demo data: {'yes' if setup.is_demo(store) else 'no'}")
    return 0


COMMANDS = {
    "import": cmd_import,
    "export": cmd_export,
    "info": cmd_info,
}
