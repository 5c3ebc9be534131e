"""An IV course's outcome and readmission; the satisfaction survey's answer sheets

Revision ID: 0010_outcomes_survey
Revises: 0009_referral_caller
Create Date: 2026-12-03 19:00:00

Issue #14 items 3 and 5: the courses already stored have no outcome recorded ("") and no
readmission; the survey's sheets start empty; a partial index finds the administrations
with a complication (app/models/survey.py: no citizen, no user).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_outcomes_survey"
down_revision = "0009_referral_caller"
branch_labels = None
depends_on = None

COMPLICATED = "CAST(complications AS VARCHAR) != '[]'"


def upgrade() -> None:
    with op.batch_alter_table("iv_courses") as batch:
        batch.add_column(
            sa.Column("outcome", sa.String(length=16), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("readmitted_on", sa.Date(), nullable=True))
    # the report's complications by day (app/models/iv.py: a partial index)
    op.create_index(
        "ix_iv_administrations_complicated",
        "iv_administrations",
        ["day", "course_id"],
        sqlite_where=sa.text(COMPLICATED),
        postgresql_where=sa.text(COMPLICATED),
    )
    op.create_table(
        "survey_sheets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("q1", sa.String(length=16), nullable=False),
        sa.Column("q2", sa.String(length=16), nullable=False),
        sa.Column("q3", sa.String(length=16), nullable=False),
        sa.Column("q4", sa.String(length=16), nullable=False),
        sa.Column("q5", sa.String(length=16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_sheets")),
        sa.UniqueConstraint("uuid", name=op.f("uq_survey_sheets_uuid")),
    )
    op.create_index("ix_survey_sheets_received_on", "survey_sheets", ["received_on"])


def downgrade() -> None:
    op.drop_index("ix_survey_sheets_received_on", table_name="survey_sheets")
    op.drop_table("survey_sheets")
    op.drop_index("ix_iv_administrations_complicated", table_name="iv_administrations")
    with op.batch_alter_table("iv_courses") as batch:
        batch.drop_column("readmitted_on")
        batch.drop_column("outcome")
