"""``akutdesk reports …``: the reports of issue #14 on the command line, through the same
registry as the Reports page (app/services/reports/registry.py).

- ``akutdesk reports list`` — the reports the user may run, a line each;
- ``akutdesk reports NAME --from D --to D [--unit CODE] [--team NAME]`` — one report as text
  tables, or ``--json``, ``--csv FILE [--table KEY]``, ``--xlsx FILE``, ``--pdf FILE``;
- ``akutdesk reports status --from D --to D --pdf FILE`` — every report the user may run
  but the region's datasets, in one PDF: the status after six months the IV agreement asks
  for (DIGEST §1.15); without ``--pdf`` the same reports as text (or ``--json``).

A dataset for the region (``dataset.*``) is delivered through its own audited use case
(app/services/reports/running.py).

Texts are English, Danish with ``--lang da`` (the catalogue, app/messages/linguist.py);
bad input is refused with one line and exit code 1 before anything is written. Only
argparse at module level.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import iso_date
from app.cli.store import context


def add_parsers(sub: Any) -> None:
    reports = sub.add_parser(
        "reports", help="the monitoring reports: list them, run one, the status report (PDF)"
    )
    reports.add_argument(
        "report", metavar="NAME", help="list, status, or a report's name (see: reports list)"
    )
    reports.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    reports.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    reports.add_argument("--unit", metavar="CODE", help="one hospital unit (default: all)")
    reports.add_argument("--team", metavar="NAME", help="one responsible team (default: all)")
    out = reports.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable output")
    out.add_argument(
        "--csv", type=Path, metavar="FILE", help="CSV for Danish Excel, a file a table"
    )
    out.add_argument("--xlsx", type=Path, metavar="FILE", help="an XLSX workbook, a sheet a table")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="a PDF with the charts")
    reports.add_argument("--table", metavar="KEY", help="with --csv: only this table")


def cmd_reports(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.documents.report_cells import words

    ctx = context(args)
    shown = words(args.lang)
    if args.report == "list":
        return _list(ctx, args, shown)
    chosen = _filters(ctx, args)
    if args.report == "status":
        return _status(ctx, args, chosen, shown)
    return _one(ctx, args, chosen, shown)


def _print_json(data: object) -> None:
    # lazy: start-up (only argparse loads before a command is chosen)
    import json

    print(json.dumps(data, ensure_ascii=False, indent=1))


def _list(ctx: Any, args: argparse.Namespace, shown: Any) -> int:
    # lazy: start-up (argparse only until a command runs)
    from app.services.reports import registry

    specs = registry.list_reports(ctx)
    if args.json:
        _print_json([{"name": s.name, "title": shown.text(s.title),
                      "description": shown.text(s.description), "kind": s.kind}
                     for s in specs])  # fmt: skip
        return 0
    if not specs:  # a nurse's or a visitator's roles: say so (on stderr: stdout stays empty)
        # lazy: start-up (argparse only until a command runs)
        from app.cli.say import Refusal, error_text

        print(f"akutdesk: {error_text(Refusal('reports.none_to_run'), args.lang)}", file=sys.stderr)
        return 0
    width = max((len(s.name) for s in specs), default=0)
    for s in specs:
        print(f"{s.name:<{width}}  {shown.text(s.title)}: {shown.text(s.description)}")
    return 0


def _filters(ctx: Any, args: argparse.Namespace) -> Any:
    """The checked filters; a hospital unit or team the store does not know is refused
    (a typing error would otherwise give an empty report)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain.problems import problem
    from app.errors import InvalidInput

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import reference
    from app.services.reports import registry
    from app.services.security import teams

    chosen = registry.filters(args.start, args.end, args.unit, args.team)
    problems = []
    if chosen.unit and chosen.unit not in {u.code for u in reference.list_hospital_units(ctx)}:
        problems.append(problem("unit", "reports.unit_unknown", unit=chosen.unit))
    if chosen.team and chosen.team not in {t.name for t in teams.list_teams(ctx)}:
        problems.append(problem("team", "reports.team_unknown", team=chosen.team))
    if problems:
        raise InvalidInput(problems)
    return chosen


