"""The exchange file: import and export (app/services/exchange/), contexts "Problems" and
"Errors".

English templates by message id (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template, translate

PROBLEMS: dict[str, Template] = {
    # app/services/exchange/homes.py
    "homes.notice_before_start": QT_TRANSLATE_NOOP("Problems", "The notice ends before the start."),
    # app/services/exchange/transfer.py: the file's shape
    "exchange.export_reason": QT_TRANSLATE_NOOP(
        "Problems", "say why the whole store is exported (it is kept in the audit trail)"
    ),
    "exchange.not_object": QT_TRANSLATE_NOOP("Problems", "the record is not a JSON object"),
    "exchange.unknown_field": QT_TRANSLATE_NOOP("Problems", "unknown field"),
    "exchange.not_bool": QT_TRANSLATE_NOOP("Problems", "must be true or false"),
    "exchange.not_int": QT_TRANSLATE_NOOP("Problems", "must be a whole number"),
    "exchange.not_text": QT_TRANSLATE_NOOP("Problems", "must be text"),
    "exchange.required": QT_TRANSLATE_NOOP("Problems", "is required"),
    "exchange.not_list": QT_TRANSLATE_NOOP("Problems", "must be a list of records"),
    "exchange.not_uuid": QT_TRANSLATE_NOOP("Problems", "is not a UUID"),
    "exchange.same_cpr": QT_TRANSLATE_NOOP("Problems", "same CPR as record {record}"),
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
