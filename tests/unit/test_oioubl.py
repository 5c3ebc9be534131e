"""The OIOUBL 2.1 e-invoice (issue #4): every document made here passes the official UBL
2.1 schema and OIOUBL schematron 1.17.2 with 0 errors (tests/oioubl_check.py; the autouse
fixture in tests/conftest.py checks each one again), and says what the PDF says: the
unit's GLN as endpoint (D9), the region's 70 % as the amount (D10), ZeroRated VAT with
the exemption (D15), the signed PDF embedded byte for byte, the municipality's account,
and the invoices a credit note or regulation corrects (D14)."""

from __future__ import annotations

import base64
import dataclasses
from decimal import Decimal

import pytest
from lxml import etree

from app.einvoice.oioubl import EInvoiceIncomplete, invoice_xml
from tests import oioubl_check

from .invoice_helpers import BUYER, document, line, with_totals

pytestmark = pytest.mark.skipif(
    not oioubl_check.available(), reason="../shared/einvoice (the official OIOUBL release) missing"
)
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
PDF = b"%PDF-1.4\n% a signed invoice stands in here\n%%EOF\n"


def xml_of(doc, pdf: bytes = PDF) -> etree._Element:  # type: ignore[no-untyped-def]
    data = invoice_xml(doc, pdf, f"faktura-{doc.number}.pdf")
    assert oioubl_check.assert_valid_oioubl(data) == []  # no warnings either
    return etree.fromstring(data)


def text(root: etree._Element, path: str) -> str:
    return root.findtext(path, namespaces=NS) or ""


@pytest.mark.parametrize("count", [1, 7, 60, 400])
def test_invoices_of_any_length_pass_schema_and_schematron(count):
    root = xml_of(document(count))
    assert etree.QName(root).localname == "Invoice"
    assert len(root.findall("cac:InvoiceLine", NS)) == count


@pytest.mark.parametrize("count", [1, 12])
def test_credit_notes_pass_and_reference_the_invoice(count):
    doc = document(count, kind="credit_note")
    root = xml_of(doc)
    assert etree.QName(root).localname == "CreditNote"
    reference = "cac:BillingReference/cac:InvoiceDocumentReference/"
    assert text(root, reference + "cbc:ID") == "2026-0004"
    assert text(root, reference + "cbc:IssueDate") == "2026-10-02"
    assert "Kreditering af faktura 2026-0004" in text(
        root, "cac:DiscrepancyResponse/cbc:Description"
    )
    assert len(root.findall("cac:CreditNoteLine", NS)) == count
    assert text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount") == f"{doc.total_region:.2f}"


def test_a_regulation_names_every_invoice_it_corrects_and_may_hold_a_negative_line():
    doc = document(3, regulation=True, references=("2026-0004", "2026-0005"))
    lower = line(
        4,
        tariff_amount=Decimal("-200.00"),
        region_share=Decimal("-140.00"),
        municipality_share=Decimal("-60.00"),
        unit_amount=Decimal("-200.00"),
        note="Regulering af faktura 2026-0004 linje 3",
    )
    doc = with_totals(dataclasses.replace(doc, lines=(*doc.lines, lower)))
    root = xml_of(doc)
    ids = [
        e.text for e in root.findall("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", NS)
    ]
    assert ids == ["2026-0004", "2026-0005"]
    assert text(root, "cbc:Note").startswith(
        "Efterregulering efter ny takst af faktura 2026-0004, 2026-0005"
    )
    last = root.findall("cac:InvoiceLine", NS)[-1]
    assert text(last, "cbc:LineExtensionAmount") == "-140.00"
    assert "Regulering af faktura 2026-0004 linje 3" in text(last, "cbc:Note")


def test_parties_endpoint_gln_and_sender_cvr():
    root = xml_of(document(2))
    customer = "cac:AccountingCustomerParty/cac:Party/"
    endpoint = root.find(customer + "cbc:EndpointID", NS)
    assert (endpoint.text, endpoint.get("schemeID")) == (BUYER.ean, "GLN")
    assert text(root, customer + "cac:PartyName/cbc:Name") == "Odense Universitetshospital"
    supplier = root.find("cac:AccountingSupplierParty/cac:Party/cbc:EndpointID", NS)
    assert (supplier.text, supplier.get("schemeID")) == ("DK35209115", "DK:CVR")
    street = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/"
    assert (text(root, street + "cbc:StreetName"), text(root, street + "cbc:BuildingNumber")) == (
        "Flakhaven",
        "2",
    )


def test_zero_rated_vat_with_the_exemption_stated():
    root = xml_of(document(3))
    category = root.find("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", NS)
    assert text(category, "cbc:ID") == "ZeroRated" and text(category, "cbc:Percent") == "0"
    assert "Momsfri" in text(category, "cbc:TaxExemptionReason")
    assert text(root, "cac:TaxTotal/cbc:TaxAmount") == "0.00"
    assert "Momsfri" in text(root, "cbc:Note")
    lines = root.findall("cac:InvoiceLine/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID", NS)
    assert {e.text for e in lines} == {"ZeroRated"}


