"""Bugs reach one crash dialog with copyable details, and a rotating log file (STYLE §6).

Expected user errors never come here: services raise typed errors that views show in place.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__, paths

log = logging.getLogger("akutdesk")
# Qt's offscreen platform says this about every window; it is not a problem.
QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)


def setup_logging() -> None:
    if log.handlers:
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "akutdesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("AkutDesk %s started", __version__)


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    if message.startswith(QUIET_QT_MESSAGES):
        return
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg, QtMsgType.QtWarningMsg):
        log.warning("Qt: %s", message)
    print(message, file=sys.stderr)


def install_qt_message_filter() -> None:
    qInstallMessageHandler(_qt_message)


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("unhandled error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("AkutDesk")
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "AkutDesk ran into an error it did not expect. What you saved before is safe. "
            "Please send the details to your IT support.",
        )
    )
    box.setDetailedText(f"AkutDesk {__version__}\n{details}")
    box.exec()


def install() -> None:
    setup_logging()
    sys.excepthook = excepthook
