"""Translated texts for the core's typed errors and input problems (STYLE §6).

The core speaks English and gives each problem a stable code; here each code has its
template, which Qt Linguist translates (context "Problems"/"Errors")."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.views.components import vocabulary

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
    # -- users, roles, passwords, teams (app/services/security/users.py, passwords.py, teams.py) ---
    "user.role_unknown": QT_TRANSLATE_NOOP("Problems", "Unknown role: {role}."),
    "user.no_role": QT_TRANSLATE_NOOP("Problems", "A user needs at least one role."),
    "user.last_admin": QT_TRANSLATE_NOOP(
        "Problems", "At least one active user must keep the administrator role."
    ),
    "user.idle": QT_TRANSLATE_NOOP("Problems", "The idle lock is 1 to 240 minutes."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Problems", "A password has at least {length} characters."
    ),
    "password.too_long": QT_TRANSLATE_NOOP("Problems", "A password has at most 200 characters."),
    "password.wrong": QT_TRANSLATE_NOOP("Problems", "The current password is wrong."),
    "team.name": QT_TRANSLATE_NOOP("Problems", "The team's name is required."),
    "team.taken": QT_TRANSLATE_NOOP("Problems", "The team {name} exists."),
    "access.reason_required": QT_TRANSLATE_NOOP(
        "Problems",
        "The citizen belongs to another team: give a reason for opening the record.",
    ),
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
    "moment.range": QT_TRANSLATE_NOOP("Problems", "{value} is not a plausible date and time."),
    "text.nul": QT_TRANSLATE_NOOP("Problems", "Text may not contain a NUL character."),
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
    # -- acute episodes (app/domain/acute.py, app/services/acute/) -------------------------
    "acute.referrer_mismatch": QT_TRANSLATE_NOOP(
        "Problems",
        "Target group {group} is attached by {wanted}, not by {given}: groups 1–2 are referred "
        "by the GP, group 3 by home nursing itself, group 4 by a hospital doctor (OK22 Bilag 3, "
        "001:14055–14082).",
    ),
    "acute.responsible_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Name the treatment-responsible doctor or medical function: the acute function must "
        "always know who holds treatment responsibility and how to reach them (OK22 Bilag 3, "
        "001:14109–14115; D20).",
    ),
    "acute.responsible_phone_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Give the phone number of the treatment-responsible doctor: the acute function must "
        "always know who holds treatment responsibility and how to reach them (OK22 Bilag 3, "
        "001:14109–14115; D20).",
    ),
    "acute.end_other": QT_TRANSLATE_NOOP("Problems", "Describe the reason when it is 'other'."),
    "acute.start_before_referral": QT_TRANSLATE_NOOP(
        "Problems", "The start is before the referral."
    ),
    "acute.start_future": QT_TRANSLATE_NOOP("Problems", "The start is in the future."),
    "acute.expected_end": QT_TRANSLATE_NOOP("Problems", "The expected end is before the start."),
    "acute.ended": (
        QT_TRANSLATE_NOOP("Problems", "The episode has already ended."),
        QT_TRANSLATE_NOOP("Problems", "An ended episode cannot be changed."),
    ),
    "acute.end_before_start": QT_TRANSLATE_NOOP("Problems", "The end is before the start."),
    "acute.end_future": QT_TRANSLATE_NOOP("Problems", "An episode cannot end in the future."),
    "acute.end_before_last": QT_TRANSLATE_NOOP(
        "Problems", "There is a measurement or GP contact at {at}, after that end."
    ),
    "acute.already_open": QT_TRANSLATE_NOOP(
        "Problems",
        "The citizen is already attached to the acute function in an open episode.",
    ),
    "acute.unit_missing": QT_TRANSLATE_NOOP("Problems", "Choose an active unit of acute places."),
    "acute.place_range": QT_TRANSLATE_NOOP(
        "Problems", "{unit} has places 1–{places}; {number} is not one of them."
    ),
    "acute.place_occupied": QT_TRANSLATE_NOOP(
        "Problems", "Place {number} at {unit} is occupied; choose a free place."
    ),
    "acute_unit.name": QT_TRANSLATE_NOOP("Problems", "The unit needs a name."),
    "acute_unit.name_taken": QT_TRANSLATE_NOOP("Problems", "Another unit has this name."),
    "acute_unit.places": QT_TRANSLATE_NOOP("Problems", "A unit has 1 to {max} places."),
    "acute_unit.occupied": QT_TRANSLATE_NOOP(
        "Problems", "Place {number} is occupied: move or end that episode first."
    ),
    "measure.value": QT_TRANSLATE_NOOP("Problems", "{error} ({kind})."),
    "measure.range": QT_TRANSLATE_NOOP(
        "Problems", "{value} {unit} is not a plausible {kind}: expected {low}–{high} {unit}."
    ),
    "measure.diastolic": QT_TRANSLATE_NOOP(
        "Problems", "The diastolic pressure must be below the systolic."
    ),
    "measure.before_start": QT_TRANSLATE_NOOP("Problems", "The value is from before the episode."),
    "measure.after_end": QT_TRANSLATE_NOOP("Problems", "The value is from after the episode."),
    "measure.future": QT_TRANSLATE_NOOP("Problems", "A value cannot be measured in the future."),
    "contact.gp_name": QT_TRANSLATE_NOOP("Problems", "Name the GP of the contact."),
    "contact.practice": QT_TRANSLATE_NOOP("Problems", "Name the practice (the fee goes to it)."),
    "contact.before_start": QT_TRANSLATE_NOOP("Problems", "The contact is before the episode."),
    "contact.after_end": QT_TRANSLATE_NOOP("Problems", "The contact is after the episode ended."),
    "contact.future": QT_TRANSLATE_NOOP("Problems", "A contact cannot be in the future."),
    "contact.staff": QT_TRANSLATE_NOOP("Problems", "No user with initials {i}."),
    "price.index": QT_TRANSLATE_NOOP(
        "Problems", "A price index is a number from 0.5 to 5 (1.0000 = April 2021)."
    ),
    "price.before_base": QT_TRANSLATE_NOOP("Problems", "Price levels start at 01.04.2021."),
    "price.taken": QT_TRANSLATE_NOOP("Problems", "There is a price level from that date."),
    "month.invalid": QT_TRANSLATE_NOOP("Problems", "'{m}' is not a month (YYYY-MM)."),
    # -- nursing homes (app/services/homes, app/domain/homes.py) ------------------------
    "homes.name_missing": QT_TRANSLATE_NOOP("Problems", "A nursing home needs a name."),
    "homes.name_taken": QT_TRANSLATE_NOOP("Problems", "There is a home with that name."),
    "homes.places": QT_TRANSLATE_NOOP("Problems", "Places must be from 1 to 1000."),
    "homes.postcode": QT_TRANSLATE_NOOP("Problems", "A postcode has 4 digits."),
    "homes.section_name": QT_TRANSLATE_NOOP("Problems", "A section needs a name."),
    "homes.section_taken": QT_TRANSLATE_NOOP("Problems", "The home has a section by that name."),
    "homes.section_small": QT_TRANSLATE_NOOP("Problems", "A section needs at least {n} places."),
    "homes.sections_exceed": QT_TRANSLATE_NOOP(
        "Problems", "The sections have {total} places, the home {places}."
    ),
    "homes.section_unknown": QT_TRANSLATE_NOOP("Problems", "The home has no such section."),
    "homes.section_needed": QT_TRANSLATE_NOOP("Problems", "Choose the resident's section."),
    "homes.provider_number": QT_TRANSLATE_NOOP(
        "Problems", "A provider number (ydernummer) has {n} digits."
    ),
    "homes.doctor_missing": QT_TRANSLATE_NOOP("Problems", "Name the fixed doctor."),
    "homes.practice_missing": QT_TRANSLATE_NOOP("Problems", "Name the practice."),
    "homes.arrangement_overlap": QT_TRANSLATE_NOOP(
        "Problems", "{home} already has a fixed doctor then ({doctor})."
    ),
    "homes.change_outside": QT_TRANSLATE_NOOP("Problems", "The date is outside the arrangement."),
    "homes.already_terminated": QT_TRANSLATE_NOOP(
        "Problems", "The arrangement is already terminated."
    ),
    "homes.notice_future": QT_TRANSLATE_NOOP("Problems", "The notice date is in the future."),
    "homes.notice_before_start": QT_TRANSLATE_NOOP("Problems", "The notice ends before the start."),
    "homes.moved_out_before": QT_TRANSLATE_NOOP("Problems", "Moving out is before moving in."),
    "homes.home_closed": QT_TRANSLATE_NOOP("Problems", "The home closed before that date."),
    "homes.stay_overlap": QT_TRANSLATE_NOOP(
        "Problems", "The citizen already lives at a nursing home from {day}."
    ),
    "homes.stay_citizen": QT_TRANSLATE_NOOP("Problems", "A stay keeps its citizen."),
    "homes.target": QT_TRANSLATE_NOOP("Problems", "The target is 1–100 %."),
    "homes.report_period": QT_TRANSLATE_NOOP(
        "Problems", "Give a year (coverage) or a quarter (changes)."
    ),
    "homes.quarter_future": QT_TRANSLATE_NOOP("Problems", "The quarter has not begun."),
    "homes.recipient": QT_TRANSLATE_NOOP("Problems", "Say whom the report was sent to."),
    "homes.sent_future": QT_TRANSLATE_NOOP("Problems", "The date is in the future."),
    "homes.sent_before_made": QT_TRANSLATE_NOOP("Problems", "The report was made later."),
    # -- invoices (app/services/invoices/runs*.py; D9–D14) ------------------------------------
    "invoice.month": QT_TRANSLATE_NOOP("Problems", "'{text}' is not a month (YYYY-MM)."),
    "invoice.month_open": QT_TRANSLATE_NOOP("Problems", "{month} has not ended yet."),
    "invoice.nothing": QT_TRANSLATE_NOOP("Problems", "Nothing to invoice for {month}."),
    "invoice.changed": QT_TRANSLATE_NOOP(
        "Problems", "The run changed since the preview: preview again."
    ),
    "invoice.concurrent": QT_TRANSLATE_NOOP(
        "Problems", "Some of these items were billed by another run meanwhile: preview again."
    ),
    "invoice.nothing_to_export": QT_TRANSLATE_NOOP("Problems", "No posted invoices for {month}."),
    "invoice.reason": QT_TRANSLATE_NOOP("Problems", "Give the reason for the credit note."),
    "invoice.not_creditable": QT_TRANSLATE_NOOP(
        "Problems", "Only a posted invoice can be credited (this is a {kind}, {state})."
    ),
    "invoice.regulation_credit": QT_TRANSLATE_NOOP(
        "Problems", "A regulation invoice is corrected by the next regulation run (D14)."
    ),
    "invoice.all_credited": QT_TRANSLATE_NOOP(
        "Problems", "Every line of {number} is credited already."
    ),
    "invoice.no_line": QT_TRANSLATE_NOOP("Problems", "{number} has no line {lines}."),
    "invoice.no_lines": QT_TRANSLATE_NOOP(
        "Problems", "Choose the lines of {number} to credit, or the whole invoice."
    ),
    "invoice.already_credited": QT_TRANSLATE_NOOP(
        "Problems", "Line {lines} of {number} is credited already."
    ),
    "invoice.nothing_to_regulate": QT_TRANSLATE_NOOP(
        "Problems", "No billed item needs regulation (D14)."
    ),
    # -- tariff versions (app/billing/tariffs.py, app/services/invoices/tariffs.py) ----
    "tariff.label": QT_TRANSLATE_NOOP("Problems", "A version needs a label."),
    "tariff.none": QT_TRANSLATE_NOOP("Problems", "A version needs at least one tariff."),
    "tariff.duplicate": QT_TRANSLATE_NOOP("Problems", "Code {code} twice."),
    "tariff.date": QT_TRANSLATE_NOOP("Problems", "valid_from must be YYYY-MM-DD."),
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
    "tariff.ambiguous": QT_TRANSLATE_NOOP(
        "Problems", "{a} and {b} both apply to {type} courses ({unit})."
    ),
    "tariff.before_agreement": QT_TRANSLATE_NOOP(
        "Problems", "The agreement's tariffs start on {start}."
    ),
    "tariff.date_taken": QT_TRANSLATE_NOOP(
        "Problems", "Version {label} is already valid from that date."
    ),
}

# measure.value's {error}, which the core writes in English (see _acute_params).
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Problems", "'{value}' is not a number")

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
    # -- backups and the store's place (app/services/admin/backup.py, app/db/store.py) ----------
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
    # -- the signing certificate (app/signing/errors.py, app/secrets.py; issue #4) --------
    "certificate_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not a certificate file AkutDesk can read: use the organisation "
        "certificate exported as PKCS#12 (.p12 or .pfx) with its private key.",
    ),
    "certificate_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "The passphrase does not open {name}. Check it and try again; nothing was saved."
    ),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP(
        "Errors", "The certificate {subject} is not valid until {valid_from}; it cannot sign yet."
    ),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate {subject} expired on {valid_to}. Import the renewed organisation "
        "certificate (Administration → Certificate).",
    ),
    "certificate_key_usage": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate {subject} may not be used for signatures (its key usage allows "
        "neither digital signature nor non-repudiation). Use the organisation's signing "
        "certificate.",
    ),
    "certificate_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "No organisation certificate is imported, so the invoice cannot be signed and is not "
        "posted. An administrator imports it under Administration → Certificate.",
    ),
    "certificate_passphrase_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The organisation certificate's passphrase is not in this computer's keyring (it is "
        "kept per user account). Import the certificate again on this workstation.",
    ),
    "einvoice_incomplete": QT_TRANSLATE_NOOP(
        "Errors",
        "Invoice {number} cannot be made as an e-invoice: {missing} missing or invalid. "
        "Complete the municipality's details or the hospital unit's EAN under Administration.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "No usable keyring on this computer (the operating system's password store). "
        "AkutDesk keeps secrets only there.",
    ),
    # -- permissions and signing in (app/services/kernel/permissions.py, users.py) --------------
    "forbidden": QT_TRANSLATE_NOOP("Errors", "{initials} ({role}) may not do this ({permission})."),
    "sign_in_refused": QT_TRANSLATE_NOOP("Errors", "Wrong initials or password."),
    "user_locked": QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong passwords: {initials} is locked until {locked_until}. "
        "Try again then, or ask an administrator.",
    ),
    # -- the encrypted store (app/services/admin/store_key.py, docs/encryption.md) --------------
    "store_key_needed": QT_TRANSLATE_NOOP(
        "Errors",
        "The store {path} is encrypted and this computer's keyring does not hold its key. "
        "Type the recovery key.",
    ),
    "store_key_wrong": QT_TRANSLATE_NOOP(
        "Errors",
        "The key does not open the store {path}: it belongs to another store, or the file is "
        "not an AkutDesk store. Nothing was changed.",
    ),
    "recovery_key_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "That is not a recovery key: it has 14 groups of four letters and digits "
        "(ABCD-EFGH-…). Check for a typing error.",
    ),
    "store_already_encrypted": QT_TRANSLATE_NOOP(
        "Errors", "The store {path} is already encrypted."
    ),
    # -- invoices (app/billing/lifecycle.py, app/services/invoices/documents.py) --------------
    "invoice_not_modifiable": QT_TRANSLATE_NOOP(
        "Errors",
        "Invoice {number} is posted and cannot be changed ({detail}). "
        "Correct it with a credit note.",
    ),
    "invoice_document_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The stored {filename} of invoice {number} does not match its checksum."
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
    if problem.code.startswith(("acute.", "measure.")):
        params = _acute_params(params)
    return params


def _acute_params(params: dict[str, Any]) -> dict[str, Any]:
    """Measurement kinds and referrer codes as translated labels; measure.value's English
    "'x' is not a number" translated."""
    from app.views.components import acute_vocabulary as acute

    for name, table in acute.PARAM_TABLES.items():
        if isinstance(params.get(name), str):
            params[name] = acute.label(table, params[name])
    not_number = re.fullmatch(r"'(.*)' is not a number", str(params.get("error", "")))
    if not_number:
        template = QCoreApplication.translate("Problems", NOT_A_NUMBER)
        params["error"] = template.format(value=not_number[1])
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
