"""One IV course: the responsible department, its 24/7 phone and the doctor always in view;
the course, its day counting (D4), the CRP check (D5/D6), the hospital's plan and every
event; and what can be done next, by status. Opened from Today, the course list and the
citizen dialog; it follows changes announced on the hub."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError
from app.services.iv import corrections, views
from app.views.components import documents
from app.views.components.access_reason import ask_text, is_reason_required
from app.views.components.gates import gate
from app.views.components.guarded import FittedDialog
from app.views.components.hub import hub
from app.views.components.messages import error_text
from app.views.iv.course_details import CourseDetails
from app.views.iv.course_form import ENTITY
from app.views.iv.course_header import CourseHeader
from app.views.iv.timeline import TimelineView
from app.workflows import IV_COURSE

SUMMARY_MODULE = "app.services.iv.summary"
# the permission each action's use case requires (app/domain/kinds.py); the take-back
# buttons show only when app.services.iv.corrections says this user may
ACTION_PERMISSIONS = {
    "accept": "iv.referrals", "reject": "iv.referrals", "administration": "iv.administer",
    "crp": "iv.crp", "decision": "iv.crp", "type": "iv.course", "end": "iv.course",
    "outcome": "iv.course",
}  # fmt: skip
_open: dict[str, CourseDialog] = {}


def open_course(ctx: Any, uuid: str, parent: QWidget | None = None, *, modal: bool = False) -> Any:
    """Show the course; a course already open is brought to the front instead."""
    dialog = _open.get(uuid)
    if dialog is None:
        dialog = CourseDialog(ctx, uuid, parent)
    if modal:
        dialog.exec()
    else:
        dialog.show()
        # to the front (setWindowState, not raise_(): the offscreen platform warns on that)
        dialog.setWindowState(
            (dialog.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        dialog.activateWindow()
    return dialog


class CourseDialog(FittedDialog):
    def __init__(self, ctx: Any, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.uuid = uuid
        self.access_reason = ""  # given when the citizen is another team's
        self.view: Any = None
        self._outdated = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_ui()
        self._connect_signals()
        self.reload()
        _open[uuid] = self
        self.destroyed.connect(lambda *_: _open.pop(uuid, None))

    # -- construction -----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("IV course"))
        self.resize(1180, 760)
        layout = QVBoxLayout(self)
        self.header = CourseHeader()
        layout.addWidget(self.header)
        self.message = QLabel()
        self.message.setObjectName("course_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.details = CourseDetails()
        scroll = QScrollArea()
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.timeline = TimelineView()
        history = QWidget()
        column = QVBoxLayout(history)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("History"))
        caption.setStyleSheet("font-weight: 600;")
        column.addWidget(caption)
        column.addWidget(self.timeline, 1)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(history)
        split.setSizes([470, 690])
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        layout.addLayout(self._build_actions())

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.actions: dict[str, QPushButton] = {}
        for key, text in (
            ("accept", self.tr("&Accept…")),
            ("reject", self.tr("&Reject…")),
            ("administration", self.tr("Record ad&ministration…")),
            ("crp", self.tr("Record &CRP…")),
            ("decision", self.tr("Conference &decision…")),
            ("type", self.tr("Change &type…")),
            ("end", self.tr("&End course…")),
            ("correct_decision", self.tr("Take &back the decision…")),
            ("correct_end", self.tr("Re&open the course…")),
            ("outcome", self.tr("O&utcome…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _=False, k=key: self.run(k))
            row.addWidget(button)
            self.actions[key] = button
        row.addStretch(1)
        self.summary_button = QPushButton(self.tr("Course &summary (PDF)…"))
        self.summary_button.setEnabled(documents.available(SUMMARY_MODULE))
        if not self.summary_button.isEnabled():
            self.summary_button.setToolTip(self.tr("The course summary is not available yet."))
        self.close_button = QPushButton(self.tr("C&lose"))
        row.addWidget(self.summary_button)
        row.addWidget(self.close_button)
        return row

    def _connect_signals(self) -> None:
        hub.changed.connect(self._on_changed)
        self.summary_button.clicked.connect(self.export_summary)
        self.close_button.clicked.connect(self.close)

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._outdated = False
        try:
            # Only the first load opens the record (audit); later ones refresh it.
            self.view = views.get_course(self.ctx, self.uuid, opened=self.view is None)
        except AkutDeskError as exc:
            if not (self.view is None and is_reason_required(exc) and self._open_with_reason()):
                self.say(error_text(exc))
                return
        view = self.view
        self.setWindowTitle(
            self.tr("IV course — {name} ({cpr})").format(
                name=view.citizen_name, cpr=view.cpr_masked
            )
        )
        self.header.show_course(view)
        self.details.show_course(view)
        self.timeline.show_events(view.timeline)
        self._show_actions(view)

    def _open_with_reason(self) -> bool:
        """Another team's citizen (issue #7): open with the reason the user gives."""
        reason = ask_text(self)
        if reason is None:
            return False
        try:
            self.view = views.get_course(self.ctx, self.uuid, reason=reason)
            self.access_reason = reason
        except AkutDeskError:
            return False
        return True

    def _show_actions(self, view: Any) -> None:
        """The buttons the declaration offers in this state (app/workflows.py), and
        for the CRP ones whether the course has a check (D5) or a value awaiting its
        decision (D6)."""
        offered = IV_COURSE.buttons_in(view.status)
        # what this user may take back today (issue #12) is the service's to say
        self.correctable = corrections.correctable(self.ctx, self.uuid)
        needs = {
            "crp": view.crp_state != "not_applicable",
            "decision": view.open_crp_uuid is not None,
            "correct_decision": self.correctable.action == "correct_decision",
            "correct_end": self.correctable.action == "correct_end",
        }
        for key, button in self.actions.items():
            button.setVisible(key in offered and needs.get(key, True))
            if key in ACTION_PERMISSIONS:  # issue #12: disabled, the reason in words
                gate(button, self.ctx, ACTION_PERMISSIONS[key])

    def _on_changed(self, entities: Any) -> None:
        entities = set(entities)
        named = {e for e in entities if e.startswith(f"{ENTITY}:")}
        # the citizen's own record moved (CAVE in the header, issue #12)
        citizen = self.view is not None and f"citizen:{self.view.citizen_uuid}" in entities
        if not citizen and (
            ENTITY not in entities or (named and f"{ENTITY}:{self.uuid}" not in named)
        ):
            return
        if self.isVisible():
            self.reload()
        else:
            self._outdated = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._outdated:
            self.reload()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions ----------------------------------------------------------------------------
    def make_dialog(self, kind: str) -> Any:
        """The dialog for an action, on the course as shown (its version)."""
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.iv import (
            administration,
            correction,
            course_change,
            crp,
            outcome_dialog,
            visitation,
        )

        makers = {
            "accept": visitation.AcceptDialog,
            "reject": visitation.RejectDialog,
            "administration": administration.AdministrationDialog,
            "crp": crp.CrpDialog,
            "decision": lambda ctx, view, parent: crp.CrpDialog(
                ctx, view, parent, decision_only=True
            ),
            "type": course_change.TypeChangeDialog,
            "end": course_change.EndCourseDialog,
            "outcome": outcome_dialog.OutcomeDialog,
            "correct_decision": lambda ctx, view, parent: correction.CorrectionDialog(
                ctx, view, self.correctable, parent
            ),
            "correct_end": lambda ctx, view, parent: correction.CorrectionDialog(
                ctx, view, self.correctable, parent
            ),
        }
        return makers[kind](self.ctx, self.view, self)

    def run(self, kind: str) -> None:
        self.say("")
        dialog = self.make_dialog(kind)
        dialog.exec()  # a change is announced on the hub, which reloads this page
        dialog.deleteLater()

    def export_summary(self) -> None:
        make = documents.maker(SUMMARY_MODULE, "course_summary_pdf")
        if make is None:
            self.summary_button.setEnabled(False)
            return
        name = self.tr("course-summary-{date}.pdf").format(date=f"{self.view.referred_at:%Y%m%d}")
        path = documents.ask_path(self, self.tr("Save course summary"), name)
        if path:
            ctx, uuid, reason = self.ctx, self.uuid, self.access_reason
            documents.export(
                self,
                lambda: make(ctx, uuid, reason=reason),
                path,
                self.tr("Making the course summary…"),
            )
