"""Posting with the product's renderer (app.documents.invoice_pdf → app.signing →
app.einvoice.oioubl): a demo store signs with the fictitious test certificate; a real
store without an imported certificate refuses to post, writing nothing (no number used).
The stored bytes are served as they are: a reprint is byte-identical."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from app.domain import clock
from app.models import Invoice, InvoiceSequence, Municipality, StoreSetting
from app.services.invoices import documents as invoices_docs
from app.services.invoices import post as invoices_post
from app.signing.errors import CertificateError
from tests.unit import billing_helpers as h

LAST_MONTH = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def _ready(ctx, demo: bool) -> None:
    h.give_units_ean(ctx)
    with ctx.store.session() as s:
        m = s.scalars(select(Municipality)).one()
        m.bank_reg, m.bank_account, m.ean = "2100", "0123456789", "5798007738217"
        s.merge(StoreSetting(key="demo", value=demo))
    dept = h.department(ctx)
    h.course(ctx, dept, LAST_MONTH + dt.timedelta(days=1), LAST_MONTH + dt.timedelta(days=20))


def test_demo_store_posts_signed_pdf_and_oioubl_xml(ctx):
    _ready(ctx, demo=True)
    [posted] = invoices_post.post_month(ctx, LAST_MONTH).value
    pdf = invoices_docs.get_document(ctx, posted.uuid, "pdf")
    xml = invoices_docs.get_document(ctx, posted.uuid, "xml")
    assert pdf.content.startswith(b"%PDF") and b"/ByteRange" in pdf.content  # PAdES
    assert pdf.filename == f"faktura-{posted.number}.pdf"
    assert f"<cbc:ID>{posted.number}</cbc:ID>".encode() in xml.content
    assert hashlib.sha256(pdf.content).hexdigest() == pdf.sha256
    assert invoices_docs.get_document(ctx, posted.uuid, "pdf").content == pdf.content


def test_real_store_without_certificate_refuses_and_writes_nothing(ctx):
    _ready(ctx, demo=False)
    with pytest.raises(CertificateError):
        invoices_post.post_month(ctx, LAST_MONTH)
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
        assert s.scalar(select(func.count()).select_from(InvoiceSequence)) == 0
