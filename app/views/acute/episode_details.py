"""What an acute episode is: the referral and its target group (D20), where the citizen is
treated, the times, insurance and age (D23), the citizen's own GP, and the texts for the
closing note (XDIS22)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.views.acute.episodes_model import setting_text
from app.views.components import acute_vocabulary as ev
from app.views.components.formatting import date_text, moment_text


class EpisodeDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self._group(
            column,
            self.tr("Referral"),
            (
                ("target_group", self.tr("Target group")),
                ("referrer", self.tr("Referred by")),
                ("referred_at", self.tr("Referred at")),
                ("reason", self.tr("Reason")),
                ("xref22", self.tr("XREF22 reference")),
            ),
        )
        self._group(
            column,
            self.tr("Episode"),
            (
                ("setting", self.tr("Where")),
                ("start", self.tr("Start")),
                ("expected_end", self.tr("Expected end")),
                ("ended", self.tr("Ended")),
                ("insurance", self.tr("Insurance and age")),
                ("own_gp", self.tr("The citizen's GP")),
                ("contacts", self.tr("GP contacts")),
            ),
        )
        self._group(
            column,
            self.tr("Closing note"),
            (
                ("treatment_summary", self.tr("Treatment given")),
                ("status_at_end", self.tr("Status at the end")),
            ),
        )
        column.addStretch(1)

    def _group(self, column: QVBoxLayout, title: str, rows: tuple[tuple[str, str], ...]) -> None:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        column.addWidget(box)
        for key, caption in rows:
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.values[key] = value
            self._forms[key] = form

    def _set(self, key: str, text: str) -> None:
        self.values[key].setText(text)
        self._forms[key].setRowVisible(self.values[key], bool(text))

    def text(self, key: str) -> str:
        return self.values[key].text()

    def show_episode(self, view: Any) -> None:
        referrer = ev.label(ev.REFERRERS, view.referrer_kind)
        if view.referrer_name:
            referrer += f" · {view.referrer_name}"
        self._set("target_group", ev.label(ev.TARGET_GROUPS, view.target_group))
        self._set("referrer", referrer)
        self._set("referred_at", moment_text(view.referred_at))
        self._set("reason", view.reason or "—")
        self._set("xref22", view.xref22_reference or "—")
        self._set("setting", setting_text(view.setting, view.acute_unit_name, view.place_number))
        self._set("start", moment_text(view.start_at))
        self._set("expected_end", date_text(view.expected_end) or "—")
        self._set("ended", self._end(view))
        self._set("insurance", self._insurance(view))
        self._set("own_gp", " · ".join(p for p in (view.gp_name, view.gp_practice) if p) or "—")
        self._set(
            "contacts",
            self.tr("{count} recorded, {billable} counting for the OK22 fee").format(
                count=len(view.contacts), billable=view.billable_contacts
            ),
        )
        self._set("treatment_summary", view.treatment_summary or "—")
        self._set("status_at_end", view.status_at_end or "—")

    def _end(self, view: Any) -> str:
        if view.end_at is None:
            return ""
        text = self.tr("{at}: {reason}").format(
            at=moment_text(view.end_at), reason=ev.label(ev.END_REASONS, view.end_reason)
        )
        return f"{text} — {view.end_text}" if view.end_text else text

    def _insurance(self, view: Any) -> str:
        insured = (
            self.tr("Group-1 insured") if view.group_1_insured else self.tr("Not group-1 insured")
        )
        if view.age is None:
            return insured
        return self.tr("{insured}, {age} years").format(insured=insured, age=view.age)
