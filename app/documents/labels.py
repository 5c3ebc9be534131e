"""Danish texts and formats for documents: dates ("tirsdag 24. november 2026",
``dd.mm.yyyy``), numbers (``1.234,5``, D41), Copenhagen times (D42), masked phone groups,
and labels for the codes of the IV agreement's vocabularies (app.domain.iv)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal

from app.domain import clock
from app.domain.cave import Cave, CaveState

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)

LABELS: dict[str, dict[str, str]] = {
    "course_type": {
        "antibiotic_no_pump": "IV-antibiotika uden pumpe",
        "antibiotic_pump": "IV-antibiotika med pumpe",
        "fluid": "IV-væske",
    },
    "iv_access": {
        "pvk": "Perifert venekateter (PVK)",
        "cvk": "Centralt venekateter (CVK)",
        "picc": "PICC-line",
        "midline": "Midline",
        "vip": "Venøs injektionsport (VIP, fx Port-a-cath)",
    },
    "closed_system": {
        "codan_mix_add": "Codan-mix Add",
        "elastomeric_pump": "Elastomerisk pumpe",
        "cadd_pump": "CADD-pumpe",
        "divibax": "DivibaX overføringskanyle",
        "other": "Andet lukket system",
    },
    "place": {
        "home": "Eget hjem",
        "municipal_clinic": "Sygeplejeklinik",
        "nursing_home": "Plejecenter",
    },
    "status": {
        "referred": "Afventer visitation",
        "accepted": "Accepteret, ikke startet",
        "active": "Aktivt",
        "rejected": "Afvist henvisning",
        "ended": "Afsluttet",
    },
    "rejection_reason": {
        "patient_safety": "Patientsikkerhed",
        "capacity": "Kapacitet",
        "citizen_declined": "Borgeren takkede nej",
        "not_in_target_group": "Ikke i målgruppen",
        "other": "Andet",
    },
    "end_reason": {
        "completed": "Gennemført som planlagt",
        "switched_to_oral": "Skiftet til tabletter",
        "readmitted": "Genindlagt",
        "died": "Død",
        "transferred": "Flyttet til anden kommune",
        "other": "Andet",
    },
    "method": {
        "point_of_care": "patientnær måling",
        "lab": "laboratorium",
        "measured_at_hospital": "målt på sygehuset",
    },
    "channel": {
        "phone": "telefon",
        "video": "video",
        "electronic": "elektronisk korrespondance",
        "in_person": "fremmøde",
    },
    "decision": {
        "continue_iv": "Fortsæt IV-behandling i eget hjem",
        "switch_to_oral": "Skift til tabletter",
        "readmit": "Genindlæggelse",
    },
    "flag": {
        "outside_07_23": "uden for kl. 07–23",
        "more_than_3_a_day": "mere end 3 gange i døgnet",
        "late": "registreret for sent",
        "allergic_reaction": "allergisk reaktion",
        "access_problem": "problem med IV-adgang",
        "pvk_resited": "PVK genanlagt",
        "infiltration": "infiltration",
        "fever": "feber",
        "thrombus": "trombose",
        "infection": "infektion ved adgangen",
        "other": "anden komplikation",
    },
    "crp_status": {
        "overdue": "Overskredet",
        "awaiting_decision": "Afventer beslutning",
        "due": "Skal måles i dag",
    },
    "ending": {
        "ends_today": "Slutter i dag",
        "past_planned_end": "Planlagt slut overskredet",
    },
    "event": {
        "referred": "Henvist",
        "accepted": "Accepteret",
        "rejected": "Afvist",
        "type_change": "Typeskift",
        "administration": "Administration",
        "crp": "CRP målt",
        "conference": "Konference",
        "ended": "Afsluttet",
    },
}


def label(kind: str, code: str) -> str:
    """The Danish label of a code; an unknown code (or free text) is shown as it is."""
    return LABELS[kind].get(code, code)


def long_date(day: dt.date) -> str:
    """``tirsdag 24. november 2026``."""
    return f"{WEEKDAYS[day.weekday()]} {day.day}. {MONTHS[day.month - 1]} {day.year}"


def date(day: dt.date | None) -> str:
    """``24.11.2026`` (D41); a dash when there is none."""
    if type(day) is dt.date:  # not a datetime: equal moments in two zones are two days
        return _date(day)
    return day.strftime("%d.%m.%Y") if day else "–"


@functools.lru_cache(maxsize=4096)  # a month's invoices print the same few dates thousands of times
def _date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def moment(at: dt.datetime | None) -> str:
    """``24.11.2026 14:05``, Copenhagen time (D42)."""
    return clock.format_local(at) if at else "–"


def number(value: Decimal | int | str, decimals: int = 0) -> str:
    """Danish grouping and decimal comma: ``1.234,5`` (D41)."""
    return _number(str(value), decimals)


@functools.lru_cache(maxsize=4096)  # by the text: -0 and 0 are equal Decimals, not one text
def _number(value: str, decimals: int) -> str:
    amount = Decimal(value).quantize(Decimal(1).scaleb(-decimals))
    text = f"{amount:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def decimal_commas(text: str) -> str:
    """Decimal points in a prepared English text (``T 37.2 °C``) as Danish commas."""
    return re.sub(r"(\d)\.(\d)", r"\1,\2", text)


def phone(value: str) -> str:
    """An 8-digit Danish number in pairs (``65 41 12 34``); anything else as it is."""
    digits = re.sub(r"\D", "", value)
    if len(digits) == 8 and not value.strip().startswith("+"):
        return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return value


def days(count: int) -> str:
    return f"{number(count)} dag" if count == 1 else f"{number(count)} dage"


def cave(value: Cave) -> str:
    """The citizen's CAVE as every document says it (issue #12, docs/cave.md)."""
    if value.state == CaveState.KNOWN:
        return f"CAVE: {value.text}"
    if value.state == CaveState.NONE:
        return "Ingen kendte allergier"
    return "CAVE ikke oplyst"


def cave_cell(value: Cave) -> str:
    """The day list's CAVE column (its heading says CAVE): the entries, or the state."""
    if value.state == CaveState.KNOWN:
        return value.text
    return "Ingen kendte allergier" if value.state == CaveState.NONE else "Ikke oplyst"
