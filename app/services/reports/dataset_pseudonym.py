"""The keyed pseudonym of the region's pseudonymised dataset (issue #14 item 8; DIGEST
§1.16 "a joint municipal + regional dataset"; D40 — docs/report-dataset.md).

A citizen's pseudonym is HMAC-SHA256(key, the CPR number's ten digits), shown as its first
:data:`LENGTH` hex digits. The key is 32 random bytes made once per store
(:func:`secrets.token_bytes`) and kept in the store's settings table under
:data:`KEY_SETTING`:

* the same citizen gets the same pseudonym in every delivery, from every workstation that
  uses the same store (the setting lives in the store, not on a workstation);
* without the key the pseudonym cannot be turned back into the CPR number, although the
  CPR numbers are few (a keyless hash of every possible CPR could be tabulated; an HMAC
  under an unknown 256-bit key cannot);
* the key never leaves the store: no report shows it, the exchange file carries no store
  settings (app/services/exchange), a backup is the store itself.

64 bits of pseudonym keep collisions out of reach: for 200,000 citizens the chance that
two share one is about 1 in 10⁹.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from app.domain.identifiers import age_on, normalise_cpr
from app.models import StoreSetting

KEY_SETTING = "reports.pseudonym_key"
KEY_BYTES = 32
LENGTH = 16  # hex digits shown: 64 bits
#: the age bands of the pseudonymised dataset (years): 15–19, 20–24, …, 90+ (DIGEST §1.3:
#: the agreement's citizens are 15 or over; a younger one, by local agreement, is "<15")
BAND_YEARS, FIRST_BAND, LAST_BAND = 5, 15, 90


def pseudonym(key: bytes, cpr: str) -> str:
    """HMAC-SHA256 of the CPR number's ten digits under ``key``, first :data:`LENGTH` hex."""
    digits = normalise_cpr(cpr).encode("ascii")
    return hmac.digest(key, digits, hashlib.sha256).hex()[:LENGTH]  # one-shot: the C path


def age_band(cpr: str, on: dt.date) -> str:
    """The citizen's age on ``on`` as a five-year band ("70–74", "90+", "<15"); "" when
    the CPR number gives no birth date."""
    age = age_on(cpr, on)
    if age is None:
        return ""
    if age < FIRST_BAND:
        return f"<{FIRST_BAND}"
    if age >= LAST_BAND:
        return f"{LAST_BAND}+"
    low = FIRST_BAND + (age - FIRST_BAND) // BAND_YEARS * BAND_YEARS
    return f"{low}–{low + BAND_YEARS - 1}"


def stored_key(session: Session) -> bytes | None:
    setting = session.get(StoreSetting, KEY_SETTING)
    if setting is None or not isinstance(setting.value, str):
        return None
    return bytes.fromhex(setting.value)


def new_key_value() -> str:
    """A new key as stored: 32 random bytes, hex."""
    return secrets.token_bytes(KEY_BYTES).hex()
