"""The PAdES signature of the nursing-home reports, through app.signing (issue #4's
signer): a demo store signs with its fictitious TEST certificate, a real store with the
imported organisation certificate. Without a usable certificate (or without a keyring
to hold its passphrase) the report is kept
unsigned and marked so (``signed`` = False; the lists say "not signed"), so the
statements can still be made and sent while a certificate is being obtained."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from app.documents.layout import HEADER, MARGIN
from app.secrets import KeyringUnavailable
from app.services.admin.setup import is_demo
from app.services.kernel.context import Context

STAMP_W, STAMP_H = 78 * mm, 26 * mm
PAGE = landscape(A4)
# Top right of page 1 under the header; the reports keep that corner free
# (app.documents.homes_reports.STAMP_SPACE).
STAMP_BOX: tuple[float, float, float, float] = (
    PAGE[0] - MARGIN - STAMP_W,
    PAGE[1] - MARGIN - HEADER - 2 * mm - STAMP_H,
    PAGE[0] - MARGIN,
    PAGE[1] - MARGIN - HEADER - 2 * mm,
)


def sign(ctx: Context, pdf: bytes, when: dt.datetime, organisation: str) -> tuple[bytes, bool]:
    """The signed PDF and True, or the PDF as it is and False when no signer is usable."""
    # lazy: pyHanko loads only when a document is signed
    from app.signing.errors import CertificateError

    # lazy: pyHanko loads only when a document is signed
    from app.signing.pades import sign_pdf, signer_for_posting

    try:
        signer = signer_for_posting(
            is_demo(ctx.store), organisation=organisation or "Demokommune", now=when
        )
    except (CertificateError, KeyringUnavailable):
        return pdf, False
    return sign_pdf(pdf, signer, when=when, box=STAMP_BOX, reason="Plejehjemsrapport fra"), True
