"""Labels for the core's vocabulary codes (app.domain.iv's StrEnums and the views' states).

The core stores and returns codes ("antibiotic_pump", "switch_to_oral"); screens show
these translated labels. One table per vocabulary, in the order a combo box lists them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.messages import vocabulary as words

CONTEXT = "Vocabulary"

COURSE_TYPES = {
    "antibiotic_no_pump": QT_TRANSLATE_NOOP("Vocabulary", "Antibiotics, no pump"),
    "antibiotic_pump": QT_TRANSLATE_NOOP("Vocabulary", "Antibiotics with pump"),
    "fluid": QT_TRANSLATE_NOOP("Vocabulary", "Fluid"),
}
IV_ACCESS = {
    "pvk": QT_TRANSLATE_NOOP("Vocabulary", "PVK (peripheral venous catheter)"),
    "cvk": QT_TRANSLATE_NOOP("Vocabulary", "CVK (central venous catheter)"),
    "picc": QT_TRANSLATE_NOOP("Vocabulary", "PICC line"),
    "midline": QT_TRANSLATE_NOOP("Vocabulary", "Midline"),
    "vip": QT_TRANSLATE_NOOP("Vocabulary", "VIP/port (e.g. Port-a-cath)"),
}
CLOSED_SYSTEMS = {
    "codan_mix_add": QT_TRANSLATE_NOOP("Vocabulary", "Codan Mix-Add set"),
    "elastomeric_pump": QT_TRANSLATE_NOOP("Vocabulary", "Elastomeric pump"),
    "cadd_pump": QT_TRANSLATE_NOOP("Vocabulary", "CADD pump"),
    "divibax": QT_TRANSLATE_NOOP("Vocabulary", "DivibaX transfer cannula"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other closed system"),
}
PLACES = {
    "home": QT_TRANSLATE_NOOP("Vocabulary", "At home"),
    "municipal_clinic": QT_TRANSLATE_NOOP("Vocabulary", "Municipal nursing clinic"),
    "nursing_home": QT_TRANSLATE_NOOP("Vocabulary", "Nursing home"),
}
# a course's status and a CRP decision are also said in messages: their words are the
# catalogue's (app/messages/vocabulary.py)
STATUSES = words.sources(words.STATUSES)
#: the same, short, for lists
STATUSES_SHORT = {
    "referred": QT_TRANSLATE_NOOP("Vocabulary", "Referred"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    "active": QT_TRANSLATE_NOOP("Vocabulary", "Running"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
    "ended": QT_TRANSLATE_NOOP("Vocabulary", "Ended"),
}
STATUS_FILTERS = {
    "open": QT_TRANSLATE_NOOP("Vocabulary", "Open (referred or running)"),
    "referred": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting visitation"),
    "running": QT_TRANSLATE_NOOP("Vocabulary", "Running"),
    "ended": QT_TRANSLATE_NOOP("Vocabulary", "Ended"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "Rejected referrals"),
    "all": QT_TRANSLATE_NOOP("Vocabulary", "All"),
}
REJECTION_REASONS = {
    "patient_safety": QT_TRANSLATE_NOOP("Vocabulary", "Patient safety"),
    "capacity": QT_TRANSLATE_NOOP("Vocabulary", "Capacity"),
    "citizen_declined": QT_TRANSLATE_NOOP("Vocabulary", "The citizen declined"),
    "not_in_target_group": QT_TRANSLATE_NOOP("Vocabulary", "Not in the target group"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other reason"),
}
END_REASONS = {
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed as planned"),
    "switched_to_oral": QT_TRANSLATE_NOOP("Vocabulary", "Switched to tablets (oral)"),
    "readmitted": QT_TRANSLATE_NOOP("Vocabulary", "Readmitted"),
    "died": QT_TRANSLATE_NOOP("Vocabulary", "Died"),
    "transferred": QT_TRANSLATE_NOOP("Vocabulary", "Moved to another municipality"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other reason"),
}
#: issue #14: the NORS outcome of an ended course ("" = not recorded)
OUTCOMES = {
    "": QT_TRANSLATE_NOOP("Vocabulary", "Not recorded yet"),
    "success": QT_TRANSLATE_NOOP("Vocabulary", "Success"),
    "partial": QT_TRANSLATE_NOOP("Vocabulary", "Partial success"),
    "failure": QT_TRANSLATE_NOOP("Vocabulary", "Failure"),
    "indeterminate": QT_TRANSLATE_NOOP("Vocabulary", "Indeterminate"),
}
CRP_METHODS = {
    "point_of_care": QT_TRANSLATE_NOOP("Vocabulary", "Point of care"),
    "lab": QT_TRANSLATE_NOOP("Vocabulary", "Laboratory"),
    "measured_at_hospital": QT_TRANSLATE_NOOP("Vocabulary", "Measured at the hospital"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "video": QT_TRANSLATE_NOOP("Vocabulary", "Video"),
    "electronic": QT_TRANSLATE_NOOP("Vocabulary", "Electronic message"),
    "in_person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
}
DECISIONS = words.sources(words.DECISIONS)
COMPLICATIONS = {
    "allergic_reaction": QT_TRANSLATE_NOOP("Vocabulary", "Allergic reaction"),
    "access_problem": QT_TRANSLATE_NOOP("Vocabulary", "Problem with the IV access"),
    "pvk_resited": QT_TRANSLATE_NOOP("Vocabulary", "PVK re-sited"),
    "infiltration": QT_TRANSLATE_NOOP("Vocabulary", "Infiltration"),
    "fever": QT_TRANSLATE_NOOP("Vocabulary", "Fever"),
    "thrombus": QT_TRANSLATE_NOOP("Vocabulary", "Thrombus"),
    "infection": QT_TRANSLATE_NOOP("Vocabulary", "Infection at the access"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other complication"),
}
#: administration flags: D16 exceptions and late records (DIGEST §1.5)
FLAGS = {
    "late": QT_TRANSLATE_NOOP("Vocabulary", "recorded late"),
    "outside_07_23": QT_TRANSLATE_NOOP("Vocabulary", "outside 07:00–23:00"),
    "more_than_3_a_day": QT_TRANSLATE_NOOP("Vocabulary", "more than 3 a day"),
}
CRP_STATES = {
    "not_applicable": QT_TRANSLATE_NOOP("Vocabulary", "No CRP check"),
    "upcoming": QT_TRANSLATE_NOOP("Vocabulary", "Upcoming"),
    "due": QT_TRANSLATE_NOOP("Vocabulary", "Due today"),
    "overdue": QT_TRANSLATE_NOOP("Vocabulary", "Overdue"),
    "awaiting_decision": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting the conference decision"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "Decided"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated label of ``code``; an unknown code (free text) is shown as it is."""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def fill_combo(combo: QComboBox, table: dict[str, str], skip: tuple[str, ...] = ()) -> QComboBox:
    """Labels as items, codes as item data."""
    for code in table:
        if code not in skip:
            combo.addItem(label(table, code), code)
    return combo


def combo(table: dict[str, str], current: str = "", skip: tuple[str, ...] = ()) -> QComboBox:
    box = fill_combo(QComboBox(), table, skip)
    select(box, current)
    return box


def select(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    if index >= 0:
        box.setCurrentIndex(index)
