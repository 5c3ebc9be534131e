"""Slow work off the GUI thread: one helper with success/failure callbacks on the GUI
thread and an optional progress dialog; workers never touch widgets (STYLE §2).

``run_op`` runs a use case the way every GUI action does (STYLE §14, Anki's
``CollectionOp``): in the background with a progress dialog when it is slow, else
directly; a refusal is shown once, a bug goes to the crash dialog, and what the result
says it changed is announced on the hub so open screens refresh. A use case that counts
its steps (posting, exporting, regulating invoices) gets ``progress(done, total)``: it
calls it from the worker thread, a signal carries each step to the dialog, which then
counts them."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.views.components.hub import hub

if TYPE_CHECKING:
    from app.errors import AkutDeskError


Progress = Callable[[int, int], None]


class Run:
    """What a run showed: the steps its use case counted and whether it has finished
    (tests read it). A plain class: this module is on the window's start-up path."""

    __slots__ = ("finished", "steps")

    def __init__(self, *, finished: bool = False) -> None:
        self.steps: list[tuple[int, int]] = []
        self.finished = finished


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    step = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], counted: bool) -> None:
        super().__init__()
        self.fn = fn
        self.counted = counted
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.step.emit) if self.counted else self.fn()
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


_running: set[_Job] = set()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException, str], None],
    *,
    parent: QWidget | None = None,
    label: str | None = None,
    title: str = "",
    progress: bool = False,
) -> Run:
    """Run ``fn`` in the thread pool; with ``label`` a progress dialog is shown. With
    ``progress`` it is called as ``fn(progress)`` and the dialog counts the steps it
    reports; else the dialog is busy until it is done."""
    job = _Job(fn, progress)
    run = Run()
    dialog = _dialog(label, title, parent, progress) if label is not None else None

    def step(done: int, total: int) -> None:
        run.steps.append((done, total))
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(done)

    def finish() -> None:
        _running.discard(job)
        run.finished = True
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    job.signals.step.connect(step)
    job.signals.done.connect(lambda result: (finish(), on_done(result)))
    job.signals.failed.connect(lambda exc, tb: (finish(), on_failed(exc, tb)))
    _running.add(job)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
    return run


def _dialog(label: str, title: str, parent: QWidget | None, counted: bool) -> QProgressDialog:
    """Busy (0 of 0) until the first step is counted; a counted run shows at once and
    stays at its last step until the run has finished."""
    # lazy: start-up (not needed to show the window)
    from PySide6.QtCore import Qt

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("task_progress")
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0 if counted else 300)
    if counted:
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
    return dialog


def pending() -> int:
    """How many background jobs have not yet reported back (screenshots wait for them)."""
    return len(_running)


def refusal_text(exc: BaseException) -> str:
    """A service's refusal in the user's language (app/views/components/messages.py)."""
    # lazy: start-up (the window is shown before the message catalogue loads)
    from app.errors import AkutDeskError, InvalidInput
    from app.views.components.messages import error_text, problem_text

    if isinstance(exc, InvalidInput):
        return "\n".join(problem_text(p) for p in exc.problems)
    if isinstance(exc, AkutDeskError):
        return error_text(exc)
    return str(exc)


def announce(result: Any) -> Any:
    """Emit what a use case's result changed on the hub; return its value."""
    # lazy: start-up (the window is shown before the core loads)
    from app.services.kernel.changes import Done

    if isinstance(result, Done):
        if result.changes:
            hub.changed.emit(result.changes.names())
        return result.value
    return result


def run_op(
    op: Callable[[], Any],
    *,
    parent: QWidget | None,
    title: str,
    on_done: Callable[[Any], None] | None = None,
    on_refused: Callable[[AkutDeskError], bool] | None = None,
    label: str | None = None,
    progress: bool = False,
) -> Run:
    """Run the use case ``op``: with ``label`` in the background behind a progress dialog,
    else directly; with ``progress`` (and a ``label``) it is called as ``op(progress)``
    and the dialog counts the steps it reports. On success the result's changes go out on
    the hub, then ``on_done`` gets its value. A refusal (``AkutDeskError``) goes to
    ``on_refused`` first, which returns True when it showed it in place (problems at
    their fields, a stale save that keeps the input); otherwise it is shown once in a
    message box titled ``title``. Anything else is a bug and is raised on the GUI
    thread, where the crash dialog (app/views/components/crash.py) takes it. The
    returned ``Run`` records the steps and when the run has finished."""
    # lazy: start-up (the window is shown before the core loads)
    from app.errors import AkutDeskError

    def done(result: Any) -> None:
        value = announce(result)
        if on_done is not None:
            on_done(value)

    def failed(exc: BaseException, _details: str = "") -> None:
        if not isinstance(exc, AkutDeskError):
            raise exc
        if on_refused is not None and on_refused(exc):
            return
        QMessageBox.warning(parent, title, refusal_text(exc))

    if label is not None:
        return run_in_background(
            op, done, failed, parent=parent, label=label, title=title, progress=progress
        )
    if progress:
        raise ValueError("a counted run needs a label for its progress dialog")
    run = Run(finished=True)
    try:
        result = op()
    except AkutDeskError as exc:
        failed(exc)
        return run
    done(result)
    return run
