"""The reports across the case kinds (issue #14 item 8): the region's dataset of the IV
agreement, identifying and pseudonymised (DIGEST §1.15–1.16; D40; docs/report-dataset.md).
Both are built in app/services/reports/dataset_courses.py and delivered — with the
pseudonym key made once and the disclosure audit-logged — by
app/services/reports/dataset_delivery.py. See app/services/reports/registry.py."""

from __future__ import annotations

from app.domain.reports import ReportSpec

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "dataset.courses",
        "reports.dataset.title",
        "reports.dataset.description",
        None,
        "app.services.reports.dataset_courses:build",
        permission="reports.dataset",
    ),
    ReportSpec(
        "dataset.courses_pseudonymised",
        "reports.dataset.title_pseudonymised",
        "reports.dataset.description_pseudonymised",
        None,
        "app.services.reports.dataset_courses:build_pseudonymised",
        permission="reports.dataset",
        pseudonymised=True,
    ),
)
