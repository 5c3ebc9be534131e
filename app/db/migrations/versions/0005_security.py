"""Security: user roles, passwords and teams

Revision ID: 0005_security
Revises: 0004_invoices
Create Date: 2026-11-24 01:30:00

Users get roles, an Argon2id password hash and a failed-login lock; teams (e.g. the acute
team of a district) with their members; a citizen gets a responsible team. Users of an
older store keep working: the first user (who set the store up) gets every role, the others
"nurse"; nobody has a password yet, so each chooses one at their first sign-in (issue #7).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_security"
down_revision = "0004_invoices"
branch_labels = None
depends_on = None

ALL_ROLES = "administrator manager nurse visitator"


def _case_columns(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f(f"fk_{table}_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f(f"fk_{table}_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def upgrade() -> None:
    op.create_table(
        "teams",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_case_columns("teams"),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    op.create_table(
        "user_teams",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_user_teams_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_teams_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "team_id", name=op.f("pk_user_teams")),
    )
    # Plain ADD COLUMN (no table copy): SQLite cannot drop the referenced users table.
    op.add_column("users", sa.Column("roles", sa.String(80), nullable=False, server_default=""))
    op.add_column(
        "users", sa.Column("password_hash", sa.String(255), nullable=False, server_default="")
    )
    op.add_column(
        "users", sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("users", sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("roles", sa.String))
    first = op.get_bind().scalar(sa.select(sa.func.min(users.c.id)))
    op.execute(users.update().values(roles="nurse"))
    if first is not None:
        op.execute(users.update().where(users.c.id == first).values(roles=ALL_ROLES))
    fk = op.f("fk_citizens_team_id_teams")
    if op.get_bind().dialect.name == "sqlite":
        # Alembic adds no constraint outside batch mode on SQLite; the column clause can.
        op.execute(f"ALTER TABLE citizens ADD COLUMN team_id INTEGER CONSTRAINT {fk} "
                   "REFERENCES teams (id)")  # fmt: skip
    else:
        op.add_column("citizens", sa.Column("team_id", sa.Integer(), nullable=True))
        op.create_foreign_key(fk, "citizens", "teams", ["team_id"], ["id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("citizens") as batch:
            batch.drop_column("team_id")
    else:
        op.drop_constraint(op.f("fk_citizens_team_id_teams"), "citizens", type_="foreignkey")
        op.drop_column("citizens", "team_id")
    for name in ("locked_until", "failed_logins", "password_hash", "roles"):
        op.drop_column("users", name)
    op.drop_table("user_teams")
    op.drop_table("teams")
