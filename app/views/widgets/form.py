"""A form whose fields show the core's problems in place: red frame, text below, focus
on the first wrong field. Knows nothing of AkutDesk's services."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.views.components.messages import problem_text

ERROR_STYLE = "color: #b00020;"


class FieldForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}

    def add(
        self, name: str, label: str, widget: QWidget | None = None, *, max_length: int = 0
    ) -> Any:
        widget = widget or QLineEdit()
        if max_length and isinstance(widget, QLineEdit):
            widget.setMaxLength(max_length)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.layout_.addRow(caption, box)
        self.fields[name] = widget
        self.errors[name] = error
        self.rows[name] = box
        widget.setObjectName(f"field_{name}")
        return widget

    def text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def set_text(self, name: str, value: str) -> None:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.rows[name], visible)

    def row_visible(self, name: str) -> bool:
        return not self.rows[name].isHidden()

    def clear_problems(self) -> None:
        for name, label in self.errors.items():
            label.hide()
            self.fields[name].setStyleSheet("")

    def show_problems(self, problems: Iterable[Any]) -> list[str]:
        """Show each problem at its field; returns the texts of problems with no field here."""
        self.clear_problems()
        unplaced: list[str] = []
        first: QWidget | None = None
        for p in problems:
            text = problem_text(p)
            if p.field in self.errors:
                label = self.errors[p.field]
                label.setText(text if label.isHidden() else f"{label.text()}\n{text}")
                label.show()
                if not p.warning:
                    self.fields[p.field].setStyleSheet("border: 1px solid #b00020;")
                    first = first or self.fields[p.field]
            else:
                unplaced.append(text)
        if first is not None:
            first.setFocus()
        return unplaced
