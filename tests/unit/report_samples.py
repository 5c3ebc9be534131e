"""A small, real-looking report for the tests of the page, the exports and the command line
(issue #14): every kind of cell (count, decimal, percent, days, kr, date, month, a coded
label, a name, None) and every kind of chart, registered in place of the real reports with
:func:`register`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from app import messages
from app.domain.reports import (
    Chart,
    Column,
    Figure,
    Filters,
    Label,
    Progress,
    Report,
    ReportSpec,
    Table,
)
from app.messages.marks import Template

#: a context of their own: no catalogue translates them, so they read the same in Danish
#: whatever the real reports' texts become
CONTEXT = "ReportSamples"
TEXTS = {
    "reports.sample.title": "IV activity (sample)",
    "reports.sample.description": "Courses by hospital unit, month and end reason.",
    "reports.sample.courses": "Courses",
    "reports.sample.median": "Median length (days)",
    "reports.sample.over_14": "Share over 14 days",
    "reports.sample.decision_time": "Time from value to decision (hours)",
    "reports.sample.by_unit": "Courses by hospital unit",
    "reports.sample.by_month": "Courses by month and type",
    "reports.sample.lengths": "Length of the courses",
    "reports.sample.reasons": "End reasons",
    "reports.sample.reasons_chart": "Courses by end reason",
    "reports.sample.months_chart": "Courses per month",
    "reports.sample.total_chart": "Treatment days per month",
    "reports.sample.lengths_chart": "Distribution of length",
    "reports.sample.note": "A course counts in the period when it was active in it.",
    "reports.sample.notice": "Figures from the sample builder, not from a store.",
    "reports.col.unit": "Hospital unit",
    "reports.col.first_day": "First course",
    "reports.col.fee": "Fees",
    "reports.col.days": "Treatment days",
    "reports.col.length": "Length (days)",
    "reports.col.month": "Month",
    "reports.col.no_pump": "Antibiotics, no pump",
    "reports.col.pump": "Antibiotics, pump",
    "reports.col.fluid": "Fluid",
    "reports.col.reason": "End reason",
    "reports.col.share": "Share",
    "reports.end_reason.completed": "Treatment completed",
    "reports.end_reason.readmitted": "Readmitted",
    "reports.end_reason.oral": "Switched to oral",
    "reports.sample2.title": "Day-3 CRP (sample)",
    "reports.sample2.description": "CRP on treatment day 3.",
    "reports.sample2.crp": "Day-3 CRP taken",
}

UNITS = (("OUH Odense", 212, 1480, Decimal("12.3"), Decimal("1935.27"), dt.date(2026, 1, 4)),
         ("OUH Svendborg", 96, 702, Decimal("8.0"), Decimal("812.50"), dt.date(2026, 1, 9)),
         ("Sydvestjysk Sygehus", 104, 655, None, Decimal("0.00"), None))  # fmt: skip
MONTHS = tuple(
    (dt.date(2026, m, 1), 30 + 3 * m, 8 + m, 4 + (m % 3), 180 + 11 * m) for m in range(1, 7)
)
LENGTHS = tuple((d, max(1, 40 - 3 * abs(d - 7))) for d in range(1, 23))
REASONS = ((Label("reports.end_reason.completed", "completed"), 301, Decimal("73.1")),
           (Label("reports.end_reason.oral", "oral"), 77, Decimal("18.7")),
           (Label("reports.end_reason.readmitted", "readmitted"), 34, Decimal("8.3")))  # fmt: skip


def sample(chosen: Filters) -> Report:
    by_unit = Table("by_unit", "reports.sample.by_unit", (
        Column("unit", "reports.col.unit"), Column("courses", "reports.sample.courses", "count"),
        Column("days", "reports.col.days", "days"),
        Column("over_14", "reports.sample.over_14", "percent"),
        Column("fee", "reports.col.fee", "kr"), Column("first", "reports.col.first_day", "date"),
    ), UNITS, "reports.sample.note")  # fmt: skip
    by_month = Table("by_month", "reports.sample.by_month", (
        Column("month", "reports.col.month", "month"),
        Column("no_pump", "reports.col.no_pump", "count"),
        Column("pump", "reports.col.pump", "count"), Column("fluid", "reports.col.fluid", "count"),
        Column("days", "reports.col.days", "days"),
    ), MONTHS)  # fmt: skip
    lengths = Table("lengths", "reports.sample.lengths", (
        Column("length", "reports.col.length", "days"),
        Column("courses", "reports.sample.courses", "count"),
    ), LENGTHS)  # fmt: skip
    reasons = Table("reasons", "reports.sample.reasons", (
        Column("reason", "reports.col.reason"), Column("courses", "reports.sample.courses", "count"),
        Column("share", "reports.col.share", "percent"),
    ), REASONS)  # fmt: skip
    return Report(
        "sample.activity", "reports.sample.title", chosen,
        figures=(Figure("courses", "reports.sample.courses", 412),
                 Figure("median", "reports.sample.median", Decimal("6.5"), "days"),
                 Figure("over_14", "reports.sample.over_14", Decimal("12.5"), "percent"),
                 Figure("decision", "reports.sample.decision_time", None, "hours")),
        tables=(by_unit, by_month, lengths, reasons),
        charts=(Chart("months", "reports.sample.months_chart", "by_month", "stacked_bar", "month",
                      ("no_pump", "pump", "fluid")),
                Chart("total", "reports.sample.total_chart", "by_month", "line", "month",
                      ("days",)),
                Chart("lengths", "reports.sample.lengths_chart", "lengths", "histogram",
                      "length", ("courses",)),
                Chart("reasons", "reports.sample.reasons_chart", "reasons", "bar", "reason",
                      ("courses",))),
        notes=("reports.sample.notice",),
    )  # fmt: skip


CALLS: list[tuple[str, Filters]] = []


def build(session: Any, chosen: Filters, progress: Progress) -> Report:
    """The sample's build hook: counts four steps, as a long report would."""
    del session
    CALLS.append(("sample.activity", chosen))
    for step in range(4):
        progress(step, 4)
    progress(4, 4)
    return sample(chosen)


