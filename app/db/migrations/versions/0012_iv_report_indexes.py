"""The IV reports' indexes (issue #14): the time study reads its administrations from the
index alone, and the D16 exceptions from a small index of their own

Revision ID: 0012_iv_report_indexes
Revises: 0011_list_indexes
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_iv_report_indexes"
down_revision = "0011_list_indexes"
branch_labels = None
depends_on = None

# + performing_unit: the region's dataset sums each course's administrations per place and
# performing unit from the index alone (app/services/reports/dataset_courses.py)
TIMES = ["course_id", "day", "place", "start_at", "end_at", "late", "performing_unit"]


def upgrade() -> None:
    # (course_id, day) keeps serving what it served; the report's columns make it covering
    with op.batch_alter_table("iv_administrations") as batch:
        batch.drop_index("ix_iv_administrations_course_day")
        batch.create_index("ix_iv_administrations_course_day", TIMES, unique=False)
        batch.create_index(
            "ix_iv_administrations_exceptions",
            ["day"],
            unique=False,
            sqlite_where=sa.text("exception_reason != ''"),
            postgresql_where=sa.text("exception_reason != ''"),
        )


def downgrade() -> None:
    with op.batch_alter_table("iv_administrations") as batch:
        batch.drop_index("ix_iv_administrations_exceptions")
        batch.drop_index("ix_iv_administrations_course_day")
        batch.create_index("ix_iv_administrations_course_day", ["course_id", "day"], unique=False)
