"""Reports (issue #14): see app/services/reports/registry.py."""

from __future__ import annotations

from app.domain.reports import ReportSpec

REPORTS: tuple[ReportSpec, ...] = ()
