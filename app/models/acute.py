"""Acute-function episodes under OK22 Bilag 3 (DIGEST §2.3; DECISIONS D20–D25).

An episode attaches a citizen to the municipal acute function, at home or on an acute
place, with the treatment-responsible doctor always known (D20). It collects the
measurements the acute nurse takes and the GP contacts, each marked billable or not for the
OK22 fee (D21–D23), and ends with the content of the XDIS22 closing note.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CaseRecord
from app.models.types import UTCDateTime


class AcuteUnit(CaseRecord, Base):
    """A unit of municipal acute places (akutpladser) with its number of places."""

    __tablename__ = "acute_units"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    places: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AcuteEpisode(CaseRecord, Base):
    __tablename__ = "acute_episodes"
    __table_args__ = (
        Index("ix_acute_episodes_status_start", "status", "start_at", "id"),
        Index("ix_acute_episodes_citizen", "citizen_id"),
        Index("ix_acute_episodes_place", "acute_unit_id", "place_number", "status"),
        # The list's page of ids from one index (issue #17, migration 0011_list_indexes).
        Index("ix_acute_episodes_list_status", "status", "start_at", "id", "citizen_id"),
        Index("ix_acute_episodes_list_start", "start_at", "id", "citizen_id"),
        Index("ix_acute_episodes_list_citizen", "citizen_id", "status", "start_at", "id"),
    )

    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    target_group: Mapped[int] = mapped_column(Integer)
    referrer_kind: Mapped[str] = mapped_column(String(24))
    referrer_name: Mapped[str] = mapped_column(String(120), default="")
    referred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(Text, default="")
    setting: Mapped[str] = mapped_column(String(16))
    acute_unit_id: Mapped[int | None] = mapped_column(ForeignKey("acute_units.id"), nullable=True)
    place_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    responsible_doctor: Mapped[str] = mapped_column(String(120))
    responsible_phone: Mapped[str] = mapped_column(String(20))
    hospital_responsible: Mapped[bool] = mapped_column(Boolean, default=False)
    group_1_insured: Mapped[bool] = mapped_column(Boolean, default=True)
    xref22_reference: Mapped[str] = mapped_column(String(80), default="")
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expected_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(8))
    end_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    end_reason: Mapped[str] = mapped_column(String(24), default="")
    end_text: Mapped[str] = mapped_column(Text, default="")
    treatment_summary: Mapped[str] = mapped_column(Text, default="")
    status_at_end: Mapped[str] = mapped_column(Text, default="")

    measurements: Mapped[list[AcuteMeasurement]] = relationship(
        back_populates="episode", order_by="AcuteMeasurement.measured_at"
    )
    gp_contacts: Mapped[list[GpContact]] = relationship(
        back_populates="episode", order_by="GpContact.at"
    )


class AcuteMeasurement(CaseRecord, Base):
    """A clinical value the acute nurse measured (NPU codes where they exist)."""

    __tablename__ = "acute_measurements"
    __table_args__ = (Index("ix_acute_measurements_episode", "episode_id", "kind", "measured_at"),)

    episode_id: Mapped[int] = mapped_column(ForeignKey("acute_episodes.id"))
    kind: Mapped[str] = mapped_column(String(24))
    measured_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    value: Mapped[Decimal] = mapped_column(Numeric(7, 1))
    value2: Mapped[Decimal | None] = mapped_column(Numeric(7, 1), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    episode: Mapped[AcuteEpisode] = relationship(back_populates="measurements")


class GpContact(CaseRecord, Base):
    """A contact between the acute nurse and the GP, and whether it counts for the OK22 fee
    (D21–D23). ``day`` is the Copenhagen date; ``not_billable_reason`` is "" when billable."""

    __tablename__ = "acute_gp_contacts"
    __table_args__ = (
        Index("ix_acute_gp_contacts_day", "day", "id"),
        Index("ix_acute_gp_contacts_citizen_day", "citizen_id", "day"),
        Index("ix_acute_gp_contacts_episode", "episode_id"),
    )

    episode_id: Mapped[int] = mapped_column(ForeignKey("acute_episodes.id"))
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    day: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(12))
    gp_name: Mapped[str] = mapped_column(String(120))
    practice: Mapped[str] = mapped_column(String(160))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    assessed: Mapped[bool] = mapped_column(Boolean, default=False)
    treated: Mapped[bool] = mapped_column(Boolean, default=False)
    followed_up: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    billable: Mapped[bool] = mapped_column(Boolean, default=False)
    not_billable_reason: Mapped[str] = mapped_column(String(24), default="")

    episode: Mapped[AcuteEpisode] = relationship(back_populates="gp_contacts")


class PriceIndex(CaseRecord, Base):
    """D24: the price level by date that turns April 2021 fees into current amounts."""

    __tablename__ = "price_index"

    valid_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    index: Mapped[Decimal] = mapped_column(Numeric(8, 4))
