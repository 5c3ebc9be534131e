"""The acute function's reports (issue #14 item 6; OK22 Bilag 3, DIGEST §2.3, D20–D24):
``acute.episodes`` (app/services/reports/acute_episodes.py) and ``acute.occupancy``
(app/services/reports/acute_occupancy.py). See app/services/reports/registry.py."""

from __future__ import annotations

from app.domain.reports import ReportSpec

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "acute.episodes",
        "reports.acute.episodes.title",
        "reports.acute.episodes.description",
        "acute",
        "app.services.reports.acute_episodes:build",
    ),
    ReportSpec(
        "acute.occupancy",
        "reports.acute.occupancy.title",
        "reports.acute.occupancy.description",
        "acute",
        "app.services.reports.acute_occupancy:build",
    ),
)


def reports() -> tuple[ReportSpec, ...]:
    """The kind's ``reports`` hook (app.domain.kinds)."""
    return REPORTS
