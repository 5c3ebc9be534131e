"""A fictitious test CA and organisation certificate for demo stores, so the whole flow
(post → sign → e-invoice) can be tried without a real certificate. Everything is named
as a test ("AkutDesk TEST – ikke gyldig"), kept in its own slot (never the organisation's)
and stored like a real import: the PKCS#12 file in the data dir (mode 0600). It has no
passphrase (issue #16): a fictitious certificate from a fictitious CA that no one trusts,
which only ever signs invoices stamped as tests, is no secret — so a demo store posts on
a machine without a keyring, with no prompt and no setting. (Demo certificates made
before kept a random passphrase in the keyring; where that keyring is missing, a new one
is made.) The CA certificate is kept beside it (``demo-ca.pem``) so a signature can be
checked against it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app import files
from app.domain import clock
from app.signing import store
from app.signing.store import CertificateInfo

TEST_MARK = "AkutDesk TEST – ikke gyldig"
CA_NAME = "AkutDesk TEST-CA – ikke gyldig"
CA_FILE = "demo-ca.pem"
LIFETIME = dt.timedelta(days=3 * 365)


@dataclass(frozen=True)
class Issued:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _usage(**on: bool) -> x509.KeyUsage:
    flags = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
        ),
        False,
    )
    flags.update(on)
    return x509.KeyUsage(**flags, encipher_only=False, decipher_only=False)


def make_ca(now: dt.datetime, key: rsa.RSAPrivateKey | None = None) -> Issued:
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = _name(CA_NAME, "AkutDesk TEST")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + LIFETIME + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(key, cert)


def make_certificate(
    ca: Issued,
    common: str,
    organisation: str,
    *,
    valid_from: dt.datetime,
    valid_to: dt.datetime,
    usage: x509.KeyUsage | None = None,
    key: rsa.RSAPrivateKey | None = None,
) -> Issued:
    """An end-entity certificate issued by ``ca`` (tests vary validity and key usage)."""
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ski = ca.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common, organisation))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from)
        .not_valid_after(valid_to)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            usage or _usage(digital_signature=True, content_commitment=True), critical=True
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(ca.key, hashes.SHA256())
    )
    return Issued(key, cert)


def pkcs12_bytes(issued: Issued, ca: Issued, passphrase: str, name: str = "") -> bytes:
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    return pkcs12.serialize_key_and_certificates(
        name.encode() or None, issued.key, issued.cert, [ca.cert], encryption
    )


def ensure_demo_certificate(
    organisation: str = "Demokommune", *, now: dt.datetime | None = None
) -> CertificateInfo:
    """The demo slot's certificate, made when missing, unusable or expiring within 30 days."""
    now = now or clock.now_utc()
    current = store.info("demo")
    if current and _usable(current, now):
        return current
    ca = make_ca(now)
    issued = make_certificate(
        ca,
        f"{TEST_MARK}: {organisation}",
        f"{organisation} (TEST)",
        valid_from=now - dt.timedelta(days=1),
        valid_to=now + LIFETIME,
    )
    data = pkcs12_bytes(issued, ca, "", "AkutDesk TEST")  # no passphrase: see above
    loaded = store.read_pkcs12(data, "", "demo.p12", "demo")
    info = store.save("demo", data, "", loaded)
    files.write_bytes(store.folder() / CA_FILE, ca.cert.public_bytes(serialization.Encoding.PEM))
    return info


def _usable(info: CertificateInfo, now: dt.datetime) -> bool:
    if not (info.valid_from <= now and info.days_left(now) >= store.EXPIRY_WARNING_DAYS):
        return False
    return store.passphrase("demo") is not None


def demo_ca() -> x509.Certificate | None:
    """The demo slot's test CA (to check a demo signature against)."""
    path = store.folder() / CA_FILE
    return x509.load_pem_x509_certificate(path.read_bytes()) if path.exists() else None
