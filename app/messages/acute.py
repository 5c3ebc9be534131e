"""Acute episodes, places, measurements, GP contacts and fees (app/domain/acute.py, app/services/acute/).

English templates by message id, context "Problems" (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    "acute.responsible_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Name the treatment-responsible doctor or medical function: the acute function must "
        "always know who holds treatment responsibility and how to reach them.",
    ),
    "acute.responsible_phone_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Give the phone number of the treatment-responsible doctor: the acute function must "
        "always know who holds treatment responsibility and how to reach them.",
    ),
    # measure.value's {error}
    "measure.not_a_number": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a number"),
    # app/domain/acute.py
    "acute.referrer_mismatch": QT_TRANSLATE_NOOP(
        "Problems",
        "Target group {group} is attached by {wanted}, not by {given}: groups 1–2 are referred by the GP, group 3 by home nursing itself, group 4 by a hospital doctor.",
    ),
    "acute.end_other": QT_TRANSLATE_NOOP("Problems", "Describe the reason when it is 'other'."),
    "measure.value": QT_TRANSLATE_NOOP("Problems", "{error} ({kind})."),
    "measure.range": QT_TRANSLATE_NOOP(
        "Problems", "{value} {unit} is not a plausible {kind}: expected {low}–{high} {unit}."
    ),
    "measure.diastolic": QT_TRANSLATE_NOOP(
        "Problems", "The diastolic pressure must be below the systolic."
    ),
    # app/services/acute/contacts.py
    "contact.gp_name": QT_TRANSLATE_NOOP("Problems", "Name the GP of the contact."),
    "contact.practice": QT_TRANSLATE_NOOP("Problems", "Name the practice (the fee goes to it)."),
    "contact.before_start": QT_TRANSLATE_NOOP("Problems", "The contact is before the episode."),
    "contact.after_end": QT_TRANSLATE_NOOP("Problems", "The contact is after the episode ended."),
    "contact.future": QT_TRANSLATE_NOOP("Problems", "A contact cannot be in the future."),
    "contact.staff": QT_TRANSLATE_NOOP("Problems", "No user with initials {i}."),
    # app/services/acute/episodes.py
    "acute.start_before_referral": QT_TRANSLATE_NOOP(
        "Problems", "The start is before the referral."
    ),
    "acute.start_future": QT_TRANSLATE_NOOP("Problems", "The start is in the future."),
    "acute.expected_end": QT_TRANSLATE_NOOP("Problems", "The expected end is before the start."),
    "acute.ended": QT_TRANSLATE_NOOP("Problems", "The episode has already ended."),
    "acute.end_before_start": QT_TRANSLATE_NOOP("Problems", "The end is before the start."),
    "acute.end_future": QT_TRANSLATE_NOOP("Problems", "An episode cannot end in the future."),
    "acute.end_before_last": QT_TRANSLATE_NOOP(
        "Problems", "There is a measurement or GP contact at {at}, after that end."
    ),
    "acute.already_open": QT_TRANSLATE_NOOP(
        "Problems", "The citizen is already attached to the acute function in an open episode."
    ),
    "acute.ended_change": QT_TRANSLATE_NOOP("Problems", "An ended episode cannot be changed."),
    # app/services/acute/fees.py
    "price.index": QT_TRANSLATE_NOOP(
        "Problems", "A price index is a number from 0.5 to 5 (1.0000 = April 2021)."
    ),
    "price.before_base": QT_TRANSLATE_NOOP("Problems", "Price levels start at 01.04.2021."),
    "price.taken": QT_TRANSLATE_NOOP("Problems", "There is a price level from that date."),
    "month.invalid": QT_TRANSLATE_NOOP("Problems", "'{m}' is not a month (YYYY-MM)."),
    # app/services/acute/measurements.py
    "measure.before_start": QT_TRANSLATE_NOOP("Problems", "The value is from before the episode."),
    "measure.after_end": QT_TRANSLATE_NOOP("Problems", "The value is from after the episode."),
    "measure.future": QT_TRANSLATE_NOOP("Problems", "A value cannot be measured in the future."),
    # app/services/acute/units.py
    "acute_unit.name": QT_TRANSLATE_NOOP("Problems", "The unit needs a name."),
    "acute_unit.name_taken": QT_TRANSLATE_NOOP("Problems", "Another unit has this name."),
    "acute_unit.places": QT_TRANSLATE_NOOP("Problems", "A unit has 1 to {max} places."),
    "acute_unit.occupied": QT_TRANSLATE_NOOP(
        "Problems", "Place {number} is occupied: move or end that episode first."
    ),
    "acute.unit_missing": QT_TRANSLATE_NOOP("Problems", "Choose an active unit of acute places."),
    "acute.place_range": QT_TRANSLATE_NOOP(
        "Problems", "{unit} has places 1–{places}; {number} is not one of them."
    ),
    "acute.place_occupied": QT_TRANSLATE_NOOP(
        "Problems", "Place {number} at {unit} is occupied; choose a free place."
    ),
}
