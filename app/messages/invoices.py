"""Invoices, credit notes, regulation and tariffs (app/billing/, app/services/invoices/).

English templates by message id, context "Problems" (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    # app/workflows.py: an invoice asked to do what its state does not allow (STYLE §3)
    "invoice.state": QT_TRANSLATE_NOOP("Problems", "The invoice is {status}."),
    # app/billing/tariffs.py
    "tariff.label": QT_TRANSLATE_NOOP("Problems", "A version needs a label."),
    "tariff.none": QT_TRANSLATE_NOOP("Problems", "A version needs at least one tariff."),
    "tariff.duplicate": QT_TRANSLATE_NOOP("Problems", "Code {code} twice."),
    "tariff.shape": QT_TRANSLATE_NOOP("Problems", "Each tariff is an object."),
    "tariff.text": QT_TRANSLATE_NOOP(
        "Problems", "A tariff needs a code (≤ 40) and a description (≤ 200)."
    ),
    "tariff.unit": QT_TRANSLATE_NOOP("Problems", "unit must be course or day."),
    "tariff.amount": QT_TRANSLATE_NOOP(
        "Problems", "amount must be kroner with at most 2 decimals."
    ),
    "tariff.percent": QT_TRANSLATE_NOOP("Problems", "region_percent must be 0–100."),
    "tariff.types": QT_TRANSLATE_NOOP("Problems", "course_types must list some of: {known}."),
    "tariff.numbers": QT_TRANSLATE_NOOP(
        "Problems", "from_day ≥ 1 and min_doses_per_day ≥ 0 are whole numbers."
    ),
    "tariff.date": QT_TRANSLATE_NOOP("Problems", "valid_from must be YYYY-MM-DD."),
    "tariff.ambiguous": QT_TRANSLATE_NOOP(
        "Problems", "{a} and {b} both apply to {type} courses ({unit})."
    ),
    # app/services/invoices/credit.py
    "invoice.reason": QT_TRANSLATE_NOOP("Problems", "Give the reason for the credit note."),
    "invoice.not_creditable": QT_TRANSLATE_NOOP(
        "Problems", "Only a posted invoice can be credited."
    ),
    "invoice.credit_note_credit": QT_TRANSLATE_NOOP(
        "Problems", "A credit note cannot itself be credited."
    ),
    "invoice.no_lines": QT_TRANSLATE_NOOP(
        "Problems", "Choose the lines of {number} to credit, or the whole invoice."
    ),
    "invoice.no_line": QT_TRANSLATE_NOOP("Problems", "{number} has no line {lines}."),
    "invoice.already_credited": QT_TRANSLATE_NOOP(
        "Problems", "Line {lines} of {number} is credited already."
    ),
    "invoice.regulation_credit": QT_TRANSLATE_NOOP(
        "Problems", "A regulation invoice is corrected by the next regulation run."
    ),
    "invoice.all_credited": QT_TRANSLATE_NOOP(
        "Problems", "Every line of {number} is credited already."
    ),
    # app/services/invoices/export.py
    "invoice.nothing_to_export": QT_TRANSLATE_NOOP("Problems", "No posted invoices for {month}."),
    # app/services/invoices/post.py
    "invoice.month_open": QT_TRANSLATE_NOOP("Problems", "{month} has not ended yet."),
    "invoice.concurrent": QT_TRANSLATE_NOOP(
        "Problems", "Some of these items were billed by another run meanwhile: preview again."
    ),
    "invoice.nothing": QT_TRANSLATE_NOOP("Problems", "Nothing to invoice for {month}."),
    "invoice.changed": QT_TRANSLATE_NOOP(
        "Problems", "The run changed since the preview: preview again."
    ),
    # app/services/invoices/regulation.py
    "invoice.nothing_to_regulate": QT_TRANSLATE_NOOP(
        "Problems", "No billed item needs regulation."
    ),
    # app/services/invoices/runs.py
    "invoice.month": QT_TRANSLATE_NOOP("Problems", "'{text}' is not a month (YYYY-MM)."),
    # app/services/invoices/tariffs.py
    "tariff.before_agreement": QT_TRANSLATE_NOOP(
        "Problems", "The agreement's tariffs start on {start}."
    ),
    "tariff.date_taken": QT_TRANSLATE_NOOP(
        "Problems", "Version {label} is already valid from that date."
    ),
}
