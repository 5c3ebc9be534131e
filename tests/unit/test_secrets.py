"""Secrets go only to the keyring; a machine without one is told so, never a silent file."""

from __future__ import annotations

import pytest

from app import secrets


def test_a_secret_is_stored_read_and_forgotten(memory_keyring):
    assert secrets.available()
    secrets.put("certificate", "hemmelig")
    assert secrets.get("certificate") == "hemmelig"
    assert memory_keyring.secrets == {("AkutDesk", "certificate"): "hemmelig"}
    secrets.delete("certificate")
    assert secrets.get("certificate") is None
    secrets.delete("certificate")  # forgetting twice is no error


def test_no_backend_is_said_plainly():
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert not secrets.available()
    with pytest.raises(secrets.KeyringUnavailable, match="No usable keyring"):
        secrets.put("certificate", "x")
