"""``akutdesk price-levels …`` and ``akutdesk fee-scheme …``: the reference data of the GP
fee on the command line, JSON in and out, through the window's services
(app/services/acute/fees.py): the price levels that turn April 2021 amounts into current
ones (D24, D31) and the store's fee scheme (D25). Adding or changing needs the manager's
``acute.fees``; reading needs ``acute.statements``. Only argparse at module level."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.common import iso_date
from app.cli.store import context


def add_parsers(sub: Any) -> None:
    levels = sub.add_parser(
        "price-levels", help="the price levels (index by date) of the GP and nursing-home fees"
    )
    lsub = levels.add_subparsers(dest="levels_command", metavar="ACTION", required=True)
    listing = lsub.add_parser("list", help="every price level and the GP fee at it")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    add = lsub.add_parser(
        "add", help="add a level: --from DATE --index N, or --file FILE.json (one or a list)"
    )
    add.add_argument("--from", dest="valid_from", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--index", metavar="N", help="e.g. 1.0452 (April 2021 = 1.0000)")
    add.add_argument(
        "--file",
        type=Path,
        metavar="FILE.json",
        help='{"valid_from": "YYYY-MM-DD", "index": "1.0452"} or a list of them',
    )
    add.add_argument("--json", action="store_true", help="machine-readable output")

    scheme = sub.add_parser("fee-scheme", help="the GP fee scheme of this store (OK22 or trial)")
    ssub = scheme.add_subparsers(dest="scheme_command", metavar="ACTION", required=True)
    show = ssub.add_parser("show", help="the scheme in use and the schemes to choose from")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    put = ssub.add_parser("set", help="choose the scheme")
    put.add_argument("scheme", metavar="SCHEME", help="ok22 or midtjylland_trial")


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _level_json(level: Any) -> dict[str, str]:
    return {
        "uuid": level.uuid,
        "valid_from": level.valid_from.isoformat(),
        "index": str(level.index),
        "fee": str(level.fee),
    }


def _from_file(path: Path) -> list[tuple[Any, str]]:
    """The levels of a JSON file: one object or a list of objects with ``valid_from`` and
    ``index`` (further keys, e.g. ``uuid`` and ``fee`` of ``list --json``, are ignored)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    import datetime as dt

    # lazy: start-up (argparse only until a command runs)
    from app.cli.say import Refusal
    from app.services.kernel import json_file

    data = json_file.read(path)  # a BOM read; deep, duplicate keys refused (#13)
    items = data if isinstance(data, list) else [data]
    levels = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("valid_from"), str):
            raise Refusal("cli.price_level_file", path=str(path))
        if not isinstance(item.get("index"), str | int | float) or isinstance(item["index"], bool):
            raise Refusal("cli.price_level_file", path=str(path))
        try:
            day = dt.date.fromisoformat(item["valid_from"])
        except ValueError:
            raise Refusal("cli.price_level_file", path=str(path)) from None
        levels.append((day, str(item["index"])))
    if not levels:
        raise Refusal("cli.price_level_file", path=str(path))
    return levels


def cmd_price_levels(args: argparse.Namespace) -> int:
    # lazy: start-up (argparse only until a command runs)
    from app.cli.say import Refusal
    from app.services.acute import fees

    if args.levels_command == "add":
        given = args.valid_from is not None or args.index is not None
        if (args.file is None) == (not given) or (
            given and (args.valid_from is None or args.index is None)
        ):
            raise Refusal("cli.price_level_input")
        levels = _from_file(args.file) if args.file else [(args.valid_from, args.index)]
        added = fees.add_price_levels(context(args), levels).value
        if args.json:
            _print_json([_level_json(level) for level in added])
            return 0
        for level in added:
            print(f"Price level from {level.valid_from:%d.%m.%Y} added: index {level.index}, "
                  f"GP fee {level.fee} kr.")  # fmt: skip
        return 0
    rows = fees.list_price_levels(context(args))
    if args.json:
        _print_json([_level_json(level) for level in rows])
        return 0
    for level in rows:
        print(f"from {level.valid_from:%d.%m.%Y}  index {level.index}  GP fee {level.fee:>8} kr.")
    return 0


def cmd_fee_scheme(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain import acute as rules

    # lazy: start-up (argparse only until a command runs)
    from app.services.acute import fees

    ctx = context(args)
    if args.scheme_command == "set":
        fees.set_fee_scheme(ctx, args.scheme.strip())
    scheme = fees.get_fee_scheme(ctx)
    cap = rules.SCHEME_CAPS.get(scheme)
    if getattr(args, "json", False):
        _print_json({
            "scheme": scheme,
            "cap": None if cap is None else str(cap),
            "schemes": [
                {"scheme": str(s), "cap": None if c is None else str(c)}
                for s, c in rules.SCHEME_CAPS.items()
            ],
        })  # fmt: skip
        return 0
    limit = f" (annual cap {cap} kr.)" if cap is not None else " (no cap)"
    print(f"Fee scheme: {scheme}{limit}")
    if args.scheme_command == "show":
        print("Schemes: " + ", ".join(str(s) for s in rules.SCHEME_CAPS))
    return 0


COMMANDS = {"price-levels": cmd_price_levels, "fee-scheme": cmd_fee_scheme}
