"""Typed errors of certificate import and signing (STYLE §6): each says what is wrong and
what to do; the text of each ``code`` is in the message catalogue (app/messages/errors.py)."""

from __future__ import annotations

from app.errors import AkutDeskError


class CertificateError(AkutDeskError):
    code = "certificate"


class CertificateUnreadable(CertificateError):
    code = "certificate_unreadable"

    def __init__(self, name: str, detail: str = "") -> None:
        super().__init__(
            name=name,
            detail=detail,
        )


class WrongPassphrase(CertificateError):
    code = "certificate_passphrase"

    def __init__(self, name: str) -> None:
        super().__init__(
            name=name,
        )


class CertificateNotYetValid(CertificateError):
    code = "certificate_not_yet_valid"

    def __init__(self, subject: str, valid_from: str) -> None:
        super().__init__(
            subject=subject,
            valid_from=valid_from,
        )


class CertificateExpired(CertificateError):
    code = "certificate_expired"

    def __init__(self, subject: str, valid_to: str) -> None:
        super().__init__(
            subject=subject,
            valid_to=valid_to,
        )


class CertificateKeyUsage(CertificateError):
    code = "certificate_key_usage"

    def __init__(self, subject: str) -> None:
        super().__init__(
            subject=subject,
        )


class NoCertificate(CertificateError):
    """Posting a real invoice needs the organisation's certificate."""

    code = "certificate_missing"

    def __init__(self) -> None:
        super().__init__(
            "No organisation certificate is imported, so the invoice cannot be signed and is "
            "not posted. An administrator imports it under Administration → Certificate "
            "(or: akutdesk certificate import FILE.p12)."
        )


class PassphraseMissing(CertificateError):
    """The certificate file is there but this machine's keyring does not hold its
    passphrase (another workstation or user account)."""

    code = "certificate_passphrase_missing"

    def __init__(self) -> None:
        super().__init__()
