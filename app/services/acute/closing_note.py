"""The XDIS22 closing note of an acute episode for the GP, as text or PDF: read through the
episode view (app/services/acute/views.py), rendered by app/documents/closing_note.py. The
note names the patient by the full CPR, audit-logged as a disclosure (D40 as amended)."""

from __future__ import annotations

import datetime as dt

from app.documents.closing_note import render_pdf, render_text
from app.domain import clock
from app.services.acute.views import EpisodeView, get_episode
from app.services.admin.reference import get_municipality
from app.services.citizens import disclose_cpr
from app.services.kernel.context import Context


def _view(ctx: Context, episode_uuid: str, document: str) -> tuple[str, EpisodeView, str]:
    view = get_episode(ctx, episode_uuid)
    cpr = disclose_cpr(ctx, view.citizen_uuid, document, episode_uuid)
    return get_municipality(ctx).data.name, view, cpr


def closing_note_text(ctx: Context, episode_uuid: str) -> str:
    """The closing note as plain text for the GP."""
    municipality, view, cpr = _view(ctx, episode_uuid, "closing_note_text")
    return render_text(municipality, view, cpr)


def closing_note_pdf(
    ctx: Context, episode_uuid: str, printed_at: dt.datetime | None = None
) -> bytes:
    """The closing note as PDF bytes."""
    municipality, view, cpr = _view(ctx, episode_uuid, "closing_note_pdf")
    return render_pdf(municipality, view, printed_at or clock.now_utc(), cpr)
