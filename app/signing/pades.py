"""PAdES signatures on the invoice PDF (issue #4) with a visible stamp on page 1.

:func:`signer_for_posting` is what posting calls: a demo store signs with the fictitious
test certificate (made on first use), a real store with the imported organisation
certificate — and refuses with :class:`~app.signing.errors.NoCertificate` when there is
none, so no unsigned invoice is ever posted. The stamp names the signer (the
certificate's subject and organisation), the signing time in Copenhagen (D42) and, for
the test certificate, says in capitals that it is not valid.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import keys as asn1_keys
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from app.documents.invoice_pdf import STAMP_BOX
from app.domain import clock
from app.signing import store
from app.signing.store import CertificateInfo, Loaded

FIELD = "AkutDesk-signatur"
TEST_LINE = "TESTCERTIFIKAT - IKKE GYLDIG"
STAMP_CHARS = 54  # Courier 7 pt across the stamp's 78 mm


@dataclass(frozen=True)
class Signer:
    """An opened certificate, ready to sign (holds the private key: keep it short-lived)."""

    info: CertificateInfo
    backend: Any  # pyhanko SimpleSigner
    #: (signing time, tight) → the bytes pyHanko reserves for the CMS: the same for every
    #: document this signer signs at that time, so it is estimated once (a dummy signature)
    reserved: dict[tuple[dt.datetime, bool], int] = field(default_factory=dict, compare=False)


def load_signer(
    slot: store.Slot = "organisation",
    *,
    now: dt.datetime | None = None,
    passphrase: str | None = None,
) -> Signer:
    """The stored certificate of ``slot``, checked for validity and key usage now; opened
    with the keyring's passphrase, else ``passphrase`` (given when posting, issue #16)."""
    loaded = store.load(slot, passphrase)
    store.check(loaded, now or clock.now_utc())
    return Signer(loaded.info, _backend(loaded))


def signer_for_posting(
    demo: bool,
    *,
    organisation: str = "Demokommune",
    now: dt.datetime | None = None,
    passphrase: str | None = None,
) -> Signer:
    """The signer posting uses: the test certificate in a demo store (no passphrase), else
    the imported organisation certificate, opened with the keyring's passphrase or the
    given one (NoCertificate, PassphraseMissing, WrongPassphrase, CertificateExpired …
    when it cannot sign: posting is refused, nothing written)."""
    if demo:
        # lazy: pyHanko loads only when a document is signed
        from app.signing.demo import ensure_demo_certificate

        ensure_demo_certificate(organisation, now=now)
        return load_signer("demo", now=now)
    return load_signer("organisation", now=now, passphrase=passphrase)


def _backend(loaded: Loaded) -> Any:
    der = serialization.Encoding.DER
    key = loaded.key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    certs = [c.public_bytes(der) for c in (loaded.cert, *loaded.chain)]
    signing_cert, *others = (next(iter(load_certs_from_pemder_data(c))) for c in certs)
    return _KeptKeySigner(
        signing_cert=signing_cert,
        # the PKCS #8 structure as is: pyHanko's loader would parse it with cryptography
        # once more (its RSA checks: tens of milliseconds) only to write it out again
        signing_key=asn1_keys.PrivateKeyInfo.load(key),
        cert_registry=SimpleCertificateStore.from_certs(others),  # type: ignore[no-untyped-call]
        key=loaded.key,
    )


class _KeptKeySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner parses the private key again for every signature (40 ms for
    RSA-2048, with its consistency checks); this one signs RSA PKCS #1 v1.5 — what PAdES
    uses for an RSA certificate — with the key already opened, anything else as pyHanko
    does."""

    def __init__(self, *args: Any, key: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        try:
            algorithm = mechanism.signature_algo  # "sha256_rsa" → "rsassa_pkcs1v15"
        except ValueError:
            algorithm = mechanism["algorithm"].native
        if algorithm == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            hash_algo = get_pyca_cryptography_hash(digest_algorithm)
            return self._key.sign(data, PKCS1v15(), hash_algo)
        return super().sign_raw(data, digest_algorithm)


def stamp_text(info: CertificateInfo, when: dt.datetime) -> str:
    """The visible stamp: who signed, when (Copenhagen) and how; the test mark first."""
    lines = [TEST_LINE] if info.test else []
    lines += [
        "Digitalt signeret (PAdES) af",
        info.subject,
        info.organisation,
        f"{clock.format_local(when)} (dansk tid)",
        f"Udsteder: {info.issuer}",
    ]
    return "\n".join(_stamp_safe(x)[:STAMP_CHARS] for x in lines if x)


def _stamp_safe(text: str) -> str:
    # pyHanko's standard font writes PDFDocEncoding, where the dashes differ from WinAnsi.
    return text.replace("–", "-").replace("—", "-")


def sign_pdf(
    pdf: bytes,
    signer: Signer,
    *,
    when: dt.datetime,
    box: tuple[float, float, float, float] = STAMP_BOX,
    page: int = 0,
    reason: str = "Faktura udstedt af",
) -> bytes:
    """``pdf`` with a PAdES baseline signature (SHA-256) at ``when``, in a visible field;
    ``reason`` is followed by the signing organisation ("Faktura udstedt af Odense Kommune")."""
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=f"{reason} {signer.info.organisation or signer.info.subject}",
        location="Danmark",
    )
    style = TextStampStyle(
        stamp_text=stamp_text(signer.info, when),
        border_width=1,
        text_box_style=TextBoxStyle(font_size=7, leading=9),
    )
    pdf_signer = _AtTime(
        meta,
        signer=signer.backend,
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(sig_field_name=FIELD, on_page=page, box=_points(box)),
        when=clock.local(when),
        reserved=signer.reserved,
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False), output=out)
    return out.getvalue()


def _points(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """Whole points: pyHanko's layout computes with fractions and refuses floats."""
    x1, y1, x2, y2 = box
    return round(x1), round(y1), round(x2), round(y2)


class _AtTime(signers.PdfSigner):
    """pyHanko takes the signing time from the clock; posting names it (the CMS
    signing-time attribute, the /M entry and the stamp all say ``when``)."""

    def __init__(
        self,
        *args: Any,
        when: dt.datetime,
        reserved: dict[tuple[dt.datetime, bool], int],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._when = when
        self._reserved = reserved

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._when
        estimate = session.estimate_signature_container_size

        async def once(validation_info: Any, tight: bool = False) -> int:
            """The size of a dummy CMS: it depends on the signer, its attributes and the
            signing time, not on the document (no revocation info is embedded)."""
            if validation_info is not None:
                return await estimate(validation_info, tight)  # type: ignore[no-any-return]
            key = (self._when, tight)
            if key not in self._reserved:
                self._reserved[key] = await estimate(validation_info, tight)
            return self._reserved[key]

        session.estimate_signature_container_size = once  # type: ignore[method-assign]
        return session
