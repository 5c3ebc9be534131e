"""Texts shared by every feature: vocabulary choices, dates and times, text.

English templates by message id, context "Problems" (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    # app/db/store.py
    "text.nul": QT_TRANSLATE_NOOP("Problems", "Text may not contain a NUL character."),
    # app/domain/problems.py
    "choice.invalid": QT_TRANSLATE_NOOP("Problems", "'{value}' is not one of: {allowed}."),
    # app/services/today/worklist.py, app/services/acute/fees.py, app/services/invoices/runs.py
    "date.range": QT_TRANSLATE_NOOP(
        "Problems", "{value} is outside the years AkutDesk works with ({first}–{last})."
    ),
    # app/services/kernel/audit.py: a record's uuid from an exchange file
    "record.uuid_taken": QT_TRANSLATE_NOOP(
        "Problems", "The uuid {uuid} already belongs to another record in the store."
    ),
    # app/services/iv/common.py
    "moment.range": QT_TRANSLATE_NOOP("Problems", "{value} is not a plausible date and time."),
    # app/views/widgets/inputs.py: a date and time typed in one field
    "moment.typed": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' is not a date and time: type e.g. 0212 1430, 2.12 14:30 or nu.",
    ),
}
