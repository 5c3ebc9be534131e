"""The printable day list (PDF): the work list of a day (app/services/today/worklist.py),
rendered by app/documents/daylist.py."""

from __future__ import annotations

import datetime as dt

from app.documents.daylist import render_day_list
from app.domain import clock
from app.services.admin.reference import get_municipality
from app.services.kernel.context import Context
from app.services.today.worklist import worklist


def day_list_pdf(ctx: Context, on: dt.date, printed_at: dt.datetime | None = None) -> bytes:
    """The day list of ``on`` as PDF bytes (reads through the worklist service)."""
    municipality = get_municipality(ctx).data.name
    return render_day_list(municipality, worklist(ctx, on), printed_at or clock.now_utc())
