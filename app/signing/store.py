"""Where the signing certificates live (STYLE §5): the PKCS#12 file as imported (still
protected by its passphrase) and a copy of its public certificate under
``<data dir>/certificates/``; the passphrase only in the OS keyring (``app.secrets``),
never in the database or a plain file.

Without a keyring (issue #16) the certificate is still kept — its file is protected by
its own passphrase — and the passphrase is given when posting: typed in the window or at
the terminal, or read from an environment variable by a scheduled run (``load(slot,
passphrase)``). A keyring, where there is one, still keeps it. The demo slot's fictitious
test certificate has no passphrase at all (:mod:`app.signing.demo`), so a demo store signs
with no keyring and no prompt.

Two slots: ``organisation`` (the municipality's real certificate, imported by an
administrator) and ``demo`` (a fictitious test certificate for demo stores, see
:mod:`app.signing.demo`). Each workstation keeps its own: the keyring is per user account.

The passphrase is kept per store (issue #13): its keyring entry is named after the
certificate file it opens (the file's SHA-256), and each store's data folder holds its own
file, so a second store's certificate never replaces the first's passphrase. An entry of
the machine-wide name AkutDesk used before (``certificate.<slot>.passphrase``) is read
once when the file's own entry is missing, and kept under the file's name if it opens it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app import files, paths, secrets
from app.domain import clock
from app.signing.errors import (
    CertificateExpired,
    CertificateKeyUsage,
    CertificateNotYetValid,
    CertificateUnreadable,
    NoCertificate,
    PassphraseMissing,
    WrongPassphrase,
)

Slot = Literal["organisation", "demo"]
EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class CertificateInfo:
    """What the status screen and the audit trail show of a certificate (no secrets)."""

    slot: str
    subject: str  # the common name
    organisation: str
    issuer: str
    serial: str
    fingerprint: str  # SHA-256 of the DER certificate, hex
    valid_from: dt.datetime
    valid_to: dt.datetime
    test: bool

    def days_left(self, now: dt.datetime) -> int:
        return (self.valid_to - now).days

    def expires_soon(self, now: dt.datetime) -> bool:
        return self.valid_from <= now and 0 <= self.days_left(now) < EXPIRY_WARNING_DAYS


@dataclass(frozen=True)
class Loaded:
    info: CertificateInfo
    key: PrivateKeyTypes
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...]


def folder() -> Path:
    path = paths.data_dir() / "certificates"
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_name(slot: str, data: bytes) -> str:
    """The keyring entry of the passphrase that opens ``data`` (a PKCS#12 file): one per
    certificate file, so per store."""
    return f"certificate.{slot}.{hashlib.sha256(data).hexdigest()[:32]}.passphrase"


def legacy_secret_name(slot: str) -> str:
    """The one machine-wide entry of AkutDesk before issue #13 (read, never written)."""
    return f"certificate.{slot}.passphrase"


def passphrase(slot: Slot) -> str | None:
    """The passphrase of the stored certificate of ``slot``, or None when none is known
    here (no file, no keyring, or no keyring entry that opens it); ``""`` for a file
    without a passphrase (the demo's test certificate)."""
    path = folder() / f"{slot}.p12"
    if not path.exists():
        return None
    return _passphrase(slot, path.read_bytes())


def _passphrase(slot: Slot, data: bytes) -> str | None:
    if _opens(data, "", slot):
        return ""
    return _stored_passphrase(slot, data)


def _stored_passphrase(slot: Slot, data: bytes) -> str | None:
    """The keyring's passphrase for ``data`` (a legacy entry moved to the current name when
    it opens the file), or None."""
    try:
        found = secrets.get(secret_name(slot, data))
        legacy = None if found is not None else secrets.get(legacy_secret_name(slot))
    except secrets.KeyringUnavailable:  # no keyring: the passphrase is given when posting
        return None
    if found is not None:
        return found
    if legacy is None:
        return None
    if not _opens(data, legacy, slot):  # the old entry may belong to another store's
        return None
    secrets.put(secret_name(slot, data), legacy)
    return legacy


def _opens(data: bytes, passphrase: str, slot: str) -> bool:
    try:
        read_pkcs12(data, passphrase, f"{slot}.p12", slot)
    except (WrongPassphrase, CertificateUnreadable):
        return False
    return True


def _name(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def describe(cert: x509.Certificate, slot: str) -> CertificateInfo:
    subject = _name(cert.subject, NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    der = cert.public_bytes(serialization.Encoding.DER)
    return CertificateInfo(
        slot=slot,
        subject=subject,
        organisation=_name(cert.subject, NameOID.ORGANIZATION_NAME),
        issuer=_name(cert.issuer, NameOID.COMMON_NAME) or cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "X"),
        fingerprint=hashlib.sha256(der).hexdigest(),
        valid_from=cert.not_valid_before_utc,
        valid_to=cert.not_valid_after_utc,
        test=slot == "demo",
    )


def read_pkcs12(data: bytes, passphrase: str, name: str, slot: str = "organisation") -> Loaded:
    """Open a PKCS#12 file: a wrong passphrase and a file that is no PKCS#12 at all are told
    apart (cryptography reports both as one ValueError)."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode() or None)
    except ValueError as exc:
        if _is_pkcs12(data):
            raise WrongPassphrase(name) from exc
        raise CertificateUnreadable(name, str(exc)) from exc
    if key is None or cert is None:
        raise CertificateUnreadable(name, "no private key and certificate in the file")
    return Loaded(describe(cert, slot), key, cert, tuple(extra))


def _is_pkcs12(data: bytes) -> bool:
    # lazy: only when a certificate file is read
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native)
    except (ValueError, TypeError, KeyError):
        return False


def check(loaded: Loaded, now: dt.datetime) -> None:
    """Refuse a certificate that cannot sign now: not yet valid, expired, or whose key
    usage allows neither digitalSignature nor nonRepudiation (contentCommitment)."""
    info = loaded.info
    if now < info.valid_from:
        raise CertificateNotYetValid(info.subject, clock.format_local(info.valid_from))
    if now > info.valid_to:
        raise CertificateExpired(info.subject, clock.format_local(info.valid_to))
    try:
        usage = loaded.cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return  # RFC 5280: no KeyUsage extension means no restriction
    if not (usage.digital_signature or usage.content_commitment):
        raise CertificateKeyUsage(info.subject)


def save(slot: Slot, data: bytes, passphrase: str, loaded: Loaded) -> CertificateInfo:
    """Keep the file and its public certificate; the passphrase goes to the keyring when
    there is one. Without a keyring it is kept nowhere: it is given when posting (issue
    #16). A file without a passphrase needs no keyring entry."""
    if passphrase:
        remember(slot, data, passphrase)
    pem = loaded.cert.public_bytes(serialization.Encoding.PEM)
    _write(folder() / f"{slot}.p12", data)
    _write(folder() / f"{slot}.pem", pem)
    return loaded.info


def remember(slot: Slot, data: bytes, passphrase: str) -> bool:
    """Keep ``passphrase`` in the keyring; False when there is none (nothing kept)."""
    try:
        secrets.put(secret_name(slot, data), passphrase)
    except secrets.KeyringUnavailable:
        return False
    return True


def _write(path: Path, data: bytes) -> None:
    """Mode 0600, fsynced, renamed into place; nothing left on a full disk (issue #13)."""
    files.write_bytes(path, data)


def info(slot: Slot) -> CertificateInfo | None:
    """The stored certificate of ``slot`` (read from its public copy: no keyring needed)."""
    path = folder() / f"{slot}.pem"
    if not path.exists():
        return None
    return describe(x509.load_pem_x509_certificate(path.read_bytes()), slot)


def load(slot: Slot, passphrase: str | None = None) -> Loaded:
    """The stored key and certificate, opened with the passphrase from the keyring, else
    with ``passphrase`` (given when posting; WrongPassphrase when it does not open the
    file). A given passphrase that opens it is kept in the keyring where there is one, so
    it is asked for once on this computer."""
    path = folder() / f"{slot}.p12"
    if not path.exists():
        raise NoCertificate()
    data = path.read_bytes()
    try:  # a file without a passphrase (the demo's): opened once, not tried and then read
        return read_pkcs12(data, "", path.name, slot)
    except (WrongPassphrase, CertificateUnreadable):
        pass
    found = _stored_passphrase(slot, data)
    if found is not None:
        return read_pkcs12(data, found, path.name, slot)
    if passphrase is None:
        raise PassphraseMissing()
    loaded = read_pkcs12(data, passphrase, path.name, slot)
    remember(slot, data, passphrase)
    return loaded


def remove(slot: Slot) -> None:
    path = folder() / f"{slot}.p12"
    if path.exists() and secrets.available():
        secrets.delete(secret_name(slot, path.read_bytes()))
    for suffix in (".p12", ".pem"):
        (folder() / f"{slot}{suffix}").unlink(missing_ok=True)
