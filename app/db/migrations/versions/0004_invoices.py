"""Invoices to the region: tariff catalogue, billing runs, invoices, lines, documents, certificate

The 2021 pilot tariffs (D13, DIGEST §1.13, 001:6122–6127) ship as data, valid from
2021-10-01.

Revision ID: 0004_invoices
Revises: 0003_acute_episodes
Create Date: 2026-11-24 01:30:00
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from alembic import op
from sqlalchemy.sql.schema import SchemaItem

revision = "0004_invoices"
down_revision = "0003_acute_episodes"
branch_labels = None
depends_on = None

MONEY = sa.Numeric(precision=12, scale=2)
PERCENT = sa.Numeric(precision=5, scale=2)


def _case_columns(table: str) -> list[SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f(f"fk_{table}_created_by_id_users")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f(f"fk_{table}_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]  # fmt: skip


def upgrade() -> None:
    versions = op.create_table(
        "tariff_versions",
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_case_columns("tariff_versions"),
        sa.UniqueConstraint("valid_from", name=op.f("uq_tariff_versions_valid_from")),
    )
    items = op.create_table(
        "tariff_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("region_percent", PERCENT, nullable=False),
        sa.Column("course_types", sa.JSON(), nullable=False),
        sa.Column("from_day", sa.Integer(), nullable=False),
        sa.Column("min_doses_per_day", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["version_id"], ["tariff_versions.id"], name=op.f("fk_tariff_items_version_id_tariff_versions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tariff_items")),
        sa.UniqueConstraint("version_id", "code", name="uq_tariff_items_version_code"),
    )  # fmt: skip
    _ship_pilot_tariffs(versions, items)
    op.create_table(
        "invoice_sequences",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_invoice_sequences")),
    )
    _invoices()
    _lines()
    _billed_items()
    op.create_table(
        "invoice_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("filename", sa.String(length=120), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoices.id"], name=op.f("fk_invoice_files_invoice_id_invoices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_files")),
        sa.UniqueConstraint("invoice_id", "kind", name="uq_invoice_files_invoice_kind"),
    )  # fmt: skip


def _invoices() -> None:
    op.create_table(
        "invoices",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("number", sa.String(length=12), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("regulation", sa.Boolean(), nullable=False),
        sa.Column("refs", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rebill", sa.Boolean(), nullable=False),
        sa.Column("seller", sa.JSON(), nullable=False),
        sa.Column("buyer", sa.JSON(), nullable=False),
        sa.Column("total_tariff", MONEY, nullable=False),
        sa.Column("total_region", MONEY, nullable=False),
        sa.Column("total_municipality", MONEY, nullable=False),
        sa.Column("region_percent", PERCENT, nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        *_case_columns("invoices"),
        sa.ForeignKeyConstraint(["unit_id"], ["hospital_units.id"], name=op.f("fk_invoices_unit_id_hospital_units")),
        sa.UniqueConstraint("number", name=op.f("uq_invoices_number")),
    )  # fmt: skip
    op.create_index("ix_invoices_period", "invoices", ["period", "state"], unique=False)
    op.create_index("ix_invoices_unit", "invoices", ["unit_id"], unique=False)


def _lines() -> None:
    op.create_table(
        "invoice_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=False),
        sa.Column("last_date", sa.Date(), nullable=False),
        sa.Column("cpr", sa.String(length=10), nullable=False),
        sa.Column("citizen_name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("course_type", sa.String(length=24), nullable=False),
        sa.Column("tariff_item_id", sa.Integer(), nullable=False),
        sa.Column("tariff_code", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("version_label", sa.String(length=80), nullable=False),
        sa.Column("course_start", sa.Date(), nullable=False),
        sa.Column("course_end", sa.Date(), nullable=True),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_amount", MONEY, nullable=False),
        sa.Column("tariff_amount", MONEY, nullable=False),
        sa.Column("region_share", MONEY, nullable=False),
        sa.Column("municipality_share", MONEY, nullable=False),
        sa.Column("region_percent", PERCENT, nullable=False),
        sa.Column("earlier_period", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("credits_line_id", sa.Integer(), nullable=True),
        sa.Column("regulates_line_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["course_id"], ["iv_courses.id"], name=op.f("fk_invoice_lines_course_id_iv_courses")),
        sa.ForeignKeyConstraint(["credits_line_id"], ["invoice_lines.id"], name=op.f("fk_invoice_lines_credits_line_id_invoice_lines")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoices.id"], name=op.f("fk_invoice_lines_invoice_id_invoices")),
        sa.ForeignKeyConstraint(["regulates_line_id"], ["invoice_lines.id"], name=op.f("fk_invoice_lines_regulates_line_id_invoice_lines")),
        sa.ForeignKeyConstraint(["tariff_item_id"], ["tariff_items.id"], name=op.f("fk_invoice_lines_tariff_item_id_tariff_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_lines")),
        sa.UniqueConstraint("invoice_id", "line_no", name="uq_invoice_lines_invoice_line"),
    )  # fmt: skip
    op.create_index("ix_invoice_lines_course", "invoice_lines", ["course_id"], unique=False)
    op.create_index(op.f("ix_invoice_lines_credits_line_id"), "invoice_lines", ["credits_line_id"], unique=False)  # fmt: skip


def _billed_items() -> None:
    op.create_table(
        "billed_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=80), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("item_date", sa.Date(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("tariff_item_id", sa.Integer(), nullable=False),
        sa.Column("unit_amount", MONEY, nullable=False),
        sa.Column("region_percent", PERCENT, nullable=False),
        sa.Column("credited", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["course_id"], ["iv_courses.id"], name=op.f("fk_billed_items_course_id_iv_courses")),
        sa.ForeignKeyConstraint(["line_id"], ["invoice_lines.id"], name=op.f("fk_billed_items_line_id_invoice_lines")),
        sa.ForeignKeyConstraint(["tariff_item_id"], ["tariff_items.id"], name=op.f("fk_billed_items_tariff_item_id_tariff_items")),
        sa.ForeignKeyConstraint(["unit_id"], ["hospital_units.id"], name=op.f("fk_billed_items_unit_id_hospital_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billed_items")),
        sa.UniqueConstraint("item_key", name=op.f("uq_billed_items_item_key")),
    )  # fmt: skip
    op.create_index("ix_billed_items_course", "billed_items", ["course_id", "kind"], unique=False)
    op.create_index(op.f("ix_billed_items_item_date"), "billed_items", ["item_date"], unique=False)
    op.create_index(op.f("ix_billed_items_line_id"), "billed_items", ["line_id"], unique=False)


# D13: the pilot catalogue as shipped. Kept here as literal data (a migration must not
# change when app code changes); app.billing.tariffs.PILOT holds the same values and a
# test checks they agree.
PILOT_TARIFFS = (
    ("IV-AB", "Forløb med IV-antibiotika uden pumpe", "course", "7000.00", ["antibiotic_no_pump"], 1),
    ("IV-AB-PUMPE", "Forløb med IV-antibiotika med hjælp til montering af pumpe", "course", "1400.00", ["antibiotic_pump"], 1),
    ("IV-VAESKE", "Forløb med IV-væske", "course", "1000.00", ["fluid"], 1),
    ("IV-AB-LANG", "Langtidsforløb over 14 dage, døgntakst fra dag 15", "day", "1400.00", ["antibiotic_no_pump"], 15),
)  # fmt: skip


def _ship_pilot_tariffs(versions: sa.Table, items: sa.Table) -> None:
    shipped = dt.datetime(2021, 10, 1, tzinfo=dt.UTC)
    if op.get_bind().dialect.name == "sqlite":
        shipped = shipped.replace(tzinfo=None)  # UTCDateTime keeps naive UTC on SQLite
    op.bulk_insert(versions, [{
        "id": 1, "label": "Pilot 2021", "valid_from": dt.date(2021, 10, 1),
        "note": "Samarbejdsaftale for IV-behandling i nærområdet, Region Syddanmark (pilot).",
        "uuid": "3b0c6f7e-2a51-4c1e-9d0a-2021100100b1", "version": 1,
        "created_at": shipped, "updated_at": shipped,
    }])  # fmt: skip
    op.bulk_insert(items, [
        {"id": i, "version_id": 1, "code": code, "description": text, "unit": unit,
         "amount": Decimal(amount), "region_percent": Decimal("70.00"), "course_types": types,
         "from_day": from_day, "min_doses_per_day": 0}
        for i, (code, text, unit, amount, types, from_day) in enumerate(PILOT_TARIFFS, start=1)
    ])  # fmt: skip
    if op.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequences on
        op.execute("SELECT setval(pg_get_serial_sequence('tariff_versions', 'id'), 1)")
        op.execute("SELECT setval(pg_get_serial_sequence('tariff_items', 'id'), 4)")


def downgrade() -> None:
    for index, table in (
        ("ix_billed_items_line_id", "billed_items"), ("ix_billed_items_item_date", "billed_items"),
        ("ix_billed_items_course", "billed_items"), ("ix_invoice_lines_credits_line_id", "invoice_lines"),
        ("ix_invoice_lines_course", "invoice_lines"), ("ix_invoices_unit", "invoices"),
        ("ix_invoices_period", "invoices"),
    ):  # fmt: skip
        op.drop_index(index, table_name=table)
    for table in ("invoice_files", "billed_items", "invoice_lines", "invoices",
                  "invoice_sequences", "tariff_items", "tariff_versions"):  # fmt: skip
        op.drop_table(table)
