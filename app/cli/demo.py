"""``akutdesk demo``: synthetic demo data with fictitious CPR numbers (a new store is set up
for demo use first). Only argparse at module level."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import sign_in
from app.cli.store import opened


def add_parsers(sub: Any) -> None:
    demo = sub.add_parser(
        "demo",
        help="load synthetic demo data with fictitious CPR numbers (a real, empty store: "
        "akutdesk setup)",
    )
    demo.add_argument(
        "--citizens",
        type=int,
        default=500,
        help="number of citizens (default 500); 0 still makes a demo store, with its "
        "demo nursing homes and departments",
    )
    demo.add_argument(
        "--courses",
        type=int,
        help="IV courses over the last 12 months (default: one per four citizens)",
    )
    demo.add_argument("--seed", type=int, default=2026)
    # A new demo store's key goes to a file readable only by this user where there is no
    # keyring (fictitious people only; issue #16): the next command needs no setting.
    demo.set_defaults(key_file=True)


def cmd_demo(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    import time

    # lazy: start-up (argparse only until a command runs)
    from app.demo import generate as demo

    # lazy: start-up (argparse only until a command runs)
    from app.demo import users as demo_users

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import setup

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin.reference import MunicipalityInput

    if args.citizens < 0 or (args.courses or 0) < 0:
        print("akutdesk: --citizens and --courses must be 0 or more", file=sys.stderr)
        return 2
    store = opened(args)
    started = time.perf_counter()
    if not setup.is_initialised(store):
        ctx = setup.first_start(
            store,
            setup.FirstStartInput(
                # Fictitious payment details and a fictitious GLN, so the whole invoice flow
                # (signed PDF + OIOUBL) can be tried in a demo store.
                MunicipalityInput(
                    name="Odense Kommune",
                    cvr="35209115",
                    ean="5798000000001",
                    ean_fictitious=True,
                    address="Flakhaven 2",
                    postcode="5000",
                    city="Odense C",
                    phone="66131372",
                    email="akutteam@example.dk",
                    bank_reg="1234",
                    bank_account="0001234567",
                ),
                user_name="Demo Sygeplejerske",
                initials="DEMO",
                password=demo_users.DEMO_PASSWORD,
            ),
        )
        print("New store set up for demo use: Odense Kommune.")
        print(f"Demo users (password {demo_users.DEMO_PASSWORD}): DEMO (every role), " + ", ".join(
            f"{initials} ({'+'.join(roles)})" for initials, roles in demo_users.add_demo_users(ctx)
        ))  # fmt: skip
    else:
        ctx = sign_in(store, args)
    result = demo.load_demo(ctx, citizens=args.citizens, courses=args.courses, seed=args.seed)
    iv = result.iv
    print(
        f"Demo data: {result.citizens} citizens, {result.departments} departments, "
        f"{iv.courses} IV courses (+{iv.rejected} rejected referrals), "
        f"{iv.administrations} administrations, {iv.crp_checks} CRP checks "
        f"({time.perf_counter() - started:.1f} s) in {store.describe()}"
    )
    return 0


COMMANDS = {
    "demo": cmd_demo,
}
