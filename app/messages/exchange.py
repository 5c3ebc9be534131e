"""The exchange file: import and export (app/services/exchange/), contexts "Problems" and
"Errors".

English templates by message id (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template, translate

PROBLEMS: dict[str, Template] = {
    # app/services/exchange/homes.py
    "homes.notice_before_start": QT_TRANSLATE_NOOP("Problems", "The notice ends before the start."),
}

ERRORS: dict[str, Template] = {
    # app/services/exchange/transfer.py: ImportRejected, then one line per RecordProblem
    "import_rejected": QT_TRANSLATE_NOOP(
        "Errors", "Nothing was imported: {problems} in {records}."
    ),
    "import.problems": translate("Errors", "%n problem(s)", None, 2),
    "import.records": translate("Errors", "%n record(s)", None, 2),
    "import.file_problem": QT_TRANSLATE_NOOP("Errors", "{section}: {message}"),
    "import.record_problem": QT_TRANSLATE_NOOP(
        "Errors", "{section} record {record}, field {field}: {message}"
    ),
}
