"""The IV courses on the citizen page (the citizen dialog shows one panel per case kind
with a ``citizen`` hook, app/domain/kinds.py; the panel's place is app/views/kinds.py):
the citizen's courses, opening one, and a new referral for the citizen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text
from app.views.components.gates import gate


class CitizenCourses(QGroupBox):
    """``rows_of(ctx, citizen_uuid)`` lists the courses (the kind's citizen hook)."""

    def __init__(
        self, ctx: Any, rows_of: Callable[[Any, str], list[Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.rows_of = ctx, rows_of
        self.citizen: tuple[str, str] | None = None  # uuid, label
        self.setTitle(self.tr("IV courses"))
        column = QVBoxLayout(self)
        self.courses = QListWidget()
        self.courses.setObjectName("citizen_courses")
        self.courses.setMaximumHeight(110)
        self.courses.setWordWrap(True)
        self.courses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.courses)
        row = QHBoxLayout()
        self.open_course_button = QPushButton(self.tr("Open &course"))
        self.referral_button = QPushButton(self.tr("New &referral…"))
        gate(self.referral_button, self.ctx, "iv.referrals")  # issue #12: the reason in words
        row.addWidget(self.open_course_button)
        row.addWidget(self.referral_button)
        row.addStretch(1)
        column.addLayout(row)
        self.courses.itemActivated.connect(lambda _item: self.open_course())
        self.open_course_button.clicked.connect(self.open_course)
        self.referral_button.clicked.connect(self.new_referral)

    def show_citizen(self, uuid: str, label: str) -> None:
        self.citizen = (uuid, label)
        self.load()

    def load(self) -> None:
        self.courses.clear()
        if self.citizen is None:
            return
        for course in self.rows_of(self.ctx, self.citizen[0]):
            item = QListWidgetItem(
                self.tr("{status}: {drug}, {department}, first dose {date}").format(
                    status=voc.label(voc.STATUSES_SHORT, course.status),
                    drug=course.drug,
                    department=course.department,
                    date=date_text(course.first_dose_date),
                )
            )
            item.setToolTip(voc.label(voc.COURSE_TYPES, course.course_type))
            item.setData(Qt.ItemDataRole.UserRole, course.uuid)
            self.courses.addItem(item)
        if not self.courses.count():
            self.courses.addItem(self.tr("No IV courses."))
        self.open_course_button.setEnabled(
            self.courses.item(0).data(Qt.ItemDataRole.UserRole) is not None
        )

    def open_course(self) -> None:
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.iv.course_window import open_course

        item = self.courses.currentItem() or self.courses.item(0)
        uuid = item.data(Qt.ItemDataRole.UserRole) if item else None
        if uuid:
            open_course(self.ctx, uuid, self, modal=True)
            self.load()

    def new_referral(self) -> None:
        if self.citizen is None:
            return
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.iv.course_window import open_course

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.iv.referral import ReferralDialog

        dialog = ReferralDialog(self.ctx, self, citizen=self.citizen)
        if dialog.exec() and dialog.created:
            open_course(self.ctx, dialog.created, self, modal=True)
        self.load()
