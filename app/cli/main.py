"""The command line: ``akutdesk`` starts the window; sub-commands use the same services.

Kept light: only argparse is imported before we know what to do, so the window starts
as fast as a bare Qt window would.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app import __version__, paths

WARNINGS_SHOWN = 10
_opened: list[Any] = []  # stores a command opened; closed when it returns
PAGES = (
    "today",
    "citizens",
    "iv_courses",
    "episodes",
    "nursing_homes",
    "invoices",
    "reports",
    "admin",
)
# Other names a person may use for a page (English titles, Danish titles, short forms).
PAGE_ALIASES = {
    "administration": "admin",
    "iv": "iv_courses",
    "acute_episodes": "episodes",
    "acute": "episodes",
    "homes": "nursing_homes",
    "i_dag": "today",
    "borgere": "citizens",
    "iv_forløb": "iv_courses",
    "akutforløb": "episodes",
    "plejehjem": "nursing_homes",
    "fakturaer": "invoices",
    "rapporter": "reports",
}


def page_name(text: str) -> str:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    key = PAGE_ALIASES.get(key, key)
    if key not in PAGES:
        raise argparse.ArgumentTypeError(f"unknown page {text!r}; choose from {', '.join(PAGES)}")
    return key


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="akutdesk",
        description="AkutDesk: IV courses, acute episodes, nursing homes and invoices for a "
        "municipal acute function. Without a command the window opens.",
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="load synthetic demo data with fictitious CPR numbers")
    demo.add_argument("--citizens", type=int, default=500, help="number of citizens (default 500)")
    demo.add_argument(
        "--courses",
        type=int,
        help="IV courses over the last 12 months (default: one per four citizens)",
    )
    demo.add_argument("--seed", type=int, default=2026)

    shot = sub.add_parser("screenshot", help="render a page offscreen to a PNG file")
    shot.add_argument("page", type=page_name, help=", ".join(PAGES))
    shot.add_argument("--out", required=True, type=Path)
    shot.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT")

    imp = sub.add_parser("import", help="import an exchange file (docs/exchange-format.md)")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid records, list the rest"
    )

    exp = sub.add_parser("export", help="export the store to an exchange file")
    exp.add_argument("file", type=Path)

    sub.add_parser("info", help="show the store, its schema version and what it holds")

    work = sub.add_parser(
        "worklist",
        help="the day's work list: administrations, CRP checks, "
        "courses ending, referrals awaiting visitation",
    )
    work.add_argument("--date", type=iso_date, help="YYYY-MM-DD (default: today, Copenhagen)")
    work.add_argument("--json", action="store_true", help="machine-readable output")
    work.add_argument("--pdf", type=Path, metavar="FILE", help="write the printable day list")

    summary = sub.add_parser(
        "course-summary", help="write the summary of an IV course for the record (PDF)"
    )
    summary.add_argument("course_uuid", metavar="COURSE_UUID")
    summary.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    summary.add_argument(
        "--reason", default="", help="why, when the citizen belongs to another team (audit-logged)"
    )

    note = sub.add_parser(
        "closing-note", help="write the XDIS22 closing note of an acute episode (PDF or text)"
    )
    note.add_argument("episode_uuid", metavar="EPISODE_UUID")
    note.add_argument("--out", required=True, type=Path, metavar="FILE(.pdf|.txt)")

    gp_fees = sub.add_parser(
        "gp-fees", help="OK22 GP-fee activity per practice for a month (D21–D24)"
    )
    gp_fees.add_argument("--month", required=True, metavar="YYYY-MM")
    gp_fees.add_argument("--json", action="store_true", help="machine-readable output")

    backup = sub.add_parser("backup", help="back up the SQLite store now (docs/backups.md)")
    backup.add_argument("--reason", choices=("manual", "daily", "start"), default="manual")
    sub.add_parser("backups", help="list the backups with time, reason, size and check")
    restore = sub.add_parser(
        "restore", help="replace the store by a backup (the current store is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for module in _extensions():
        module.add_parsers(sub)
    return parser


# Command groups kept in their own modules (invoices, security, nursing homes). Each module
# imports only argparse at module level and offers ``add_parsers(sub)`` and ``COMMANDS``.
EXTENSIONS: tuple[str, ...] = (
    "app.cli.audit",
    "app.cli.store",
    "app.cli.homes",
    "app.cli.invoices",
    "app.cli.certificates",
    "app.cli.security",
)


def _extensions() -> list[Any]:
    import importlib

    return [importlib.import_module(name) for name in EXTENSIONS]


def iso_date(text: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def database_url(args: argparse.Namespace) -> str | None:
    return args.database_url or os.environ.get("AKUTDESK_DATABASE_URL") or None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths.init(args.data_dir)
    if args.command is None:
        from app.views.shell.launch import run_gui

        return run_gui(args)
    if args.command == "screenshot":
        from app.views.shell.launch import screenshot

        return screenshot(args)
    from app.errors import AkutDeskError

    commands = dict(COMMANDS)
    for module in _extensions():
        commands.update(module.COMMANDS)
    try:
        return commands[args.command](args)
    except AkutDeskError as exc:
        from app.cli.say import error_text

        print(f"akutdesk: {error_text(exc, args.lang)}", file=sys.stderr)
        return 1
    finally:
        while _opened:
            _opened.pop().dispose()


def _open(args: argparse.Namespace) -> Any:
    from app.cli.store import open_store  # the recovery key prompt (docs/encryption.md)

    store, migration = open_store(args)
    _opened.append(store)
    if migration and migration.backup:
        print(f"Store migrated to {migration.after}; the old file is kept as {migration.backup}")
    return store


def _context(args: argparse.Namespace) -> Any:
    return _sign_in(_open(args), args)


def _sign_in(store: Any, args: argparse.Namespace) -> Any:
    """Sign in as --user (else the last user, else the first) with the password from
    AKUTDESK_PASSWORD or typed at a prompt; refused with one line (exit 1)."""
    from app import settings
    from app.services.security import users

    initials = args.user or settings.get("last_user") or None
    return users.sign_in(store, initials, _password(initials))


def _password(initials: str | None) -> str:
    from app.errors import AkutDeskError

    given = os.environ.get("AKUTDESK_PASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise AkutDeskError("No password: set AKUTDESK_PASSWORD or run the command in a terminal.")
    import getpass

    return getpass.getpass(f"Password for {initials or 'the first user'}: ")


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from app.demo import generate as demo
    from app.demo import users as demo_users
    from app.services.admin import setup
    from app.services.admin.reference import MunicipalityInput

    if args.citizens < 0 or (args.courses or 0) < 0:
        print("akutdesk: --citizens and --courses must be 0 or more", file=sys.stderr)
        return 2
    store = _open(args)
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
        ctx = _sign_in(store, args)
    result = demo.load_demo(ctx, citizens=args.citizens, courses=args.courses, seed=args.seed)
    iv = result.iv
    print(
        f"Demo data: {result.citizens} citizens, {result.departments} departments, "
        f"{iv.courses} IV courses (+{iv.rejected} rejected referrals), "
        f"{iv.administrations} administrations, {iv.crp_checks} CRP checks "
        f"({time.perf_counter() - started:.1f} s) in {store.describe()}"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.admin import setup
    from app.services.exchange import transfer as exchange

    store = _open(args)
    if not setup.is_initialised(store):
        # Say what is wrong with the file first; then what is missing in the store.
        checked = exchange.check_file(args.file)
        if checked.problems:
            raise exchange.ImportRejected(checked)
    ctx = _sign_in(store, args)
    try:
        report = exchange.import_file(ctx, args.file, skip_invalid=args.skip_invalid)
    except exchange.ImportRejected as exc:
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
    from app.services.exchange import transfer as exchange

    counts = exchange.export_store(_context(args), args.file)
    print(f"Exported to {args.file}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from app.db import migrate
    from app.services import citizens
    from app.services.admin import setup

    store = _open(args)
    print(f"Store: {store.describe()}")
    print(f"Schema: {migrate.current_revision(store)}")
    if not setup.is_initialised(store):
        print("Not set up yet: start AkutDesk or run `akutdesk demo`.")
        return 0
    from app.services.admin import reference
    from app.services.kernel.permissions import allowed

    ctx = _sign_in(store, args)
    print(f"Municipality: {reference.get_municipality(ctx).data.name}")
    if allowed(ctx, "citizens.read"):
        print(f"Citizens: {citizens.count_citizens(ctx)}")
    print(f"Demo data: {'yes' if setup.is_demo(store) else 'no'}")
    return 0


def cmd_worklist(args: argparse.Namespace) -> int:
    import json

    from app.domain import clock
    from app.services.today.worklist import worklist

    ctx = _context(args)
    result = worklist(ctx, args.date or clock.today())
    if args.pdf:
        from app.documents.daylist import render_day_list
        from app.services.admin.reference import get_municipality

        name = get_municipality(ctx).data.name
        args.pdf.write_bytes(render_day_list(name, result, clock.now_utc()))
        print(f"Day list {result.date:%d.%m.%Y} written to {args.pdf}")
        return 0
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
        return 0
    print(f"Worklist {result.date:%d.%m.%Y}")
    print(f"\nCRP checks ({len(result.crp_checks)}):")
    for c in result.crp_checks:
        print(
            f"  {c.status:18} due {c.due_date:%d.%m.%Y}  {c.course.cpr_masked}  {c.course.citizen_name}"
            f"  ({c.course.department}, tlf. {c.course.department_phone})"
        )
    print(f"\nAdministrations ({len(result.administrations)} courses):")
    for a in result.administrations:
        print(
            f"  {a.given}/{a.doses_per_day} given  {a.course.cpr_masked}  {a.course.citizen_name}  "
            f"{a.course.drug}  treatment day {a.treatment_day}"
        )
    print(f"\nCourses ending ({len(result.courses_ending)}):")
    for e in result.courses_ending:
        print(
            f"  {e.status:18} {e.planned_end:%d.%m.%Y}  {e.course.cpr_masked}  {e.course.citizen_name}"
        )
    print(f"\nReferrals awaiting visitation ({len(result.referrals)}):")
    for r in result.referrals:
        print(
            f"  first dose {r.first_dose_date:%d.%m.%Y}  {r.course.cpr_masked}  {r.course.citizen_name}"
            f"  {r.course.drug}  from {r.course.department}"
        )
    return 0


def cmd_course_summary(args: argparse.Namespace) -> int:
    from app.documents.course_summary import course_summary_pdf

    args.out.write_bytes(course_summary_pdf(_context(args), args.course_uuid, reason=args.reason))
    print(f"Course summary written to {args.out}")
    return 0


def cmd_closing_note(args: argparse.Namespace) -> int:
    from app.documents import closing_note

    ctx = _context(args)
    if args.out.suffix.lower() == ".txt":
        text = closing_note.closing_note_text(ctx, args.episode_uuid)
        args.out.write_text(text, encoding="utf-8")
    else:
        args.out.write_bytes(closing_note.closing_note_pdf(ctx, args.episode_uuid))
    print(f"Closing note written to {args.out}")
    return 0


def cmd_gp_fees(args: argparse.Namespace) -> int:
    import json

    from app.services.acute.fees import gp_fee_statement

    s = gp_fee_statement(_context(args), args.month)
    if args.json:
        lines = [
            {"practice": x.practice, "billable": x.billable, "not_billable": x.not_billable,
             "fee": str(x.fee), "amount": str(x.amount)}
            for x in s.lines
        ]  # fmt: skip
        document = {"month": s.month.strftime("%Y-%m"), "scheme": s.scheme, "index": str(s.index),
                    "fee": str(s.fee), "lines": lines, "billable": s.billable,
                    "not_billable": s.not_billable, "total": str(s.total)}  # fmt: skip
        print(json.dumps(document, ensure_ascii=False, indent=1))
        return 0
    print(f"GP fees {s.month:%m.%Y} ({s.scheme}): {s.fee} kr. per contact (index {s.index})")
    for x in s.lines:
        print(f"  {x.practice:40} {x.billable:5} × {x.fee} = {x.amount:>12} kr."
              f"  ({x.not_billable} not billable)")  # fmt: skip
    reasons = ", ".join(f"{k}: {v}" for k, v in s.not_billable.items()) or "none"
    print(f"Total {s.billable} billable contacts: {s.total} kr. Not billable: {reasons}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services.admin import backup, backup_actions

    store = _open(args)
    backup.require_sqlite(store)  # PostgreSQL: the pg_dump advice, before signing in
    made = backup_actions.make_backup(_sign_in(store, args), args.reason)
    print(f"Backup {made.path} ({made.size / 1e6:.1f} MB), quick_check: {made.check}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from app.domain.clock import format_local
    from app.services.admin import backup, backup_actions

    store = _open(args)
    backup.require_sqlite(store)
    found = backup_actions.list_backups(_sign_in(store, args))
    print(f"{len(found)} backups in {paths.backup_dir()}, newest first:")
    for b in found:
        check = b.check or "not checked"
        size = f"{b.size / 1e6:8.1f} MB"
        print(f"  {format_local(b.created)}  {b.reason:16} {size}  {check:11} {b.name}")
    return 0


def _restorer(store: Any, args: argparse.Namespace) -> str:
    """The initials of the user restoring, who needs ``backup.restore``. A store too damaged
    (or too old) to sign in to is restored without: whoever can replace its file can."""
    from sqlalchemy.exc import SQLAlchemyError

    from app import settings
    from app.services.kernel.permissions import require

    try:
        ctx = _sign_in(store, args)
    except SQLAlchemyError:
        return str(args.user or settings.get("last_user") or "")
    require(ctx, "backup.restore")
    return str(ctx.initials)


def cmd_restore(args: argparse.Namespace) -> int:
    from app.cli.store import restore_target
    from app.domain.clock import format_local
    from app.services.admin import backup

    # Not _open(): a damaged store must not stop its own restore; restore migrates after.
    store = restore_target(args)
    _opened.append(store)
    backup.require_sqlite(store)  # PostgreSQL: refused with the pg_restore advice
    by = _restorer(store, args)
    if not args.yes:
        print(f"Replace {store.describe()} by {args.file}? Work saved after that backup is lost;")
        print("the current store is backed up first. Close AkutDesk on this store before.")
        try:
            answer = input("Type yes to restore: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("yes", "ja"):
            print("Nothing restored.", file=sys.stderr)
            return 1
    done = backup.restore(store, args.file, by=by)
    made = format_local(done.restored.created)
    print(f"Restored {done.restored.name} (made {made}); integrity_check: {done.integrity}")
    if done.safety:
        print(f"The store as it was is kept as {done.safety.path}")
    return 0


COMMANDS = {
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "info": cmd_info,
    "worklist": cmd_worklist,
    "course-summary": cmd_course_summary,
    "closing-note": cmd_closing_note,
    "gp-fees": cmd_gp_fees,
}


if __name__ == "__main__":
    sys.exit(main())
