"""The audit chain without its head row (docs/audit.md, issue #7): the head (last sequence
number and hash) is a convenience kept beside the entries; removed by hand, `verify` takes
the last entry walked as the head, and the next entry written rebuilds the head from the
last entry, so the chain goes on unbroken — and a tail cut off with it is still caught by an
anchor kept outside the store."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import delete, select

from app.models.audit import GENESIS, AuditChainHead, AuditEntry
from app.services.admin import audit_chain
from app.services.admin.audit_chain import Anchor
from app.services.kernel import audit


@pytest.fixture
def admin(ctx):  # type: ignore[no-untyped-def]
    return dataclasses.replace(ctx, roles=frozenset({"administrator", "nurse"}))


def _remove_head(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.store.origin.session() as s:  # the owner's connection (issue #13 §6)
        s.execute(delete(AuditChainHead))


def _last(ctx) -> AuditEntry:  # type: ignore[no-untyped-def]
    with ctx.store.read() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.sequence.desc())).first()


def test_without_a_head_row_verify_takes_the_last_entry_as_the_head(admin):
    with admin.store.origin.session() as s:
        audit.write(s, admin, "open", "citizen", "u1")
        audit.write(s, admin, "open", "citizen", "u2")
    last = _last(admin)
    _remove_head(admin)
    result = audit_chain.verify(admin)
    assert result.intact and result.entries == last.sequence
    assert result.head == Anchor(last.sequence, last.hash)


def test_without_a_head_row_a_cut_off_tail_is_caught_by_a_kept_anchor(admin):
    with admin.store.origin.session() as s:
        for i in range(3):
            audit.write(s, admin, "open", "citizen", f"u{i}")
    anchor = audit_chain.verify(admin).head
    with admin.store.origin.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.sequence == anchor.sequence))
    _remove_head(admin)
    assert audit_chain.verify(admin).intact  # the store alone cannot tell
    broken = audit_chain.verify(admin, anchor).broken
    assert broken is not None and broken.kind == "tail_removed"
    assert broken.sequence == anchor.sequence


def test_the_next_entry_rebuilds_the_head_from_the_last_entry(admin):
    with admin.store.origin.session() as s:
        audit.write(s, admin, "open", "citizen", "u1")
    before = _last(admin)
    _remove_head(admin)
    with admin.store.origin.session() as s:
        audit.write(s, admin, "open", "citizen", "u2")
    after = _last(admin)
    assert (after.sequence, after.prev_hash) == (before.sequence + 1, before.hash)
    with admin.store.read() as s:
        head = s.get(AuditChainHead, 1)
        assert (head.sequence, head.hash) == (after.sequence, after.hash)
    assert audit_chain.verify(admin).intact


def test_an_empty_chain_without_a_head_row_starts_from_genesis(admin):
    with admin.store.origin.session() as s:
        s.execute(delete(AuditEntry))
    _remove_head(admin)
    result = audit_chain.verify(admin)
    assert result.intact and result.entries == 0 and result.head == Anchor(0, GENESIS)
    with admin.store.origin.session() as s:
        audit.write(s, admin, "open", "citizen", "u1")
    first = _last(admin)
    assert (first.sequence, first.prev_hash) == (1, GENESIS)
    assert audit_chain.verify(admin).intact
