"""The command line: ``akutdesk`` starts the window; sub-commands use the same services.

Kept light: only argparse is imported before we know what to do, so the window starts
as fast as a bare Qt window would. The commands live in their modules (``app/cli/*.py``);
each imports only argparse and the standard library at module level and offers
``add_parsers(sub)`` and ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from pathlib import Path
from typing import Any

from app import __version__, paths
from app.cli.common import database_url, password
from app.domain.kinds import KINDS  # plain classes: cheap on the start-up path
from app.options import LaunchOptions, ScreenshotOptions

# The window's pages (app/views/shell/main_window.py): each case kind's in the registry's
# order (app/domain/kinds.py) between Citizens and Invoices.
PAGES = (
    "today",
    "citizens",
    *(kind.page for kind in KINDS),
    "invoices",
    "reports",
    "admin",
)
# Other names a person may use for a page (English titles, Danish titles, short forms).
PAGE_ALIASES = {
    "administration": "admin",
    "i_dag": "today",
    "borgere": "citizens",
    "fakturaer": "invoices",
    "rapporter": "reports",
    **{name: kind.page for kind in KINDS for name in kind.page_names},
}


def page_name(text: str) -> str:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    key = PAGE_ALIASES.get(key, key)
    if key not in PAGES:
        raise argparse.ArgumentTypeError(f"unknown page {text!r}; choose from {', '.join(PAGES)}")
    return key


# The command groups after demo and screenshot, in the order ``--help`` lists them.
COMMAND_GROUPS = (
    "setup",
    "data",
    "work",
    "backups",
    "audit",
    "store",
    "homes",
    "invoices",
    "fees",
    "reports",
    "certificates",
    "security",
    "sync",
)


def command_modules() -> tuple[Any, ...]:
    """demo first, then the groups: imported only when a command (or --help) is asked for."""
    return tuple(importlib.import_module(f"app.cli.{n}") for n in ("demo", *COMMAND_GROUPS))


def _options_parser(add_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="akutdesk",
        description="AkutDesk: IV courses, acute episodes, nursing homes and invoices for a "
        "municipal acute function. Without a command the window opens.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"AkutDesk {__version__}")
    parser.add_argument(
        "--data-dir", help=f"folder of the SQLite store and backups (env {paths.ENV_DATA_DIR})"
    )
    parser.add_argument(
        "--database-url",
        help="PostgreSQL URL, e.g. postgresql://user@host/akutdesk (env AKUTDESK_DATABASE_URL)",
    )
    parser.add_argument("--user", help="initials of the user to work as (default: last user)")
    parser.add_argument(
        "--lang", choices=("da", "en"), help="user interface language (default: Danish)"
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _options_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo, *groups = command_modules()
    demo.add_parsers(sub)

    shot = sub.add_parser("screenshot", help="render a page offscreen to a PNG file")
    shot.add_argument("page", type=page_name, help=", ".join(PAGES))
    shot.add_argument("--out", required=True, type=Path)
    shot.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT")

    for module in groups:
        module.add_parsers(sub)
    return parser


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The window's start needs only the options: when nothing but options is given, the
    command modules are not imported (start-up time); anything else gets the full parser."""
    words = sys.argv[1:] if argv is None else argv
    known, rest = _options_parser(add_help=False).parse_known_args(words)
    if not rest and not {"-h", "--help"} & set(words):
        known.command = None
        return known
    return build_parser().parse_args(words)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    try:
        paths.init(args.data_dir)
    except OSError as exc:  # a file (--data-dir /etc/passwd), or no right to make the folder
        # lazy: start-up (only argparse loads before a command is chosen)
        from app.errors import DataDirIsFile, DataDirUnusable

        chosen = args.data_dir or os.environ.get(paths.ENV_DATA_DIR, "")
        if isinstance(exc, FileExistsError | NotADirectoryError):
            return _refused(DataDirIsFile(chosen), args)
        return _refused(DataDirUnusable(chosen, exc.strerror or type(exc).__name__), args)
    if args.command is None:
        # No cyclic garbage collection on the way to Today: start-up makes ~164,000 objects
        # that live as long as the window, and the collector's passes over them cost
        # ~90 ms of launch → Today on the bench store; the window turns it back on once
        # Today is shown (app/views/shell/launch.py: release_collector, issue #17).
        gc.disable()
        # lazy: start-up (only argparse loads before a command is chosen)
        from app.views.shell.launch import run_gui

        return run_gui(launch_options(args))
    if args.command == "screenshot":
        # lazy: start-up (only argparse loads before a command is chosen)
        from app.views.shell.launch import screenshot

        return screenshot(ScreenshotOptions(launch_options(args), args.page, args.out, args.size))
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.cli import store
    from app.errors import AkutDeskError

    commands = {name: run for module in command_modules() for name, run in module.COMMANDS.items()}
    try:
        code = commands[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except AkutDeskError as exc:
        return _refused(exc, args)
    except BrokenPipeError:
        return _pipe_closed()
    finally:
        store.close_opened()


def _pipe_closed() -> int:
    """The reader of our output went away (``akutdesk … --json | head``): stop quietly as
    other command-line tools do, with the shell's code for SIGPIPE and no traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the rest of the buffer goes nowhere
    os.close(devnull)
    return 141


def _refused(exc: Any, args: argparse.Namespace) -> int:
    """An AkutDeskError as one line on stderr in the chosen language; exit code 1."""
    # lazy: start-up (argparse only until a command runs)
    from app.cli.say import error_text

    print(f"akutdesk: {error_text(exc, args.lang)}", file=sys.stderr)
    return 1


def launch_options(args: argparse.Namespace) -> LaunchOptions:
    """What the window starts from: the window does not read the command line (STYLE §11)."""
    return LaunchOptions(
        database_url=database_url(args),
        user=args.user,
        lang=args.lang,
        password=password,
        announce_recovery_key=_print_recovery_key,
    )


def _print_recovery_key(*args: Any, **kwargs: Any) -> Any:
    # lazy: start-up (the window is shown before the command line's store helpers load)
    from app.cli import store

    return store.print_recovery_key(*args, **kwargs)


if __name__ == "__main__":
    sys.exit(main())
