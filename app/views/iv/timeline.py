"""A course's history: every event the core returns (TimelineEvent), in the
user's language — the text is made here from the event's codes and values."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain import clock
from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text, decimal_text, moment_text

CONTEXT = "Timeline"
FLAGGED, MUTED = "#8a3b00", "#6b6b6b"
DATED_BY_DAY = ("type_change", "ended")
TITLES = {
    "referred": QT_TRANSLATE_NOOP("Timeline", "Referred by {department}: {drug}"),
    "accepted": QT_TRANSLATE_NOOP("Timeline", "Referral accepted by {by}"),
    "rejected": QT_TRANSLATE_NOOP("Timeline", "Referral rejected by {by}: {reason}"),
    "type_change": QT_TRANSLATE_NOOP("Timeline", "Course type changed: {from} → {to}"),
    "administration": QT_TRANSLATE_NOOP("Timeline", "Administration {start}–{end}"),
    "crp": QT_TRANSLATE_NOOP("Timeline", "CRP {value} mg/L ({method})"),
    "conference": QT_TRANSLATE_NOOP("Timeline", "Conference: {decision}"),
    "ended": QT_TRANSLATE_NOOP("Timeline", "Course ended: {reason}"),
}
DETAILS = {
    "observations": QT_TRANSLATE_NOOP("Timeline", "Observations: {text}"),
    "vitals": QT_TRANSLATE_NOOP("Timeline", "Vital signs: {text}"),
    "exception_reason": QT_TRANSLATE_NOOP("Timeline", "Reason for the exception: {text}"),
    "complication_text": QT_TRANSLATE_NOOP("Timeline", "Complication: {text}"),
    "note": QT_TRANSLATE_NOOP("Timeline", "Note: {text}"),
    "reason": QT_TRANSLATE_NOOP("Timeline", "Reason: {text}"),
}
CONFERENCE_WITH = QT_TRANSLATE_NOOP("Timeline", "With {who}, by {channel}")
GIVEN = QT_TRANSLATE_NOOP("Timeline", "{place}, by {nurse}")
#: which values of each kind of event are shown as notes, in this order
NOTES = {
    "administration": ("observations", "vitals", "complication_text", "exception_reason"),
    "conference": ("note",),
    "rejected": ("text",),
    "ended": ("text",),
    "type_change": ("reason",),
}
#: the vocabulary of each value that holds a code
CODED = {
    "reason": None,  # depends on the event: see _values
    "place": voc.PLACES,
    "method": voc.CRP_METHODS,
    "decision": voc.DECISIONS,
    "channel": voc.CHANNELS,
    "from": voc.COURSE_TYPES,
    "to": voc.COURSE_TYPES,
}
REASONS = {"rejected": voc.REJECTION_REASONS, "ended": voc.END_REASONS}
FLAG_LABELS = {**voc.COMPLICATIONS, **voc.FLAGS}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _values(event: Any) -> dict[str, str]:
    values = {key: str(value) for key, value in event.data.items()}
    for key, table in CODED.items():
        table = REASONS.get(event.kind) if key == "reason" else table
        if key in values and table is not None:
            values[key] = voc.label(table, values[key])
    for key in ("value", "vitals"):  # 38.5 → 38,5 in Danish
        if key in values:
            values[key] = decimal_text(values[key])
    return values


def when(event: Any) -> str:
    """Type changes and ends are dated by day (the core's clock time is a placeholder)."""
    if event.kind in DATED_BY_DAY:
        return date_text(clock.local(event.at).date())
    return moment_text(event.at)


def title(event: Any) -> str:
    template = TITLES.get(event.kind)
    if template is None:
        return event.text
    try:
        return _tr(template).format(**_values(event))
    except (KeyError, IndexError, ValueError):
        return event.text


def details(event: Any) -> str:
    values = _values(event)
    lines = []
    if event.kind == "administration":
        lines.append(
            _tr(GIVEN).format(place=values.get("place", ""), nurse=values.get("nurse", ""))
        )
    if event.kind == "conference":
        lines.append(
            _tr(CONFERENCE_WITH).format(
                who=values.get("with", ""), channel=values.get("channel", "").lower()
            )
        )
    for key in NOTES.get(event.kind, ()):
        if values.get(key):
            lines.append(
                _tr(DETAILS[key]).format(text=values[key]) if key in DETAILS else values[key]
            )
    return "\n".join(lines)


def flags(event: Any) -> str:
    return ", ".join(voc.label(FLAG_LABELS, flag) for flag in event.flags)


class TimelineView(QTextBrowser):
    """The events as a wrapped list, oldest first: time, what happened (with its flags),
    and the notes under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Course history"))
        self._rows: list[tuple[str, str, str]] = []

    def show_events(self, events: Any) -> None:
        self._rows = []
        lines = []
        for index, event in enumerate(events):
            what = title(event)
            if event.flags:
                what = f"{what} — {flags(event)}"
            row = (when(event), what, details(event))
            self._rows.append(row)
            lines.append(self._html(row, event, index))
        self.setHtml(
            '<table width="100%" cellspacing="0" cellpadding="5">' + "".join(lines) + "</table>"
            if lines
            else ""
        )
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    @staticmethod
    def _html(row: tuple[str, str, str], event: Any, index: int) -> str:
        when, what, notes = (escape(part) for part in row)
        colour = FLAGGED if event.flags else (MUTED if event.kind in ("rejected", "ended") else "")
        style = f' style="color: {colour}"' if colour else ""
        background = ' bgcolor="#f4f6f8"' if index % 2 else ""
        notes_html = f'<br><span style="color: #444">{notes.replace(chr(10), "<br>")}</span>'
        return (
            f'<tr{background}><td width="115" valign="top" style="color: #556">{when}</td>'
            f'<td valign="top"><b{style}>{what}</b>{notes_html if notes else ""}</td></tr>'
        )

    def rows(self) -> list[tuple[str, str, str]]:
        """What the list shows, as plain text: (when, event, notes)."""
        return list(self._rows)
