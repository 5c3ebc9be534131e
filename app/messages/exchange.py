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
    # app/services/exchange/values.py: a value of a case record
    "exchange.not_moment": QT_TRANSLATE_NOOP(
        "Problems", "must be a date and time (YYYY-MM-DDTHH:MM)"
    ),
    "exchange.bad_moment": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a date and time (YYYY-MM-DDTHH:MM)"
    ),
    "exchange.not_day": QT_TRANSLATE_NOOP("Problems", "must be a date (YYYY-MM-DD)"),
    "exchange.bad_day": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a date (YYYY-MM-DD)"),
    "exchange.not_json_object": QT_TRANSLATE_NOOP("Problems", "must be a JSON object"),
    "exchange.not_a_list": QT_TRANSLATE_NOOP("Problems", "must be a list"),
    "exchange.not_number": QT_TRANSLATE_NOOP("Problems", "must be a number"),
    "exchange.not_codes": QT_TRANSLATE_NOOP("Problems", "must be a list of codes"),
    # app/services/exchange/iv.py, acute.py, homes.py: what the record refers to
    "exchange.same_course": QT_TRANSLATE_NOOP("Problems", "same course as record {record}"),
    "exchange.same_episode": QT_TRANSLATE_NOOP("Problems", "same episode as record {record}"),
    "exchange.no_user": QT_TRANSLATE_NOOP("Problems", "no user with initials {initials}"),
    "exchange.no_citizen": QT_TRANSLATE_NOOP(
        "Problems", "no citizen with CPR {cpr} in the store or the file"
    ),
    "exchange.no_citizen_of_cpr": QT_TRANSLATE_NOOP(
        "Problems", "no citizen with this CPR in the file or the store"
    ),
    "exchange.no_department": QT_TRANSLATE_NOOP(
        "Problems", "no department '{name}' at unit '{unit}' (add it under hospital_units)"
    ),
    "exchange.no_acute_unit": QT_TRANSLATE_NOOP(
        "Problems", "no acute unit '{name}' (add it under acute_units)"
    ),
    "exchange.no_section": QT_TRANSLATE_NOOP("Problems", "the home has no section '{name}'"),
    "exchange.uuid_of_other_citizen": QT_TRANSLATE_NOOP(
        "Problems", "this uuid belongs to another citizen's {what} in the store"
    ),
    "exchange.uuid_taken": QT_TRANSLATE_NOOP(
        "Problems", "this uuid is already a {what} in the store, with other values"
    ),
    "exchange.decision": QT_TRANSLATE_NOOP("Problems", "must be 'accepted' or 'rejected'"),
    "exchange.same_uuid": QT_TRANSLATE_NOOP("Problems", "same uuid as record {record}"),
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
    # app/services/kernel/json_file.py: a JSON file handed in (exchange file, tariff version)
    "file.unreadable": QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
    "file.is_folder": QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."),
    "file.not_utf8": QT_TRANSLATE_NOOP("Errors", "{path} is not UTF-8 text."),
    "file.not_json": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not valid JSON (line {line}, column {column}: {reason})."
    ),
    "file.too_deep": QT_TRANSLATE_NOOP(
        "Errors", "{path} nests lists and objects more than {n} levels deep; nothing was read."
    ),
    "file.number_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{path} holds a number of more than {n} digits; nothing was read."
    ),
    "file.not_a_number": QT_TRANSLATE_NOOP(
        "Errors", "{path} holds {word}, which is not a number in JSON; nothing was read."
    ),
    "file.duplicate_key": QT_TRANSLATE_NOOP(
        "Errors", '{path} names the key "{key}" twice in one object; nothing was read.'
    ),
    # app/services/exchange/transfer.py: read_document
    "exchange.not_exchange_file": QT_TRANSLATE_NOOP(
        "Errors",
        '{path} is not an AkutDesk exchange file ("format": "{format}" is missing).',
    ),
    "exchange.no_version": QT_TRANSLATE_NOOP(
        "Errors", "{path} has no valid format version (a whole number from 1)."
    ),
    "exchange.too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} uses exchange format version {version}; this AkutDesk reads up to {known}. "
        "Update AkutDesk to import it.",
    ),
}
