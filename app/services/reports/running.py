"""Running reports for the page and the command line (issue #14): one report, and the
status report's set — so both say the same and neither knows a report by name.

The region's dataset (``dataset.*``, :data:`app.services.reports.dataset.REPORTS`) is not
run like the other reports: it is *delivered* by its own use case,
``app.services.reports.dataset_delivery.run_dataset``, which makes the pseudonym key once
and audit-logs the delivery (a disclosure of CPR numbers, D40) — its builders refuse to run
otherwise. :func:`run` calls that use case for them, :func:`registry.run_report` for the
rest. The status report (DIGEST §1.15: the status on the quantitative data after six
months) holds the aggregate reports only: a dataset is delivered to the region on its own,
never printed into a status document.
"""

from __future__ import annotations

import importlib
from typing import Any

from app.domain.reports import Filters, Progress, Report, ReportSpec, no_progress
from app.services.kernel.context import Context
from app.services.reports import dataset, registry

DELIVERY = "app.services.reports.dataset_delivery"


def delivered(name: str) -> bool:
    """Whether ``name`` is a dataset delivered through its own audited use case."""
    return name in {s.name for s in dataset.REPORTS}


def run(ctx: Context, name: str, chosen: Filters, progress: Progress = no_progress) -> Any:
    """Report ``name`` for ``chosen``: a :class:`Report`, or — for a delivered dataset —
    the delivery's ``Done[Report]`` (its audit entry is what it changed)."""
    if delivered(name):
        deliver: Any = importlib.import_module(DELIVERY).run_dataset
        return deliver(ctx, name, chosen, progress)
    return registry.run_report(ctx, name, chosen, progress)


def report_of(result: Any) -> Report:
    """The report itself of what :func:`run` returned."""
    value = getattr(result, "value", result)
    assert isinstance(value, Report)
    return value


def status_specs(ctx: Context) -> tuple[ReportSpec, ...]:
    """The reports of the status report: every report the user may run but the datasets."""
    return tuple(s for s in registry.list_reports(ctx) if not delivered(s.name))


def status_reports(ctx: Context, chosen: Filters, progress: Progress = no_progress) -> list[Report]:
    """The status report's reports for ``chosen``, one counted step a report."""
    specs = status_specs(ctx)
    made = []
    for done, spec in enumerate(specs):
        progress(done, len(specs))
        made.append(registry.run_report(ctx, spec.name, chosen))
    progress(len(specs), len(specs))
    return made
