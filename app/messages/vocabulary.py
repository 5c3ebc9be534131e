"""The words of the vocabulary codes a message names as a parameter (STYLE §14): an IV
course's status and a CRP decision (context "Vocabulary"), an acute measurement and who
refers to the acute function (context "Acute").

A problem carries the code ("ended", "gp"); :func:`app.messages.render` says it in these
words in the translator's language, so the window and the command line (``--lang da``)
say it alike. The window's tables (app/views/components/vocabulary.py, acute_vocabulary.py)
take the same texts from here for their labels and combo boxes.
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

STATUSES: dict[str, Template] = {
    "referred": QT_TRANSLATE_NOOP("Vocabulary", "Referred, awaiting visitation"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    "active": QT_TRANSLATE_NOOP("Vocabulary", "Running"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
    "ended": QT_TRANSLATE_NOOP("Vocabulary", "Ended"),
}
DECISIONS: dict[str, Template] = {
    "continue_iv": QT_TRANSLATE_NOOP("Vocabulary", "Continue IV"),
    "switch_to_oral": QT_TRANSLATE_NOOP("Vocabulary", "Switch to tablets (oral)"),
    "readmit": QT_TRANSLATE_NOOP("Vocabulary", "Readmit to hospital"),
}
REFERRERS: dict[str, Template] = {
    "gp": QT_TRANSLATE_NOOP("Acute", "The citizen's GP"),
    "home_nursing": QT_TRANSLATE_NOOP("Acute", "Municipal home nursing"),
    "hospital_physician": QT_TRANSLATE_NOOP("Acute", "Hospital physician"),
}
MEASUREMENTS: dict[str, Template] = {
    "crp": QT_TRANSLATE_NOOP("Acute", "CRP"),
    "haemoglobin": QT_TRANSLATE_NOOP("Acute", "Haemoglobin"),
    "blood_glucose": QT_TRANSLATE_NOOP("Acute", "Blood glucose"),
    "inr": QT_TRANSLATE_NOOP("Acute", "INR"),
    "temperature": QT_TRANSLATE_NOOP("Acute", "Temperature"),
    "pulse": QT_TRANSLATE_NOOP("Acute", "Pulse"),
    "blood_pressure": QT_TRANSLATE_NOOP("Acute", "Blood pressure"),
    "respiratory_rate": QT_TRANSLATE_NOOP("Acute", "Respiratory rate"),
    "spo2": QT_TRANSLATE_NOOP("Acute", "SpO₂"),
}

_ACUTE = ("acute.", "measure.")

#: parameter name -> (the message ids it is a code in, by prefix; empty: every id) and the
#: words of its codes; a value that is not one of the codes (free text) is said as it is
PARAMS: dict[str, tuple[tuple[str, ...], dict[str, Template]]] = {
    "status": ((), STATUSES),
    "decision": ((), DECISIONS),
    "kind": (_ACUTE, MEASUREMENTS),
    "wanted": (_ACUTE, REFERRERS),
    "given": (_ACUTE, REFERRERS),
}


def sources(table: dict[str, Template]) -> dict[str, str]:
    """A table as the window's label tables hold it: code -> English source."""
    return {code: word.text for code, word in table.items()}
