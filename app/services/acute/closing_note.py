"""The XDIS22 closing note of an acute episode for the GP, as text or PDF: read through the
episode view (app/services/acute/views.py), rendered by app/documents/closing_note.py."""

from __future__ import annotations

import datetime as dt

from app.documents.closing_note import render_pdf, render_text
from app.domain import clock
from app.services.acute.views import EpisodeView, get_episode
from app.services.admin.reference import get_municipality
from app.services.kernel.context import Context


def _view(ctx: Context, episode_uuid: str) -> tuple[str, EpisodeView]:
    return get_municipality(ctx).data.name, get_episode(ctx, episode_uuid)


def closing_note_text(ctx: Context, episode_uuid: str) -> str:
    """The closing note as plain text for the GP."""
    municipality, view = _view(ctx, episode_uuid)
    return render_text(municipality, view)


def closing_note_pdf(
    ctx: Context, episode_uuid: str, printed_at: dt.datetime | None = None
) -> bytes:
    """The closing note as PDF bytes."""
    municipality, view = _view(ctx, episode_uuid)
    return render_pdf(municipality, view, printed_at or clock.now_utc())
