"""Invoices to the region: tariff catalogue, billing runs, invoices, lines, documents, certificate

Revision ID: 0004_invoices
Revises: 0003_acute_episodes
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_invoices"
down_revision = "0003_acute_episodes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
