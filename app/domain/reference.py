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


class OutOfHours(NamedTuple):
    """Whom a citizen calls outside the GP's opening hours, per region (issue #12)."""

    service: str
    phone: str

    def __str__(self) -> str:
        return f"{self.service} {self.phone}"


# The five regions' out-of-hours numbers (lægevagten; Akuttelefonen 1813 in the capital).
OUT_OF_HOURS: dict[str, OutOfHours] = {
    "Region Hovedstaden": OutOfHours("Akuttelefonen", "1813"),
    "Region Sjælland": OutOfHours("Lægevagten", "70 15 07 00"),
    "Region Syddanmark": OutOfHours("Lægevagten", "70 11 07 07"),
    "Region Midtjylland": OutOfHours("Lægevagten", "70 11 31 31"),
    "Region Nordjylland": OutOfHours("Lægevagten", "70 15 03 00"),
}


def region_of(municipality: str) -> str | None:
    """The region of a municipality by its name ("Odense Kommune" or "Odense"); None for a
    municipality whose region the shipped reference data does not know."""
    short = municipality.strip().removesuffix(" Kommune")
    return REGION_NAME if short in RSD_MUNICIPALITIES else None


def out_of_hours(municipality: str) -> OutOfHours | None:
    """The out-of-hours service of the municipality's region (issue #12: an Odense store
    says "Lægevagten 70 11 07 07", not the capital's 1813)."""
    region = region_of(municipality)
    return OUT_OF_HOURS.get(region) if region else None
