"""Covering indexes for the IV-course and acute-episode lists (issue #17 budget 2)

Revision ID: 0011_list_indexes
Revises: 0010_outcomes_survey
Create Date: 2026-12-03 19:00:00

A list's page of ids is found in one index without reading the rows: by status (or none),
newest first, with the citizen in the index so a search by CPR or name is checked there
too; or from the few citizens a search matches, with status and sort key beside them.
Additive: the older indexes stay (their columns lead the new ones).
"""

from __future__ import annotations

from alembic import op

revision = "0011_list_indexes"
down_revision = "0010_outcomes_survey"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_iv_courses_list_status", "iv_courses", ["status", "referred_at", "id", "citizen_id"]),
    ("ix_iv_courses_list_referred", "iv_courses", ["referred_at", "id", "citizen_id"]),
    ("ix_iv_courses_list_citizen", "iv_courses", ["citizen_id", "status", "referred_at", "id"]),
    ("ix_acute_episodes_list_status", "acute_episodes", ["status", "start_at", "id", "citizen_id"]),
    ("ix_acute_episodes_list_start", "acute_episodes", ["start_at", "id", "citizen_id"]),
    (
        "ix_acute_episodes_list_citizen",
        "acute_episodes",
        ["citizen_id", "status", "start_at", "id"],
    ),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