def test_amounts_are_the_regions_share_and_add_up():
    doc = document(25)
    root = xml_of(doc)
    amounts = [Decimal(e.text) for e in root.findall("cac:InvoiceLine/cbc:LineExtensionAmount", NS)]
    assert amounts == [x.region_share for x in doc.lines]
    assert sum(amounts) == doc.total_region
    total = "cac:LegalMonetaryTotal/"
    assert text(root, total + "cbc:PayableAmount") == f"{doc.total_region:.2f}"
    assert text(root, total + "cbc:TaxInclusiveAmount") == f"{doc.total_region:.2f}"
    first = root.find("cac:InvoiceLine", NS)
    note = text(first, "cbc:Note")
    assert "CPR 020241-1001 Bent Sørensen" in note and "takst 1.400,00 kr." in note
    assert "regionens andel 70 %" in text(root, "cbc:Note")


def test_day_rates_are_days_when_the_share_divides_else_one_unit():
    even = line(7)  # a day-rate line: 980.00 a day
    odd = line(14, region_share=Decimal("2940.01"), municipality_share=Decimal("1259.99"))
    root = xml_of(with_totals(dataclasses.replace(document(1), lines=(even, odd))))
    first, second = root.findall("cac:InvoiceLine", NS)
    quantity = first.find("cbc:InvoicedQuantity", NS)
    assert (quantity.text, quantity.get("unitCode")) == (f"{even.quantity}.00", "DAY")
    assert text(first, "cac:Price/cbc:PriceAmount") == "980.00"
    quantity = second.find("cbc:InvoicedQuantity", NS)
    assert (quantity.text, quantity.get("unitCode")) == ("1.00", "EA")
    assert text(second, "cac:Price/cbc:PriceAmount") == "2940.01"


def test_the_signed_pdf_is_embedded_byte_for_byte_and_payment_details_are_given():
    doc = document(2)
    pdf = bytes(range(256)) * 40
    root = xml_of(doc, pdf)
    reference = root.find("cac:AdditionalDocumentReference", NS)
    assert text(reference, "cbc:ID") == "faktura-2026-0007.pdf"
    binary = reference.find("cac:Attachment/cbc:EmbeddedDocumentBinaryObject", NS)
    assert binary.get("mimeCode") == "application/pdf"
    assert binary.get("filename") == "faktura-2026-0007.pdf"
    assert base64.b64decode(binary.text) == pdf
    means = "cac:PaymentMeans/"
    assert text(root, means + "cbc:PaymentDueDate") == "2026-12-03"
    assert text(root, means + "cac:PayeeFinancialAccount/cbc:ID") == "0123456789"
    assert (
        text(root, means + "cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID")
        == "2100"
    )


def test_same_content_same_bytes():
    doc = document(30)
    assert invoice_xml(doc, PDF, "f.pdf") == invoice_xml(doc, PDF, "f.pdf")


def test_the_checker_fails_a_document_that_breaks_a_rule():
    data = invoice_xml(document(2), PDF, "f.pdf")
    errors, _ = oioubl_check.problems(data.replace(b">ZeroRated<", b">StandardRated<", 1))
    assert any("F-LIB404" in e for e in errors) and any("F-LIB382" in e for e in errors)
    errors, _ = oioubl_check.problems(data.replace(b"cbc:IssueDate>", b"cbc:IssueDay>"))
    assert errors and errors[0].startswith("XSD line")


def test_missing_routing_or_bank_details_are_refused_before_anything_is_made():
    no_bank = dataclasses.replace(document(1).seller, bank_reg="", bank_account="")
    with pytest.raises(EInvoiceIncomplete) as caught:
        invoice_xml(document(2, seller=no_bank), PDF, "f.pdf")
    assert "bank reg. no., the municipality's account no. missing" in caught.value.message
    with pytest.raises(EInvoiceIncomplete, match="EAN/GLN"):
        invoice_xml(document(2, buyer=dataclasses.replace(BUYER, ean="57980")), PDF, "f.pdf")
    # a credit note pays nothing: it needs no account, and is valid without payment means
    root = xml_of(document(2, kind="credit_note", seller=no_bank))
    assert root.find("cac:PaymentMeans", NS) is None


def test_every_document_made_in_a_test_is_recorded_for_the_autouse_check():
    """tests/conftest.py routes invoice_xml through tests/oioubl_check.py at start-up, so
    even a module that imported the function by name hands its documents to the check."""
    assert getattr(invoice_xml, "recorded", False)
    before = len(oioubl_check.produced)
    data = invoice_xml(document(1), PDF, "f.pdf")
    assert oioubl_check.produced[before:] == [data]
