"""``akutdesk homes …``: the nursing homes and their fixed doctors on the command line —
the list with coverage (D30), the three reports (KLU list, coverage as of 1 January,
quarterly changes) as signed PDF + CSV, and registering that a report was sent
(docs/nursing-homes.md). Only argparse at module level."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from app.cli.common import iso_date, whole_number
from app.cli.store import context

FILE_KIND = {"klu": "KLU-liste", "coverage": "daekningsgrad", "changes": "aendringer"}


def _quarter(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"([0-9]{4})-?[QqKk]([1-4])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a quarter (YYYY-Q1 … YYYY-Q4)")
    return int(match.group(1)), int(match.group(2))


def add_parsers(sub: Any) -> None:
    homes = sub.add_parser("homes", help="nursing homes, fixed doctors and their reports")
    actions = homes.add_subparsers(dest="homes_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the homes with their fixed doctor and coverage")
    listing.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    listing.add_argument(
        "--json", action="store_true", help="machine-readable: homes, arrangements, coverage"
    )
    report = actions.add_parser("report", help="make a report: signed PDF + CSV, kept in the store")
    report.add_argument("kind", choices=("klu", "coverage", "changes"))
    report.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="klu: as of (today)")
    report.add_argument("--year", type=whole_number, help="coverage: as of 1 January of the year")
    report.add_argument("--quarter", type=_quarter, metavar="YYYY-QN", help="changes: the quarter")
    report.add_argument("--out", required=True, type=Path, metavar="DIR")
    report.add_argument("--json", action="store_true", help="machine-readable output")
    sent = actions.add_parser("report-sent", help="register that a report was sent, and to whom")
    sent.add_argument("report", metavar="REPORT_UUID")
    sent.add_argument("--to", required=True, dest="recipient")
    sent.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    sent.add_argument("--channel", default="", help="e.g. e-mail, Digital Post")
    reports = actions.add_parser("reports", help="the reports made, and when each was sent to whom")
    reports.add_argument("--json", action="store_true", help="machine-readable output")


def cmd_homes(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.homes_command == "list":
        return _list(ctx, args)
    if args.homes_command == "report":
        return _report(ctx, args)
    if args.homes_command == "report-sent":
        return _sent(ctx, args)
    return _reports(ctx, args)


def _print_json(data: object) -> None:
    """Dataclasses as objects, dates and times in ISO 8601, amounts and percentages as
    strings (like the other --json commands)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    import dataclasses
    import json

    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.asdict(value)
        return value.isoformat() if hasattr(value, "isoformat") else str(value)

    print(json.dumps(data, ensure_ascii=False, indent=1, default=plain))


def _list(ctx: Any, args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain import clock

    # lazy: start-up (argparse only until a command runs)
    from app.services.homes.figures import snapshot

    snap = snapshot(ctx, args.on or clock.today())
    if args.json:  # coverage on any date: --on (D30)
        _print_json(snap)
        return 0
    for h in snap.homes:
        doctor = h.doctors or "-- no fixed doctor --"
        units = f" ({h.covered_units}/{h.units} sections)" if h.sections else ""
        print(f"{h.name:<28} {h.places:>4} places  {h.permanent:>3}+{h.temporary:<2} residents  "
              f"{doctor}{units}")  # fmt: skip
    c = snap.coverage
    print(f"Coverage {snap.on:%d.%m.%Y}: {c.covered} of {c.homes} homes = {c.percent} % "
          f"(target {c.target} % by {c.target_date:%d.%m.%Y}: {'met' if c.met else 'not met'})")  # fmt: skip
    return 0


def _report(ctx: Any, args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import files
    from app.services.homes import reports

    quarter = args.quarter or (None, None)
    period = reports.period_for(args.kind, on=args.on, year=args.year or quarter[0],
                                quarter=quarter[1])  # fmt: skip
    made = reports.make_report(ctx, period).value
    pdf, text = reports.report_files(ctx, made.uuid)
    files.folder(args.out)
    stem = f"{FILE_KIND[args.kind]}-{made.period.replace(' ', '-').replace('.', '-')}"
    files.write_bytes(args.out / f"{stem}.pdf", pdf)  # temp file, 0600, fsync, rename (#13)
    files.write_text(args.out / f"{stem}.csv", text)
    if args.json:
        _print_json({"uuid": made.uuid, "kind": args.kind, "period": made.period,
                     "signed": made.signed, "pdf": str(args.out / f"{stem}.pdf"),
                     "csv": str(args.out / f"{stem}.csv")})  # fmt: skip
        return 0
    state = "signed" if made.signed else "NOT signed (no signer in this store)"
    print(f"{made.uuid}  {args.out / stem}.pdf + .csv  ({state})")
    return 0


def _sent(ctx: Any, args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain import clock

    # lazy: start-up (argparse only until a command runs)
    from app.services.homes import reports

    row = reports.mark_sent(ctx, args.report, args.on or clock.today(), args.recipient,
                            args.channel).value  # fmt: skip
    print(f"{row.kind} {row.period}: sent to " + "; ".join(
        f"{s.recipient} {s.sent_on:%d.%m.%Y}" for s in row.sendings))  # fmt: skip
    return 0


def _reports(ctx: Any, args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.homes import reports

    rows = reports.list_reports(ctx)
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        sent = "; ".join(f"{s.recipient} {s.sent_on:%d.%m.%Y}" for s in r.sendings) or "not sent"
        print(f"{r.uuid}  {r.kind:<8} {r.period:<12} {'signed' if r.signed else 'unsigned'}  "
              f"{sent}")  # fmt: skip
    return 0


COMMANDS = {"homes": cmd_homes}
