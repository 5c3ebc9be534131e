"""The audit trail's hash chain (issue #7, docs/audit.md): an entry's hash is SHA-256 over
the previous entry's hash and a canonical serialisation of the entry. Pure: the use cases
(app/services/kernel/audit.py, app/services/admin/audit_chain.py) and migration 0006 share it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Protocol

# The format below is fixed: stored hashes depend on it (0006_audit_chain uses it too). A
# change needs a migration that re-chains every entry.


class Chained(Protocol):
    """What the hash covers: an :class:`AuditEntry` or a row read with its columns."""

    at: dt.datetime
    user_id: int | None
    action: str
    entity: str
    entity_uuid: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str
    sequence: int


def canonical(entry: Chained) -> bytes:
    """Sorted-key JSON of what an entry says (ASCII, no spaces): the bytes that are hashed."""
    document = {
        "at": entry.at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "user": entry.user_id,
        "action": entry.action,
        "entity": entry.entity,
        "entity_uuid": entry.entity_uuid,
        "before": entry.before,
        "after": entry.after,
        "reason": entry.reason,
        "sequence": entry.sequence,
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("ascii")


def entry_hash(entry: Chained, prev_hash: str) -> str:
    """SHA-256 over the previous entry's hash and this entry's canonical form."""
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(entry)).hexdigest()
