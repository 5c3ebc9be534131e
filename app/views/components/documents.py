"""Documents the core renders (PDF bytes): found lazily — the document modules are not on
the start-up path and may not be installed yet — saved where the user says, then opened."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.views.components.tasks import run_in_background


def available(module: str) -> bool:
    """Whether ``module`` can be imported, without importing it."""
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False
    except ValueError:  # already imported without a spec
        return True


def maker(module: str, name: str) -> Callable[..., bytes] | None:
    try:
        found = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    return found  # type: ignore[no-any-return]


def ask_path(parent: QWidget, title: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), "PDF (*.pdf)"
    )
    return path


def export(parent: QWidget, make: Callable[[], bytes], path: str, label: str) -> None:
    """Render in the background, write ``path`` and open it with the system's viewer."""

    def done(data: bytes) -> None:
        # lazy: start-up (the window is shown before the core loads)
        from app import files
        from app.errors import FileNotWritten

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.components.messages import error_text

        try:
            files.write_bytes(path, data)  # temp file, 0600, fsync, rename (issue #13)
        except FileNotWritten as exc:
            _warn(parent, error_text(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def failed(exc: BaseException, details: str) -> None:
        # lazy: start-up (the window is shown before the core loads)
        from app.errors import AkutDeskError

        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.components.messages import error_text

        if isinstance(exc, AkutDeskError):
            _warn(parent, error_text(exc))
            return
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.components import crash

        crash.log.error("could not make %s\n%s", path, details)
        _warn(parent, details.strip().splitlines()[-1])

    run_in_background(make, done, failed, parent=parent, label=label)


def _warn(parent: QWidget, text: Any) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Documents", "The document was not made"), str(text)
    )
