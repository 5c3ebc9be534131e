"""``akutdesk setup``: a real store without the window (issue #16) — the municipality from
the list, its CVR, EAN and payment details, and the first administrator, through the
window's own first start (``app.services.admin.setup.first_start``): no demo data.

Scripts give every field as an option (the password in ``AKUTDESK_PASSWORD``); on a
terminal what is missing is asked for, with no terminal a missing field is one line.
An existing store is never overwritten. Only argparse and the standard library at module
level.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from app.cli.common import whole_number
from app.cli.store import opened

PASSWORD_ENV = "AKUTDESK_PASSWORD"

#: (option, field, prompt, required): the order the prompts come in
FIELDS = (
    ("--municipality", "name", "Municipality (e.g. Odense)", True),
    ("--cvr", "cvr", "CVR number", False),
    ("--ean", "ean", "EAN/GLN number (13 digits)", False),
    ("--address", "address", "Address", False),
    ("--postcode", "postcode", "Postcode", False),
    ("--city", "city", "Town", False),
    ("--phone", "phone", "Phone", False),
    ("--email", "email", "E-mail", False),
    ("--bank-reg", "bank_reg", "Bank reg. no. (4 digits)", False),
    ("--bank-account", "bank_account", "Account no.", False),
    ("--admin-name", "user_name", "Administrator's name", True),
    ("--admin-initials", "initials", "Administrator's initials", True),
)


def add_parsers(sub: Any) -> None:
    setup = sub.add_parser(
        "setup",
        help="set up a new, empty store without the window: the municipality and the first "
        "administrator (no demo data)",
    )
    for option, field, text, _required in FIELDS:
        setup.add_argument(option, dest=f"setup_{field}", metavar="TEXT", help=text)
    setup.epilog = "Municipalities: " + ", ".join(_municipalities()) + "."
    setup.add_argument(
        "--payment-days", type=whole_number, default=30, help="payment terms in days (default 30)"
    )
    setup.add_argument(
        "--key-file",
        action="store_true",
        help="no keyring on this computer: keep the store's key in a file readable only by "
        "you, instead of typing the recovery key at every start",
    )


def cmd_setup(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.cli.store import sqlite_path

    # lazy: start-up (argparse only until a command runs)
    from app.errors import AlreadyInitialised, InvalidInput

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin import setup, store_key

    path = sqlite_path(args)
    if path is not None and store_key.file_state(path) != "new":
        raise _refusal("cli.setup_store_exists", path=str(path))
    data = _input(args)
    problems = setup.check_first_start(data)
    if problems:
        raise InvalidInput(problems)  # before the store file is made: nothing written
    store = opened(args)
    if setup.is_initialised(store):
        raise AlreadyInitialised()
    setup.first_start(store, data)
    municipality = data.municipality.normalised().name
    print(f"Store set up for {municipality}: {store.describe()}.")
    print(f"Administrator: {data.initials} (every role). Sign in with the password given.")
    print("Next: akutdesk import CITIZENS.json (docs/exchange-format.md), or open the window.")
    return 0


def _input(args: argparse.Namespace) -> Any:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.admin.reference import MunicipalityInput

    # lazy: start-up (argparse only until a command runs)
    from app.services.admin.setup import FirstStartInput

    values = {field: getattr(args, f"setup_{field}") for _o, field, _t, _r in FIELDS}
    missing = [o for o, field, _t, required in FIELDS if required and not values[field]]
    terminal = sys.stdin.isatty()
    if missing and not terminal:
        raise _refusal("cli.setup_incomplete", options=", ".join(missing), env=PASSWORD_ENV)
    if terminal:
        for option, field, text, required in FIELDS:
            while values[field] is None or (required and not values[field].strip()):
                try:
                    values[field] = input(f"{text}{'' if required else ' (may wait)'}: ")
                except EOFError:  # Ctrl-D: one line, nothing written
                    raise _refusal(
                        "cli.setup_incomplete", options=option, env=PASSWORD_ENV
                    ) from None
    user_name, initials = values.pop("user_name"), values.pop("initials")
    values["name"] = municipality_name(values["name"])
    municipality = MunicipalityInput(
        **{k: v or "" for k, v in values.items()}, payment_days=args.payment_days
    )
    return FirstStartInput(
        municipality=municipality,
        user_name=user_name or "",
        initials=initials or "",
        password=_password(terminal),
    )


def municipality_name(text: str) -> str:
    """One of the list's municipalities (``Odense``, ``odense kommune``) as it is stored
    (``Odense Kommune``); anything else is refused with the list."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain.reference import RSD_MUNICIPALITIES, municipality_display_name

    wanted = text.strip().casefold().removesuffix(" kommune").strip()
    for short in RSD_MUNICIPALITIES:
        if short.casefold() == wanted:
            return municipality_display_name(short)
    raise _refusal("cli.setup_municipality", name=text.strip()[:60])


def _municipalities() -> tuple[str, ...]:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain.reference import RSD_MUNICIPALITIES

    return RSD_MUNICIPALITIES


def _password(terminal: bool) -> str:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.cli.say import Refusal

    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not terminal:
        raise Refusal("cli.no_new_password", env=PASSWORD_ENV)
    # lazy: start-up (only argparse loads before a command is chosen)
    import getpass

    first = getpass.getpass("Administrator's password (at least 8 characters): ")
    if getpass.getpass("Password again: ") != first:
        raise Refusal("cli.passwords_differ")
    return first


def _refusal(code: str, **params: str) -> Any:
    """The command line's own one-line refusal (app/messages/errors.py ``cli.setup_*``)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.cli.say import Refusal

    return Refusal(code, **params)


COMMANDS = {"setup": cmd_setup}