def _one(ctx: Any, args: argparse.Namespace, chosen: Any, shown: Any) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain.problems import problem
    from app.errors import InvalidInput

    # lazy: start-up (argparse only until a command runs)
    from app.services.reports import registry

    if args.report not in {s.name for s in registry.all_reports()}:
        raise InvalidInput([problem("report", "reports.report_unknown", name=args.report)])
    # lazy: start-up (argparse only until a command runs)
    from app.services.reports import running

    report = running.report_of(running.run(ctx, args.report, chosen))
    keys = tuple(t.key for t in report.tables)
    if args.table is not None and args.table not in keys:
        raise InvalidInput([problem("table", "reports.table_unknown", table=args.table,
                                    tables=", ".join(keys))])  # fmt: skip
    if args.json:
        _print_json({"title": shown.text(report.title), **report.as_json()})
        return 0
    if args.csv or args.xlsx or args.pdf:
        return _write(ctx, args, report, shown)
    print(text(report, shown), end="")
    return 0


def _write(ctx: Any, args: argparse.Namespace, report: Any, shown: Any) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import files
    from app.domain import clock

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import reference

    if args.csv:
        # lazy: start-up (only argparse loads before a command is chosen)
        from app.documents.report_csv import write_csv

        for path in write_csv(args.csv, report, shown, args.table):
            print(path)
        return 0
    municipality = reference.get_municipality(ctx).data.name
    if args.xlsx:
        # lazy: XlsxWriter loads only when a workbook is written
        from app.documents.report_xlsx import report_xlsx

        data = report_xlsx(report, shown, municipality=municipality, printed_at=clock.now_utc())
        target = args.xlsx
    else:
        # lazy: reportlab and matplotlib load only when a PDF is written
        from app.documents.report_pdf import report_pdf

        data = report_pdf(report, shown, municipality=municipality, printed_at=clock.now_utc())
        target = args.pdf
    files.write_bytes(target, data)  # temporary file, fsync, rename (issue #13)
    print(target)
    return 0


def _status(ctx: Any, args: argparse.Namespace, chosen: Any, shown: Any) -> int:
    """Every report the user may run, for one period and filters (DIGEST §1.15)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import files
    from app.domain import clock
    from app.domain.problems import problem
    from app.errors import InvalidInput

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import reference
    from app.services.reports import running

    if not running.status_specs(ctx):
        raise InvalidInput([problem("report", "reports.none_to_run")])
    made = running.status_reports(ctx, chosen)
    if args.json:
        _print_json([{"title": shown.text(r.title), **r.as_json()} for r in made])
        return 0
    if args.pdf:
        # lazy: reportlab and matplotlib load only when a PDF is written
        from app.documents.report_pdf import status_pdf

        data = status_pdf(made, shown, municipality=reference.get_municipality(ctx).data.name,
                          printed_at=clock.now_utc())  # fmt: skip
        files.write_bytes(args.pdf, data)
        print(args.pdf)
        return 0
    if args.csv or args.xlsx or args.pdf:
        print("akutdesk: the status report is a PDF (--pdf FILE) or text", file=sys.stderr)
        return 2
    for report in made:
        print(text(report, shown))
    return 0


def text(report: Any, shown: Any) -> str:
    """The report as text: its title and filters, the figures, each table in columns
    (numbers right-aligned) with its note, then the counting rules."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.documents.report_cells import NUMERIC

    lines = [shown.text(report.title),
             "  ·  ".join(f"{k}: {v}" for k, v in shown.filter_lines(report.filters)), ""]  # fmt: skip
    if report.figures:
        labels = [shown.text(f.label) for f in report.figures]
        width = max(len(label) for label in labels)
        lines.append(shown.text("reports.file.figures"))
        for label, f in zip(labels, report.figures, strict=True):
            lines.append(f"  {label:<{width}}  {shown.figure(f.value, f.kind)}")
        lines.append("")
    for table in report.tables:
        head = [shown.text(c.label) for c in table.columns]
        rows = [[shown.cell(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
                for row in table.rows]  # fmt: skip
        widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
                  for i, h in enumerate(head)]  # fmt: skip
        right = [c.kind in NUMERIC for c in table.columns]

        def line(cells: list[str], widths: list[int] = widths, right: list[bool] = right) -> str:
            return "  " + "  ".join(c.rjust(w) if r else c.ljust(w)
                                    for c, w, r in zip(cells, widths, right, strict=True)).rstrip()  # fmt: skip

        lines += [shown.text(table.title), line(head), line(["-" * w for w in widths])]
        lines += [line(r) for r in rows] or ["  " + shown.text("reports.file.no_rows")]
        if table.note:
            lines.append("  " + shown.text(table.note))
        lines.append("")
    if report.notes:
        lines.append(shown.text("reports.file.notes"))
        lines += [f"  {shown.text(n)}" for n in report.notes]
        lines.append("")
    return "\n".join(lines) + "\n"


COMMANDS = {"reports": cmd_reports}
