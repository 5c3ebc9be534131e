"""The encrypted store in the window (issue 7 §3, app/services/admin/store_key.py,
docs/encryption.md): the recovery key shown once when a store is made, and the recovery key
asked for at start when this computer's keyring does not hold the store's key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.views.components.messages import error_text

KEY_ERRORS = ("store_key_needed", "store_key_wrong", "recovery_key_invalid")


def is_key_error(exc: BaseException) -> bool:
    """Whether opening failed for want of the right key (then the key is asked for)."""
    return getattr(exc, "code", "") in KEY_ERRORS


def _mono(size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(size)
    return font


class RecoveryKeyDialog(QDialog):
    """Shown once, right after a new store was made: the key, the advice, and a box to tick
    before the dialog can be closed with OK."""

    def __init__(self, recovery_key: str, in_keyring: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recovery_key_dialog")
        self._build_ui(recovery_key, in_keyring)
        self.written.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)

    def _build_ui(self, recovery_key: str, in_keyring: bool) -> None:
        self.setWindowTitle(self.tr("The store's recovery key"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "AkutDesk encrypts the store on this computer. This is its recovery key. "
                "Print it or write it down now and keep it locked away, not on this computer: "
                "without it the store cannot be opened on another computer, from a backup "
                "elsewhere, or when this computer's keyring is lost. AkutDesk shows it only "
                "this once."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = QLabel(_two_lines(recovery_key))
        self.key.setObjectName("recovery_key")
        self.key.setFont(_mono(15))
        self.key.setStyleSheet("padding: 12px; border: 1px solid #888; background: #fff;")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key)
        where = QLabel(self._where(in_keyring))
        where.setObjectName("key_place")
        where.setWordWrap(True)
        layout.addWidget(where)
        self.written = QCheckBox(self.tr("I have printed or written down the recovery key"))
        self.written.setObjectName("key_written")
        layout.addWidget(self.written)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        layout.addWidget(self.buttons)

    def _where(self, in_keyring: bool) -> str:
        if in_keyring:
            return self.tr(
                "The key itself is kept in this computer's keyring, so AkutDesk opens the "
                "store without asking."
            )
        return self.tr(
            "This computer has no keyring (the operating system's password store): AkutDesk "
            "asks for the recovery key every time it starts."
        )

    def reject(self) -> None:  # Esc and the close button wait for the tick, as OK does
        if self.written.isChecked():
            super().reject()


def _two_lines(text: str) -> str:
    groups = text.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "-\n" + "-".join(groups[half:])


class AskKeyDialog(QDialog):
    """The recovery key, typed at start: the store is encrypted and the keyring here does not
    hold its key (no keyring, or a store brought from another computer)."""

    def __init__(self, problem: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ask_store_key")
        self._build_ui(problem)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_ui(self, problem: BaseException) -> None:
        self.setWindowTitle(self.tr("Encrypted store"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        path = getattr(problem, "params", {}).get("path", "")
        intro = QLabel(
            self.tr(
                "The store {path} is encrypted. Type its recovery key (14 groups of four "
                "letters and digits) to open it. On a computer with a keyring AkutDesk then "
                "remembers the key."
            ).format(path=path)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = QLineEdit()
        self.key.setObjectName("recovery_key_input")
        self.key.setFont(_mono(12))
        self.key.setPlaceholderText("ABCD-EFGH-IJKL-…")
        layout.addWidget(self.key)
        self.message = QLabel()
        self.message.setObjectName("key_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(getattr(problem, "code", "") != "store_key_needed")
        self.message.setText(error_text(problem))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        layout.addWidget(self.buttons)

    def typed(self) -> str:
        return self.key.text().strip()


def ask_recovery_key(parent: QWidget, problem: BaseException) -> str | None:
    """The typed recovery key, or None when the user cancels."""
    dialog = AskKeyDialog(problem, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.typed()
    dialog.deleteLater()
    return text if accepted and text else None


def show_recovery_key(parent: QWidget, store: Any) -> None:
    """Once, for a store just made; the key is forgotten from memory afterwards."""
    # lazy: start-up (the window is shown before the core loads)
    from app.services.admin import store_key

    if not store.recovery_key or store.path is None:
        return
    dialog = RecoveryKeyDialog(store.recovery_key, store_key.in_keyring(store.path), parent)
    dialog.exec()
    dialog.deleteLater()
    store.recovery_key = None
