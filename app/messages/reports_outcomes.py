"""Reports (issue #14), continued: see app/messages/reports.py for the ids' shape."""

from __future__ import annotations

from app.messages.marks import Template

PROBLEMS: dict[str, Template] = {}

TEXTS: dict[str, Template] = {}
