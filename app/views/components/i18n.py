"""Qt Linguist translations: Danish by default, English selectable (STYLE §7)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

_installed: list[QTranslator] = []


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
