"""``akutdesk worklist``, ``course-summary``, ``closing-note`` and ``gp-fees``: the day's work
list and the documents of a course or an episode. Only argparse at module level."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import iso_date
from app.cli.store import context


def add_parsers(sub: Any) -> None:
    work = sub.add_parser(
        "worklist",
        help="the day's work list: administrations, CRP checks, "
        "courses ending, referrals awaiting visitation",
    )
    work.add_argument("--date", type=iso_date, help="YYYY-MM-DD (default: today, Copenhagen)")
    work.add_argument("--json", action="store_true", help="machine-readable output")
    work.add_argument("--pdf", type=Path, metavar="FILE", help="write the printable day list")
    work.add_argument(
        "--citizen", metavar="CPR|UUID", help="only this citizen's rows (CPR number or uuid)"
    )

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

    gp_fees = sub.add_parser("gp-fees", help="OK22 GP-fee activity per practice for a month")
    gp_fees.add_argument("--month", required=True, metavar="YYYY-MM")
    gp_fees.add_argument("--json", action="store_true", help="machine-readable output")


def cmd_worklist(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    import json

    # lazy: start-up (argparse only until a command runs)
    from app.domain import clock

    # lazy: start-up (argparse only until a command runs)
    from app.services.today.worklist import worklist

    ctx = context(args)
    result = worklist(ctx, args.date or clock.today(), citizen=args.citizen)
    if args.pdf:
        # lazy: start-up (only argparse loads before a command is chosen)
        from app import files
        from app.documents.daylist import render_day_list

        # lazy: start-up (argparse only until a command runs)
        from app.services.admin.reference import get_municipality

        files.check_target(args.pdf)  # a folder or a missing folder: one line, no PDF made
        name = get_municipality(ctx).data.name
        files.write_bytes(args.pdf, render_day_list(name, result, clock.now_utc()))
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
        times = ", ".join(f"{clock.local(t):%H:%M}" for t in a.planned_times)
        print(
            f"  {a.given}/{a.doses_per_day} given  {a.course.cpr_masked}  {a.course.citizen_name}  "
            f"{a.course.drug}  treatment day {a.treatment_day}"
            + (f"  planned {times}" if times else "")
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
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import files
    from app.services.iv.summary import course_summary_pdf

    files.check_target(args.out)
    files.write_bytes(
        args.out, course_summary_pdf(context(args), args.course_uuid, reason=args.reason)
    )
    print(f"Course summary written to {args.out}")
    return 0


def cmd_closing_note(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app import files
    from app.services.acute import closing_note

    ctx = context(args)
    files.check_target(args.out)
    if args.out.suffix.lower() == ".txt":
        files.write_text(args.out, closing_note.closing_note_text(ctx, args.episode_uuid))
    else:
        files.write_bytes(args.out, closing_note.closing_note_pdf(ctx, args.episode_uuid))
    print(f"Closing note written to {args.out}")
    return 0


def cmd_gp_fees(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    import json

    # lazy: start-up (argparse only until a command runs)
    from app.domain import clock

    # lazy: start-up (argparse only until a command runs)
    from app.services.acute.fees import gp_fee_statement, month_contacts

    ctx = context(args)
    s = gp_fee_statement(ctx, args.month)
    if args.json:
        lines = [
            {"practice": x.practice, "billable": x.billable, "not_billable": x.not_billable,
             "fee": str(x.fee), "amount": str(x.amount)}
            for x in s.lines
        ]  # fmt: skip
        document = {"month": s.month.strftime("%Y-%m"), "scheme": s.scheme, "index": str(s.index),
                    "fee": str(s.fee), "lines": lines, "billable": s.billable,
                    "not_billable": s.not_billable, "total": str(s.total)}  # fmt: skip
        # Added in #16: each contact and why it counts or not ("reason" "" when it counts).
        document["contacts"] = [
            {"uuid": c.uuid, "episode": c.episode_uuid, "at": clock.local(c.at).isoformat(),
             "day": c.day.isoformat(), "practice": c.practice, "gp_name": c.gp_name,
             "channel": c.channel, "counts": c.billable, "reason": c.reason}
            for c in month_contacts(ctx, s.month)
        ]  # fmt: skip
        print(json.dumps(document, ensure_ascii=False, indent=1))
        return 0
    print(f"GP fees {s.month:%m.%Y} ({s.scheme}): {s.fee} kr. per contact (index {s.index})")
    for x in s.lines:
        print(f"  {x.practice:40} {x.billable:5} × {x.fee} = {x.amount:>12} kr."
              f"  ({x.not_billable} not billable)")  # fmt: skip
    reasons = ", ".join(f"{k}: {v}" for k, v in s.not_billable.items()) or "none"
    print(f"Total {s.billable} billable contacts: {s.total} kr. Not billable: {reasons}")
    return 0


COMMANDS = {
    "worklist": cmd_worklist,
    "course-summary": cmd_course_summary,
    "closing-note": cmd_closing_note,
    "gp-fees": cmd_gp_fees,
}
