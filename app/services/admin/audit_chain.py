"""Checking the audit trail's hash chain (issue #7, docs/audit.md).

:func:`verify` walks every entry in sequence order, a batch at a time (a store can hold
millions), recomputes each hash and checks each link. It reports the first break:

- ``changed``: an entry's content no longer matches its hash, or an entry was changed and
  re-hashed so the next entry's link (or the chain head) no longer matches it;
- ``removed``: sequence numbers are missing between two entries (or before the first);
- ``tail_removed``: the chain ends before the chain head, or before a kept anchor says.

The chain head (last sequence number and hash) is the anchor: kept outside the store
(printed by ``akutdesk audit verify``), it also catches a rewritten chain and a cut-off
tail that the head row alone cannot.

An intact chain vouches for the post entries of the invoices, which hold the SHA-256 of
each posted invoice's header, totals, lines and documents: :func:`verify` then checks every
posted invoice against them and names those changed since (app/services/invoices/integrity.py,
issue #13).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.hash_chain import Chained, entry_hash
from app.domain.numerals import ascii_digits
from app.domain.problems import problem
from app.errors import InvalidInput
from app.models.audit import GENESIS, HEAD_ID, AuditChainHead, AuditEntry
from app.services.invoices import integrity
from app.services.invoices.integrity import InvoiceCheck
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

BATCH = 5000
_COLUMNS = ("id", "at", "user_id", "action", "entity", "entity_uuid", "before", "after",
            "reason", "sequence", "prev_hash", "hash")  # fmt: skip


@dataclass(frozen=True)
class Anchor:
    """A chain head written down outside the store: "sequence:hash"."""

    sequence: int
    hash: str

    def __str__(self) -> str:
        return f"{self.sequence}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Anchor:
        number, _, digest = text.strip().partition(":")
        digest = digest.strip().lower()
        valid = len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)
        if not ascii_digits(number.strip()) or not valid:
            raise InvalidInput([problem("anchor", "anchor_invalid")])
        return cls(int(number), digest)


@dataclass(frozen=True)
class ChainBreak:
    """Where the chain is broken; ``sequence`` is the entry named (or the first missing)."""

    kind: str
    sequence: int
    entry_id: int | None = None
    at: dt.datetime | None = None
    action: str = ""
    entity: str = ""
    entity_uuid: str = ""
    last_missing: int | None = None  # kind "removed"/"tail_removed": the missing range's end
    previous: int | None = None  # the neighbours of a removed range (sequence numbers)
    following: int | None = None

    @property
    def message(self) -> str:
        if self.kind == "changed":
            what = f"{self.action} {self.entity} {self.entity_uuid}".strip()
            when = self.at.isoformat(timespec="seconds") if self.at else "?"
            return f"Entry {self.sequence} (id {self.entry_id}, {when}, {what}) was changed."
        missing = (
            f"Entry {self.sequence}"
            if self.last_missing in (None, self.sequence)
            else f"Entries {self.sequence}–{self.last_missing}"
        )
        where = (
            f"after entry {self.previous}" if self.previous else "at the start of the chain"
        ) + (f", before entry {self.following}" if self.following else "")
        tail = " (the end of the chain)" if self.kind == "tail_removed" else ""
        return f"{missing} removed{tail}: missing {where}."


NOT_CHECKED = InvoiceCheck(0, 0, ())


@dataclass(frozen=True)
class VerifyResult:
    entries: int
    head: Anchor
    broken: ChainBreak | None
    invoices: InvoiceCheck = NOT_CHECKED  # checked only when the chain is intact

    @property
    def intact(self) -> bool:
        """The chain, and every posted invoice it binds."""
        return self.broken is None and not self.invoices.mismatches


def _changed(row: Any) -> ChainBreak:
    return ChainBreak("changed", row.sequence, row.id, row.at, row.action, row.entity,
                      row.entity_uuid)  # fmt: skip


def _batches(session: Session) -> Iterator[Sequence[Any]]:
    """Entries in sequence order, a batch at a time (keyset: no growing OFFSET)."""
    columns = [getattr(AuditEntry, name) for name in _COLUMNS]
    last = 0
    while True:
        query = select(*columns).where(AuditEntry.sequence > last)
        rows = session.execute(query.order_by(AuditEntry.sequence).limit(BATCH)).all()
        if not rows:
            return
        yield rows
        last = rows[-1].sequence


@dataclass
class _Walk:
    """The state of one walk along the chain."""

    anchor: Anchor | None
    count: int = 0
    last: Any = None  # the previous row
    prev_hash: str = GENESIS
    anchor_seen: bool = False

    def step(self, row: Any) -> ChainBreak | None:
        expected = self.last.sequence + 1 if self.last is not None else 1
        if row.sequence != expected:
            before = self.last.sequence if self.last is not None else None
            return ChainBreak("removed", expected, last_missing=row.sequence - 1,
                              previous=before, following=row.sequence)  # fmt: skip
        if row.prev_hash != self.prev_hash:
            return _changed(self.last) if self.last is not None else _changed(row)
        if entry_hash(cast(Chained, row), row.prev_hash) != row.hash:
            return _changed(row)
        if self.anchor is not None and row.sequence == self.anchor.sequence:
            if row.hash != self.anchor.hash:
                return _changed(row)
            self.anchor_seen = True
        self.count, self.last, self.prev_hash = self.count + 1, row, row.hash
        return None

    def end(self, head: Anchor) -> ChainBreak | None:
        last = self.last.sequence if self.last is not None else 0
        for expected in (head, self.anchor):
            if expected is None:
                continue
            if expected.sequence > last:
                return ChainBreak("tail_removed", last + 1, last_missing=expected.sequence,
                                  previous=last or None)  # fmt: skip
        if head.sequence == last and head.hash != self.prev_hash and self.last is not None:
            return _changed(self.last)
        return None


def verify(ctx: Context, anchor: Anchor | None = None) -> VerifyResult:
    """Walk the whole chain; the first break, if any, and the chain head (issue #7)."""
    require(ctx, "audit.verify")
    with ctx.store.read() as session:
        stored = session.get(AuditChainHead, HEAD_ID)
        walk = _Walk(anchor)
        for rows in _batches(session):
            for row in rows:
                broken = walk.step(row)
                if broken is not None:
                    return VerifyResult(walk.count, _head(walk, stored), broken)
        head = _head(walk, stored)
        broken = walk.end(head)
        if broken is not None:
            return VerifyResult(walk.count, head, broken)
        return VerifyResult(walk.count, head, None, integrity.check(session))


def _head(walk: _Walk, stored: AuditChainHead | None) -> Anchor:
    """The head row as stored; a missing row counts as the last entry walked."""
    if stored is not None:
        return Anchor(stored.sequence, stored.hash)
    return Anchor(walk.last.sequence if walk.last is not None else 0, walk.prev_hash)
