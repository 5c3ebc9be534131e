"""The documents of a posted invoice: the content (:class:`InvoiceDocument`), made from the
stored invoice alone; the signed PDF and the OIOUBL XML made from it at posting and stored
with their SHA-256, so a reprint is the same bytes (STYLE §3).

The renderer is a parameter of posting: the product uses :class:`SignedRenderer` (the
PDF of ``app.documents.invoice_pdf``, signed by ``app.signing`` — the organisation's
certificate, or the fictitious test certificate in a demo store — and the XML of
``app.einvoice.oioubl``); tests may pass any callable with the same contract.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.invoice_data import Buyer, InvoiceDocument, InvoiceLine, Seller
from app.errors import AkutDeskError, NotFound
from app.models import Invoice, InvoiceFile, Municipality
from app.services.kernel.context import Context
from app.services.kernel.permissions import require


@dataclass(frozen=True)
class RenderedFile:
    kind: str  # pdf | xml
    filename: str
    content: bytes


Renderer = Callable[[InvoiceDocument], list[RenderedFile]]


def file_stem(doc: InvoiceDocument) -> str:
    return f"{'kreditnota' if doc.kind == 'credit_note' else 'faktura'}-{doc.number}"


class SignedRenderer:
    """PDF → PAdES signature → OIOUBL XML with the signed PDF embedded. The signer is
    loaded once per posting; without a usable certificate posting is refused before
    anything is written (``app.signing`` raises NoCertificate, CertificateExpired, …).
    ``passphrase`` opens the organisation certificate when no keyring holds it (issue #16)."""

    def __init__(
        self, demo: bool, organisation: str, when: dt.datetime, passphrase: str | None = None
    ) -> None:
        # lazy: pyHanko loads only when a document is signed
        from app.signing.pades import signer_for_posting

        self.when = when
        self.signer = signer_for_posting(
            demo, organisation=organisation, now=when, passphrase=passphrase
        )

    def __call__(self, doc: InvoiceDocument) -> list[RenderedFile]:
        # lazy: reportlab loads only when a document is made
        from app.documents.invoice_pdf import invoice_pdf

        # lazy: lxml loads only when an e-invoice is made
        from app.einvoice.oioubl import invoice_xml

        # lazy: pyHanko loads only when a document is signed
        from app.signing.pades import sign_pdf

        stem = file_stem(doc)
        signed = sign_pdf(invoice_pdf(doc), self.signer, when=self.when)
        xml = invoice_xml(doc, signed, f"{stem}.pdf")
        return [RenderedFile("pdf", f"{stem}.pdf", signed), RenderedFile("xml", f"{stem}.xml", xml)]


def seller_of(m: Municipality) -> dict[str, str]:
    return {"name": m.name, "street": m.address, "postcode": m.postcode, "city": m.city,
            "cvr": m.cvr, "ean": m.ean, "bank_reg": m.bank_reg, "bank_account": m.bank_account,
            "contact_phone": m.phone, "contact_email": m.email}  # fmt: skip


def _doc_line(row: Any, number: int) -> InvoiceLine:
    return InvoiceLine(
        line_no=number, cpr=row.cpr, citizen_name=row.citizen_name, department=row.department,
        course_type=row.course_type, description=row.description, tariff_code=row.tariff_code,
        tariff_version=row.version_label, start=row.course_start, end=row.course_end,
        days=row.days, unit=cast(Literal["course", "day"], row.unit), quantity=row.quantity,
        unit_amount=row.unit_amount, tariff_amount=row.tariff_amount,
        region_share=row.region_share, municipality_share=row.municipality_share,
        earlier_period=row.earlier_period, note=row.note, course_uuid="",
    )  # fmt: skip


def document_of(
    invoice: Invoice, lines: list[Any], ref_dates: tuple[dt.date, ...] = ()
) -> InvoiceDocument:
    """The content of a posted invoice, from what is stored on it alone."""
    assert invoice.number and invoice.issue_date and invoice.due_date
    following = (invoice.period + dt.timedelta(days=32)).replace(day=1)
    return InvoiceDocument(
        kind=cast(Literal["invoice", "credit_note"], invoice.kind), number=invoice.number,
        issue_date=invoice.issue_date, due_date=invoice.due_date, period_start=invoice.period,
        period_end=following - dt.timedelta(days=1), seller=Seller(**invoice.seller),
        buyer=Buyer(**invoice.buyer), lines=tuple(_doc_line(r, r.line_no) for r in lines),
        total_tariff=invoice.total_tariff, total_region=invoice.total_region,
        total_municipality=invoice.total_municipality,
        region_percent=Decimal(invoice.region_percent).normalize(), uuid=invoice.uuid,
        references=tuple(invoice.refs), reference_dates=ref_dates, note=invoice.reason,
        regulation=invoice.regulation, demo=invoice.demo,
    )  # fmt: skip


def store_files(session: Session, invoice: Invoice, files: list[RenderedFile]) -> dict[str, str]:
    """Stores the documents with their SHA-256; returns kind → SHA-256."""
    stored = {}
    for f in files:
        stored[f.kind] = hashlib.sha256(f.content).hexdigest()
        session.add(InvoiceFile(invoice_id=invoice.id, kind=f.kind, filename=f.filename,
                                content=f.content, sha256=stored[f.kind]))  # fmt: skip
    return stored


class DocumentDamaged(AkutDeskError):
    """A stored document no longer matches the SHA-256 taken when it was made."""

    code = "invoice_document_damaged"

    def __init__(self, number: str, filename: str) -> None:
        super().__init__(
            number=number,
            filename=filename,
        )


@dataclass(frozen=True)
class StoredFile:
    filename: str
    content: bytes
    sha256: str


def stored_files(session: Session, invoice: Invoice) -> dict[str, StoredFile]:
    """The stored documents, each checked against its SHA-256."""
    found = {}
    for f in session.scalars(select(InvoiceFile).where(InvoiceFile.invoice_id == invoice.id)):
        if hashlib.sha256(f.content).hexdigest() != f.sha256:
            raise DocumentDamaged(invoice.number or "", f.filename)
        found[f.kind] = StoredFile(f.filename, bytes(f.content), f.sha256)
    return found


def get_document(ctx: Context, invoice_uuid: str, kind: str = "pdf") -> StoredFile:
    """A reprint: the bytes stored at posting (the same bytes every time)."""
    require(ctx, "invoices.read")
    with ctx.store.read() as session:
        invoice = session.scalars(select(Invoice).where(Invoice.uuid == invoice_uuid)).one_or_none()
        if invoice is None:
            raise NotFound("invoice", invoice_uuid)
        files = stored_files(session, invoice)
        if kind not in files:
            raise NotFound("invoice_file", f"{invoice.number} {kind}")
        return files[kind]


def as_plain(doc: InvoiceDocument) -> dict[str, Any]:
    return {"number": doc.number, "kind": doc.kind, "total_region": str(doc.total_region)}
