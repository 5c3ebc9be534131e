"""A change names the version it was made on by identity, not by number (issue #15,
docs/sync.md "A version's identity")

Two offices can make different versions of a record with the same number: an office whose
change was refused still holds its own version 2 until its next pull, and a change it makes
on it must not be taken over the server's version 2 (another office's). ``sync_bases``
keeps, per record, the office's own last change while its copy is that change; an outbox
row made on it names it (``after_own``); the server finds the change behind its current
version through ``ix_sync_changes_record``.

Revision ID: 0017_sync_bases
Revises: 0016_sync_catalogue
Create Date: 2026-12-04 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_sync_bases"
down_revision = "0016_sync_catalogue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.add_column(sa.Column("after_own", sa.BigInteger(), nullable=True))
    op.create_table(
        "sync_bases",
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("origin_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("record_uuid", name=op.f("pk_sync_bases")),
    )
    op.create_index("ix_sync_changes_record", "sync_changes", ["uuid", "server_seq"])


def downgrade() -> None:
    op.drop_index("ix_sync_changes_record", table_name="sync_changes")
    op.drop_table("sync_bases")
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_column("after_own")
