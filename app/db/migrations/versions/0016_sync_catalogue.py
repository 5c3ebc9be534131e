"""The server's catalogue travels to the offices: tariff lines and the billed ledger get a
uuid and a version (issue #15 item 3, docs/sync.md)

An office previews an invoice run with exactly the server's figures: it needs the tariff
lines (``tariff_items``) and what is billed already (``billed_items``, D12), read-only. Both
get a ``uuid`` (one made for every row already there) and an optimistic-locking ``version``.
The ledger's ``line_id`` may be empty: the invoice line an item was billed on is the
server's (invoices are never on an office), so an office's copy of the ledger names none.

Revision ID: 0016_sync_catalogue
Revises: 0015_iv_tallies
Create Date: 2026-12-04 04:30:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0016_sync_catalogue"
down_revision = "0015_iv_tallies"
branch_labels = None
depends_on = None

TABLES = ("tariff_items", "billed_items")
NAMESPACE = uuid.UUID("6f1d3c2a-9b7e-4c55-8a10-0f15ca7a1095")  # AkutDesk's tariff lines


def upgrade() -> None:
    connection = op.get_bind()
    for name in TABLES:
        op.add_column(name, sa.Column("uuid", sa.String(length=36), nullable=True))
        op.add_column(name, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        table = sa.table(name, sa.column("id", sa.Integer()), sa.column("uuid", sa.String()))
        fill = (
            table.update()
            .where(table.c.id == sa.bindparam("row_id"))
            .values(uuid=sa.bindparam("new_uuid"))
        )
        made = _tariff_uuids(connection) if name == "tariff_items" else _new_uuids(connection)
        for start in range(0, len(made), 5000):
            part = made[start : start + 5000]
            connection.execute(fill, [{"row_id": i, "new_uuid": u} for i, u in part])
        with op.batch_alter_table(name) as batch:
            batch.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
            batch.alter_column("version", existing_type=sa.Integer(), server_default=None)
            batch.create_unique_constraint(op.f(f"uq_{name}_uuid"), ["uuid"])
    with op.batch_alter_table("billed_items") as batch:
        batch.alter_column("line_id", existing_type=sa.Integer(), nullable=True)


def _tariff_uuids(connection: sa.Connection) -> list[tuple[int, str]]:
    """A tariff line's uuid is made from its version's uuid and its code: the pilot
    catalogue every store is born with (0004_invoices) then has the same uuids everywhere,
    and an office's first copy of the server finds its own lines in it."""
    items = sa.table("tariff_items", sa.column("id"), sa.column("version_id"), sa.column("code"))
    versions = sa.table("tariff_versions", sa.column("id"), sa.column("uuid"))
    query = sa.select(items.c.id, versions.c.uuid, items.c.code).join(
        versions, versions.c.id == items.c.version_id
    )
    return [
        (int(row_id), str(uuid.uuid5(NAMESPACE, f"{version}/{code}")))
        for row_id, version, code in connection.execute(query)
    ]


def _new_uuids(connection: sa.Connection) -> list[tuple[int, str]]:
    ledger = sa.table("billed_items", sa.column("id"))
    return [
        (int(i), str(uuid.uuid4())) for i in connection.execute(sa.select(ledger.c.id)).scalars()
    ]


def downgrade() -> None:
    with op.batch_alter_table("billed_items") as batch:
        batch.alter_column("line_id", existing_type=sa.Integer(), nullable=False)
    for name in reversed(TABLES):
        with op.batch_alter_table(name) as batch:
            batch.drop_constraint(op.f(f"uq_{name}_uuid"), type_="unique")
            batch.drop_column("version")
            batch.drop_column("uuid")
