"""Labels for the codes of the acute-function vocabularies (app.domain.acute): the target
groups in the protocol's wording (OK22 Bilag 3, 001:14055–14082; D20), referrers, settings,
end reasons, channels, why a GP contact does not count for the fee (D21–D23), the
measurements with their units, and the fee schemes (D25). Qt only; translated in context
"Acute"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.messages import vocabulary as words

CONTEXT = "Acute"

#: the protocol's own wording of the four ways a citizen is attached (D20)
TARGET_GROUPS = {
    1: QT_TRANSLATE_NOOP("Acute", "1 · Referred by the GP for a rapid nursing assessment"),
    2: QT_TRANSLATE_NOOP(
        "Acute",
        "2 · Referred by the GP for observation, care and/or treatment of acute illness or "
        "worsening of known illness",
    ),
    3: QT_TRANSLATE_NOOP(
        "Acute", "3 · Attached by municipal home nursing itself to avoid acute deterioration"
    ),
    4: QT_TRANSLATE_NOOP(
        "Acute",
        "4 · Referred by a hospital doctor after discharge with complex care/treatment needs",
    ),
}
#: the same, short, for lists and the header
TARGET_GROUPS_SHORT = {
    1: QT_TRANSLATE_NOOP("Acute", "Group 1 · GP, assessment"),
    2: QT_TRANSLATE_NOOP("Acute", "Group 2 · GP, acute illness"),
    3: QT_TRANSLATE_NOOP("Acute", "Group 3 · home nursing"),
    4: QT_TRANSLATE_NOOP("Acute", "Group 4 · after discharge"),
}
REFERRERS = words.sources(words.REFERRERS)  # also said in messages (app/messages)
SETTINGS = {
    "home": QT_TRANSLATE_NOOP("Acute", "Own home"),
    "acute_place": QT_TRANSLATE_NOOP("Acute", "Municipal acute place"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("Acute", "Open"),
    "ended": QT_TRANSLATE_NOOP("Acute", "Ended"),
}
STATUS_FILTERS = {
    "open": QT_TRANSLATE_NOOP("Acute", "Open episodes"),
    "ended": QT_TRANSLATE_NOOP("Acute", "Ended episodes"),
    "all": QT_TRANSLATE_NOOP("Acute", "All episodes"),
}
END_REASONS = {
    "stabilised_at_home": QT_TRANSLATE_NOOP("Acute", "Stabilised at home"),
    "admitted": QT_TRANSLATE_NOOP("Acute", "Admitted to hospital"),
    "died": QT_TRANSLATE_NOOP("Acute", "Died"),
    "handed_to_home_nursing": QT_TRANSLATE_NOOP("Acute", "Handed to ordinary home nursing"),
    "other": QT_TRANSLATE_NOOP("Acute", "Other reason"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Acute", "Phone"),
    "electronic": QT_TRANSLATE_NOOP("Acute", "Electronic message"),
    "video": QT_TRANSLATE_NOOP("Acute", "Video"),
}
#: why a GP contact does not count for the OK22 fee — said on the screen (D21–D23)
NOT_BILLABLE = {
    "hospital_responsible": QT_TRANSLATE_NOOP(
        "Acute", "the hospital holds treatment responsibility (OK22 Bilag 3)"
    ),
    "outside_daytime": QT_TRANSLATE_NOOP(
        "Acute", "outside daytime: the agreement covers weekdays 08:00–16:00"
    ),
    "no_assessment": QT_TRANSLATE_NOOP(
        "Acute", "no medical assessment, treatment or follow-up took place"
    ),
    "under_18": QT_TRANSLATE_NOOP("Acute", "the citizen is under 18"),
    "not_group_1_insured": QT_TRANSLATE_NOOP("Acute", "the citizen is not group-1 insured"),
    "limit": QT_TRANSLATE_NOOP(
        "Acute", "third contact that day: at most two a day count for the fee"
    ),
}
#: short, for tables
NOT_BILLABLE_SHORT = {
    "hospital_responsible": QT_TRANSLATE_NOOP("Acute", "hospital responsible"),
    "outside_daytime": QT_TRANSLATE_NOOP("Acute", "outside daytime"),
    "no_assessment": QT_TRANSLATE_NOOP("Acute", "no assessment"),
    "under_18": QT_TRANSLATE_NOOP("Acute", "under 18"),
    "not_group_1_insured": QT_TRANSLATE_NOOP("Acute", "not group-1 insured"),
    "limit": QT_TRANSLATE_NOOP("Acute", "third contact that day"),
}
MEASUREMENTS = words.sources(words.MEASUREMENTS)  # also said in messages
SCHEMES = {
    "ok22": QT_TRANSLATE_NOOP("Acute", "OK22 (national, no cap)"),
    "midtjylland_trial": QT_TRANSLATE_NOOP("Acute", "Midtjylland trial (3 mio. kr. a year, 50/50)"),
}


def label(table: dict[str, str] | dict[int, str], code: str | int | None) -> str:
    """The translated label of ``code``; an unknown code is shown as it is."""
    source = table.get(code) if code is not None else None  # type: ignore[call-overload]
    return QCoreApplication.translate(CONTEXT, source) if source else str(code or "")


def combo(table: dict[str, str] | dict[int, str], current: object = None) -> QComboBox:
    """Labels as items, codes as item data."""
    box = QComboBox()
    for code in table:
        box.addItem(label(table, code), code)
    index = box.findData(current)
    if index >= 0:
        box.setCurrentIndex(index)
    return box
