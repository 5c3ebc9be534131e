"""The municipality, hospital units and departments (app/services/admin/).

English templates by message id, context "Problems" (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    # app/services/admin/audit_chain.py
    "anchor_invalid": QT_TRANSLATE_NOOP("Problems", "Expected SEQUENCE:HASH"),
    # app/services/admin/reference.py
    "municipality.name": QT_TRANSLATE_NOOP("Problems", "The municipality's name is required."),
    "bank.reg": QT_TRANSLATE_NOOP("Problems", "A bank registration number has 4 digits."),
    "bank.account": QT_TRANSLATE_NOOP("Problems", "An account number has up to 10 digits."),
    "payment.days": QT_TRANSLATE_NOOP("Problems", "Payment terms are 1 to 90 days."),
    "unit.code": QT_TRANSLATE_NOOP("Problems", "A short code is required (e.g. OUH)."),
    "unit.name": QT_TRANSLATE_NOOP("Problems", "The hospital unit's name is required."),
    "department.name": QT_TRANSLATE_NOOP("Problems", "The department's name is required."),
    "unit.code_taken": QT_TRANSLATE_NOOP("Problems", "The code {code} is already used."),
    "department.taken": QT_TRANSLATE_NOOP(
        "Problems", "{unit} already has a department named {name}."
    ),
}
