"""Slow work off the GUI thread: one helper with success/failure callbacks on the GUI
thread and an optional progress dialog; workers never touch widgets (STYLE §2)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


_running: set[_Job] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException, str], None],
    *,
    parent: QWidget | None = None,
    label: str | None = None,
) -> None:
    """Run ``fn`` in the thread pool; with ``label`` a busy progress dialog is shown."""
    job = _Job(fn)
    dialog = None
    if label is not None:
        # lazy: start-up (not needed to show the window)
        from PySide6.QtCore import Qt  # not at import: start-up does not need it

        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

    def finish() -> None:
        _running.discard(job)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    job.signals.done.connect(lambda result: (finish(), on_done(result)))
    job.signals.failed.connect(lambda exc, tb: (finish(), on_failed(exc, tb)))
    _running.add(job)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)


def pending() -> int:
    """How many background jobs have not yet reported back (screenshots wait for them)."""
    return len(_running)
