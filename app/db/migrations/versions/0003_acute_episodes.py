"""Acute-function episodes: units and places, episodes, measurements, GP contacts, price index

Revision ID: 0003_acute_episodes
Revises: 0002_iv_courses
Create Date: 2026-11-24 00:15:40.533574
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0003_acute_episodes"
down_revision = "0002_iv_courses"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "acute_units",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_acute_units_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_acute_units_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acute_units")),
        sa.UniqueConstraint("name", name=op.f("uq_acute_units_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_acute_units_uuid")),
    )
    price_index = op.create_table(
        "price_index",
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("index", sa.Numeric(precision=8, scale=4), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_price_index_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_price_index_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_index")),
        sa.UniqueConstraint("uuid", name=op.f("uq_price_index_uuid")),
        sa.UniqueConstraint("valid_from", name=op.f("uq_price_index_valid_from")),
    )
    _ship_base_price_level(price_index)
    op.create_table(
        "acute_episodes",
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("target_group", sa.Integer(), nullable=False),
        sa.Column("referrer_kind", sa.String(length=24), nullable=False),
        sa.Column("referrer_name", sa.String(length=120), nullable=False),
        sa.Column("referred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("setting", sa.String(length=16), nullable=False),
        sa.Column("acute_unit_id", sa.Integer(), nullable=True),
        sa.Column("place_number", sa.Integer(), nullable=True),
        sa.Column("responsible_doctor", sa.String(length=120), nullable=False),
        sa.Column("responsible_phone", sa.String(length=20), nullable=False),
        sa.Column("hospital_responsible", sa.Boolean(), nullable=False),
        sa.Column("group_1_insured", sa.Boolean(), nullable=False),
        sa.Column("xref22_reference", sa.String(length=80), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expected_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end_reason", sa.String(length=24), nullable=False),
        sa.Column("end_text", sa.Text(), nullable=False),
        sa.Column("treatment_summary", sa.Text(), nullable=False),
        sa.Column("status_at_end", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["acute_unit_id"],
            ["acute_units.id"],
            name=op.f("fk_acute_episodes_acute_unit_id_acute_units"),
        ),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name=op.f("fk_acute_episodes_citizen_id_citizens")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_acute_episodes_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_acute_episodes_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acute_episodes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_acute_episodes_uuid")),
    )
    with op.batch_alter_table("acute_episodes", schema=None) as batch_op:
        batch_op.create_index("ix_acute_episodes_citizen", ["citizen_id"], unique=False)
        batch_op.create_index(
            "ix_acute_episodes_place", ["acute_unit_id", "place_number", "status"], unique=False
        )
        batch_op.create_index(
            "ix_acute_episodes_status_start", ["status", "start_at", "id"], unique=False
        )

    op.create_table(
        "acute_gp_contacts",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("gp_name", sa.String(length=120), nullable=False),
        sa.Column("practice", sa.String(length=160), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("assessed", sa.Boolean(), nullable=False),
        sa.Column("treated", sa.Boolean(), nullable=False),
        sa.Column("followed_up", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("not_billable_reason", sa.String(length=24), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name=op.f("fk_acute_gp_contacts_citizen_id_citizens")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_acute_gp_contacts_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["acute_episodes.id"],
            name=op.f("fk_acute_gp_contacts_episode_id_acute_episodes"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["users.id"], name=op.f("fk_acute_gp_contacts_staff_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_acute_gp_contacts_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acute_gp_contacts")),
        sa.UniqueConstraint("uuid", name=op.f("uq_acute_gp_contacts_uuid")),
    )
    with op.batch_alter_table("acute_gp_contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_acute_gp_contacts_citizen_day", ["citizen_id", "day"], unique=False
        )
        batch_op.create_index("ix_acute_gp_contacts_day", ["day", "id"], unique=False)
        batch_op.create_index("ix_acute_gp_contacts_episode", ["episode_id"], unique=False)

    op.create_table(
        "acute_measurements",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("measured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("value", sa.Numeric(precision=7, scale=1), nullable=False),
        sa.Column("value2", sa.Numeric(precision=7, scale=1), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_acute_measurements_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["acute_episodes.id"],
            name=op.f("fk_acute_measurements_episode_id_acute_episodes"),
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_acute_measurements_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acute_measurements")),
        sa.UniqueConstraint("uuid", name=op.f("uq_acute_measurements_uuid")),
    )
    with op.batch_alter_table("acute_measurements", schema=None) as batch_op:
        batch_op.create_index(
            "ix_acute_measurements_episode", ["episode_id", "kind", "measured_at"], unique=False
        )


def _ship_base_price_level(table: sa.Table) -> None:
    """D24: the April 2021 price level of the OK22 fees is index 1.0000; an administrator
    adds later levels."""
    shipped = dt.datetime(2021, 4, 1, tzinfo=dt.UTC)
    if op.get_bind().dialect.name == "sqlite":
        shipped = shipped.replace(tzinfo=None)  # UTCDateTime keeps naive UTC on SQLite
    op.bulk_insert(
        table,
        [
            {
                "valid_from": dt.date(2021, 4, 1),
                "index": Decimal("1.0000"),
                "uuid": "6d1f3c2a-0b7e-4f43-9a55-2021040100a1",
                "version": 1,
                "created_at": shipped,
                "updated_at": shipped,
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("acute_measurements", schema=None) as batch_op:
        batch_op.drop_index("ix_acute_measurements_episode")

    op.drop_table("acute_measurements")
    with op.batch_alter_table("acute_gp_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_acute_gp_contacts_episode")
        batch_op.drop_index("ix_acute_gp_contacts_day")
        batch_op.drop_index("ix_acute_gp_contacts_citizen_day")

    op.drop_table("acute_gp_contacts")
    with op.batch_alter_table("acute_episodes", schema=None) as batch_op:
        batch_op.drop_index("ix_acute_episodes_status_start")
        batch_op.drop_index("ix_acute_episodes_place")
        batch_op.drop_index("ix_acute_episodes_citizen")

    op.drop_table("acute_episodes")
    op.drop_table("price_index")
    op.drop_table("acute_units")
