"""Qt glue for the core's message catalogue (``app/messages``, STYLE §14).

A problem or an error names its message id and typed parameters; here the id's template is
translated through Qt (the catalogue's contexts "Problems"/"Errors", Danish plurals as
numerus forms) and the parameters are formatted for the language, vocabulary codes
("ended") said in words (app/messages/vocabulary.py). The command line uses the same
catalogue (``app/messages/linguist.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app import errors
from app.domain.problems import Problem


def qt_translator(context: str, text: str, count: int | None) -> str:
    if count is None:
        return QCoreApplication.translate(context, text)
    return QCoreApplication.translate(context, text, None, count)


def language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def problem_text(problem: Problem) -> str:
    """The problem in the window's language; a vocabulary code among its values ("ended") is
    said in words by the catalogue (app/messages/vocabulary.py), as on the command line."""
    return errors.problem_text(problem, qt_translator, language())


def error_text(error: Any) -> str:
    if isinstance(error, errors.AkutDeskError):
        if isinstance(error, errors.InvalidInput):
            return "; ".join(f"{p.field}: {problem_text(p)}" for p in error.problems)
        return error.text(qt_translator, language())
    return str(error)