def build_small(session: Any, chosen: Filters, progress: Progress) -> Report:
    del session, progress
    CALLS.append(("sample.crp", chosen))
    table = Table("crp", "reports.sample2.crp", (
        Column("unit", "reports.col.unit"), Column("share", "reports.col.share", "percent"),
    ), (("OUH Odense", Decimal("81.0")), ("OUH Svendborg", Decimal("64.5"))))  # fmt: skip
    return Report("sample.crp", "reports.sample2.title", chosen,
                  figures=(Figure("crp", "reports.sample2.crp", Decimal("74.2"), "percent"),),
                  tables=(table,),
                  charts=(Chart("crp", "reports.sample2.crp", "crp", "bar", "unit"),))  # fmt: skip


SPECS = (
    ReportSpec("sample.activity", "reports.sample.title", "reports.sample.description", "iv",
               "tests.unit.report_samples:build"),
    ReportSpec("sample.crp", "reports.sample2.title", "reports.sample2.description", "iv",
               "tests.unit.report_samples:build_small"),
)  # fmt: skip


DELIVERED: list[str] = []


def run_dataset(ctx: Any, name: str, chosen: Filters, progress: Progress) -> Any:
    """A stand-in for the region's dataset delivery (app/services/reports/running.py): the
    report and what the delivery changed (its audit entry)."""
    from app.services.kernel.changes import Changes, Done

    DELIVERED.append(name)
    return Done(build_small(None, chosen, progress), Changes.of("audit_log"))


def register(monkeypatch: pytest.MonkeyPatch, *, delivered: bool = False) -> tuple[ReportSpec, ...]:
    """The two sample reports as the only reports there are, their texts in the catalogue;
    with ``delivered`` the second is a dataset delivered by :func:`run_dataset`."""
    from app.services.reports import dataset, registry, running

    DELIVERED.clear()
    specs = SPECS
    if delivered:
        specs = (SPECS[0], dataclasses.replace(SPECS[1], pseudonymised=True))
        monkeypatch.setattr(dataset, "REPORTS", specs[1:])
        monkeypatch.setattr(running, "DELIVERY", "tests.unit.report_samples")

    for id, text in TEXTS.items():
        monkeypatch.setitem(messages.CATALOGUE, id, Template(CONTEXT, text))
    monkeypatch.setattr(registry, "all_reports", lambda: specs)
    CALLS.clear()
    return specs
