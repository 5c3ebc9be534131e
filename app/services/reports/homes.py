"""The nursing homes' reports (issue #14 item 7; OK22 Bilag 2, DIGEST §2.2, D30):
``homes.coverage`` (app/services/reports/homes_coverage.py). See
app/services/reports/registry.py."""

from __future__ import annotations

from app.domain.reports import ReportSpec

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "homes.coverage",
        "reports.homes.coverage.title",
        "reports.homes.coverage.description",
        "homes",
        "app.services.reports.homes_coverage:build",
    ),
)


def reports() -> tuple[ReportSpec, ...]:
    """The kind's ``reports`` hook (app.domain.kinds)."""
    return REPORTS
