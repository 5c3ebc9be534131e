"""The organisation certificate and PAdES signatures (issue #4): import once (file in the
data dir, passphrase only in the keyring, audit without secrets), every reason to refuse
with its own message, the demo test certificate, and signed invoices that pyHanko and
poppler's pdfsig both accept — and both reject after one changed byte."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from app import paths, secrets
from app.documents.invoice_pdf import STAMP_BOX, invoice_pdf
from app.errors import Forbidden
from app.services.security import certificates
from app.signing import demo, store
from app.signing.errors import (
    CertificateExpired,
    CertificateKeyUsage,
    CertificateNotYetValid,
    CertificateUnreadable,
    NoCertificate,
    PassphraseMissing,
    WrongPassphrase,
)
from app.signing.pades import load_signer, sign_pdf, signer_for_posting, stamp_text

from .invoice_helpers import document
from .signing_helpers import (
    NOW,
    PASSPHRASE,
    SUBJECT,
    ca,
    encipherment_only,
    nss_db,
    p12,
    pdfsig,
    pem,
)

WHEN = dt.datetime(2026, 11, 3, 9, 15, tzinfo=dt.UTC)  # 10:15 in Copenhagen


def _validate(signed: bytes, root: object) -> object:
    reader = PdfFileReader(io.BytesIO(signed))
    trust = asn1_x509.Certificate.load(root.public_bytes(serialization.Encoding.DER))  # type: ignore[attr-defined]
    context = ValidationContext(trust_roots=[trust], moment=WHEN + dt.timedelta(minutes=5))
    return validate_pdf_signature(reader.embedded_signatures[0], context)


# -- import ----------------------------------------------------------------------------------


def test_import_keeps_the_file_in_the_data_dir_and_the_passphrase_only_in_the_keyring(
    ctx, tmp_path, data_dir, memory_keyring
):
    status = certificates.import_certificate(ctx, p12(tmp_path), PASSPHRASE, now=NOW).value
    assert status.present and status.can_sign and not status.expires_soon
    assert status.certificate.subject == SUBJECT
    assert status.certificate.issuer == demo.CA_NAME and not status.certificate.test
    assert status.days_left == 700
    folder = data_dir / "certificates"
    assert sorted(p.name for p in folder.iterdir()) == ["organisation.p12", "organisation.pem"]
    name = store.secret_name("organisation", (folder / "organisation.p12").read_bytes())
    assert _certificate_secrets(memory_keyring) == {name: PASSPHRASE}
    for path in folder.iterdir():
        assert PASSPHRASE.encode() not in path.read_bytes()
    entry = _audit_entries(ctx)[-1]
    assert (entry.action, entry.entity) == ("import", "certificate")
    assert entry.after["subject"] == SUBJECT and entry.after["fingerprint_sha256"]
    assert PASSPHRASE not in json.dumps([entry.before, entry.after, entry.reason])


def _certificate_secrets(memory_keyring):  # type: ignore[no-untyped-def]
    """The keyring's certificate entries (the store key of D3 may be there too)."""
    return {
        name: secret
        for (_, name), secret in memory_keyring.secrets.items()
        if name.startswith("certificate.")
    }


def _audit_entries(ctx):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.models import AuditEntry

    with ctx.store.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "certificate")))


@pytest.mark.parametrize(
    ("build", "passphrase", "error"),
    [
        ({}, "forkert", WrongPassphrase),
        ({"valid_to": NOW - dt.timedelta(days=1)}, PASSPHRASE, CertificateExpired),
        ({"valid_from": NOW + dt.timedelta(days=2)}, PASSPHRASE, CertificateNotYetValid),
        ({"usage": "encipherment"}, PASSPHRASE, CertificateKeyUsage),
    ],
    ids=["wrong-passphrase", "expired", "not-yet-valid", "key-usage"],
)
def test_a_certificate_that_cannot_sign_is_refused_with_its_own_message(
    ctx, tmp_path, data_dir, memory_keyring, build, passphrase, error
):
    if build.get("usage"):
        build = {"usage": encipherment_only()}
    with pytest.raises(error) as caught:
        certificates.import_certificate(ctx, p12(tmp_path, **build), passphrase, now=NOW)
    assert caught.value.code.startswith("certificate_")
    assert SUBJECT in caught.value.message or "passphrase" in caught.value.message
    assert not (data_dir / "certificates" / "organisation.p12").exists()
    assert _certificate_secrets(memory_keyring) == {} and _audit_entries(ctx) == []


def test_messages_say_what_to_do(tmp_path):
    expired = CertificateExpired(SUBJECT, "01.11.2026 09:00").message
    assert "expired on 01.11.2026" in expired and "Import the renewed" in expired
    assert "digital signature nor non-repudiation" in CertificateKeyUsage(SUBJECT).message
    assert "akutdesk certificate import" in NoCertificate().message


