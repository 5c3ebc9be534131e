"""The content of one invoice or credit note, as the documents need it (issue #4).

The billing engine (``app/billing``) fills an :class:`InvoiceDocument` from the posted
invoice; the PDF (``app/documents/invoice_pdf.py``), the signature (``app/signing``) and
the OIOUBL 2.1 XML (``app/einvoice``) are made from it alone, so a reprint from the same
content is byte-identical. Amounts are ``Decimal`` kroner already rounded per line and per
total (D41); dates are Copenhagen dates (D42).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal


@dataclass(frozen=True)
class Seller:
    """The municipality (from its reference data)."""

    name: str
    street: str
    postcode: str
    city: str
    cvr: str  # 8 digits
    ean: str  # the municipality's own GLN, "" when not registered
    bank_reg: str  # 4 digits
    bank_account: str  # up to 10 digits
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""


@dataclass(frozen=True)
class Buyer:
    """The hospital unit invoiced (D9): its EAN/GLN is the e-invoice endpoint."""

    name: str
    ean: str  # 13-digit GLN
    street: str = ""
    postcode: str = ""
    city: str = ""
    code: str = ""  # short code, e.g. "OUH"


@dataclass(frozen=True)
class InvoiceLine:
    """One billed tariff item (D12): a course tariff or one long-course day."""

    line_no: int
    cpr: str  # 10 digits; the PDF prints it ddmmyy-xxxx (the receiver must identify the patient)
    citizen_name: str
    department: str  # the department printed on each line (D9)
    course_type: str  # D1 key: antibiotic_no_pump | antibiotic_pump | fluid
    description: str  # Danish text of the tariff item, e.g. "Forløb med IV-antibiotika uden pumpe"
    tariff_code: str  # catalogue item code
    tariff_version: str  # the version's label, e.g. "Pilot 2021"
    start: dt.date  # municipal start (D4)
    end: dt.date | None  # course end; None while a long course still runs (day rates)
    days: int  # course length in days, or the number of day-rate days on this line
    unit: Literal["course", "day"]
    quantity: int  # 1 for a course tariff, n for n days
    unit_amount: Decimal  # full tariff per unit
    tariff_amount: Decimal  # full tariff for the line (unit_amount × quantity)
    region_share: Decimal  # invoiced (D10): 70 % of tariff_amount
    municipality_share: Decimal  # 30 %
    earlier_period: bool = False  # registered late, billed in a later run (D11)
    note: str = ""  # e.g. "Regulering af faktura 2026-0004 linje 3"
    course_uuid: str = ""


@dataclass(frozen=True)
class InvoiceDocument:
    kind: Literal["invoice", "credit_note"]
    number: str  # gapless per year, e.g. "2026-0007"
    issue_date: dt.date
    due_date: dt.date
    period_start: dt.date  # first day of the billed month
    period_end: dt.date  # last day of the billed month
    seller: Seller
    buyer: Buyer
    lines: tuple[InvoiceLine, ...]
    total_tariff: Decimal
    total_region: Decimal  # the amount payable (D10); for a credit note the amount credited
    total_municipality: Decimal
    region_percent: Decimal = Decimal("70")
    currency: str = "DKK"
    uuid: str = ""  # the invoice's UUID (OIOUBL cbc:UUID)
    # A credit note or a regulation invoice names what it corrects.
    references: tuple[str, ...] = field(default_factory=tuple)  # invoice numbers
    reference_dates: tuple[dt.date, ...] = field(default_factory=tuple)
    note: str = ""  # free text printed under the lines
    regulation: bool = False  # made by a regulation run (D14)
    demo: bool = False  # made in a demo store: the stamp says "TEST – ikke gyldig"
