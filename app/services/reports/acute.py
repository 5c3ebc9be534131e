"""Reports (issue #14): see app/services/reports/registry.py."""

from __future__ import annotations

from app.domain.reports import ReportSpec

REPORTS: tuple[ReportSpec, ...] = ()


def reports() -> tuple[ReportSpec, ...]:
    """The kind's ``reports`` hook (app.domain.kinds)."""
    return REPORTS
