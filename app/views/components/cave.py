"""CAVE on screen (issue #12 item 4, docs/cave.md): one line a nurse cannot miss — red for
known allergies, amber for "not asked" — and the field that records it.

"Not asked" and "no known allergies" look different on purpose: the first is a question
still open before a first dose, the second an answer."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

CONTEXT = "Cave"

STATES = {
    "unknown": QT_TRANSLATE_NOOP("Cave", "Not asked"),
    "none": QT_TRANSLATE_NOOP("Cave", "No known allergies"),
    "known": QT_TRANSLATE_NOOP("Cave", "Known allergies or intolerances"),
}
#: the referral dialog: the hospital may say nothing
REFERRAL_STATES = {
    "unknown": QT_TRANSLATE_NOOP("Cave", "Not stated by the hospital"),
    "none": QT_TRANSLATE_NOOP("Cave", "No known allergies"),
    "known": QT_TRANSLATE_NOOP("Cave", "Known allergies or intolerances"),
}

STYLES = {
    "known": "color: white; background: #b00020; font-weight: 700;",
    "unknown": "color: #5c3b00; background: #ffe08a; font-weight: 700;",
    "none": "color: #1b5e20; background: #e3f2e1; font-weight: 600;",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def cave_text(cave: Any) -> str:
    """ "CAVE: penicillin (allergi)", "No known allergies" or "CAVE not asked"."""
    if cave.state == "known":
        return QCoreApplication.translate("Cave", "CAVE: {entries}").format(entries=cave.text)
    if cave.state == "none":
        return QCoreApplication.translate("Cave", "No known allergies")
    return QCoreApplication.translate("Cave", "CAVE not asked")


def cave_html(cave: Any) -> str:
    """The line inside a rich-text banner, coloured as :data:`STYLES` says."""
    style = STYLES.get(cave.state, STYLES["unknown"])
    return f'<span style="{style}">&nbsp;{escape(cave_text(cave))}&nbsp;</span>'


class CaveLine(QLabel):
    """The CAVE line of a header: a bold coloured bar over the header's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cave_line")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_cave(self, cave: Any) -> None:
        self.setText(cave_text(cave))
        style = STYLES.get(cave.state, STYLES["unknown"])
        self.setStyleSheet(f"QLabel#cave_line {{ {style} font-size: 13pt; padding: 4px 8px;"
                           " border-radius: 4px; }")  # fmt: skip
        self.setProperty("cave_state", cave.state)


class CaveField(QWidget):
    """The state (not asked / none / known) and the entries, one a line; the entries are
    editable only for "known"."""

    def __init__(self, states: dict[str, str] = STATES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.state = QComboBox()
        self.state.setObjectName("field_cave_state")
        for code, label in states.items():
            self.state.addItem(_tr(label), code)
        self.entries = QPlainTextEdit()
        self.entries.setObjectName("field_cave_entries")
        self.entries.setTabChangesFocus(True)
        self.entries.setFixedHeight(52)
        self.entries.setPlaceholderText(
            QCoreApplication.translate(
                "Cave",
                "One a line: agent (allergy or intolerance: reaction), e.g. penicillin (allergy: rash)",
            )
        )
        column.addWidget(self.state)
        column.addWidget(self.entries)
        self.state.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self, *_args: Any) -> None:
        known = self.state.currentData() == "known"
        self.entries.setEnabled(known)
        if not known:
            self.entries.clear()

    def set_value(self, state: str, text: str) -> None:
        self.state.setCurrentIndex(max(self.state.findData(state), 0))
        self.entries.setPlainText(text.replace("; ", "\n"))

    def value(self) -> tuple[str, str]:
        return str(self.state.currentData()), self.entries.toPlainText()
