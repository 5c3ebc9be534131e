"""What every dialog that records something on an acute episode shares: the episode's
banner with the treatment-responsible doctor and phone in view (D20), the core's problems
at their fields, and a stale save that keeps the input and names who changed the episode
(optimistic locking on EpisodeView.version)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import AkutDeskError, InvalidInput
from app.services.kernel.changes import Done
from app.views.acute.episode_header import EpisodeBanner
from app.views.components.guarded import GuardedDialog
from app.views.components.messages import error_text, problem_text
from app.views.components.tasks import run_op
from app.views.widgets.form import FieldForm

ENTITY = "acute_episode"


def text_box(height: int = 56) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class EpisodeFormDialog(GuardedDialog):
    """Subclasses add fields to ``self.form`` (or to more forms, listed in ``self.forms``),
    call ``finish_layout()`` and implement ``store()``, which calls the service and raises
    what it raises."""

    def __init__(self, ctx: Any, episode: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.episode = episode
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        if episode is not None:
            self.banner = EpisodeBanner(episode)
            self.layout_.addWidget(self.banner)
        self.form = FieldForm()
        self.forms = [self.form]
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
    def episode_uuid(self) -> str | None:
        return self.episode.uuid if self.episode is not None else None

    @property
    def version(self) -> int:
        """The version of the episode as the user saw it when the dialog opened."""
        return int(self.episode.version) if self.episode is not None else 0

    def save(self) -> bool:
        saved: list[Any] = []
        self.say("")
        run_op(self.store, parent=self, title=self.windowTitle(), on_done=saved.append,
               on_refused=self.refused)  # fmt: skip
        if saved:
            self.accept()
        return bool(saved)

    def refused(self, exc: AkutDeskError) -> bool:
        """Problems at their fields; any other refusal (StaleRecord names who changed the
        episode and when) under the form. The input stays for another try."""
        if isinstance(exc, InvalidInput):
            self.say("\n".join(self.show_problems(exc.problems)))
            return True
        for form in self.forms:
            form.clear_problems()
        self.say(error_text(exc))
        return True

    def show_problems(self, problems: Iterable[Any]) -> list[str]:
        """Problems at their fields; returns the texts that belong to no field here."""
        problems = list(problems)
        for form in reversed(self.forms):
            form.show_problems([p for p in problems if p.field in form.fields])
        placed = {name for form in self.forms for name in form.fields}
        self._fit_field_errors()
        return [problem_text(p) for p in problems if p.field not in placed]

    def _fit_field_errors(self) -> None:
        """A form row does not grow for a wrapped text by itself (QFormLayout asks the
        row's size hint, not its height for the width): give each shown text its height."""
        self.layout_.activate()
        for form in self.forms:
            for label in form.errors.values():
                if not label.isHidden():
                    width = max(label.width(), form.fields[next(iter(form.fields))].width(), 200)
                    spare = label.fontMetrics().lineSpacing() // 2
                    label.setMinimumHeight(label.heightForWidth(width - 16) + spare)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.layout_.activate()
        height = self.heightForWidth(self.width()) if self.hasHeightForWidth() else 0
        self.resize(self.width(), max(self.height(), height, self.sizeHint().height()))

    def store(self) -> Done[Any]:
        """Call the use case and return its result, which says what changed (run_op
        announces it)."""
        raise NotImplementedError
