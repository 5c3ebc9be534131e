"""Security: user roles, passwords and teams

Revision ID: 0005_security
Revises: 0004_invoices
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005_security"
down_revision = "0004_invoices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
