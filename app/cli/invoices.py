"""``akutdesk invoices …`` and ``akutdesk tariffs …``: the monthly invoices to the region
(docs/invoices.md). Only argparse at module level; the services are imported when a
command runs (start-up speed)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.certificates import add_passphrase_option, posting_passphrase
from app.cli.common import whole_numbers
from app.cli.store import context


def add_parsers(sub: Any) -> None:
    inv = sub.add_parser("invoices", help="monthly invoices to the hospital units")
    isub = inv.add_subparsers(dest="invoices_command", metavar="ACTION", required=True)
    for name, text in (
        ("preview", "the draft invoices per unit and what cannot be billed yet, and why"),
        ("post", "post the month: numbers, signed PDF and OIOUBL XML stored"),
        ("export", "write OUT/YYYY-MM/ with PDF, XML and CSV per invoice; mark exported"),
    ):
        p = isub.add_parser(name, help=text)
        p.add_argument("--month", required=True, metavar="YYYY-MM")
        p.add_argument("--json", action="store_true", help="machine-readable output")
        if name == "export":
            p.add_argument("--out", required=True, type=Path, metavar="DIR")
        if name == "post":
            p.add_argument("--expect", metavar="FINGERPRINT", help="refuse if the run changed since this preview")  # fmt: skip
            add_passphrase_option(p)
    lst = isub.add_parser("list", help="posted invoices and credit notes")
    lst.add_argument("--month", metavar="YYYY-MM")
    lst.add_argument("--json", action="store_true")
    credit = isub.add_parser("credit", help="a credit note for an invoice (whole or lines)")
    credit.add_argument("number", metavar="NUMBER", help="e.g. 2026-0007")
    credit.add_argument(
        "--lines", type=whole_numbers, metavar="N,N,…", help="line numbers (default: every line)"
    )
    credit.add_argument("--reason", required=True)
    credit.add_argument("--rebill", action="store_true", help="free the items for the next run")
    add_passphrase_option(credit)
    reg = isub.add_parser("regulate", help="regulation run after a tariff version dated back")
    reg.add_argument("--post", action="store_true", help="post it (default: show the preview)")
    add_passphrase_option(reg)
    start = isub.add_parser("start", help="the first month AkutDesk invoices (older items never)")
    start.add_argument("--month", metavar="YYYY-MM", help="set it (default: show it)")
    start.add_argument("--clear", action="store_true", help="bill everything since 2021-10")
    isub.add_parser("verify", help="name every posted invoice whose lines, totals or "
                    "documents changed since posting")  # fmt: skip
    reprint = isub.add_parser("reprint", help="write the stored PDF or XML of an invoice")
    reprint.add_argument("number", metavar="NUMBER")
    reprint.add_argument("--out", required=True, type=Path, metavar="FILE(.pdf|.xml)")

    tar = sub.add_parser("tariffs", help="the tariff catalogue")
    tsub = tar.add_subparsers(dest="tariffs_command", metavar="ACTION", required=True)
    tl = tsub.add_parser("list", help="every version and its tariffs")
    tl.add_argument("--json", action="store_true")
    ta = tsub.add_parser("add-version", help="add a version from a JSON file (docs/invoices.md)")
    ta.add_argument("file", type=Path, metavar="FILE.json")


def _ctx(args: argparse.Namespace) -> Any:
    return context(args)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _progress(done: int, total: int) -> None:
    print(f"  {done}/{total}", file=sys.stderr)


def cmd_invoices(args: argparse.Namespace) -> int:
    return int(INVOICE_ACTIONS[args.invoices_command](args))


def _preview(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices.runs import preview_month

    p = preview_month(_ctx(args), args.month)
    if args.json:
        _print_json(p.as_json())
        return 0
    print(f"Draft invoices {p.month:%m.%Y} (fingerprint {p.fingerprint})")
    for u in p.units:
        print(
            f"\n{u.code} {u.name} (EAN {u.ean}): {len(u.lines)} lines, region {u.totals.region} kr."
        )
        for x in u.lines:
            mark = "  earlier period" if x.earlier_period else ""
            print(f"  {x.course.cpr[:6]}-xxxx  {x.course.citizen_name:28} {x.tariff.code:12} "
                  f"{x.first_date:%d.%m}–{x.last_date:%d.%m} {x.quantity:3} × {x.tariff.amount:>9}"
                  f" = {x.tariff_amount:>10}  region {x.region_share:>10}{mark}")  # fmt: skip
    print(f"\nTotal: tariff {p.totals.tariff} kr., region {p.totals.region} kr., municipality {p.totals.municipality} kr.")  # fmt: skip
    print(f"\nNeeds action before it can be billed ({len(p.blockers)}):")
    for why in p.blockers:
        print(f"  {why.reason:16} {why.unit_code:4} {why.citizen_name:28} {why.message}")
    waiting = ", ".join(f"{reason} {n}" for reason, n in p.waiting.items())
    print(f"\nNot billed yet, nothing to do: {waiting or 'none'}")
    return 0


def _posted(rows: list[Any], as_json: bool) -> None:
    if as_json:
        _print_json([vars(r) for r in rows])
        return
    for r in rows:
        print(f"{r.number}  {r.kind:11} {r.unit_code:4} {r.lines:5} lines  region {r.total_region:>12} kr."
              + (f"  refs {', '.join(r.refs)}" if r.refs else ""))  # fmt: skip


def _renderer(ctx: Any, args: argparse.Namespace) -> Any:
    """The signing renderer, with the certificate's passphrase when no keyring holds it."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices.post import default_renderer

    # lazy: start-up (argparse only until a command runs)
    from app.services.invoices.where import require_posting_here

    # lazy: start-up (argparse only until a command runs)
    from app.services.kernel.permissions import require

    require(ctx, "invoices.post")  # refused before a passphrase is asked for
    require_posting_here(ctx)  # an office never posts (issue #15): nothing to unlock
    return default_renderer(ctx, posting_passphrase(ctx, args))


