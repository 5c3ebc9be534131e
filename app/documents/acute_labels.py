"""Danish labels for the codes of the acute-function vocabularies (app.domain.acute)."""

from __future__ import annotations

from decimal import Decimal

from app.documents import labels as da
from app.domain import acute as rules

TARGET_GROUPS = {
    1: "Henvist af egen læge til hurtig sygeplejefaglig udredning",
    2: "Henvist af egen læge til observation, pleje og/eller behandling ved akut sygdom "
    "eller forværring af kendt sygdom",
    3: "Tilknyttet af den kommunale hjemmesygepleje for at undgå akut forværring",
    4: "Henvist af sygehuslæge efter udskrivelse med komplekse pleje-/behandlingsbehov",
}

LABELS: dict[str, dict[str, str]] = {
    "referrer_kind": {
        "gp": "Egen læge",
        "home_nursing": "Hjemmesygeplejen",
        "hospital_physician": "Sygehuslæge",
    },
    "setting": {"home": "Eget hjem", "acute_place": "Kommunal akutplads"},
    "status": {"open": "Igangværende", "ended": "Afsluttet"},
    "end_reason": {
        "stabilised_at_home": "Stabiliseret i eget hjem",
        "admitted": "Indlagt",
        "died": "Død",
        "handed_to_home_nursing": "Overgået til almindelig hjemmesygepleje",
        "other": "Andet",
    },
    "channel": {"phone": "telefon", "electronic": "elektronisk", "video": "video"},
    "not_billable": {
        "hospital_responsible": "sygehuset har behandlingsansvaret",
        "outside_daytime": "uden for dagtid (hverdage kl. 8–16)",
        "no_assessment": "ingen vurdering, behandling eller opfølgning",
        "under_18": "borgeren er under 18 år",
        "not_group_1_insured": "borgeren er ikke sygesikringsgruppe 1",
        "limit": "ikke honorarberettiget (højst 2 pr. dag)",
    },
    "measurement": {
        "crp": "CRP",
        "haemoglobin": "Hæmoglobin",
        "blood_glucose": "Blodsukker",
        "inr": "INR",
        "temperature": "Temperatur",
        "pulse": "Puls",
        "blood_pressure": "Blodtryk",
        "respiratory_rate": "Respirationsfrekvens",
        "spo2": "Iltmætning (SpO2)",  # Helvetica has no subscript 2
    },
}


def label(kind: str, code: str) -> str:
    return LABELS[kind].get(code, code)


def value(kind: str, number: Decimal, second: Decimal | None = None) -> str:
    """``84,5 mg/L``, ``132/78 mmHg`` (D41 decimal comma)."""
    spec = rules.MEASUREMENTS.get(kind)
    decimals = spec.decimals if spec else 1
    text = da.number(number, decimals)
    if second is not None:
        text += "/" + da.number(second, decimals)
    unit = spec.unit if spec else ""
    return f"{text} {unit}".strip()
