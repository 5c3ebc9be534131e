"""Invoice documents with fictitious content for the document, signing and e-invoice tests
(the billing engine fills real ones; these only need to be plausible and varied)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from app.documents.invoice_data import Buyer, InvoiceDocument, InvoiceLine, Seller
from app.domain.money import round_kr

SELLER = Seller(
    name="Odense Kommune",
    street="Flakhaven 2",
    postcode="5000",
    city="Odense C",
    cvr="35209115",
    ean="5798007738217",
    bank_reg="2100",
    bank_account="0123456789",
    contact_name="Akutfunktionen, fakturering",
    contact_phone="65512345",
    contact_email="akut@odense.dk",
)
BUYER = Buyer(
    name="Odense Universitetshospital",
    ean="5798001234566",
    street="J.B. Winsløws Vej 4",
    postcode="5000",
    city="Odense C",
    code="OUH",
)
NAMES = ("Anna Hansen", "Bent Sørensen", "Else Østergaard-Mikkelsen", "Jørgen Ærbø", "Åse Lund")
DEPARTMENTS = (
    "Medicinsk Afdeling M",
    "Infektionsmedicinsk Afdeling Q",
    "Ortopædkirurgisk Afdeling O",
    "Geriatrisk Afdeling G",
)
TARIFFS: tuple[tuple[str, str, Decimal], ...] = (
    ("antibiotic_no_pump", "Forløb med IV-antibiotika uden pumpe", Decimal("7000.00")),
    (
        "antibiotic_pump",
        "Forløb med IV-antibiotika med hjælp til montering af pumpe",
        Decimal("1400.00"),
    ),
    ("fluid", "Forløb med IV-væske", Decimal("1000.00")),
)
DAY_RATE = Decimal("1400.00")
OCTOBER = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def line(no: int, **overrides: Any) -> InvoiceLine:
    """Line ``no``: course tariffs of the three types in turn, every 7th a long-course day
    rate, every 11th from an earlier period."""
    start = dt.date(2026, 10, 1) + dt.timedelta(days=no % 20)
    day_rate = no % 7 == 0
    kind, text, amount = TARIFFS[no % 3]
    if day_rate:
        kind, text = "antibiotic_no_pump", "Langtidsforløb over 14 dage, døgntakst fra dag 15"
        quantity, unit_amount, days = 3 + no % 4, DAY_RATE, 3 + no % 4
        end: dt.date | None = None if no % 2 else start + dt.timedelta(days=16 + days)
    else:
        quantity, unit_amount, days = 1, amount, 3 + no % 9
        end = start + dt.timedelta(days=days - 1)
    tariff = unit_amount * quantity
    region = round_kr(tariff * Decimal("0.7"))
    values: dict[str, Any] = {
        "line_no": no,
        "cpr": f"{(no % 28) + 1:02d}{(no % 12) + 1:02d}{40 + no % 50:02d}{1000 + no:04d}"[:10],
        "citizen_name": NAMES[no % len(NAMES)],
        "department": DEPARTMENTS[no % len(DEPARTMENTS)],
        "course_type": kind,
        "description": text,
        "tariff_code": f"IV-{no % 3 + 1}" if not day_rate else "IV-4",
        "tariff_version": "Pilot 2021",
        "start": start,
        "end": end,
        "days": days,
        "unit": "day" if day_rate else "course",
        "quantity": quantity,
        "unit_amount": unit_amount,
        "tariff_amount": tariff,
        "region_share": region,
        "municipality_share": tariff - region,
        "earlier_period": no % 11 == 0,
        "course_uuid": f"00000000-0000-4000-8000-{no:012d}",
    }
    values.update(overrides)
    return InvoiceLine(**values)


def document(count: int = 5, *, kind: str = "invoice", **overrides: Any) -> InvoiceDocument:
    lines = tuple(line(i) for i in range(1, count + 1))
    values: dict[str, Any] = {
        "kind": kind,
        "number": "2026-0007" if kind == "invoice" else "2026-0009",
        "issue_date": dt.date(2026, 11, 3),
        "due_date": dt.date(2026, 12, 3),
        "period_start": OCTOBER[0],
        "period_end": OCTOBER[1],
        "seller": SELLER,
        "buyer": BUYER,
        "lines": lines,
        "uuid": "6f1c1d7e-2a5b-4c3d-9e8f-0a1b2c3d4e5f",
        "demo": False,
    }
    if kind == "credit_note":
        values["references"] = ("2026-0004",)
        values["reference_dates"] = (dt.date(2026, 10, 2),)
    values.update(overrides)
    return with_totals(InvoiceDocument(**_totals(values["lines"]), **values))


def _totals(lines: tuple[InvoiceLine, ...]) -> dict[str, Decimal]:
    return {
        "total_tariff": sum((x.tariff_amount for x in lines), Decimal("0.00")),
        "total_region": sum((x.region_share for x in lines), Decimal("0.00")),
        "total_municipality": sum((x.municipality_share for x in lines), Decimal("0.00")),
    }


def with_totals(doc: InvoiceDocument) -> InvoiceDocument:
    return dataclasses.replace(doc, **_totals(doc.lines))
