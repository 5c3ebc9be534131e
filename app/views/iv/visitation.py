"""Visitation of a referral: accept it, or reject it with a reason category and text (D8).
The target-group rules (DIGEST §1.3, §1.5) are the core's; refusals show here."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QWidget

from app.services.iv import referrals
from app.views.components import vocabulary as voc
from app.views.components.formatting import now_wall_clock
from app.views.iv.course_form import CourseFormDialog
from app.views.widgets.inputs import datetime_edit, moment_of


class AcceptDialog(CourseFormDialog):
    def __init__(self, ctx: Any, course: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, course, parent)
        self.setWindowTitle(self.tr("Accept referral"))
        self.at = self.form.add(
            "decided_at", self.tr("Accepted at"), datetime_edit(now_wall_clock())
        )
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Accept"))

    def store(self) -> Any:
        return referrals.accept_referral(
            self.ctx, self.course.uuid, self.version, at=moment_of(self.at)
        )


class RejectDialog(CourseFormDialog):
    def __init__(self, ctx: Any, course: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, course, parent)
        self.setWindowTitle(self.tr("Reject referral"))
        self.reason = self.form.add(
            "rejection_reason", self.tr("Reason"), voc.combo(voc.REJECTION_REASONS)
        )
        self.text = self.form.add("rejection_text", self.tr("Why (required)"), QPlainTextEdit())
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.at = self.form.add(
            "decided_at", self.tr("Rejected at"), datetime_edit(now_wall_clock())
        )
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Reject"))

    def store(self) -> Any:
        return referrals.reject_referral(
            self.ctx,
            self.course.uuid,
            self.version,
            self.reason.currentData(),
            self.text.toPlainText(),
            at=moment_of(self.at),
        )
