"""The reports there are, and running one (issue #14).

Every case kind declares its reports (a tuple of :class:`~app.domain.reports.ReportSpec`
returned by the ``reports`` hook of app.domain.kinds); :data:`COMMON` holds the reports across
the kinds. A report runs on one read-only session (a consistent picture, nothing written)
and returns a :class:`~app.domain.reports.Report`; the page, the command line and the
exports all come through :func:`run_report`.
"""

from __future__ import annotations

import datetime as dt

from app.domain import clock, kinds
from app.domain.problems import problem
from app.domain.reports import Filters, Progress, Report, ReportSpec, no_progress
from app.errors import InvalidInput, NotFound
from app.services.kernel.context import Context
from app.services.kernel.permissions import allowed, require
from app.services.reports import dataset, dataset_delivery

#: reports that span the case kinds (the region's dataset)
COMMON: tuple[ReportSpec, ...] = dataset.REPORTS

#: the longest period one report covers (a report over decades is a typing error)
MAX_DAYS = 3 * 366


def all_reports() -> tuple[ReportSpec, ...]:
    """Every declared report: each case kind's in the kinds' order, then :data:`COMMON`."""
    found: list[ReportSpec] = []
    for kind in kinds.KINDS:
        if kind.reports is not None:
            found += kinds.resolve(kind.reports)()
    return (*found, *COMMON)


def list_reports(ctx: Context) -> tuple[ReportSpec, ...]:
    """The reports this user may run (the list of the page and ``akutdesk reports LIST``)."""
    return tuple(
        r for r in all_reports() if allowed(ctx, "reports.read") and allowed(ctx, r.permission)
    )


def spec(name: str) -> ReportSpec:
    for found in all_reports():
        if found.name == name:
            return found
    raise NotFound("report", name)


def filters(
    start: dt.date | None, end: dt.date | None, unit: str | None = None, team: str | None = None
) -> Filters:
    """Checked filters: both days given, start not after end, at most :data:`MAX_DAYS`; a
    refusal names the field."""
    problems = []
    if start is None:
        problems.append(problem("from", "reports.from_missing"))
    if end is None:
        problems.append(problem("to", "reports.to_missing"))
    if start is not None and end is not None:
        if end < start:
            problems.append(problem("to", "reports.period_reversed"))
        elif (end - start).days + 1 > MAX_DAYS:
            problems.append(problem("to", "reports.period_long", n=MAX_DAYS))
        elif not (clock.plausible_day(start) and clock.plausible_day(end)):
            problems.append(problem("from", "reports.period_implausible"))
    if problems:
        raise InvalidInput(problems)
    assert start is not None and end is not None
    return Filters(start, end, (unit or "").strip() or None, (team or "").strip() or None)


def run_report(
    ctx: Context, name: str, chosen: Filters, progress: Progress = no_progress
) -> Report:
    """Run report ``name`` for ``chosen`` on one read-only session (nothing written)."""
    require(ctx, "reports.read")
    found = spec(name)
    require(ctx, found.permission)
    if found in dataset.REPORTS:  # a delivery of patient data: audit-logged (D40, D43)
        return dataset_delivery.run_dataset(ctx, name, chosen, progress).value
    build = kinds.resolve(found.build)
    with ctx.store.read() as session:
        report: Report = build(session, chosen, progress)
    return report
