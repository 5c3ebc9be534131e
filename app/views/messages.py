"""Translated texts for the core's typed errors and input problems (STYLE §6).

The core speaks English and gives each problem a stable code; here each code has its
template, which Qt Linguist translates (context "Problems"/"Errors")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PROBLEMS = {
    "cpr.missing": QT_TRANSLATE_NOOP("Problems", "A CPR number is required."),
    "cpr.format": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a CPR number: it must be 10 digits (ddmmyy-xxxx)."
    ),
    "cpr.date": QT_TRANSLATE_NOOP("Problems", "'{value}' holds no real date of birth ({ddmmyy})."),
    "cpr.future": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' gives a date of birth in the future ({born})."
    ),
    "cpr.mod11": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' fails the modulus-11 check; numbers issued since 2007 may, so it is accepted.",
    ),
    "cpr.duplicate": QT_TRANSLATE_NOOP(
        "Problems", "A citizen with CPR {masked} is already registered ({name})."
    ),
    "name.missing": QT_TRANSLATE_NOOP("Problems", "This field is required."),
    "name.invalid": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a name."),
    "postcode.missing": QT_TRANSLATE_NOOP("Problems", "A postcode is required."),
    "postcode.invalid": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a Danish postcode (4 digits)."
    ),
    "phone.missing": QT_TRANSLATE_NOOP("Problems", "A phone number is required."),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a phone number: 8 digits, or + and a country code."
    ),
    "ean.missing": QT_TRANSLATE_NOOP("Problems", "An EAN number is required."),
    "ean.length": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not an EAN/GLN: it must be 13 digits."
    ),
    "ean.check": QT_TRANSLATE_NOOP("Problems", "'{value}' has a wrong check digit (last digit)."),
    "cvr.missing": QT_TRANSLATE_NOOP("Problems", "A CVR number is required."),
    "cvr.invalid": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a valid CVR number (8 digits, modulus 11)."
    ),
    "bank.reg": QT_TRANSLATE_NOOP("Problems", "A bank registration number has 4 digits."),
    "bank.account": QT_TRANSLATE_NOOP("Problems", "An account number has up to 10 digits."),
    "payment.days": QT_TRANSLATE_NOOP("Problems", "Payment terms are 1 to 90 days."),
    "municipality.name": QT_TRANSLATE_NOOP("Problems", "The municipality's name is required."),
    "unit.code": QT_TRANSLATE_NOOP("Problems", "A short code is required (e.g. OUH)."),
    "unit.name": QT_TRANSLATE_NOOP("Problems", "The hospital unit's name is required."),
    "unit.code_taken": QT_TRANSLATE_NOOP("Problems", "The code {code} is already used."),
    "department.name": QT_TRANSLATE_NOOP("Problems", "The department's name is required."),
    "department.taken": QT_TRANSLATE_NOOP(
        "Problems", "{unit} already has a department named {name}."
    ),
    "user.name": QT_TRANSLATE_NOOP("Problems", "The user's name is required."),
    "user.initials": QT_TRANSLATE_NOOP("Problems", "Initials are 2 to 12 letters or digits."),
    "user.taken": QT_TRANSLATE_NOOP("Problems", "The initials {initials} are taken."),
}

ERRORS = {
    "stale_record": QT_TRANSLATE_NOOP(
        "Errors",
        "The {what} was changed by {changed_by} at {changed_at} after you opened it. "
        "Your input is kept; reload to see their change, then save again.",
    ),
    "not_found": QT_TRANSLATE_NOOP("Errors", "The record was not found; it may have been removed."),
    "store_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This store was written by a newer version of AkutDesk (schema {found}; this version "
        "knows up to {known}). Install the newer AkutDesk to open it.",
    ),
    "not_initialised": QT_TRANSLATE_NOOP("Errors", "The store is not set up yet."),
}


def _format(context: str, template: str, params: dict[str, Any], fallback: str) -> str:
    try:
        return QCoreApplication.translate(context, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return fallback


def problem_text(problem: Any) -> str:
    template = PROBLEMS.get(problem.code)
    return (
        _format("Problems", template, problem.params, problem.message)
        if template
        else problem.message
    )


def error_text(error: Any) -> str:
    template = ERRORS.get(getattr(error, "code", ""))
    message = getattr(error, "message", str(error))
    return (
        _format("Errors", template, getattr(error, "params", {}), message) if template else message
    )
