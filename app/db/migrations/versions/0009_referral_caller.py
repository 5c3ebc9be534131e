"""The hospital caller of a phoned-in referral: name and role (issue #12)

Revision ID: 0009_referral_caller
Revises: 0008_cave
Create Date: 2026-12-03 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_referral_caller"
down_revision = "0008_cave"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the referrals already stored were not phoned in through this field: empty
    with op.batch_alter_table("iv_courses") as batch:
        batch.add_column(
            sa.Column("caller_name", sa.String(length=120), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("caller_role", sa.String(length=80), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("iv_courses") as batch:
        batch.drop_column("caller_role")
        batch.drop_column("caller_name")
