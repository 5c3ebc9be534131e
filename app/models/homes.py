"""Nursing homes, their sections, fixed-doctor arrangements with their history, residents'
stays and the register of reports (OK22 Bilag 2, DIGEST §2.2; DECISIONS D30–D33)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CaseRecord
from app.models.types import UTCDateTime


class NursingHome(CaseRecord, Base):
    """A municipal nursing home, or a private one with an operating agreement."""

    __tablename__ = "nursing_homes"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    ownership: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(4), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    places: Mapped[int] = mapped_column(Integer)
    contact_nurse: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    sections: Mapped[list[HomeSection]] = relationship(
        back_populates="home", order_by="HomeSection.name"
    )


class HomeSection(CaseRecord, Base):
    """A section (afsnit) of a split home, with its own fixed doctor (001:13898–13902)."""

    __tablename__ = "home_sections"
    __table_args__ = (UniqueConstraint("home_id", "name", name="uq_home_sections_home_id_name"),)

    home_id: Mapped[int] = mapped_column(ForeignKey("nursing_homes.id"))
    name: Mapped[str] = mapped_column(String(80))
    places: Mapped[int] = mapped_column(Integer)

    home: Mapped[NursingHome] = relationship(back_populates="sections")


class FixedDoctorArrangement(CaseRecord, Base):
    """A fixed doctor for a home or one of its sections; ``end_date`` is the effective date
    of a termination (D32), the last day the arrangement runs."""

    __tablename__ = "fixed_doctor_arrangements"
    __table_args__ = (Index("ix_fixed_doctor_arrangements_home", "home_id", "start_date"),)

    home_id: Mapped[int] = mapped_column(ForeignKey("nursing_homes.id"))
    section_id: Mapped[int | None] = mapped_column(ForeignKey("home_sections.id"), nullable=True)
    doctor_name: Mapped[str] = mapped_column(String(120))
    practice_name: Mapped[str] = mapped_column(String(160))
    provider_number: Mapped[str] = mapped_column(String(6))
    start_date: Mapped[dt.date] = mapped_column(Date)
    notice_registered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    terminated_by: Mapped[str] = mapped_column(String(16), default="")
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    events: Mapped[list[ArrangementEvent]] = relationship(
        back_populates="arrangement", order_by="ArrangementEvent.id"
    )


class ArrangementEvent(CaseRecord, Base):
    """The history of an arrangement: started, changed, terminated — when it was registered
    and when it takes effect (the quarterly change report lists these)."""

    __tablename__ = "arrangement_events"
    __table_args__ = (Index("ix_arrangement_events_registered", "registered_on", "id"),)

    arrangement_id: Mapped[int] = mapped_column(ForeignKey("fixed_doctor_arrangements.id"))
    kind: Mapped[str] = mapped_column(String(12))
    registered_on: Mapped[dt.date] = mapped_column(Date)
    effective_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")

    arrangement: Mapped[FixedDoctorArrangement] = relationship(back_populates="events")


class ResidentStay(CaseRecord, Base):
    """A citizen living at a home (or section) on a permanent or temporary place (D33);
    ``fixed_doctor`` = the resident has chosen the fixed doctor as own doctor."""

    __tablename__ = "resident_stays"
    __table_args__ = (
        Index("ix_resident_stays_home", "home_id", "moved_in"),
        Index("ix_resident_stays_citizen", "citizen_id", "moved_in"),
    )

    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    home_id: Mapped[int] = mapped_column(ForeignKey("nursing_homes.id"))
    section_id: Mapped[int | None] = mapped_column(ForeignKey("home_sections.id"), nullable=True)
    place_kind: Mapped[str] = mapped_column(String(12))
    moved_in: Mapped[dt.date] = mapped_column(Date)
    moved_out: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    fixed_doctor: Mapped[bool] = mapped_column(Boolean, default=False)


class HomeReport(CaseRecord, Base):
    """A report as made (KLU list, coverage statement, quarterly changes): the signed PDF and
    the CSV are kept so a reprint is byte-identical (STYLE §3)."""

    __tablename__ = "home_reports"
    __table_args__ = (Index("ix_home_reports_kind", "kind", "period_end", "id"),)

    kind: Mapped[str] = mapped_column(String(12))
    period: Mapped[str] = mapped_column(String(20))  # "2026", "2026-K3", "01.01.2026"
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    made_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    csv: Mapped[str] = mapped_column(Text)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64))

    sendings: Mapped[list[HomeReportSending]] = relationship(
        back_populates="report", order_by="HomeReportSending.sent_on"
    )


class HomeReportSending(CaseRecord, Base):
    """When a report was sent, to whom and how."""

    __tablename__ = "home_report_sendings"
    __table_args__ = (Index("ix_home_report_sendings_report", "report_id"),)

    report_id: Mapped[int] = mapped_column(ForeignKey("home_reports.id"))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    report: Mapped[HomeReport] = relationship(back_populates="sendings")
