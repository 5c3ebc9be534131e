"""Users of AkutDesk, their roles and passwords, and the teams they work in (issue #7).

A user holds one or more roles (a small municipality's nurse may also be its
administrator), stored as space-separated names (app/services/kernel/permissions.py ROLES). The
password is kept only as an Argon2id hash. A team is the municipality's own unit of work,
e.g. the acute team of a district ("Akutteam Nord"); users belong to teams and a citizen
has one responsible team, so opening a record outside one's teams asks for a reason.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CaseRecord
from app.models.types import UTCDateTime


class User(CaseRecord, Base):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(120))
    initials: Mapped[str] = mapped_column(String(12), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Space-separated role names, sorted: "administrator nurse".
    roles: Mapped[str] = mapped_column(String(80), default="")
    # Argon2id hash (PHC string); "" = no password yet (a store from before issue #7).
    password_hash: Mapped[str] = mapped_column(String(255), default="")
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    def __repr__(self) -> str:
        return f"<User {self.initials}>"


class Team(CaseRecord, Base):
    """A team of the acute function, e.g. the acute team of one district."""

    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# Which teams a user works in (a user may cover two districts).
user_teams = Table(
    "user_teams",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("team_id", ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True),
)
