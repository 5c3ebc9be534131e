"""Typing in the satisfaction survey's paper sheets (DIGEST §1.16, issue #14 item 5;
app/services/reports/survey.py): one sheet after another, keyboard only.

Each closed question is a row of choices: its number keys pick an answer (1 = the first,
0 or Delete = not answered) and move on to the next question; Tab moves on too; the
comment takes the free text; Ctrl+Enter (or Enter on a question) is "Save and next", which
keeps the day received for the rest of the pile and starts the next sheet at question 1.
The sheets typed in today are listed; one typed wrong is opened with a double click (or
Enter) and corrected or deleted. The page opens the dialog with :func:`open_survey`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain import survey as rules
from app.errors import AkutDeskError, InvalidInput
from app.services.reports import survey
from app.views.components.formatting import date_text
from app.views.components.guarded import GuardedDialog
from app.views.components.messages import error_text, problem_text
from app.views.components.tasks import run_op
from app.views.widgets.form import ERROR_STYLE
from app.views.widgets.inputs import date_edit, date_of, qdate

CONTEXT = "SurveyDialog"
QUESTIONS = {
    "q1": QT_TRANSLATE_NOOP(
        "SurveyDialog",
        "1. Did you feel you could choose whether the treatment took place in hospital or at home?",
    ),
    "q2": QT_TRANSLATE_NOOP(
        "SurveyDialog", "2. Did you feel safe with the treatment in your own home?"
    ),
    "q3": QT_TRANSLATE_NOOP(
        "SurveyDialog",
        "3. Did you feel well informed about the tasks to be carried out in your home?",
    ),
    "q4": QT_TRANSLATE_NOOP(
        "SurveyDialog",
        "4. Did you experience the same procedures being followed each time a nurse came?",
    ),
    "q5": QT_TRANSLATE_NOOP(
        "SurveyDialog",
        "5. If you need similar treatment again, would you prefer hospital or your own home?",
    ),
}
ANSWERS = {
    "yes": QT_TRANSLATE_NOOP("SurveyDialog", "Yes"),
    "partly": QT_TRANSLATE_NOOP("SurveyDialog", "Partly"),
    "no": QT_TRANSLATE_NOOP("SurveyDialog", "No"),
    "dont_know": QT_TRANSLATE_NOOP("SurveyDialog", "Don't know"),
    "hospital": QT_TRANSLATE_NOOP("SurveyDialog", "Hospital"),
    "home": QT_TRANSLATE_NOOP("SurveyDialog", "Own home"),
    "no_preference": QT_TRANSLATE_NOOP("SurveyDialog", "No preference"),
}
FOCUS_STYLE = "AnswerRow { border: 1px solid transparent; border-radius: 3px; }" \
              "AnswerRow:focus { border: 2px solid #1a73e8; background: #eef4fd; }"  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AnswerRow(QFrame):
    """One closed question: its choices numbered 1…n; a number key picks one and moves on
    to the next field, 0 / Delete / Backspace leaves the question not answered."""

    def __init__(self, key: str, codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"field_{key}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(FOCUS_STYLE)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        line = QHBoxLayout(self)
        line.setContentsMargins(6, 2, 6, 2)
        for number, code in enumerate(codes, start=1):
            button = QRadioButton(f"{number} {_tr(ANSWERS[code])}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            button.setObjectName(f"{key}_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            line.addWidget(button)
        line.addStretch(1)

    def value(self) -> str:
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")

    def set_value(self, code: str) -> None:
        self.group.setExclusive(False)
        for each, button in self.buttons.items():
            button.setChecked(each == code)
        self.group.setExclusive(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, codes = event.text(), list(self.buttons)
        if text.isdigit() and 1 <= int(text) <= len(codes):
            self.set_value(codes[int(text) - 1])
            self.focusNextChild()
        elif text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value("")
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and codes:
            now = codes.index(self.value()) if self.value() else -1
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            self.set_value(codes[(now + step) % len(codes)])
        else:
            super().keyPressEvent(event)


class SurveyDialog(GuardedDialog):
    """The pile of paper sheets, one after another (module docstring)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: survey.SheetView | None = None  # a sheet of today being corrected
        self.saved = 0
        self.setWindowTitle(self.tr("Satisfaction survey: type in the answer sheets"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Anonymous: type what the sheet says, never who answered. On each question, press "
            "the answer's number (0 = not answered); Ctrl+Enter saves and starts the next sheet."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.received = date_edit(clock.today())
        self.received.setObjectName("field_received_on")
        caption = QLabel(self.tr("&Received on"))
        caption.setBuddy(self.received)
        top.addWidget(caption)
        top.addWidget(self.received)
        top.addStretch(1)
        self.mode = QLabel()
        self.mode.setObjectName("mode")
        top.addWidget(self.mode)
        layout.addLayout(top)
        self.rows: dict[str, AnswerRow] = {}
        self.errors: dict[str, QLabel] = {}
        for key, scale in rules.QUESTIONS:
            question = QLabel(_tr(QUESTIONS[key]))
            question.setWordWrap(True)
            layout.addWidget(question)
            self.rows[key] = AnswerRow(key, [str(code) for code in scale])
            layout.addWidget(self.rows[key])
            self._error_label(key, layout)
        comment = QLabel(self.tr("6. Anything to add, or suggestions? (&comment)"))
        layout.addWidget(comment)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("field_comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        comment.setBuddy(self.comment)
        layout.addWidget(self.comment)
        self._error_label("comment", layout)
        self._error_label("received_on", layout)
        self.message = QLabel()
        self.message.setObjectName("dialog_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save and next"))
        self.save_button.setObjectName("save_next")
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("&Delete this sheet"))
        self.delete_button.setObjectName("delete_sheet")
        self.new_button = QPushButton(self.tr("&New sheet"))
        self.close_button = QPushButton(self.tr("C&lose"))
        for button, role in (
            (self.save_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole),
            (self.new_button, QDialogButtonBox.ButtonRole.ResetRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.new_button.clicked.connect(self.new_sheet)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.today = QTableWidget(0, 4)
        self.today.setObjectName("todays_sheets")
        self.today.setHorizontalHeaderLabels([
            self.tr("Received"), self.tr("Answers 1–5"), self.tr("Comment"), ""
        ])  # fmt: skip
        self.today.setColumnHidden(3, True)
        header = self.today.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.today.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today.setFixedHeight(130)
        self.today.cellActivated.connect(lambda row, _col: self.correct(row))
        self.today.cellDoubleClicked.connect(lambda row, _col: self.correct(row))
        self.today_label = QLabel()
        layout.addWidget(self.today_label)
        layout.addWidget(self.today)
        for widget in (self.comment, self.received):  # Ctrl+Enter saves from them too
            widget.installEventFilter(self)
        self.sheets: list[survey.SheetView] = []
        self.new_sheet()
        self.reload_today()

    def _error_label(self, key: str, layout: QVBoxLayout) -> None:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        layout.addWidget(label)

    # -- the sheet ------------------------------------------------------------------------
    def data(self) -> survey.SheetInput:
        return survey.SheetInput(
            date_of(self.received),
            **{key: row.value() for key, row in self.rows.items()},
            comment=self.comment.toPlainText(),
        )

    def new_sheet(self) -> None:
        """An empty sheet, the day received kept (the pile came in together)."""
        self.editing = None
        for row in self.rows.values():
            row.set_value("")
        self.comment.setPlainText("")
        self.show_problems([])
        self.delete_button.setVisible(False)
        self.new_button.setVisible(False)
        self.save_button.setText(self.tr("&Save and next"))
        self.mode.setText(self.tr("New sheet"))
        self.keep_as_shown()
        self.rows["q1"].setFocus()

    def correct(self, index: int) -> None:
        """Open today's sheet ``index`` of the list to correct or delete it."""
        sheet = self.sheets[index]
        self.editing = sheet
        self.received.setDate(qdate(sheet.received_on))
        for key, row in self.rows.items():
            row.set_value(sheet.answers.get(key, ""))
        self.comment.setPlainText(sheet.comment)
        self.show_problems([])
        self.delete_button.setVisible(True)
        self.new_button.setVisible(True)
        self.save_button.setText(self.tr("&Save the correction"))
        self.mode.setText(self.tr("Correcting a sheet received {day}").format(
            day=date_text(sheet.received_on)))  # fmt: skip
        self.keep_as_shown()
        self.rows["q1"].setFocus()

    def save(self) -> bool:
        done: list[Any] = []
        self.say("")
        data, editing = self.data(), self.editing

        def op() -> Any:
            if editing is None:
                return survey.record_survey_answer(self.ctx, data)
            return survey.correct_survey_answer(self.ctx, editing.uuid, editing.version, data)

        run_op(op, parent=self, title=self.windowTitle(), on_done=done.append,
               on_refused=self.refused)  # fmt: skip
        if done:
            self.saved += 1
            said = self.tr("Sheet saved.") if editing is None else self.tr("Correction saved.")
            keep = self.received.date()
            self.new_sheet()
            self.received.setDate(keep)
            self.keep_as_shown()
            self.reload_today()
            self.say(said, error=False)
        return bool(done)

    def ask_delete(self, sheet: Any) -> bool:
        """ "Delete this sheet?" with Keep as the default (Enter or Esc deletes nothing);
        True for Delete (GUI tests answer it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete this sheet"),
            self.tr("Delete the sheet received {day}? Its answers leave the survey's figures.")
            .format(day=date_text(sheet.received_on)),
            QMessageBox.StandardButton.NoButton,
            self,
        )  # fmt: skip
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep the sheet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def delete(self) -> None:
        sheet = self.editing
        if sheet is None or not self.ask_delete(sheet):
            return
        done: list[Any] = []
        run_op(lambda: survey.delete_survey_answer(self.ctx, sheet.uuid, sheet.version),
               parent=self, title=self.windowTitle(), on_done=done.append,
               on_refused=self.refused)  # fmt: skip
        if done:
            self.new_sheet()
            self.reload_today()
            self.say(self.tr("Sheet deleted."), error=False)

    def refused(self, exc: AkutDeskError) -> bool:
        if isinstance(exc, InvalidInput):
            self.say("\n".join(self.show_problems(exc.problems)))
        else:
            self.say(error_text(exc))
        return True

    def show_problems(self, problems: list[Any]) -> list[str]:
        """Problems under their question; returns those of no field here."""
        for label in self.errors.values():
            label.hide()
        rest, first = [], None
        for p in problems:
            label = self.errors.get(p.field)
            if label is None:
                rest.append(problem_text(p))
                continue
            label.setText(problem_text(p))
            label.show()
            first = first or p.field
        if first in self.rows:
            self.rows[first].setFocus()
        elif first == "comment":
            self.comment.setFocus()
        elif first == "received_on":
            self.received.setFocus()
        return rest

    def say(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a question saves, as Ctrl+Enter does anywhere; Enter in the list opens
        a sheet (the table takes it)."""
        if _is_enter(event) and (
            isinstance(self.focusWidget(), AnswerRow)
            or event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and _is_enter(event)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    # -- today's pile ---------------------------------------------------------------------
    def reload_today(self) -> None:
        self.sheets = survey.todays_sheets(self.ctx)
        self.today_label.setText(self.tr("Typed in today: %n sheet(s) (double-click one to "
                                         "correct or delete it)", "", len(self.sheets)))  # fmt: skip
        self.today.setRowCount(len(self.sheets))
        for index, sheet in enumerate(self.sheets):
            answers = " · ".join(
                _tr(ANSWERS[sheet.answers[key]]) if sheet.answers.get(key) else "–"
                for key in self.rows
            )
            cells = (date_text(sheet.received_on), answers, sheet.comment.replace("\n", " "),
                     sheet.uuid)  # fmt: skip
            for column, text in enumerate(cells):
                self.today.setItem(index, column, QTableWidgetItem(text))
        self.today.resizeColumnToContents(0)
        self.today.resizeColumnToContents(1)


def open_survey(ctx: Any, parent: QWidget | None = None) -> int:
    """What the Reports page's "Type in survey sheets…" button calls (permission
    ``reports.survey``: gate the button with it). Returns the number of sheets saved."""
    dialog = SurveyDialog(ctx, parent)
    dialog.exec()
    saved = dialog.saved
    dialog.deleteLater()
    return saved
