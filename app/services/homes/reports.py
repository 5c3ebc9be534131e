"""Making the nursing-home reports (KLU list, coverage as of 1 January, quarterly changes),
keeping each as made — the signed PDF and the CSV — and the register of when each was sent
and to whom (OK22 Bilag 2, 001:13959–13978; DIGEST §4.2).

A report is stored as made, so a reprint is byte-identical (STYLE §3); making it again
for the same period keeps both. The PDF is signed (PAdES) through app.signing when the
store has a signer; otherwise it is kept unsigned and says so (``signed`` = False).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import homes as rules
from app.domain.problems import problem
from app.errors import InvalidInput
from app.models import HomeReport, HomeReportSending, Municipality
from app.services.homes import report_data, signing
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import get_by_uuid

WHAT = "home_report"


@dataclass(frozen=True)
class Period:
    kind: str
    label: str  # "01.04.2026", "2026", "2026 K3"
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Sending:
    sent_on: dt.date
    recipient: str
    channel: str
    note: str


@dataclass(frozen=True)
class ReportRow:
    uuid: str
    kind: str
    period: str
    period_start: dt.date
    period_end: dt.date
    made_at: dt.datetime
    signed: bool
    sha256: str
    sendings: tuple[Sending, ...]


def period_for(
    kind: str, *, on: dt.date | None = None, year: int | None = None, quarter: int | None = None
) -> Period:
    """The period a report covers: the KLU list on a date, coverage as of 1 January of a
    year, changes for a quarter."""
    if kind == rules.ReportKind.KLU:
        day = on or clock.today()
        return Period(kind, day.strftime("%d.%m.%Y"), day, day)
    if kind == rules.ReportKind.COVERAGE and year:
        day = dt.date(year, 1, 1)
        return Period(kind, str(year), day, day)
    if kind == rules.ReportKind.CHANGES and year and quarter in (1, 2, 3, 4):
        assert quarter is not None
        end = min(rules.quarter_end(year, quarter), clock.today())
        start = rules.quarter_start(year, quarter)
        if end < start:
            raise InvalidInput([problem("period", "homes.quarter_future")])
        return Period(kind, f"{year} K{quarter}", start, end)
    raise InvalidInput([problem("period", "homes.report_period")])


def _municipality(session: Session) -> str:
    row = session.scalars(select(Municipality)).first()
    return row.name if row else ""


def _render(session: Session, period: Period, printed_at: dt.datetime) -> tuple[bytes, str]:
    # lazy: reportlab loads only when a document is made
    from app.documents import homes_reports as docs

    name = _municipality(session)
    if period.kind == rules.ReportKind.KLU:
        klu = report_data.klu_data(session, period.start)
        return docs.klu_pdf(name, klu, printed_at), docs.klu_csv(klu)
    if period.kind == rules.ReportKind.COVERAGE:
        snap = report_data.coverage_data(session, period.start.year)
        return docs.coverage_pdf(name, period.start.year, snap, printed_at), docs.coverage_csv(snap)
    year, quarter = rules.quarter_of(period.start)
    changes = report_data.changes_data(session, year, quarter, period.end)
    return docs.changes_pdf(name, changes, printed_at), docs.changes_csv(changes)


def make_report(
    ctx: Context, period: Period, printed_at: dt.datetime | None = None
) -> Done[ReportRow]:
    """Compute, render, sign and keep one report (the register's figures of that date)."""
    require(ctx, "homes.reports")
    when = printed_at or clock.now_utc()
    with ctx.store.session() as session:
        pdf, text = _render(session, period, when)
        pdf, signed = signing.sign(ctx, pdf, when, _municipality(session))
        row = HomeReport(
            kind=period.kind,
            period=period.label,
            period_start=period.start,
            period_end=period.end,
            made_at=when,
            pdf=pdf,
            csv=text,
            signed=signed,
            sha256=hashlib.sha256(pdf).hexdigest(),
        )
        after = {
            "kind": period.kind,
            "period": period.label,
            "signed": signed,
            "sha256": row.sha256,
        }
        audit.insert(session, ctx, row, "home_report", after=after)
        made = _row(row)
    return Done(made, Changes.of("home_report", made.uuid))


def _row(r: HomeReport) -> ReportRow:
    return ReportRow(
        r.uuid,
        r.kind,
        r.period,
        r.period_start,
        r.period_end,
        r.made_at,
        r.signed,
        r.sha256,
        tuple(Sending(s.sent_on, s.recipient, s.channel, s.note) for s in r.sendings),
    )


def list_reports(ctx: Context, kind: str = "") -> list[ReportRow]:
    require(ctx, "homes.read")
    with ctx.store.read() as session:
        query = select(HomeReport).order_by(HomeReport.made_at.desc(), HomeReport.id.desc())
        if kind:
            query = query.where(HomeReport.kind == kind)
        return [_row(r) for r in session.scalars(query)]


def report_files(ctx: Context, uuid: str) -> tuple[bytes, str]:
    """The PDF and the CSV exactly as made."""
    require(ctx, "homes.read")
    with ctx.store.read() as session:
        r = get_by_uuid(session, HomeReport, uuid, WHAT)
        return r.pdf, r.csv


def mark_sent(
    ctx: Context, uuid: str, sent_on: dt.date, recipient: str, channel: str = "", note: str = ""
) -> Done[ReportRow]:
    """Register that a report was sent, when and to whom (e.g. KLU, the region's practice
    department, PLO regionally)."""
    require(ctx, "homes.reports")
    found = []
    if not recipient.strip():
        found.append(problem("recipient", "homes.recipient"))
    if sent_on > clock.today():
        found.append(problem("sent_on", "homes.sent_future"))
    with ctx.store.session() as session:
        report = get_by_uuid(session, HomeReport, uuid, WHAT)
        if sent_on < clock.local(report.made_at).date():
            found.append(problem("sent_on", "homes.sent_before_made"))
        if found:
            raise InvalidInput(found)
        row = HomeReportSending(
            report_id=report.id,
            sent_on=sent_on,
            recipient=recipient.strip(),
            channel=channel.strip(),
            note=note.strip(),
        )
        after = {"report": uuid, "sent_on": sent_on.isoformat(), "recipient": row.recipient}
        audit.insert(session, ctx, row, "home_report_sending", after=after)
        session.refresh(report)
        sent = _row(report)
    return Done(sent, Changes.of("home_report", uuid))
