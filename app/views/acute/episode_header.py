"""Who holds treatment responsibility for an acute episode, always in view: the responsible
doctor or function and the phone number (OK22 Bilag 3, 001:14109–14115; D20), whether the
hospital holds the responsibility (001:14096–14101) — and whose episode it is. The header
tops the episode window; the banner tops every dialog that changes the episode. Both show
the citizen's CAVE (issue #12, docs/cave.md)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.views.components import acute_vocabulary as ev
from app.views.components.cave import CaveLine, cave_html
from app.views.components.formatting import phone_text

STATUS_COLOURS = {"open": "#1b6e2d", "ended": "#6b6b6b"}
FRAME = "background: #fdf3e7; border: 1px solid #e3c39d; border-radius: 6px;"


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def responsibility_text(widget: QWidget, view: Any) -> str:
    """Who to call, and when: the hospital around the clock until its treatment is over;
    otherwise the responsible doctor in daytime, the region's out-of-hours doctor outside it
    (001:14090–14101; the number from the store's region, issue #12)."""
    # One translation context for every screen that shows the line (a widget's own tr()
    # would look it up under that widget's class name).
    if view.hospital_responsible:
        return QCoreApplication.translate(
            "EpisodeHeader", "The hospital holds treatment responsibility, around the clock."
        )
    if view.out_of_hours:  # the region's number (issue #12), from the service
        return QCoreApplication.translate(
            "EpisodeHeader",
            "Outside daytime the out-of-hours doctor holds responsibility: {service}.",
        ).format(service=view.out_of_hours)
    return QCoreApplication.translate(
        "EpisodeHeader",
        "Outside daytime: the out-of-hours doctor (lægevagten) holds responsibility.",
    )


class EpisodeHeader(QFrame):
    """The top of the episode window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episode_header")
        self.setStyleSheet(
            f"#episode_header {{ {FRAME} }} QLabel {{ border: none; background: transparent; }}"
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(24)
        self.citizen = _selectable(QLabel())
        self.citizen.setTextFormat(Qt.TextFormat.PlainText)
        self.citizen.setStyleSheet("font-size: 15pt; font-weight: 600; color: #1f3b57;")
        self.status = QLabel()
        self.status.setObjectName("episode_status")
        self.doctor = _selectable(QLabel())
        self.doctor.setObjectName("header_doctor")
        self.doctor.setWordWrap(True)
        self.phone = _selectable(QLabel())
        self.phone.setObjectName("header_phone")
        self.phone.setTextFormat(Qt.TextFormat.PlainText)
        self.phone.setStyleSheet("font-size: 15pt; font-weight: 600; color: #b00020;")
        self.responsibility = QLabel()
        self.responsibility.setObjectName("header_responsibility")
        self.responsibility.setWordWrap(True)
        self.group = QLabel()
        self.group.setObjectName("header_group")
        self.group.setWordWrap(True)
        self.group.setStyleSheet("color: #4a5a6a;")
        self.cave = CaveLine()  # issue #12: under the name, before anything else
        grid.addWidget(self.citizen, 0, 0)
        grid.addWidget(self.status, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.cave, 1, 0, 1, 2)
        grid.addWidget(self.doctor, 2, 0)
        grid.addWidget(self.phone, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.responsibility, 3, 0, 1, 2)
        grid.addWidget(self.group, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def show_episode(self, view: Any) -> None:
        age = self.tr(", {age} years").format(age=view.age) if view.age is not None else ""
        self.citizen.setText(f"{view.citizen_name} · {view.cpr_masked}{age}")
        self.cave.show_cave(view.cave)
        colour = STATUS_COLOURS.get(view.status, "#333")
        self.status.setText(ev.label(ev.STATUSES, view.status))
        self.status.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 4px; padding: 3px 10px;"
            "font-weight: 600;"
        )
        self.doctor.setText(
            self.tr("Treatment-responsible: <b>{doctor}</b>").format(
                doctor=escape(view.responsible_doctor)
            )
        )
        self.phone.setText(
            self.tr("Phone: {phone}").format(phone=phone_text(view.responsible_phone))
        )
        self.responsibility.setText(responsibility_text(self, view))
        self.responsibility.setStyleSheet(
            "color: #8a3b00; font-weight: 600;" if view.hospital_responsible else "color: #4a5a6a;"
        )
        self.group.setText(ev.label(ev.TARGET_GROUPS, view.target_group))


class EpisodeBanner(QLabel):
    """One block on the dialogs that change an episode: whose episode, and whom to call."""

    def __init__(self, view: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episode_banner")
        self.setWordWrap(True)
        self.setStyleSheet(f"{FRAME} padding: 6px;")
        self.setText(
            self.tr(
                "<b>{name}</b> · {cpr} · {group}<br>{cave}<br>"
                "Treatment-responsible: {doctor} · phone <b>{phone}</b><br>{responsibility}"
            ).format(
                cave=cave_html(view.cave),
                name=escape(view.citizen_name),
                cpr=view.cpr_masked,
                group=escape(ev.label(ev.TARGET_GROUPS_SHORT, view.target_group)),
                doctor=escape(view.responsible_doctor),
                phone=escape(phone_text(view.responsible_phone)),
                responsibility=escape(responsibility_text(self, view)),
            )
        )
