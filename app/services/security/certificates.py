"""The organisation certificate that signs invoices (issue #4): import it once, see its
status. An administrator imports (``certificates.manage``); the file goes to the data
dir, its passphrase to the OS keyring (``app.signing.store``) — on a machine without one
it is kept nowhere and given when posting (issue #16: :func:`passphrase_needed`) — and
the audit trail gets
the certificate's subject, issuer, validity and fingerprint — never the passphrase.
Expired, not yet valid, wrong key usage and wrong passphrase are refused with their own
message (``app.signing.errors``), nothing written; expiry within 30 days is a warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app import secrets
from app.domain import clock
from app.models import StoreSetting
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.signing import store
from app.signing.errors import CertificateUnreadable
from app.signing.store import CertificateInfo

MAX_FILE = 1_000_000  # a PKCS#12 with its chain is a few kilobytes


@dataclass(frozen=True)
class CertificateStatus:
    present: bool
    keyring_available: bool
    keyring_backend: str
    certificate: CertificateInfo | None = None
    days_left: int = 0
    expired: bool = False
    not_yet_valid: bool = False
    expires_soon: bool = False  # within 30 days
    passphrase_stored: bool = False  # in this computer's keyring (or none needed)
    demo: CertificateInfo | None = None  # the demo slot's test certificate, if made

    @property
    def can_sign(self) -> bool:
        """Valid now; the passphrase is in the keyring or is asked for when posting."""
        return self.present and not (self.expired or self.not_yet_valid)

    @property
    def passphrase_asked(self) -> bool:
        """Posting asks for the passphrase (no keyring here holds it; issue #16)."""
        return self.present and not self.passphrase_stored


def import_certificate(
    ctx: Context, path: str | Path, passphrase: str, *, now: dt.datetime | None = None
) -> Done[CertificateStatus]:
    """Check and keep the organisation's PKCS#12 file (replaces an earlier one)."""
    require(ctx, "certificates.manage")
    now = now or clock.now_utc()
    source = Path(path)
    data = _read(source)
    loaded = store.read_pkcs12(data, passphrase, source.name)
    store.check(loaded, now)
    before = store.info("organisation")
    with ctx.store.session() as session:
        audit.write(
            session,
            ctx,
            "import",
            "certificate",
            "organisation",
            before=_audit(before) if before else None,
            after=_audit(loaded.info),
        )
        # Inside the transaction: a full disk rolls the audit entry back.
        store.save("organisation", data, passphrase, loaded)
    return Done(certificate_status(ctx, now=now), Changes.of("certificate", "organisation"))


def _read(source: Path) -> bytes:
    try:
        if source.stat().st_size > MAX_FILE:
            raise CertificateUnreadable(source.name, "file too large")
        return source.read_bytes()
    except OSError as exc:
        raise CertificateUnreadable(source.name, exc.strerror or str(exc)) from exc


def _audit(info: CertificateInfo) -> dict[str, str]:
    return {
        "subject": info.subject,
        "organisation": info.organisation,
        "issuer": info.issuer,
        "serial": info.serial,
        "fingerprint_sha256": info.fingerprint,
        "valid_from": info.valid_from.isoformat(),
        "valid_to": info.valid_to.isoformat(),
    }


def certificate_status(ctx: Context, *, now: dt.datetime | None = None) -> CertificateStatus:
    """What the Certificate tab and ``akutdesk certificate show`` say (no secrets)."""
    now = now or clock.now_utc()
    keyring = secrets.available()
    demo = store.info("demo")
    info = store.info("organisation")
    if info is None:
        return CertificateStatus(False, keyring, secrets.backend_name(), demo=demo)
    stored = store.passphrase("organisation") is not None
    return CertificateStatus(
        present=True,
        keyring_available=keyring,
        keyring_backend=secrets.backend_name(),
        certificate=info,
        days_left=info.days_left(now),
        expired=now > info.valid_to,
        not_yet_valid=now < info.valid_from,
        expires_soon=info.expires_soon(now),
        passphrase_stored=stored,
        demo=demo,
    )


def passphrase_needed(ctx: Context) -> bool:
    """Whether posting in this store needs the organisation certificate's passphrase given
    (typed in the window or at the terminal, or from an environment variable; issue #16):
    not a demo store (its test certificate has none), a certificate is imported, and no
    keyring on this computer holds its passphrase. Without a certificate posting refuses
    on its own (NoCertificate), so nothing is asked."""
    require(ctx, "invoices.post")
    with ctx.store.read() as session:
        setting = session.get(StoreSetting, "demo")
    if setting is not None and setting.value:
        return False
    return store.info("organisation") is not None and store.passphrase("organisation") is None
