"""Posting, exporting and regulating run in the background (app/views/components/tasks.py) with a
progress dialog that counts the invoices done. The services report progress as
``progress(done, total)`` from the worker thread; a signal carries it to the dialog on
the GUI thread (widgets are never touched from the worker, STYLE §2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.errors import AkutDeskError
from app.views.components.tasks import refusal_text, run_in_background

Progress = Callable[[int, int], None]


class _Relay(QObject):
    step = Signal(int, int)


@dataclass
class Run:
    """What a run showed: the steps reported and whether it has finished (tests read it)."""

    steps: list[tuple[int, int]] = field(default_factory=list)
    finished: bool = False


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    title: str,
) -> Run:
    """Run ``work(progress)`` in the background; a refusal is shown as the service said
    it, anything else goes to the crash log with its last line shown."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("invoice_progress")
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _Relay(dialog)
    run = Run()

    def step(done: int, total: int) -> None:
        run.steps.append((done, total))
        dialog.setMaximum(total)
        dialog.setValue(done)

    relay.step.connect(step)

    def finish() -> None:
        run.finished = True
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException, details: str) -> None:
        finish()
        if not isinstance(exc, AkutDeskError):
            # lazy: start-up (a screen's dialogs load when first opened)
            from app.views.components import crash

            crash.log.error("%s failed\n%s", title, details)
            text = details.strip().splitlines()[-1]
        else:
            text = refusal_text(exc)
        QMessageBox.warning(parent, title, text)

    dialog.show()
    run_in_background(lambda: work(relay.step.emit), done, failed, parent=parent)
    return run
