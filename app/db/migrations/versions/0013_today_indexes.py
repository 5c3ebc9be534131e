"""Today's indexes: the courses that ended after a date, by status and end date (issue #17)

The work list of a day reads the open courses and those that ended after it
(app/services/today/rows.py). Without statistics SQLite took the status and referral-time
index for "ended after the date" and read every ended course (~49,000 on the bench store,
95 ms through SQLCipher) for a handful; this index reads just those.

Revision ID: 0013_today_indexes
Revises: 0012_iv_report_indexes
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0013_today_indexes"
down_revision = "0012_iv_report_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_iv_courses_status_end", "iv_courses", ["status", "end_date"])


def downgrade() -> None:
    op.drop_index("ix_iv_courses_status_end", table_name="iv_courses")
