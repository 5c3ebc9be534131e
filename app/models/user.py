"""Users of AkutDesk. Roles and passwords arrive with the security issue."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CaseRecord


class User(CaseRecord, Base):
    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(120))
    initials: Mapped[str] = mapped_column(String(12), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def __repr__(self) -> str:
        return f"<User {self.initials}>"
