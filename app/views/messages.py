"""Translated texts for the core's typed errors and input problems (STYLE §6).

The core speaks English and gives each problem a stable code; here each code has its
template, which Qt Linguist translates (context "Problems"/"Errors")."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.views import vocabulary

# A code the core uses with more than one message has a tuple: the template whose text the
# core's message matches is the one translated.
PROBLEMS: dict[str, str | tuple[str, ...]] = {
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
    # -- IV courses (app/domain/iv.py, app/services/iv/) -----------------------------------
    "choice.invalid": QT_TRANSLATE_NOOP("Problems", "'{value}' is not one of: {allowed}."),
    "iv.doses_per_day": QT_TRANSLATE_NOOP("Problems", "Doses per day must be 1 to 6."),
    "iv.planned_days": QT_TRANSLATE_NOOP("Problems", "Planned days must be 1 to 90."),
    "iv.hospital_doses": QT_TRANSLATE_NOOP(
        "Problems", "Doses given in hospital cannot be negative."
    ),
    "iv.age": QT_TRANSLATE_NOOP(
        "Problems",
        "The citizen is {age} at the start; the IV agreement covers citizens aged 15 or over "
        "(DIGEST §1.3). Record the local agreement for under-15s to accept.",
    ),
    "iv.hospital_doses_min": QT_TRANSLATE_NOOP(
        "Problems",
        "IV antibiotics need at least 2 doses in hospital before the municipality takes over "
        "(allergic reactions; DIGEST §1.5); this referral has {doses}.",
    ),
    "iv.rejection_text": QT_TRANSLATE_NOOP("Problems", "Say why the referral is rejected (D8)."),
    "iv.end_before_start": (
        QT_TRANSLATE_NOOP("Problems", "The administration ends before it starts."),
        QT_TRANSLATE_NOOP("Problems", "The end is before municipal day 1."),
    ),
    "iv.too_long": QT_TRANSLATE_NOOP(
        "Problems", "An administration longer than 12 hours is not plausible."
    ),
    "iv.d16": QT_TRANSLATE_NOOP(
        "Problems",
        "This administration is {what}: the IV agreement allows at most 3 a day within "
        "07:00–23:00 (D16). Give a reason to record it anyway.",
    ),
    "iv.vital": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a temperature."),
    "iv.vital_range": QT_TRANSLATE_NOOP("Problems", "{value} is outside {low}–{high}."),
    "iv.not_accepted": QT_TRANSLATE_NOOP(
        "Problems",
        "The referral is not accepted yet: a course cannot start before the municipality "
        "has accepted it (DIGEST §1.11).",
    ),
    "iv.rejected": QT_TRANSLATE_NOOP(
        "Problems", "The referral was rejected; it is not a course (D7/D8)."
    ),
    "iv.before_acceptance": QT_TRANSLATE_NOOP(
        "Problems",
        "The administration is before the acceptance ({accepted}): a course cannot start "
        "before the municipality has accepted it (DIGEST §1.11).",
    ),
    "iv.after_end": QT_TRANSLATE_NOOP("Problems", "The course ended on {end} (D7)."),
    "iv.complication_other": QT_TRANSLATE_NOOP("Problems", "Describe the complication."),
    "iv.future": QT_TRANSLATE_NOOP(
        "Problems", "An administration cannot be recorded before it happens."
    ),
    "iv.nurse": QT_TRANSLATE_NOOP("Problems", "No user with initials {initials}."),
    "iv.closed": QT_TRANSLATE_NOOP("Problems", "The course is {status}."),
    "iv.same_type": QT_TRANSLATE_NOOP("Problems", "The course already has this type (D1)."),
    "iv.type_date": QT_TRANSLATE_NOOP(
        "Problems", "A type change takes effect between the first dose and today (D1)."
    ),
    "iv.end_other": QT_TRANSLATE_NOOP("Problems", "Describe the reason when it is 'other' (D7)."),
    "iv.not_running": QT_TRANSLATE_NOOP(
        "Problems", "Only an accepted or running course can end (this one is {status})."
    ),
    "iv.end_before_last": QT_TRANSLATE_NOOP(
        "Problems", "There is an administration on {day}, after that end."
    ),
    "iv.end_future": QT_TRANSLATE_NOOP("Problems", "A course cannot end in the future."),
    "iv.closed_other": QT_TRANSLATE_NOOP("Problems", "Name the closed system."),
    "iv.drug": QT_TRANSLATE_NOOP("Problems", "The drug or fluid is required."),
    "iv.doctor": QT_TRANSLATE_NOOP(
        "Problems", "The responsible doctor at the department is required."
    ),
    "iv.first_dose_future": QT_TRANSLATE_NOOP(
        "Problems",
        "The first dose is given in hospital before the referral; it cannot be later.",
    ),
    "iv.plan_end": QT_TRANSLATE_NOOP("Problems", "The planned end is before the first dose."),
    "iv.not_referred": (
        QT_TRANSLATE_NOOP(
            "Problems", "Only a referral awaiting visitation can be accepted (it is {status})."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Only a referral awaiting visitation can be rejected (it is {status})."
        ),
    ),
    "crp.value": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a CRP value in mg/L."),
    "crp.range": QT_TRANSLATE_NOOP("Problems", "A CRP value is 0–1000 mg/L; {value} is not."),
    "crp.course_closed": (
        QT_TRANSLATE_NOOP(
            "Problems",
            "A CRP check belongs to an accepted, running course (this one is {status}).",
        ),
        QT_TRANSLATE_NOOP("Problems", "The course is {status}."),
    ),
    "crp.fluid": QT_TRANSLATE_NOOP("Problems", "Fluid courses have no CRP check (D5)."),
    "crp.hospital_value": QT_TRANSLATE_NOOP(
        "Problems",
        "'Measured at hospital' is for courses accepted after treatment day 3 (D5); this "
        "course was accepted in time for the municipality to measure it.",
    ),
    "crp.future": (
        QT_TRANSLATE_NOOP("Problems", "A CRP value cannot be measured in the future."),
        QT_TRANSLATE_NOOP("Problems", "The conference cannot be in the future."),
    ),
    "crp.before_course": QT_TRANSLATE_NOOP(
        "Problems", "The value is from before the first IV dose."
    ),
    "crp.decided": QT_TRANSLATE_NOOP(
        "Problems", "This CRP value already has a decision ({decision}; D6)."
    ),
    "crp.who": QT_TRANSLATE_NOOP(
        "Problems", "Who at the hospital took part in the conference (name and role, D6)?"
    ),
    "crp.conference_before": QT_TRANSLATE_NOOP(
        "Problems", "The conference cannot be before the CRP value it decides on."
    ),
}

# The parts of iv.d16's {what}, which the core writes in English (see _d16_what).
D16_OUTSIDE = QT_TRANSLATE_NOOP("Problems", "outside 07:00–23:00")
D16_NUMBER = QT_TRANSLATE_NOOP("Problems", "number {number} on {date}")
D16_BOTH = QT_TRANSLATE_NOOP("Problems", "{first} and {second}")

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
    # -- backups and the store's place (app/services/backup.py, app/db/store.py) ----------
    "network_store": QT_TRANSLATE_NOOP(
        "Errors",
        "The store {path} is on a network drive. SQLite is not safe on a network drive: the "
        "store could be damaged. Keep the store on this computer's own disk, or use "
        "PostgreSQL (--database-url) when several workstations share the data.",
    ),
    "backup_postgres": QT_TRANSLATE_NOOP(
        "Errors",
        "AkutDesk backs up its SQLite store only. A PostgreSQL database is backed up on the "
        "server with pg_dump and restored with pg_restore: see {docs}.",
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} failed ({detail}) and was deleted. The store itself is unchanged.",
    ),
    "restore_refused": QT_TRANSLATE_NOOP(
        "Errors", "{name} cannot be restored: {detail}. Nothing was changed."
    ),
}


def _format(context: str, template: str, params: dict[str, Any], fallback: str) -> str:
    try:
        return QCoreApplication.translate(context, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return fallback


def problem_text(problem: Any) -> str:
    templates = PROBLEMS.get(problem.code)
    if not templates:
        return problem.message
    if isinstance(templates, str):
        templates = (templates,)
    template = next((t for t in templates if _renders(t, problem)), templates[0])
    return _format("Problems", template, _params(problem), problem.message)


def _renders(template: str, problem: Any) -> bool:
    try:
        return bool(template.format(**problem.params) == problem.message)
    except (KeyError, IndexError, ValueError):
        return False


def _params(problem: Any) -> dict[str, Any]:
    """The problem's values, with vocabulary codes ("ended") as translated labels."""
    params = dict(problem.params)
    for name, table in vocabulary.PARAM_TABLES.items():
        if isinstance(params.get(name), str):
            params[name] = vocabulary.label(table, params[name])
    if problem.code == "iv.d16" and isinstance(params.get("what"), str):
        params["what"] = _d16_what(params["what"])
    return params


def _d16_what(what: str) -> str:
    """iv.d16 gives its reasons as English text ("outside 07:00–23:00 and number 4 on
    02.03.2026"); each part the core writes is translated, anything else is kept."""
    parts = []
    for part in what.split(" and "):
        numbered = re.fullmatch(r"number (\d+) on (\S+)", part)
        if part == "outside 07:00–23:00":
            parts.append(QCoreApplication.translate("Problems", D16_OUTSIDE))
        elif numbered:
            parts.append(
                QCoreApplication.translate("Problems", D16_NUMBER).format(
                    number=numbered[1], date=numbered[2]
                )
            )
        else:
            return what
    if len(parts) == 2:
        return QCoreApplication.translate("Problems", D16_BOTH).format(
            first=parts[0], second=parts[1]
        )
    return parts[0]


def error_text(error: Any) -> str:
    template = ERRORS.get(getattr(error, "code", ""))
    message = getattr(error, "message", str(error))
    return (
        _format("Errors", template, getattr(error, "params", {}), message) if template else message
    )
