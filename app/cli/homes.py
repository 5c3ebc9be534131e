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
    report = actions.add_parser("report", help="make a report: signed PDF + CSV, kept in the store")
    report.add_argument("kind", choices=("klu", "coverage", "changes"))
    report.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="klu: as of (today)")
    report.add_argument("--year", type=whole_number, help="coverage: as of 1 January of the year")
    report.add_argument("--quarter", type=_quarter, metavar="YYYY-QN", help="changes: the quarter")
    report.add_argument("--out", required=True, type=Path, metavar="DIR")
    sent = actions.add_parser("report-sent", help="register that a report was sent, and to whom")
    sent.add_argument("report", metavar="REPORT_UUID")
    sent.add_argument("--to", required=True, dest="recipient")
    sent.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    sent.add_argument("--channel", default="", help="e.g. e-mail, Digital Post")
    actions.add_parser("reports", help="the reports made, and when each was sent to whom")


def cmd_homes(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.homes_command == "list":
        return _list(ctx, args)
    if args.homes_command == "report":
        return _report(ctx, args)
    if args.homes_command == "report-sent":
        return _sent(ctx, args)
    return _reports(ctx)


def _list(ctx: Any, args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain import clock

    # lazy: start-up (argparse only until a command runs)
    from app.services.homes.figures import snapshot

    snap = snapshot(ctx, args.on or clock.today())
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


def _reports(ctx: Any) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.homes import reports

    for r in reports.list_reports(ctx):
        sent = "; ".join(f"{s.recipient} {s.sent_on:%d.%m.%Y}" for s in r.sendings) or "not sent"
        print(f"{r.uuid}  {r.kind:<8} {r.period:<12} {'signed' if r.signed else 'unsigned'}  "
              f"{sent}")  # fmt: skip
    return 0


COMMANDS = {"homes": cmd_homes}
