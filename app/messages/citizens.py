"""Citizens and the Danish identifiers (app/domain/identifiers.py, app/services/citizens.py).

English templates by message id, context "Problems" (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    # name.missing's {label}
    "citizen.first_name": QT_TRANSLATE_NOOP("Problems", "First name"),
    "citizen.last_name": QT_TRANSLATE_NOOP("Problems", "Last name"),
    # app/domain/identifiers.py
    "phone.invalid": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a phone number: 8 digits, or + and a country code."
    ),
    "postcode.invalid": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a Danish postcode (4 digits)."
    ),
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
    "ean.length": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not an EAN/GLN: it must be 13 digits."
    ),
    "ean.missing": QT_TRANSLATE_NOOP("Problems", "An EAN number is required."),
    "ean.check": QT_TRANSLATE_NOOP("Problems", "'{value}' has a wrong check digit (last digit)."),
    "cvr.missing": QT_TRANSLATE_NOOP("Problems", "A CVR number is required."),
    "cvr.invalid": QT_TRANSLATE_NOOP(
        "Problems", "'{value}' is not a valid CVR number (8 digits, modulus 11)."
    ),
    "phone.missing": QT_TRANSLATE_NOOP("Problems", "A phone number is required."),
    "postcode.missing": QT_TRANSLATE_NOOP("Problems", "A postcode is required."),
    # app/services/citizens.py
    "cpr.duplicate": QT_TRANSLATE_NOOP(
        "Problems", "A citizen with CPR {masked} is already registered ({name})."
    ),
    "name.missing": QT_TRANSLATE_NOOP("Problems", "{label} is required."),
    "name.invalid": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a name."),
    # app/domain/cave.py (issue #12)
    "cave.missing": QT_TRANSLATE_NOOP(
        "Problems", "Name the allergy or intolerance (e.g. penicillin), or choose another state."
    ),
    "cave.text_without_allergy": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' is written under CAVE, but the state is not \"known allergies\": "
        'choose "known allergies" or clear the text.',
    ),
    "cave.too_long": QT_TRANSLATE_NOOP("Problems", "CAVE holds at most {limit} characters."),
    "cave.invalid": QT_TRANSLATE_NOOP("Problems", "'{value}' holds characters CAVE cannot keep."),
}
