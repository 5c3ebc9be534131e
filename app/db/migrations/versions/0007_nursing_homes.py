"""Nursing homes, sections, fixed-doctor arrangements, residents, report register

Revision ID: 0007_nursing_homes
Revises: 0006_audit_chain
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0007_nursing_homes"
down_revision = "0006_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
