"""Passwords: hashed with Argon2id, a memory-hard function (issue #7).

Only the hash (a PHC string carrying its own salt and parameters) is stored; a plain
password is never stored, logged or printed. The parameters are argon2-cffi's defaults
(RFC 9106 "low memory": 64 MiB, 3 passes, 4 lanes), about 0.1 s on a workstation; a hash
made with weaker parameters is upgraded at the next successful sign-in. Tests swap
:data:`HASHER` for a cheap one (tests/conftest.py); tests/unit/test_passwords.py checks
the real parameters.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.domain.problems import Problem, problem

MIN_LENGTH = 8
MAX_LENGTH = 200

HASHER = PasswordHasher()
T = TypeVar("T")
log = logging.getLogger(__name__)


def validate(password: str, field: str = "password") -> list[Problem]:
    """A password is at least 8 characters (NIST SP 800-63B) and not only spaces."""
    if len(password) < MIN_LENGTH or not password.strip():
        return [
            problem(
                field,
                "password.too_short",
                length=MIN_LENGTH,
            )
        ]
    if len(password) > MAX_LENGTH:
        return [problem(field, "password.too_long")]
    return []


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify(stored_hash: str, password: str) -> bool:
    """Whether ``password`` matches; an empty or damaged hash matches nothing."""
    if not stored_hash:
        return False
    try:
        return HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return HASHER.check_needs_rehash(stored_hash)


def verify_while(stored_hash: str, password: str, work: Callable[[], T]) -> tuple[bool, T | None]:
    """:func:`verify` in a thread of its own while ``work()`` runs in this one (issue #17):
    Argon2 runs in C without the GIL, so the ~0.1 s of the check and the work overlap.
    Returns whether the password matched, and the work's result — None when it failed (its
    error is logged; the caller does the work again where a failure is said)."""
    matched: list[bool] = []
    failed: list[BaseException] = []

    def check() -> None:
        try:
            matched.append(verify(stored_hash, password))
        except BaseException as exc:  # re-raised here, in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=check, name="password-check", daemon=True)
    thread.start()
    try:
        value: T | None = work()
    except Exception:
        log.warning("the work beside the password check failed", exc_info=True)
        value = None
    finally:
        thread.join()
    if failed:
        raise failed[0]
    return matched[0], value
