"""Nothing typed is lost (issue #12): a dialog whose input fields changed since it was
shown asks before Esc, the close button or Cancel throws the input away. "Keep editing"
is the default answer, so a stray Enter keeps the input. A dialog also never opens taller
or wider than the screen it is on (issue #12, 1366×768 laptops)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from app.views.components.screen import fit_to_screen


def value_of(widget: QWidget) -> Any:
    """What the user can change in an input widget, or None for a widget that takes no
    input (labels, push buttons, tables)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QDateTimeEdit):  # also QDateEdit and QTimeEdit
        return widget.dateTime().toString("yyyyMMddHHmm")
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton | QGroupBox) and widget.isCheckable():
        return widget.isChecked()
    return None


def snapshot(root: QWidget) -> dict[int, tuple[QWidget, Any]]:
    """The values of every input widget under ``root``. A combo box's own line edit is
    read through its combo box, a spin box's through its spin box."""
    values: dict[int, tuple[QWidget, Any]] = {}
    for widget in root.findChildren(QWidget):
        if _inside_input(widget, root):
            continue
        value = value_of(widget)
        if value is not None:
            values[id(widget)] = (widget, value)
    return values


def _inside_input(widget: QWidget, root: QWidget) -> bool:
    parent: QObject | None = widget.parent()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parent()
    return False


class FittedDialog(QDialog):
    """A dialog that, when first shown, fits the available screen area (issue #12)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # Qt opens a window at most 2/3 of the screen wide and high; on a 1366×768
            # laptop that squeezed a form with its own minimum width (the referral's 1000 px)
            # below what its layout needs: fields overlapped, wrapped problem texts were cut
            self.resize(self.size().expandedTo(self.minimumSizeHint()))
            fit_to_screen(self)


class GuardedDialog(FittedDialog):
    """A form dialog: remembers its input when first shown; ``reject()`` (Esc, the close
    button, Cancel) asks "Discard your changes?" when any of it changed. ``accept()``
    never asks. Subclasses that fill a field after showing it (a revealed CPR) call
    ``keep_as_shown()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: dict[int, tuple[QWidget, Any]] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown is None:
            self.keep_as_shown()

    def keep_as_shown(self, *widgets: QWidget) -> None:
        """Take the input as it is now for the unchanged state: all of it, or only that of
        ``widgets`` (a field the dialog itself filled in)."""
        if not widgets or self._shown is None:
            self._shown = snapshot(self)
            return
        for widget in widgets:
            value = value_of(widget)
            if value is not None:
                self._shown[id(widget)] = (widget, value)

    def changed(self) -> bool:
        """Whether any input differs from what the dialog showed (a field added since
        counts when it holds something)."""
        if self._shown is None:
            return False
        now = snapshot(self)
        for key, (_widget, value) in now.items():
            before = self._shown.get(key)
            if before is None:
                if value not in ("", False):
                    return True
            elif before[1] != value:
                return True
        return False

    def reject(self) -> None:
        if self.changed() and not self.ask_discard(self._discard_box()):
            return  # keep editing: the input stays
        super().reject()

    def _discard_box(self) -> QMessageBox:
        # translate() with the base's own context: self.tr() would look the texts up under
        # each subclass's name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            QCoreApplication.translate("GuardedDialog", "Discard your changes?"),
            parent=self,
        )
        box.setObjectName("discard_box")
        box.setInformativeText(
            QCoreApplication.translate("GuardedDialog", "What you typed in this form will be lost.")
        )
        discard = box.addButton(
            QCoreApplication.translate("GuardedDialog", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("GuardedDialog", "Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        discard.setObjectName("discard")
        keep.setObjectName("keep_editing")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        return box

    def ask_discard(self, box: QMessageBox) -> bool:
        """Show the modal question; True for "Discard" (GUI tests answer it,
        tests/gui/conftest.py)."""
        box.exec()
        return box.clickedButton() is box.findChild(QAbstractButton, "discard")


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area, so a tall form scrolls while the buttons
    below it stay in view."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(body)
    return area
