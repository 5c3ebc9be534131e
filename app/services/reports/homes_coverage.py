"""``homes.coverage`` (issue #14 item 7): the nursing homes' coverage with a fixed doctor
over the period against the target (OK22 Bilag 2, DIGEST §2.2, 001:12057–12059; D30), and
the fixed-doctor arrangements that started and ended in it.

The coverage on a day is the register's own figure, computed once in
app/services/homes/figures.py (``snapshot_in``: every home existing that day, a home
covered when each of its units has a running arrangement, D30) — this report only asks it
on the period's first day, each month's last day inside the period and the period's last
day. An arrangement *started* in the period when its start date lies in it, *ended* when
its end date (the effective date of a termination, D32) lies in it.

Neither the hospital-unit nor the team filter applies to nursing homes (said in a note).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.reports import Chart, Column, Figure, Filters, Label, Progress, Report, Table
from app.models import FixedDoctorArrangement, HomeSection, NursingHome
from app.services.homes import figures

T = "reports.homes.coverage."


def sample_days(chosen: Filters) -> list[dt.date]:
    """The period's first day, the last day of each month inside it, its last day."""
    days = {chosen.start, chosen.end}
    first = chosen.start.replace(day=1)
    while first <= chosen.end:
        following = (first + dt.timedelta(days=32)).replace(day=1)
        last = following - dt.timedelta(days=1)
        if chosen.start <= last <= chosen.end:
            days.add(last)
        first = following
    return sorted(days)


def _changes(session: Session, chosen: Filters) -> list[tuple[dt.date, str, str, str, str, str]]:
    """(date, started|ended, home, section, doctor, practice), in date order."""
    query = (
        select(
            FixedDoctorArrangement.start_date, FixedDoctorArrangement.end_date,
            NursingHome.name, HomeSection.name,
            FixedDoctorArrangement.doctor_name, FixedDoctorArrangement.practice_name,
        )
        .join(NursingHome, NursingHome.id == FixedDoctorArrangement.home_id)
        .outerjoin(HomeSection, HomeSection.id == FixedDoctorArrangement.section_id)
        .where(
            FixedDoctorArrangement.start_date <= chosen.end,
            (FixedDoctorArrangement.end_date.is_(None))
            | (FixedDoctorArrangement.end_date >= chosen.start),
        )
    )  # fmt: skip
    found = []
    for start, end, home, section, doctor, practice in session.execute(query):
        if chosen.start <= start <= chosen.end:
            found.append((start, "started", home, section or "", doctor, practice))
        if end is not None and chosen.start <= end <= chosen.end:
            found.append((end, "ended", home, section or "", doctor, practice))
    return sorted(found)


def build(session: Session, chosen: Filters, progress: Progress) -> Report:
    """The ``homes.coverage`` report (see the module's counting rules)."""
    days = sample_days(chosen)
    rows = []
    last = None
    for n, day in enumerate(days):
        last = figures.snapshot_in(session, day).coverage
        rows.append((day, last.homes, last.covered, last.percent, last.target))
        progress(n + 1, len(days) + 1)
    assert last is not None  # a period has at least one day
    changes = _changes(session, chosen)
    started = sum(1 for c in changes if c[1] == "started")
    coverage = Table("over_time", T + "over_time", (
        Column("day", "reports.col.day", "date"),
        Column("homes", "reports.col.homes", "count"),
        Column("covered", "reports.col.covered_homes", "count"),
        Column("coverage", "reports.col.coverage", "percent"),
        Column("target", "reports.col.target", "percent"),
    ), tuple(rows), T + "over_time_note")  # fmt: skip
    arrangements = Table("changes", T + "changes", (
        Column("day", "reports.col.day", "date"),
        Column("change", "reports.col.change"),
        Column("home", "reports.col.home"),
        Column("section", "reports.col.section"),
        Column("doctor", "reports.col.doctor"),
        Column("practice", "reports.col.practice"),
    ), tuple(
        (day, Label(f"{T}change.{kind}", kind), home, section, doctor, practice)
        for day, kind, home, section, doctor, practice in changes
    ), T + "changes_note")  # fmt: skip
    result = (
        Figure("coverage", T + "fig.coverage", last.percent, "percent"),
        Figure("target", T + "fig.target", last.target, "percent"),
        Figure("target_date", T + "fig.target_date", last.target_date, "date"),
        Figure("homes", T + "fig.homes", last.homes),
        Figure("covered", T + "fig.covered", last.covered),
        Figure("started", T + "fig.started", started),
        Figure("ended", T + "fig.ended", len(changes) - started),
    )
    charts = (
        Chart("over_time", T + "over_time", "over_time", "line", "day", ("coverage", "target")),
    )
    progress(len(days) + 1, len(days) + 1)
    return Report(
        "homes.coverage", T + "title", chosen, result, (coverage, arrangements), charts,
        (T + "filters_note",),
    )  # fmt: skip
