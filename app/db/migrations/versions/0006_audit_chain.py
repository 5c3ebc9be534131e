"""Audit trail: hash chain over the entries

Revision ID: 0006_audit_chain
Revises: 0005_security
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0006_audit_chain"
down_revision = "0005_security"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
