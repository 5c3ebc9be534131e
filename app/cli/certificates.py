"""``akutdesk certificate …``: import the organisation certificate that signs invoices
(PKCS#12; the passphrase is typed at a prompt or read from an environment variable, and
kept only in the OS keyring) and show its status (docs/einvoice.md). Only argparse at
module level.

Without a keyring the passphrase is kept nowhere; posting asks for it (issue #16):
:func:`posting_passphrase` reads ``--passphrase-env VAR``, else ``AKUTDESK_CERT_PASSPHRASE``,
else a prompt on a terminal, else refuses with one line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.store import context

ENV_PASSPHRASE = "AKUTDESK_CERT_PASSPHRASE"


def add_parsers(sub: Any) -> None:
    certificate = sub.add_parser(
        "certificate", help="the organisation certificate that signs invoices (PKCS#12)"
    )
    actions = certificate.add_subparsers(
        dest="certificate_command", metavar="ACTION", required=True
    )
    load = actions.add_parser("import", help="import FILE.p12 once (administrator)")
    load.add_argument("file", type=Path, metavar="FILE.p12")
    load.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="read the passphrase from this environment variable instead of a prompt",
    )
    actions.add_parser("show", help="subject, issuer, validity, days left, keyring")


def cmd_certificate(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.certificate_command == "import":
        return _import(ctx, args)
    return _show(ctx)


def _passphrase(args: argparse.Namespace) -> str:
    """From ``--passphrase-env``, else typed at a prompt; no terminal to type it at is one
    line, not getpass's EOFError (issue #13)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.errors import PassphraseEnvMissing, PassphraseNoTerminal

    if args.passphrase_env:
        value = os.environ.get(args.passphrase_env)
        if value is None:
            raise PassphraseEnvMissing(args.passphrase_env)
        return value
    if not sys.stdin.isatty():
        raise PassphraseNoTerminal()
    # lazy: start-up (only argparse loads before a command is chosen)
    import getpass

    return getpass.getpass(f"Passphrase for {args.file.name}: ")


def add_passphrase_option(parser: Any) -> None:
    """``--passphrase-env`` on the commands that sign (posting, credit notes, regulation)."""
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="where no keyring holds the organisation certificate's passphrase: read it "
        f"from this environment variable (default {ENV_PASSPHRASE}, else a prompt)",
    )


def posting_passphrase(ctx: Any, args: argparse.Namespace) -> str | None:
    """The organisation certificate's passphrase when posting needs it given (no keyring
    holds it; a demo store never needs one): ``--passphrase-env VAR``, else
    ``AKUTDESK_CERT_PASSPHRASE``, else typed at a terminal; no terminal is one line."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.cli.say import Refusal

    # lazy: start-up (argparse only until a command runs)
    from app.errors import PassphraseEnvMissing

    # lazy: start-up (argparse only until a command runs)
    from app.services.security.certificates import passphrase_needed

    if not passphrase_needed(ctx):
        return None
    chosen = getattr(args, "passphrase_env", None)
    value = os.environ.get(chosen or ENV_PASSPHRASE)
    if value is not None:
        return value
    if chosen:
        raise PassphraseEnvMissing(chosen)
    if not sys.stdin.isatty():
        raise Refusal("cli.posting_passphrase", env=ENV_PASSPHRASE, option="--passphrase-env")
    # lazy: start-up (only argparse loads before a command is chosen)
    import getpass

    return getpass.getpass("Passphrase of the organisation certificate: ")


def _import(ctx: Any, args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.security.certificates import import_certificate

    passphrase = _passphrase(args)
    status = import_certificate(ctx, args.file, passphrase).value
    print(f"Imported {status.certificate.subject if status.certificate else args.file.name}.")
    _print(status)
    return 0


def _show(ctx: Any) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.security.certificates import certificate_status

    status = certificate_status(ctx)
    _print(status)
    return 0 if status.can_sign else 1


def _print(status: Any) -> None:
    for line in lines(status):
        print(line)


def lines(status: Any) -> list[str]:
    """The status as text (the Certificate tab says the same, translated)."""
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.domain.clock import format_local

    keyring = (
        f"keyring: {status.keyring_backend}"
        if status.keyring_available
        else "keyring: NONE - the passphrase is kept nowhere: posting asks for it "
        f"(or reads {ENV_PASSPHRASE})"
    )
    if not status.present:
        result = ["No organisation certificate imported: real invoices cannot be posted.", keyring]
        return result + _demo(status)
    info = status.certificate
    result = [
        f"subject:    {info.subject}",
        f"organisation: {info.organisation or '-'}",
        f"issuer:     {info.issuer}",
        f"serial:     {info.serial}",
        f"sha-256:    {info.fingerprint}",
        f"valid:      {format_local(info.valid_from)} - {format_local(info.valid_to)}",
        f"days left:  {status.days_left}",
        keyring,
    ]
    result += _warnings(status)
    return result + _demo(status)


def _warnings(status: Any) -> list[str]:
    if status.expired:
        return ["EXPIRED: import the renewed certificate; invoices cannot be posted."]
    if status.not_yet_valid:
        return ["NOT YET VALID: invoices cannot be signed before its start."]
    if not status.passphrase_stored:
        return [
            "The passphrase is not in a keyring on this machine: posting asks for it, or "
            f"reads it from {ENV_PASSPHRASE} (--passphrase-env VAR)."
        ]
    if status.expires_soon:
        return [f"WARNING: expires in {status.days_left} days; order the renewed certificate."]
    return ["OK: invoices are signed with this certificate."]


def _demo(status: Any) -> list[str]:
    if status.demo is None:
        return []
    return [f"demo stores sign with the TEST certificate {status.demo.subject} (not valid)"]


COMMANDS = {"certificate": cmd_certificate}
