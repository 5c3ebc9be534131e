"""Who is responsible for a course, always in view: the hospital department, its 24/7
phone and the responsible doctor (DIGEST §1.7, §1.11) — and whose course it is, with the
citizen's CAVE (issue #12, docs/cave.md)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.views.components import vocabulary as voc
from app.views.components.cave import CaveLine, cave_html
from app.views.components.formatting import phone_text

STATUS_COLOURS = {
    "referred": "#8a5a00",
    "accepted": "#1f5f8b",
    "active": "#1b6e2d",
    "rejected": "#6b6b6b",
    "ended": "#6b6b6b",
}


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CourseHeader(QFrame):
    """The top of the course page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("course_header")
        self.setStyleSheet(
            "#course_header { background: #eaf2f8; border: 1px solid #b9d0e2; border-radius: 6px; }"
            "QLabel { border: none; background: transparent; }"
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(24)
        self.citizen = _selectable(QLabel())
        self.citizen.setTextFormat(Qt.TextFormat.PlainText)
        self.citizen.setStyleSheet("font-size: 15pt; font-weight: 600; color: #1f3b57;")
        self.status = QLabel()
        self.status.setObjectName("course_status")
        self.department = _selectable(QLabel())
        self.department.setObjectName("header_department")
        self.department.setWordWrap(True)
        self.phone = _selectable(QLabel())
        self.phone.setTextFormat(Qt.TextFormat.PlainText)
        self.phone.setObjectName("header_phone")
        self.phone.setStyleSheet("font-size: 15pt; font-weight: 600; color: #b00020;")
        self.doctor = _selectable(QLabel())
        self.doctor.setObjectName("header_doctor")
        self.doctor.setWordWrap(True)
        self.cave = CaveLine()  # issue #12: under the name, before anything else
        grid.addWidget(self.citizen, 0, 0)
        grid.addWidget(self.status, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.cave, 1, 0, 1, 2)
        grid.addWidget(self.department, 2, 0)
        grid.addWidget(self.phone, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.doctor, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def show_course(self, view: Any) -> None:
        age = self.tr(", {age} years").format(age=view.age) if view.age is not None else ""
        self.citizen.setText(f"{view.citizen_name} · {view.cpr_masked}{age}")
        self.cave.show_cave(view.cave)
        colour = STATUS_COLOURS.get(view.status, "#333")
        self.status.setText(voc.label(voc.STATUSES, view.status))
        self.status.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 4px; padding: 3px 10px;"
            "font-weight: 600;"
        )
        self.department.setText(
            self.tr("Responsible department: <b>{department}</b>, {unit}").format(
                department=escape(view.department_name), unit=escape(view.unit_name)
            )
        )
        self.phone.setText(
            self.tr("24/7 phone: {phone}").format(phone=phone_text(view.department_phone))
        )
        self.doctor.setText(
            self.tr("Responsible doctor: <b>{doctor}</b>").format(
                doctor=escape(view.responsible_doctor)
            )
        )


class CourseBanner(QLabel):
    """One line on the dialogs that change a course: whose course, and whom to call."""

    def __init__(self, view: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("course_banner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "background: #eaf2f8; border: 1px solid #b9d0e2; border-radius: 4px; padding: 6px;"
        )
        self.setText(
            self.tr(
                "<b>{name}</b> · {cpr} · {drug} {dose}<br>{cave}<br>"
                "{department} ({unit}) · 24/7 phone <b>{phone}</b> · {doctor}"
            ).format(
                cave=cave_html(view.cave),
                name=escape(view.citizen_name),
                cpr=view.cpr_masked,
                drug=escape(view.drug),
                dose=escape(view.dose),
                department=escape(view.department_name),
                unit=escape(view.unit_code),
                phone=escape(phone_text(view.department_phone)),
                doctor=escape(view.responsible_doctor),
            )
        )
