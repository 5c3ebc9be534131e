"""Nursing homes, sections, fixed-doctor arrangements, residents, report register

Revision ID: 0007_nursing_homes
Revises: 0006_audit_chain
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_nursing_homes"
down_revision = "0006_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "home_reports",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("csv", sa.Text(), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_home_reports_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_home_reports_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_reports")),
        sa.UniqueConstraint("uuid", name=op.f("uq_home_reports_uuid")),
    )
    op.create_index(
        "ix_home_reports_kind", "home_reports", ["kind", "period_end", "id"], unique=False
    )
    op.create_table(
        "nursing_homes",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("ownership", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=4), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("contact_nurse", sa.String(length=120), nullable=False),
        sa.Column("contact_phone", sa.String(length=20), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_nursing_homes_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_nursing_homes_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nursing_homes")),
        sa.UniqueConstraint("name", name=op.f("uq_nursing_homes_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_nursing_homes_uuid")),
    )
    op.create_table(
        "home_report_sendings",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_home_report_sendings_created_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["home_reports.id"],
            name=op.f("fk_home_report_sendings_report_id_home_reports"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["users.id"],
            name=op.f("fk_home_report_sendings_updated_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_report_sendings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_home_report_sendings_uuid")),
    )
    op.create_index(
        "ix_home_report_sendings_report", "home_report_sendings", ["report_id"], unique=False
    )
    op.create_table(
        "home_sections",
        sa.Column("home_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_home_sections_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["home_id"], ["nursing_homes.id"], name=op.f("fk_home_sections_home_id_nursing_homes")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_home_sections_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_home_sections")),
        sa.UniqueConstraint("home_id", "name", name="uq_home_sections_home_id_name"),
        sa.UniqueConstraint("uuid", name=op.f("uq_home_sections_uuid")),
    )
    op.create_table(
        "fixed_doctor_arrangements",
        sa.Column("home_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("doctor_name", sa.String(length=120), nullable=False),
        sa.Column("practice_name", sa.String(length=160), nullable=False),
        sa.Column("provider_number", sa.String(length=6), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("notice_registered_on", sa.Date(), nullable=True),
        sa.Column("terminated_by", sa.String(length=16), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_fixed_doctor_arrangements_created_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["home_id"],
            ["nursing_homes.id"],
            name=op.f("fk_fixed_doctor_arrangements_home_id_nursing_homes"),
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["home_sections.id"],
            name=op.f("fk_fixed_doctor_arrangements_section_id_home_sections"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["users.id"],
            name=op.f("fk_fixed_doctor_arrangements_updated_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fixed_doctor_arrangements")),
        sa.UniqueConstraint("uuid", name=op.f("uq_fixed_doctor_arrangements_uuid")),
    )
    op.create_index(
        "ix_fixed_doctor_arrangements_home",
        "fixed_doctor_arrangements",
        ["home_id", "start_date"],
        unique=False,
    )
    op.create_table(
        "resident_stays",
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("home_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("place_kind", sa.String(length=12), nullable=False),
        sa.Column("moved_in", sa.Date(), nullable=False),
        sa.Column("moved_out", sa.Date(), nullable=True),
        sa.Column("fixed_doctor", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name=op.f("fk_resident_stays_citizen_id_citizens")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_resident_stays_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["home_id"], ["nursing_homes.id"], name=op.f("fk_resident_stays_home_id_nursing_homes")
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["home_sections.id"],
            name=op.f("fk_resident_stays_section_id_home_sections"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_resident_stays_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_stays")),
        sa.UniqueConstraint("uuid", name=op.f("uq_resident_stays_uuid")),
    )
    op.create_index(
        "ix_resident_stays_citizen", "resident_stays", ["citizen_id", "moved_in"], unique=False
    )
    op.create_index(
        "ix_resident_stays_home", "resident_stays", ["home_id", "moved_in"], unique=False
    )
    op.create_table(
        "arrangement_events",
        sa.Column("arrangement_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["arrangement_id"],
            ["fixed_doctor_arrangements.id"],
            name=op.f("fk_arrangement_events_arrangement_id_fixed_doctor_arrangements"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_arrangement_events_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_arrangement_events_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arrangement_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_arrangement_events_uuid")),
    )
    op.create_index(
        "ix_arrangement_events_registered",
        "arrangement_events",
        ["registered_on", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_arrangement_events_registered", table_name="arrangement_events")
    op.drop_table("arrangement_events")
    op.drop_index("ix_resident_stays_home", table_name="resident_stays")
    op.drop_index("ix_resident_stays_citizen", table_name="resident_stays")
    op.drop_table("resident_stays")
    op.drop_index("ix_fixed_doctor_arrangements_home", table_name="fixed_doctor_arrangements")
    op.drop_table("fixed_doctor_arrangements")
    op.drop_table("home_sections")
    op.drop_index("ix_home_report_sendings_report", table_name="home_report_sendings")
    op.drop_table("home_report_sendings")
    op.drop_table("nursing_homes")
    op.drop_index("ix_home_reports_kind", table_name="home_reports")
    op.drop_table("home_reports")
