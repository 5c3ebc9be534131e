"""A contact between the acute nurse and the GP (OK22 Bilag 3, 001:14138–14150): when, by
phone, electronically or by video, with which GP and practice, by which staff member, and
what was assessed, treated or followed up. While it is typed, the dialog says whether it
will count for the OK22 fee and, if not, why: the hospital holds responsibility, outside
daytime, no medical content (D21), the third contact that day (D22), under 18 or not
group-1 insured (D23) — the core's own rules, asked through preview_billability."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from app.domain import clock
from app.errors import AkutDeskError
from app.services.acute import contacts, views
from app.services.acute.contacts import GpContactInput
from app.services.acute.views import ContactDraft
from app.views.acute.episode_form import EpisodeFormDialog, text_box
from app.views.components import acute_vocabulary as ev
from app.views.components.formatting import now_wall_clock
from app.views.widgets.inputs import datetime_edit, moment_of, set_moment, shown_moment

PREVIEW_DELAY_MS = 150
COUNTS, DOES_NOT = "#1b6e2d", "#8a3b00"


class GpContactDialog(EpisodeFormDialog):
    """New contact, or ``contact`` (a ContactView) to correct."""

    def __init__(
        self, ctx: Any, episode: Any, parent: QWidget | None = None, *, contact: Any = None
    ) -> None:
        super().__init__(ctx, episode, parent)
        self.contact = contact
        self.setWindowTitle(self.tr("Correct GP contact") if contact else self.tr("GP contact"))
        self._build_form()
        self.fee = QLabel()
        self.fee.setObjectName("fee_preview")
        self.fee.setWordWrap(True)
        self.finish_layout()
        self.layout_.insertWidget(self.layout_.indexOf(self.message), self.fee)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.preview)
        self.at.dateTimeChanged.connect(lambda *_: self.timer.start())
        for box in self.done_boxes:
            box.toggled.connect(lambda *_: self.timer.start())
        self._fill(contact) if contact is not None else self._defaults()
        self.preview()

    def _build_form(self) -> None:
        add = self.form.add
        self.at = add("at", self.tr("When"), datetime_edit(now_wall_clock()))
        self.channel = add("channel", self.tr("Channel"), ev.combo(ev.CHANNELS, "phone"))
        add("gp_name", self.tr("GP"), max_length=120)
        add("practice", self.tr("Practice"), max_length=160)
        add("staff", self.tr("Staff member (initials)"), max_length=12)
        self.assessed = QCheckBox(self.tr("&Assessed"))
        self.treated = QCheckBox(self.tr("&Treated"))
        self.followed_up = QCheckBox(self.tr("&Followed up"))
        self.done_boxes = (self.assessed, self.treated, self.followed_up)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for box in self.done_boxes:
            line.addWidget(box)
        line.addStretch(1)
        add("content", self.tr("Medically"), row)
        self.form.fields["content"] = self.assessed
        self.note = add("note", self.tr("What was done"), text_box(80))
        self.note.setPlaceholderText(self.tr("What was assessed, treated or followed up"))

    def _defaults(self) -> None:
        """The citizen's own GP, or the one of the latest contact; the user as staff."""
        latest = max(self.episode.contacts, key=lambda c: c.at, default=None)
        self.form.set_text("gp_name", latest.gp_name if latest else self.episode.gp_name)
        self.form.set_text("practice", latest.practice if latest else self.episode.gp_practice)
        self.form.set_text("staff", getattr(self.ctx, "initials", "") or "")

    def _fill(self, contact: Any) -> None:
        set_moment(self.at, clock.local(contact.at).replace(tzinfo=None))
        self.channel.setCurrentIndex(self.channel.findData(contact.channel))
        self.form.set_text("gp_name", contact.gp_name)
        self.form.set_text("practice", contact.practice)
        initials = re.search(r"\(([^()]+)\)$", contact.staff)  # "Name (KS)" from user_label
        self.form.set_text("staff", initials[1] if initials else "")
        self.assessed.setChecked(contact.assessed)
        self.treated.setChecked(contact.treated)
        self.followed_up.setChecked(contact.followed_up)
        self.note.setPlainText(contact.note)

    # -- the fee, before saving (D21–D23) ---------------------------------------------------
    def preview(self) -> str:
        """Ask the core what the contact as typed would count as; show it and return the
        reason code ("" when it counts)."""
        self.timer.stop()
        draft = ContactDraft(
            shown_moment(self.at),
            self.assessed.isChecked(),
            self.treated.isChecked(),
            self.followed_up.isChecked(),
            self.contact.uuid if self.contact is not None else None,
        )
        try:
            reason = views.preview_billability(self.ctx, self.episode.uuid, draft)
        except AkutDeskError:
            self.fee.setText("")
            return ""
        if reason:
            text = self.tr("Will not count for the OK22 fee: {why}.").format(
                why=ev.label(ev.NOT_BILLABLE, reason)
            )
        else:
            text = self.tr("Will count for the OK22 fee.")
        self.fee.setText(text)
        colour = DOES_NOT if reason else COUNTS
        self.fee.setStyleSheet(f"color: {colour}; font-weight: 600;")
        return reason

    # -- saving -----------------------------------------------------------------------------
    def input(self) -> GpContactInput:
        text = self.form.text
        return GpContactInput(
            at=moment_of(self.at),
            channel=str(self.channel.currentData()),
            gp_name=text("gp_name"),
            practice=text("practice"),
            assessed=self.assessed.isChecked(),
            treated=self.treated.isChecked(),
            followed_up=self.followed_up.isChecked(),
            note=self.note.toPlainText(),
            staff_initials=text("staff"),
        )

    def store(self) -> Any:
        if self.contact is None:
            return contacts.record_gp_contact(self.ctx, self.episode.uuid, self.input())
        return contacts.update_gp_contact(
            self.ctx, self.contact.uuid, self.contact.version, self.input()
        )
