"""Audit trail: hash chain over the entries

Existing entries are chained in id order (sequence 1, 2, …) with the same hash the
application computes (app.domain.hash_chain.entry_hash), and the chain head is recorded.

Revision ID: 0006_audit_chain
Revises: 0005_security
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.models.types import UTCDateTime

revision = "0006_audit_chain"
down_revision = "0005_security"
branch_labels = None
depends_on = None

BATCH = 5000
GENESIS = "0" * 64
LOG = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("at", UTCDateTime()),
    sa.column("user_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_uuid", sa.String()),
    sa.column("before", sa.JSON()),
    sa.column("after", sa.JSON()),
    sa.column("reason", sa.Text()),
    sa.column("sequence", sa.Integer()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    sequence, last_hash = _chain_existing_entries()
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("sequence", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_sequence"), ["sequence"])
        batch_op.create_index("ix_audit_log_at", ["at"], unique=False)
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    op.bulk_insert(head, [{"id": 1, "sequence": sequence, "hash": last_hash}])


def _chain_existing_entries() -> tuple[int, str]:
    """Give every entry its sequence number, previous hash and hash, in id order, a batch
    at a time; returns the head (last sequence, last hash)."""
    from app.domain.hash_chain import entry_hash
    from app.models.audit import AuditEntry

    bind = op.get_bind()
    sequence, last_hash, last_id = 0, GENESIS, 0
    columns = [LOG.c[name] for name in ("id", "at", "user_id", "action", "entity",
                                        "entity_uuid", "before", "after", "reason")]  # fmt: skip
    update = (
        LOG.update()
        .where(LOG.c.id == sa.bindparam("row_id"))
        .values(sequence=sa.bindparam("seq"), prev_hash=sa.bindparam("prev"),
                hash=sa.bindparam("own"))
    )  # fmt: skip
    while True:
        rows = bind.execute(
            sa.select(*columns).where(LOG.c.id > last_id).order_by(LOG.c.id).limit(BATCH)
        ).all()
        if not rows:
            return sequence, last_hash
        changes = []
        for row in rows:
            sequence += 1
            entry = AuditEntry(**row._asdict(), sequence=sequence)
            own = entry_hash(entry, last_hash)
            changes.append({"row_id": row.id, "seq": sequence, "prev": last_hash, "own": own})
            last_hash, last_id = own, row.id
        bind.execute(update, changes)


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_at")
        batch_op.drop_constraint(batch_op.f("uq_audit_log_sequence"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("sequence")
