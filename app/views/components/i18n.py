"""Qt Linguist translations: Danish by default, English selectable (STYLE §7).

Qt's own dialogs speak Danish through Qt's translation (qtbase_da.qm from PySide6's
translations folder, issue #12 item 10). Where that file lags behind Qt's sources, the
missing texts are in our catalogue under Qt's own context (:data:`QT_GAPS`): our translator
answers what Qt's does not."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

_installed: list[QTranslator] = []

#: Texts of Qt's file dialog (qfiledialog.ui) that PySide6 6.11's qtbase_da.qm lacks: it has
#: only the older "Look in:" and "Files of type:", without the mnemonics, so the labels of the
#: (non-native) file dialog stayed English (tests/gui/test_qt_dialogs_danish_gui.py).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def install(language: str) -> None:
    """Load AkutDesk's and Qt's own translations for ``language`` ("da" or "en")."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English,
            QLocale.Country.Denmark,
        )
    )
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(paths.resources_dir() / "i18n" / f"akutdesk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
