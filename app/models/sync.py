"""Offline offices and the shared server (issue #15, docs/sync.md).

Both sides carry the same tables (one schema, one migration): an office uses
:class:`SyncState` (its origin, the server it is tied to, the last server sequence it
applied), :class:`SyncOutbox` (what waits to go) and :class:`SyncConflict`; the server uses
:class:`SyncState` (its own identity), :class:`SyncChange` (every change it accepted or
refused, ordered by ``server_seq``), :class:`SyncAudit` (each origin's audit chain) and
:class:`SyncConflict`. A conflict is itself a record (uuid, version): made on the server,
it travels to every store like any change, and its resolution travels back.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CaseRecord
from app.models.types import UTCDateTime

STATE_ID = 1  # the one row of sync_state
OFFICE = "office"
SERVER = "server"


class SyncState(Base):
    """The one row: ``role`` office or server; ``origin`` this store's own id (a UUID made
    once); an office's ``server_id`` (the server's origin), ``server_url`` (never its
    password), ``last_seq`` (the last server sequence applied), ``next_seq`` (its next
    origin sequence), ``audit_sent`` (the last audit entry the server holds)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(8))
    origin: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(80), default="")
    server_id: Mapped[str] = mapped_column(String(36), default="")
    server_url: Mapped[str] = mapped_column(Text, default="")
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)
    audit_sent: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")


class SyncOutbox(Base):
    """One change written on the office, in the transaction that made it. ``sent``: it went
    out at least once (its data is no longer squashed with a later change of the record).

    ``after_own``: the version it was made on by identity (docs/sync.md "A version's
    identity"), when that is this office's own earlier change (its ``origin_seq``); None
    when the record's copy here is the server's as pulled (its number says which) or for
    an insert."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_record", "table_name", "uuid"),)

    origin_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    base_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    sent: Mapped[bool] = mapped_column(default=False)
    after_own: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class SyncBasis(Base):
    """An office's record whose copy is its own last change (``origin_seq``), not a pulled
    one: the next change of it names that change as the version it was made on. A pull
    that lays the server's version over the record deletes the row (docs/sync.md)."""

    __tablename__ = "sync_bases"

    record_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_seq: Mapped[int] = mapped_column(BigInteger)


class SyncChange(Base):
    """A change the server received: ``status`` accepted (others pull it) or conflict (kept
    so a re-sent batch gets the same answer; the conflict is a :class:`SyncConflict`)."""

    __tablename__ = "sync_changes"
    __table_args__ = (
        UniqueConstraint("origin", "origin_seq", name="uq_sync_changes_origin_seq"),
        Index("ix_sync_changes_record", "uuid", "server_seq"),
    )

    server_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    origin: Mapped[str] = mapped_column(String(36))
    origin_seq: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    base_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class SyncHead(Base):
    """The server's last ``server_seq``: its row lock orders the writers, so a sequence is
    never seen before a smaller one commits (a pull never skips a change)."""

    __tablename__ = "sync_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncConflict(CaseRecord, Base):
    """A change the server did not apply: ``mine`` the office's version (its data, or None
    for a deletion), ``theirs`` the server's at that moment (None: deleted there).
    ``kind``: changed (both sides changed it), deleted (changed here, deleted there),
    delete (deleted here, changed there), duplicate (a unique value taken), missing (a
    record it refers to is not on the server). ``choice``: mine or theirs, once resolved."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_status", "status"),)

    table_name: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(12))
    origin: Mapped[str] = mapped_column(String(36))
    origin_seq: Mapped[int] = mapped_column(BigInteger)
    base_version: Mapped[int] = mapped_column(Integer)
    mine: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    theirs: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")
    choice: Mapped[str] = mapped_column(String(8), default="")


class SyncAudit(Base):
    """An origin's audit entry as the server received it (each origin its own chain,
    issue #15 item 4): ``entry`` the fields the hash covers, user as uuid."""

    __tablename__ = "sync_audit"
    __table_args__ = (UniqueConstraint("origin", "sequence", name="uq_sync_audit_origin_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    entry: Mapped[dict[str, object]] = mapped_column(JSON)
