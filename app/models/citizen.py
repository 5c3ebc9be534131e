"""Citizens (borgere) known to the acute function."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, CaseRecord
from app.models.types import search_text


class Citizen(CaseRecord, Base):
    __tablename__ = "citizens"
    __table_args__ = (
        # Lists are sorted by name; this index serves the sort and stops early.
        Index("ix_citizens_sort", "last_key", "first_key", "id"),
    )

    cpr: Mapped[str] = mapped_column(search_text(10), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Lower-cased search keys kept by the service that writes the names.
    first_key: Mapped[str] = mapped_column(search_text(100))
    last_key: Mapped[str] = mapped_column(search_text(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(4), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_relation: Mapped[str] = mapped_column(String(60), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    gp_name: Mapped[str] = mapped_column(String(120), default="")
    gp_practice: Mapped[str] = mapped_column(String(160), default="")
    gp_phone: Mapped[str] = mapped_column(String(20), default="")
    # CAVE (issue #12, app/domain/cave.py): "unknown" (not asked), "none" or "known".
    cave_state: Mapped[str] = mapped_column(String(10), default="unknown", server_default="unknown")
    cave: Mapped[str] = mapped_column(String(500), default="", server_default="")
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # The responsible team (issue #7): opening the record from another team needs a reason.
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), nullable=True)


class CitizenNameWord(Base):
    """Each word of a citizen's names, lower-cased: lets any name be found by its prefix."""

    __tablename__ = "citizen_name_words"
    # (word, citizen_id) covers the prefix search without touching the table.
    __table_args__ = (Index("ix_citizen_name_words_word", "word", "citizen_id"),)

    citizen_id: Mapped[int] = mapped_column(
        ForeignKey("citizens.id", ondelete="CASCADE"), primary_key=True
    )
    word: Mapped[str] = mapped_column(search_text(100), primary_key=True)
