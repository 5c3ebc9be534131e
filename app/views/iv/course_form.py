"""What every dialog that records something on an IV course shares: whose course it is in
view, the core's problems at the fields, and a stale save that keeps the input and names
who changed the course (optimistic locking on CourseView.version)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError, InvalidInput
from app.services.kernel.changes import Done
from app.views.components.guarded import GuardedDialog
from app.views.components.messages import error_text, problem_text
from app.views.components.screen import fit_to_screen
from app.views.components.tasks import run_op
from app.views.iv.course_header import CourseBanner
from app.views.widgets.form import FieldForm

ENTITY = "iv_course"


class CourseFormDialog(GuardedDialog):
    """Subclasses add fields to ``self.form`` (or to more forms, listed in ``self.forms``),
    call ``finish_layout()`` and implement ``store()``, which calls the service and raises
    what it raises."""

    def __init__(self, ctx: Any, course: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course = course
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        if course is not None:
            self.layout_.addWidget(CourseBanner(course))
        self.form = FieldForm()
        self.forms = [self.form]
        self._confirmed: str | None = None  # the confirmation question answered "Yes"
        self.message = QLabel()
        self.message.setObjectName("dialog_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, body: QWidget | None = None) -> None:
        self.layout_.addWidget(body or self.form)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    @property
    def course_uuid(self) -> str | None:
        return self.course.uuid if self.course is not None else None

    @property
    def version(self) -> int:
        """The version of the course as the user saw it when the dialog opened."""
        return int(self.course.version) if self.course is not None else 0

    def confirmation(self) -> str | None:
        """A question to confirm before saving (an action that ends the course), or None."""
        return None

    def confirmed(self) -> bool:
        """Ask the ``confirmation()`` question; "No" is the default, so Enter does not end
        a course by accident (issue #12)."""
        question = self.confirmation()
        if question is None or question == self._confirmed:
            return True  # asked once: a refused save keeps the confirmed input
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question, parent=self)
        box.setObjectName("confirm_box")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        if not self.ask(box):
            return False
        self._confirmed = question
        return True

    def ask(self, box: QMessageBox) -> bool:
        """Show the modal question; True for "Yes" (GUI tests answer it, tests/gui/conftest.py)."""
        return box.exec() == QMessageBox.StandardButton.Yes

    def save(self) -> bool:
        saved: list[Any] = []
        self.say("")
        if not self.confirmed():
            return False
        run_op(self.store, parent=self, title=self.windowTitle(), on_done=saved.append,
               on_refused=self.refused)  # fmt: skip
        if saved:
            self.accept()
        return bool(saved)

    def refused(self, exc: AkutDeskError) -> bool:
        """Problems at their fields; any other refusal (StaleRecord names who changed the
        course and when) under the form. The input stays for another try."""
        if isinstance(exc, InvalidInput):
            self.say("\n".join(self.show_problems(exc.problems)))
            self.fit()
            return True
        for form in self.forms:
            form.clear_problems()
        self.say(error_text(exc))
        return True

    def show_problems(self, problems: Iterable[Any]) -> list[str]:
        """Problems at their fields; returns the texts that belong to no field here."""
        problems = list(problems)
        # the first form with a problem is shown last, so its field keeps the focus
        for form in reversed(self.forms):
            form.show_problems([p for p in problems if p.field in form.fields])
        placed = {name for form in self.forms for name in form.fields}
        return [problem_text(p) for p in problems if p.field not in placed]

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.fit()

    def fit(self) -> None:
        """Grow to show problem texts that appeared (wrapped labels ask for height only
        once laid out)."""
        self.layout_.activate()
        height = self.heightForWidth(self.width()) if self.hasHeightForWidth() else 0
        self.resize(self.width(), max(self.height(), height, self.sizeHint().height()))
        fit_to_screen(self)  # never past the screen's edge (issue #12)

    def store(self) -> Done[Any]:
        """Call the use case and return its result, which says what changed (run_op
        announces it)."""
        raise NotImplementedError
