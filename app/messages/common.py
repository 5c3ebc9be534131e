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
    # app/services/iv/common.py
    "moment.range": QT_TRANSLATE_NOOP("Problems", "{value} is not a plausible date and time."),
}
