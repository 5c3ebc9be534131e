"""Qt's own dialogs in Danish (issue #12 item 10): the window loads qtbase_da from PySide6's
translations folder, and the file dialog's labels that this Qt translation lacks come from
our catalogue (app.views.components.i18n.QT_GAPS)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from app.views.components import documents, i18n


def labels(dialog: QFileDialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel) if label.text()}


def buttons(dialog: QFileDialog) -> set[str]:
    return {button.text() for button in dialog.findChildren(QPushButton) if button.isVisible()}


def file_dialog(qtbot, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "", str(Path.home()), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_qt_s_own_translation_is_loaded_from_pyside6(danish):
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    loaded = [Path(t.filePath()) for t in i18n._installed]
    assert folder / "qtbase_da.qm" in loaded


def test_the_file_dialog_speaks_danish(qtbot, danish):
    save = file_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave)
    assert {"&Søg i:", "&Filnavn:", "Fil&type:"} <= labels(save)
    assert {"&Gem", "Annuller"} <= buttons(save)
    assert save.windowTitle() == "Gem som"
    opened = file_dialog(qtbot, QFileDialog.AcceptMode.AcceptOpen)
    assert {"&Søg i:", "Fil&type:"} <= labels(opened)
    assert "&Åbn" in buttons(opened)


def test_the_file_dialog_the_window_opens_is_danish(qtbot, danish):
    """The one a PDF is saved with (app.views.components.documents.ask_path)."""
    seen: list[set[str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(labels(dialog) | buttons(dialog))
        dialog.reject()

    QTimer.singleShot(200, answer)
    assert documents.ask_path(None, "Gem forløbsresumé", "resume.pdf") == ""  # type: ignore[arg-type]
    assert seen and {"&Søg i:", "Fil&type:", "&Gem", "Annuller"} <= seen[0]


def test_message_box_buttons_are_danish(qtbot, danish):
    box = QMessageBox(QMessageBox.Icon.Question, "AkutDesk", "?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"&Ja", "&Nej", "Annuller"}


def test_in_english_qt_s_texts_stay_english(qtbot, english):
    save = file_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave)
    assert {"&Look in:", "Files of &type:"} <= labels(save)