def test_a_file_that_is_no_pkcs12_is_unreadable_not_a_wrong_passphrase(ctx, tmp_path):
    junk = tmp_path / "faktura.pdf"
    junk.write_bytes(invoice_pdf(document(2)))
    with pytest.raises(CertificateUnreadable, match="PKCS#12"):
        certificates.import_certificate(ctx, junk, PASSPHRASE, now=NOW)
    with pytest.raises(CertificateUnreadable):
        certificates.import_certificate(ctx, tmp_path / "missing.p12", PASSPHRASE, now=NOW)


def test_without_a_keyring_the_certificate_is_kept_and_its_passphrase_nowhere(
    ctx, tmp_path, data_dir
):
    """Issue #16: the file (protected by its own passphrase) is kept; the passphrase is
    kept nowhere and given when posting."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    status = certificates.import_certificate(ctx, p12(tmp_path), PASSPHRASE, now=NOW).value
    assert (data_dir / "certificates" / "organisation.p12").exists()
    assert status.present and status.can_sign and status.passphrase_asked
    assert not status.keyring_available and not status.passphrase_stored
    assert len(_audit_entries(ctx)) == 1
    assert certificates.passphrase_needed(ctx)
    for path in data_dir.rglob("*"):
        assert not path.is_file() or PASSPHRASE.encode() not in path.read_bytes()
    with pytest.raises(PassphraseMissing):
        signer_for_posting(False, now=NOW)
    with pytest.raises(WrongPassphrase):
        signer_for_posting(False, now=NOW, passphrase="not it")
    assert signer_for_posting(False, now=NOW, passphrase=PASSPHRASE).info.subject == SUBJECT


def test_a_given_passphrase_is_kept_in_the_keyring_where_there_is_one(tmp_path, memory_keyring):
    data = p12(tmp_path).read_bytes()
    store.save("organisation", data, PASSPHRASE, store.read_pkcs12(data, PASSPHRASE, "o.p12"))
    memory_keyring.secrets.clear()  # another workstation: file there, passphrase not
    with pytest.raises(WrongPassphrase):
        store.load("organisation", "not it")
    assert memory_keyring.secrets == {}  # a wrong one is never kept
    assert store.load("organisation", PASSPHRASE).info.subject == SUBJECT
    assert store.load("organisation").info.subject == SUBJECT  # asked for once


def test_only_an_administrator_imports(ctx, tmp_path):
    nurse = dataclasses.replace(ctx, roles=frozenset({"nurse"}))
    with pytest.raises(Forbidden):
        certificates.import_certificate(nurse, p12(tmp_path), PASSPHRASE, now=NOW)


def test_status_warns_30_days_before_expiry_and_after(ctx, tmp_path):
    path = p12(tmp_path, valid_to=NOW + dt.timedelta(days=20, hours=1))
    status = certificates.import_certificate(ctx, path, PASSPHRASE, now=NOW).value
    assert status.expires_soon and status.days_left == 20 and status.can_sign
    later = certificates.certificate_status(ctx, now=NOW + dt.timedelta(days=21))
    assert later.expired and not later.can_sign and not later.expires_soon


# -- signing ---------------------------------------------------------------------------------


def test_a_real_store_refuses_to_post_without_a_usable_certificate(tmp_path, memory_keyring):
    with pytest.raises(NoCertificate):
        signer_for_posting(False, now=NOW)
    loaded = store.read_pkcs12(p12(tmp_path).read_bytes(), PASSPHRASE, "o.p12")
    store.save("organisation", p12(tmp_path).read_bytes(), PASSPHRASE, loaded)
    assert signer_for_posting(False, now=NOW).info.subject == SUBJECT
    with pytest.raises(CertificateExpired):
        signer_for_posting(False, now=NOW + dt.timedelta(days=701))
    memory_keyring.secrets.clear()  # another workstation: file there, passphrase not
    with pytest.raises(PassphraseMissing):
        signer_for_posting(False, now=NOW)


def test_signed_invoice_is_intact_valid_and_trusted_and_a_changed_byte_is_caught(tmp_path):
    loaded = store.read_pkcs12(p12(tmp_path).read_bytes(), PASSPHRASE, "o.p12")
    store.save("organisation", p12(tmp_path).read_bytes(), PASSPHRASE, loaded)
    signed = sign_pdf(invoice_pdf(document(60)), load_signer(now=NOW), when=WHEN)
    status = _validate(signed, ca().cert)
    assert status.intact and status.valid and status.trusted
    assert status.signer_reported_dt == WHEN
    assert status.md_algorithm == "sha256"
    sig = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES baseline
    assert not _validate(signed, demo.make_ca(NOW).cert).trusted  # another root
    tampered = bytearray(signed)
    at = signed.index(b"Odense Universitetshospital")
    tampered[at] = ord("X")
    assert not _validate(bytes(tampered), ca().cert).intact


def test_pdfsig_accepts_the_signature_and_trusts_the_ca_from_an_nss_db(tmp_path):
    loaded = store.read_pkcs12(p12(tmp_path).read_bytes(), PASSPHRASE, "o.p12")
    store.save("organisation", p12(tmp_path).read_bytes(), PASSPHRASE, loaded)
    path = tmp_path / "signed.pdf"
    path.write_bytes(sign_pdf(invoice_pdf(document(3)), load_signer(now=NOW), when=WHEN))
    report = pdfsig(path)
    assert "Signature Validation: Signature is Valid." in report
    assert "Signing Time: Nov 03 2026 09:15:00" in report  # pdfsig prints UTC
    assert "ETSI.CAdES.detached" in report and "SHA-256" in report
    assert "Total document signed" in report
    db = nss_db(tmp_path / "nss", ca().cert)
    if db is None:
        pytest.skip("certutil (libnss3-tools) missing: trust not checked by pdfsig")
    assert "Certificate Validation: Certificate is Trusted." in pdfsig(path, db)
    data = bytearray(path.read_bytes())
    at = data.index(b"Odense Universitetshospital")
    data[at] = ord("X")
    path.write_bytes(bytes(data))
    assert "Signature Validation: Digest Mismatch." in pdfsig(path, db)


def test_the_stamp_is_a_visible_field_on_page_1_naming_the_signer(tmp_path):
    loaded = store.read_pkcs12(p12(tmp_path).read_bytes(), PASSPHRASE, "o.p12")
    store.save("organisation", p12(tmp_path).read_bytes(), PASSPHRASE, loaded)
    signer = load_signer(now=NOW)
    signed = sign_pdf(invoice_pdf(document(3)), signer, when=WHEN)
    reader = PdfFileReader(io.BytesIO(signed))
    field = reader.embedded_signatures[0].sig_field
    rect = [float(v) for v in field["/Rect"]]
    assert rect == [round(v) for v in STAMP_BOX]
    assert field["/P"].get_object() == reader.root["/Pages"]["/Kids"][0].get_object()
    assert "/AP" in field
    text = stamp_text(signer.info, WHEN)
    assert SUBJECT in text and "03.11.2026 10:15" in text and "TESTCERTIFIKAT" not in text


# -- demo ------------------------------------------------------------------------------------


def test_demo_certificate_is_a_named_test_stored_like_an_import_and_made_once(
    data_dir, memory_keyring
):
    info = demo.ensure_demo_certificate("Odense Kommune", now=NOW)
    assert info.test and info.subject == "AkutDesk TEST – ikke gyldig: Odense Kommune"
    assert "TEST" in info.issuer
    assert (data_dir / "certificates" / "demo.p12").exists()
    assert memory_keyring.secrets == {}  # a fictitious test certificate: no secret (#16)
    assert store.passphrase("demo") == ""
    assert demo.ensure_demo_certificate("Odense Kommune", now=NOW).fingerprint == info.fingerprint
    assert store.info("organisation") is None  # never the organisation's slot


def test_demo_store_signs_with_the_test_certificate_and_the_stamp_says_so(tmp_path):
    signer = signer_for_posting(True, organisation="Odense Kommune", now=NOW)
    assert signer.info.test
    text = stamp_text(signer.info, WHEN)
    assert text.startswith("TESTCERTIFIKAT - IKKE GYLDIG\n")
    signed = sign_pdf(invoice_pdf(document(3, demo=True)), signer, when=WHEN)
    status = _validate(signed, demo.demo_ca())
    assert status.intact and status.valid and status.trusted
    path = tmp_path / "demo.pdf"
    path.write_bytes(signed)
    assert "AkutDesk TEST – ikke gyldig: Odense Kommune" in pdfsig(path)
    assert pem(demo.demo_ca()).startswith(b"-----BEGIN CERTIFICATE")


def test_a_real_certificate_is_not_taken_for_a_test_one(tmp_path):
    status_before = store.info("demo")
    loaded = store.read_pkcs12(p12(tmp_path).read_bytes(), PASSPHRASE, "o.p12")
    assert not loaded.info.test and status_before is None
    assert Path(store.folder()).name == "certificates"


# -- command line ----------------------------------------------------------------------------


def test_command_line_imports_with_the_passphrase_from_the_environment_and_shows(
    tmp_path, data_dir, monkeypatch, capsys
):
    from app.cli.main import main

    assert main(["demo", "--citizens", "0", "--courses", "0"]) == 0
    assert main(["certificate", "show"]) == 1  # none yet: cannot sign
    assert "No organisation certificate imported" in capsys.readouterr().out
    path = p12(tmp_path, valid_to=dt.datetime.now(dt.UTC) + dt.timedelta(days=400))
    monkeypatch.setenv("P12_PASS", "forkert")
    assert main(["certificate", "import", str(path), "--passphrase-env", "P12_PASS"]) == 1
    assert "The passphrase does not open organisation.p12" in capsys.readouterr().err
    monkeypatch.setenv("P12_PASS", PASSPHRASE)
    assert main(["certificate", "import", str(path), "--passphrase-env", "P12_PASS"]) == 0
    out = capsys.readouterr().out
    assert f"Imported {SUBJECT}." in out and "days left:  399" in out
    assert PASSPHRASE not in out
    assert main(["certificate", "show"]) == 0
    assert "OK: invoices are signed with this certificate." in capsys.readouterr().out
    monkeypatch.delenv("P12_PASS")
    assert main(["certificate", "import", str(path), "--passphrase-env", "P12_PASS"]) == 1
    assert capsys.readouterr().err == "akutdesk: The variable P12_PASS is not set.\n"


def test_the_posting_renderer_signs_and_embeds_the_signed_pdf():
    """The seam with the billing engine (app/services/invoices/documents.py): the XML carries
    the very PDF that was signed (the autouse fixture validates the XML)."""
    import base64

    from lxml import etree

    from app.services.invoices.documents import SignedRenderer

    renderer = SignedRenderer(demo=True, organisation="Odense Kommune", when=WHEN)
    pdf, xml = renderer(document(5, demo=True))
    assert (pdf.kind, xml.kind) == ("pdf", "xml")
    status = _validate(pdf.content, demo.demo_ca())
    assert status.intact and status.valid and status.trusted
    embedded = etree.fromstring(xml.content).findtext(".//{*}EmbeddedDocumentBinaryObject")
    assert base64.b64decode(embedded) == pdf.content


# -- one passphrase per store (issue #13) -----------------------------------------------------


def test_a_second_store_keeps_its_own_passphrase_and_the_first_still_signs(
    tmp_path, data_dir, memory_keyring
):
    first = demo.ensure_demo_certificate("Odense Kommune", now=NOW)
    paths.init(tmp_path / "second")
    second = demo.ensure_demo_certificate("Svendborg Kommune", now=NOW)
    assert second.fingerprint != first.fingerprint
    assert load_signer("demo", now=NOW).info.fingerprint == second.fingerprint
    paths.init(data_dir)  # back in the first store: its certificate still opens and signs
    signer = load_signer("demo", now=NOW)
    assert signer.info.fingerprint == first.fingerprint
    assert sign_pdf(invoice_pdf(document()), signer, when=WHEN)[:5] == b"%PDF-"


def test_two_stores_with_their_own_organisation_certificates(ctx, tmp_path, data_dir):
    certificates.import_certificate(ctx, p12(tmp_path), PASSPHRASE, now=NOW)
    paths.init(tmp_path / "second")
    other = tmp_path / "other"
    other.mkdir()
    certificates.import_certificate(ctx, p12(other, passphrase="another-secret"),
                                    "another-secret", now=NOW)  # fmt: skip
    assert certificates.certificate_status(ctx, now=NOW).can_sign
    paths.init(data_dir)
    assert certificates.certificate_status(ctx, now=NOW).can_sign
    assert store.load("organisation").info.subject == SUBJECT


def test_the_machine_wide_passphrase_of_before_is_read_once_and_kept_per_store(
    tmp_path, data_dir, memory_keyring
):
    data = p12(tmp_path).read_bytes()
    store.save("organisation", data, PASSPHRASE, store.read_pkcs12(data, PASSPHRASE, "o.p12"))
    kept = secrets.get(store.secret_name("organisation", data))
    secrets.delete(store.secret_name("organisation", data))  # as AkutDesk before issue #13 kept it
    secrets.put(store.legacy_secret_name("organisation"), kept)
    assert store.load("organisation").info.subject == SUBJECT
    assert secrets.get(store.secret_name("organisation", data)) == kept
    secrets.put(store.legacy_secret_name("organisation"), "another store's passphrase")
    secrets.delete(store.secret_name("organisation", data))
    with pytest.raises(PassphraseMissing):  # an old entry that does not open this file
        store.load("organisation")
    assert store.passphrase("organisation") is None
    assert secrets.get(store.secret_name("organisation", data)) is None
