"""IV courses: referrals, visitation, type changes, administrations, CRP checks.

Revision ID: 0002_iv_courses
Revises: 0001_foundation
Create Date: 2026-11-24 00:09:24.480824
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_iv_courses"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "iv_courses",
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("responsible_doctor", sa.String(length=120), nullable=False),
        sa.Column("course_type", sa.String(length=24), nullable=False),
        sa.Column("drug", sa.String(length=120), nullable=False),
        sa.Column("dose", sa.String(length=60), nullable=False),
        sa.Column("doses_per_day", sa.Integer(), nullable=False),
        sa.Column("planned_days", sa.Integer(), nullable=False),
        sa.Column("iv_access", sa.String(length=12), nullable=False),
        sa.Column("closed_system", sa.String(length=24), nullable=False),
        sa.Column("closed_system_other", sa.String(length=80), nullable=False),
        sa.Column("first_dose_date", sa.Date(), nullable=False),
        sa.Column("hospital_doses", sa.Integer(), nullable=False),
        sa.Column("may_be_left_alone", sa.Boolean(), nullable=False),
        sa.Column("place", sa.String(length=20), nullable=False),
        sa.Column("plan_end_date", sa.Date(), nullable=True),
        sa.Column("plan_oral_switch", sa.Text(), nullable=False),
        sa.Column("plan_blood_tests", sa.Text(), nullable=False),
        sa.Column("plan_controls", sa.Text(), nullable=False),
        sa.Column("referred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("referral_note", sa.Text(), nullable=False),
        sa.Column("local_agreement_under_15", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("rejection_reason", sa.String(length=24), nullable=False),
        sa.Column("rejection_text", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=24), nullable=False),
        sa.Column("end_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name=op.f("fk_iv_courses_citizen_id_citizens")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_iv_courses_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["users.id"], name=op.f("fk_iv_courses_decided_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_iv_courses_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_iv_courses_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iv_courses")),
        sa.UniqueConstraint("uuid", name=op.f("uq_iv_courses_uuid")),
    )
    with op.batch_alter_table("iv_courses", schema=None) as batch_op:
        batch_op.create_index("ix_iv_courses_citizen", ["citizen_id"], unique=False)
        batch_op.create_index("ix_iv_courses_end_date", ["end_date"], unique=False)
        batch_op.create_index("ix_iv_courses_referred", ["referred_at", "id"], unique=False)
        batch_op.create_index(
            "ix_iv_courses_status_referred", ["status", "referred_at", "id"], unique=False
        )

    op.create_table(
        "iv_administrations",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("nurse_id", sa.Integer(), nullable=False),
        sa.Column("performing_unit", sa.String(length=120), nullable=False),
        sa.Column("place", sa.String(length=20), nullable=False),
        sa.Column("observations", sa.Text(), nullable=False),
        sa.Column("temperature", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("pulse", sa.Integer(), nullable=True),
        sa.Column("bp_systolic", sa.Integer(), nullable=True),
        sa.Column("bp_diastolic", sa.Integer(), nullable=True),
        sa.Column("spo2", sa.Integer(), nullable=True),
        sa.Column("complications", sa.JSON(), nullable=False),
        sa.Column("complication_text", sa.Text(), nullable=False),
        sa.Column("exception_flags", sa.JSON(), nullable=False),
        sa.Column("exception_reason", sa.Text(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["iv_courses.id"],
            name=op.f("fk_iv_administrations_course_id_iv_courses"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_iv_administrations_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["nurse_id"], ["users.id"], name=op.f("fk_iv_administrations_nurse_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_iv_administrations_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iv_administrations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_iv_administrations_uuid")),
    )
    with op.batch_alter_table("iv_administrations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_iv_administrations_course_day", ["course_id", "day"], unique=False
        )

    op.create_table(
        "iv_course_type_changes",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("from_type", sa.String(length=24), nullable=False),
        sa.Column("to_type", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["iv_courses.id"],
            name=op.f("fk_iv_course_type_changes_course_id_iv_courses"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_iv_course_type_changes_created_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["users.id"],
            name=op.f("fk_iv_course_type_changes_updated_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iv_course_type_changes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_iv_course_type_changes_uuid")),
    )
    with op.batch_alter_table("iv_course_type_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_iv_course_type_changes_course_id"), ["course_id"], unique=False
        )

    op.create_table(
        "iv_crp_checks",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("measured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("value", sa.Numeric(precision=6, scale=1), nullable=False),
        sa.Column("method", sa.String(length=24), nullable=False),
        sa.Column("conference_with", sa.String(length=120), nullable=False),
        sa.Column("conference_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"], ["iv_courses.id"], name=op.f("fk_iv_crp_checks_course_id_iv_courses")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_iv_crp_checks_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_iv_crp_checks_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iv_crp_checks")),
        sa.UniqueConstraint("uuid", name=op.f("uq_iv_crp_checks_uuid")),
    )
    with op.batch_alter_table("iv_crp_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_iv_crp_checks_course_id"), ["course_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("iv_crp_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_iv_crp_checks_course_id"))

    op.drop_table("iv_crp_checks")
    with op.batch_alter_table("iv_course_type_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_iv_course_type_changes_course_id"))

    op.drop_table("iv_course_type_changes")
    with op.batch_alter_table("iv_administrations", schema=None) as batch_op:
        batch_op.drop_index("ix_iv_administrations_course_day")

    op.drop_table("iv_administrations")
    with op.batch_alter_table("iv_courses", schema=None) as batch_op:
        batch_op.drop_index("ix_iv_courses_status_referred")
        batch_op.drop_index("ix_iv_courses_referred")
        batch_op.drop_index("ix_iv_courses_end_date")
        batch_op.drop_index("ix_iv_courses_citizen")

    op.drop_table("iv_courses")
