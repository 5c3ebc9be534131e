"""Qt glue for the core's message catalogue (``app/messages``, STYLE §14).

A problem or an error names its message id and typed parameters; here the id's template is
translated through Qt (the catalogue's contexts "Problems"/"Errors", Danish plurals as
numerus forms) and the parameters are formatted for the language, vocabulary codes
("ended") shown as their translated labels. The command line uses the same catalogue
(``app/messages/linguist.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app import errors
from app.domain.problems import Problem
from app.views.components import acute_vocabulary as acute
from app.views.components import vocabulary


def qt_translator(context: str, text: str, count: int | None) -> str:
    if count is None:
        return QCoreApplication.translate(context, text)
    return QCoreApplication.translate(context, text, None, count)


def language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def problem_text(problem: Problem) -> str:
    shown = Problem(problem.field, problem.code, problem.message, _params(problem))
    return errors.problem_text(shown, qt_translator, language())


def _params(problem: Problem) -> dict[str, Any]:
    """The problem's values, with vocabulary codes ("ended") as translated labels."""
    params = dict(problem.params)
    if problem.code.startswith(("acute.", "measure.")):
        for name, table in acute.PARAM_TABLES.items():
            if isinstance(params.get(name), str):
                params[name] = acute.label(table, params[name])
    for name, table in vocabulary.PARAM_TABLES.items():
        if isinstance(params.get(name), str):
            params[name] = vocabulary.label(table, params[name])
    return params


def error_text(error: Any) -> str:
    if isinstance(error, errors.AkutDeskError):
        if isinstance(error, errors.InvalidInput):
            return "; ".join(f"{p.field}: {problem_text(p)}" for p in error.problems)
        return error.text(qt_translator, language())
    return str(error)
