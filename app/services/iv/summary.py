"""The summary of an IV course for the record (PDF): read through the course view, so
printing it is audit-logged like opening it (app/services/iv/views.py); rendered by
app/documents/course_summary.py. The summary names the patient by the full CPR, audit-logged
as a disclosure (D40 as amended)."""

from __future__ import annotations

import datetime as dt

from app.documents.course_summary import render_course_summary
from app.domain import clock
from app.services.admin.reference import get_municipality
from app.services.citizens import disclose_cpr
from app.services.iv.views import get_course
from app.services.kernel.context import Context


def course_summary_pdf(
    ctx: Context, course_uuid: str, printed_at: dt.datetime | None = None, *, reason: str = ""
) -> bytes:
    """The summary of one course as PDF bytes (reads through the course view service, so
    printing it is audit-logged like opening it; ``reason`` when the citizen belongs to
    another team, issue #7)."""
    municipality = get_municipality(ctx).data.name
    view = get_course(ctx, course_uuid, reason=reason)
    cpr = disclose_cpr(ctx, view.citizen_uuid, "course_summary", course_uuid)
    return render_course_summary(municipality, view, printed_at or clock.now_utc(), cpr)
