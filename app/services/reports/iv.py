"""The IV courses' reports (IV agreement, DIGEST §1.15–1.16): the kind's ``reports`` hook
(app.domain.kinds.IV) names :data:`REPORTS`."""

from __future__ import annotations

from app.domain.reports import ReportSpec
from app.services.reports import iv_activity, iv_outcomes

REPORTS: tuple[ReportSpec, ...] = (*iv_activity.REPORTS, *iv_outcomes.REPORTS)


def reports() -> tuple[ReportSpec, ...]:
    """The kind's ``reports`` hook (app.domain.kinds)."""
    return REPORTS