def _post(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices.post import post_month

    ctx = _ctx(args)
    posted = post_month(ctx, args.month, expected=args.expect, progress=_progress,
                        renderer=_renderer(ctx, args)).value  # fmt: skip
    _posted(posted, args.json)
    return 0


def _export(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices.export import export_month

    result = export_month(_ctx(args), args.month, args.out, progress=_progress).value
    if args.json:
        _print_json({"folder": str(result.folder), "exported": result.exported,
                     "files": [str(f) for f in result.files]})  # fmt: skip
    else:
        print(f"{result.exported} invoices written to {result.folder} ({len(result.files)} files)")
    return 0


def _list(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices.credit import list_invoices

    # lazy: start-up (argparse only until a command runs)
    from app.services.invoices.runs import parse_month

    month = parse_month(args.month)[0] if args.month else None
    _posted(list_invoices(_ctx(args), month), args.json)
    return 0


def _by_number(ctx: Any, number: str) -> Any:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.errors import NotFound

    # lazy: start-up (argparse only until a command runs)
    from app.services.invoices.credit import list_invoices

    found = [i for i in list_invoices(ctx) if i.number == number]
    if not found:
        raise NotFound("invoice", number)
    return found[0]


def _credit(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices.credit import credit_invoice

    ctx = _ctx(args)
    lines = args.lines or None
    invoice = _by_number(ctx, args.number)
    note = credit_invoice(ctx, invoice.uuid, reason=args.reason, line_nos=lines,
                          rebill=args.rebill, renderer=_renderer(ctx, args)).value  # fmt: skip
    _posted([note], False)
    return 0


def _regulate(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices import regulation as reg

    ctx = _ctx(args)
    if args.post:
        _posted(reg.post_regulation(ctx, progress=_progress, renderer=_renderer(ctx, args)).value, False)  # fmt: skip
        return 0
    p = reg.preview_regulation(ctx)
    print(f"Regulation: {len(p.lines)} lines, region difference {p.total_region} kr. "
          f"({p.unchanged} items move to a new version at the same amount)")  # fmt: skip
    return 0


def _reprint(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import files
    from app.services.invoices.documents import get_document

    files.check_target(args.out)
    ctx = _ctx(args)
    kind = "xml" if args.out.suffix.lower() == ".xml" else "pdf"
    stored = get_document(ctx, _by_number(ctx, args.number).uuid, kind)
    files.write_bytes(args.out, stored.content)
    print(f"{stored.filename} (SHA-256 {stored.sha256}) written to {args.out}")
    return 0


def _start(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices import tariffs as invoices_tariffs

    # lazy: start-up (argparse only until a command runs)
    from app.services.invoices.runs import parse_month

    ctx = _ctx(args)
    if args.month or args.clear:
        month = None if args.clear else parse_month(args.month)[0]
        invoices_tariffs.set_billing_start(ctx, month)
    start = invoices_tariffs.get_billing_start(ctx)
    print(f"Invoicing starts with {start:%m.%Y}." if start else "Invoicing covers every month since the agreement began.")  # fmt: skip
    return 0


def _verify(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.invoices.integrity import verify_invoices

    found = verify_invoices(_ctx(args))
    for mismatch in found.mismatches:
        print(f"Posted invoice CHANGED: {mismatch.message}", file=sys.stderr)
    bound = found.checked - len(found.mismatches)
    unbound = f"; {found.unbound} posted before they were bound" if found.unbound else ""
    print(f"{bound} of {found.checked} posted invoices match what was posted{unbound}.")
    return 1 if found.mismatches else 0


INVOICE_ACTIONS = {"preview": _preview, "post": _post, "export": _export, "list": _list,
                   "credit": _credit, "regulate": _regulate, "reprint": _reprint,
                   "start": _start, "verify": _verify}  # fmt: skip


def cmd_tariffs(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.billing.tariffs import version_json

    # lazy: start-up (argparse only until a command runs)
    from app.services.invoices import tariffs as invoices_tariffs

    ctx = _ctx(args)
    if args.tariffs_command == "add-version":
        # lazy: start-up (argparse only until a command runs)
        from app.services.kernel import json_file

        data = json_file.read(args.file)  # a BOM read; deep, duplicate keys refused (#13)
        if not isinstance(data, dict):
            print(f"akutdesk: {args.file}: a JSON object is expected", file=sys.stderr)
            return 1
        v = invoices_tariffs.add_version(ctx, data).value
        print(
            f"Version {v.label} valid from {v.valid_from:%d.%m.%Y} added ({len(v.tariffs)} tariffs)."
        )
        print("If it is dated back, run `akutdesk invoices regulate`.")
        return 0
    versions = invoices_tariffs.list_versions(ctx)
    if args.json:
        _print_json([version_json(v) for v in versions])
        return 0
    for v in versions:
        print(f"{v.label} — valid from {v.valid_from:%d.%m.%Y}")
        for t in v.tariffs:
            print(f"  {t.code:14} {t.amount:>9} kr. per {t.unit:6} {t.rule:22} "
                  f"region {t.region_percent} %  {', '.join(t.course_types)}  {t.description}")  # fmt: skip
    return 0


COMMANDS = {"invoices": cmd_invoices, "tariffs": cmd_tariffs}
