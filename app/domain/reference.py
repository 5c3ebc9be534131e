"""Reference data shipped as selectable defaults (DIGEST §5.7).

Region Syddanmark's four hospital units (sygehusenheder) that the IV agreement invoices
(DECISIONS D9), and its 22 municipalities (001:806–827, 001:10037–10080). EAN numbers
are *not* shipped: the user enters them (demo data may hold fictitious ones, marked so).
"""

from __future__ import annotations

from typing import NamedTuple


class UnitDefault(NamedTuple):
    code: str
    name: str


REGION_NAME = "Region Syddanmark"

RSD_HOSPITAL_UNITS: tuple[UnitDefault, ...] = (
    UnitDefault("OUH", "Odense Universitetshospital"),
    UnitDefault("SLB", "Sygehus Lillebælt"),
    UnitDefault("SVS", "Sydvestjysk Sygehus"),
    UnitDefault("SHS", "Sygehus Sønderjylland"),
)

RSD_MUNICIPALITIES: tuple[str, ...] = (
    "Aabenraa",
    "Assens",
    "Billund",
    "Esbjerg",
    "Faaborg-Midtfyn",
    "Fanø",
    "Fredericia",
    "Haderslev",
    "Kerteminde",
    "Kolding",
    "Langeland",
    "Middelfart",
    "Nordfyns",
    "Nyborg",
    "Odense",
    "Svendborg",
    "Sønderborg",
    "Tønder",
    "Varde",
    "Vejen",
    "Vejle",
    "Ærø",
)


def municipality_display_name(short: str) -> str:
    return f"{short} Kommune"
