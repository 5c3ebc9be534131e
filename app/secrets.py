"""Secrets (certificate passphrases, the store key) only through the OS keyring (STYLE §5).

A small wrapper over ``keyring``: it detects when no usable backend exists (a headless
Linux machine, a locked-down workstation) and says so with :class:`KeyringUnavailable`
instead of silently falling back to a plain file. Nothing here ever writes a secret to
disk or to the database. Tests install an in-memory backend (tests/memory_keyring.py).

Where there is no keyring (issue #16) the callers decide, never this module: the
certificate passphrase is given when posting (app/signing/store.py), the store key is typed
as the recovery key at start or, when the administrator opts in, kept in a file readable
only by the user (app/services/admin/store_key.py).
"""

from __future__ import annotations

from typing import Any

from app.errors import AkutDeskError

SERVICE = "AkutDesk"


class KeyringUnavailable(AkutDeskError):
    code = "keyring_unavailable"

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "No usable keyring on this machine (the operating system's password store). "
            "AkutDesk keeps secrets only there." + (f" ({detail})" if detail else ""),
            detail=detail,
        )


def _backend() -> Any:
    # lazy: start-up (keyring loads its backends; only when a secret is read or kept)
    import keyring

    # lazy: the keyring's backends load only when a secret is used
    from keyring.backends import fail

    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    if isinstance(backend, fail.Keyring) or (priority is not None and priority <= 0):
        # The chainer reports priority 10 even when empty; look at what it chains.
        chained = getattr(backend, "backends", None)
        if not chained:
            raise KeyringUnavailable(type(backend).__name__)
    return backend


def available() -> bool:
    """Whether a usable keyring backend exists (the UI says so when not)."""
    try:
        _backend()
    except KeyringUnavailable:
        return False
    return True


def backend_name() -> str:
    try:
        backend = _backend()
    except KeyringUnavailable:
        return ""
    return f"{type(backend).__module__}.{type(backend).__name__}"


def put(name: str, secret: str, *, service: str = SERVICE) -> None:
    """Store ``secret`` under ``name`` (replaces an earlier one)."""
    import keyring.errors  # lazy: start-up (as in _backend)

    backend = _backend()
    try:
        backend.set_password(service, name, secret)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc


def get(name: str, *, service: str = SERVICE) -> str | None:
    """The secret stored under ``name``, or None when there is none."""
    import keyring.errors  # lazy: start-up (as in _backend)

    backend = _backend()
    try:
        value: str | None = backend.get_password(service, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc
    return value


def delete(name: str, *, service: str = SERVICE) -> None:
    """Forget the secret under ``name`` (no error when there is none)."""
    import keyring.errors  # lazy: start-up (as in _backend)

    backend = _backend()
    try:
        backend.delete_password(service, name)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc
