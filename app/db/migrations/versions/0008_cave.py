"""CAVE (allergies and intolerances) on the citizen

Revision ID: 0008_cave
Revises: 0007_nursing_homes
Create Date: 2026-12-03 14:40:00

Every citizen of an older store was never asked: ``cave_state`` starts as ``unknown``
("CAVE not asked"), never as "no known allergies" (issue #12 item 4, docs/cave.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_cave"
down_revision = "0007_nursing_homes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "citizens",
        sa.Column("cave_state", sa.String(10), nullable=False, server_default="unknown"),
    )
    op.add_column("citizens", sa.Column("cave", sa.String(500), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("citizens", "cave")
    op.drop_column("citizens", "cave_state")
