"""IV courses under Region Syddanmark's IV agreement (DIGEST §1; DECISIONS D1–D8, D16).

A course starts as a referral from a hospital department and keeps its history: the
visitation decision, type changes, every administration, CRP checks with the conference
decision, and its end.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CaseRecord
from app.models.types import UTCDateTime

#: the condition of an administration that names a complication (a non-empty JSON list)
COMPLICATED = "CAST(complications AS VARCHAR) != '[]'"
#: the partial indexes' conditions. SQLite's are given with the index; PostgreSQL's are
#: added when a PostgreSQL store is opened (:func:`add_postgresql_conditions`): naming
#: a ``postgresql_`` option loads SQLAlchemy's PostgreSQL dialect, ~20 ms of every start
#: on SQLite (issue #17). The migrations (0012) make both.
PARTIAL = {
    "ix_iv_administrations_exceptions": "exception_reason != ''",
    "ix_iv_administrations_complicated": COMPLICATED,
}


class IvCourse(CaseRecord, Base):
    __tablename__ = "iv_courses"
    __table_args__ = (
        # Lists filter by status and show the newest referrals first: both served by index.
        Index("ix_iv_courses_status_referred", "status", "referred_at", "id"),
        Index("ix_iv_courses_referred", "referred_at", "id"),
        Index("ix_iv_courses_citizen", "citizen_id"),
        Index("ix_iv_courses_end_date", "end_date"),
        # The list's page of ids from one index, the citizen of a search checked in it too
        # (issue #17, migration 0011_list_indexes, app/services/iv/views.courses_query).
        Index("ix_iv_courses_list_status", "status", "referred_at", "id", "citizen_id"),
        Index("ix_iv_courses_list_referred", "referred_at", "id", "citizen_id"),
        Index("ix_iv_courses_list_citizen", "citizen_id", "status", "referred_at", "id"),
        Index("ix_iv_courses_status_end", "status", "end_date"),  # Today (issue #17)
    )

    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    responsible_doctor: Mapped[str] = mapped_column(String(120), default="")
    course_type: Mapped[str] = mapped_column(String(24))
    drug: Mapped[str] = mapped_column(String(120))
    dose: Mapped[str] = mapped_column(String(60), default="")
    doses_per_day: Mapped[int] = mapped_column(Integer)
    planned_days: Mapped[int] = mapped_column(Integer)
    iv_access: Mapped[str] = mapped_column(String(12))
    closed_system: Mapped[str] = mapped_column(String(24))
    closed_system_other: Mapped[str] = mapped_column(String(80), default="")
    first_dose_date: Mapped[dt.date] = mapped_column(Date)
    hospital_doses: Mapped[int] = mapped_column(Integer)
    may_be_left_alone: Mapped[bool] = mapped_column(Boolean, default=False)
    place: Mapped[str] = mapped_column(String(20))
    plan_end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    plan_oral_switch: Mapped[str] = mapped_column(Text, default="")
    plan_blood_tests: Mapped[str] = mapped_column(Text, default="")
    plan_controls: Mapped[str] = mapped_column(Text, default="")
    referred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    referral_note: Mapped[str] = mapped_column(Text, default="")
    # who phoned the referral in from the hospital: name and role (issue #12)
    caller_name: Mapped[str] = mapped_column(String(120), default="")
    caller_role: Mapped[str] = mapped_column(String(80), default="")
    local_agreement_under_15: Mapped[str] = mapped_column(String(200), default="")

    status: Mapped[str] = mapped_column(String(12))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    rejection_reason: Mapped[str] = mapped_column(String(24), default="")
    rejection_text: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(24), default="")
    end_text: Mapped[str] = mapped_column(Text, default="")
    # issue #14: the NORS outcome judged at the end ("" = not recorded), and a readmission
    # within 30 days after the end (app/domain/outcomes.py)
    outcome: Mapped[str] = mapped_column(String(16), default="")
    readmitted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    administrations: Mapped[list[Administration]] = relationship(
        back_populates="course", order_by="Administration.start_at"
    )
    crp_checks: Mapped[list[CrpCheck]] = relationship(
        back_populates="course", order_by="CrpCheck.measured_at"
    )
    type_changes: Mapped[list[CourseTypeChange]] = relationship(
        back_populates="course", order_by="CourseTypeChange.effective_date"
    )


class CourseTypeChange(CaseRecord, Base):
    """D1: a change of course type (e.g. pump removed) with the date it takes effect."""

    __tablename__ = "iv_course_type_changes"

    course_id: Mapped[int] = mapped_column(ForeignKey("iv_courses.id"), index=True)
    effective_date: Mapped[dt.date] = mapped_column(Date)
    from_type: Mapped[str] = mapped_column(String(24))
    to_type: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text, default="")

    course: Mapped[IvCourse] = relationship(back_populates="type_changes")


class Administration(CaseRecord, Base):
    """One IV administration by a municipal nurse (DIGEST §1.15 municipal registration)."""

    __tablename__ = "iv_administrations"
    __table_args__ = (
        # (course_id, day) for a course's days; the rest makes the time study and the
        # region's dataset (issue #14, app/services/reports/) read the index alone
        Index(
            "ix_iv_administrations_course_day",
            "course_id",
            "day",
            "place",
            "start_at",
            "end_at",
            "late",
            "performing_unit",  # the region's dataset (reports/dataset_courses.py)
        ),
        # D16: the administrations with an exception (a reason is kept only with a flag)
        Index(
            "ix_iv_administrations_exceptions",
            "day",
            sqlite_where=text(PARTIAL["ix_iv_administrations_exceptions"]),
        ),
        # issue #14: the few administrations with a complication, by day, for the report
        # (a partial index: under 1 % of the rows; the query repeats the same condition)
        Index(
            "ix_iv_administrations_complicated",
            "day",
            "course_id",
            sqlite_where=text(PARTIAL["ix_iv_administrations_complicated"]),
        ),
    )

    course_id: Mapped[int] = mapped_column(ForeignKey("iv_courses.id"))
    day: Mapped[dt.date] = mapped_column(Date)  # Copenhagen date of the start
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    end_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    nurse_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    performing_unit: Mapped[str] = mapped_column(String(120), default="")
    place: Mapped[str] = mapped_column(String(20))
    observations: Mapped[str] = mapped_column(Text, default="")
    temperature: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), nullable=True)
    pulse: Mapped[int | None] = mapped_column(Integer, nullable=True)
    bp_systolic: Mapped[int | None] = mapped_column(Integer, nullable=True)
    bp_diastolic: Mapped[int | None] = mapped_column(Integer, nullable=True)
    spo2: Mapped[int | None] = mapped_column(Integer, nullable=True)
    complications: Mapped[list[str]] = mapped_column(JSON, default=list)
    complication_text: Mapped[str] = mapped_column(Text, default="")
    exception_flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    exception_reason: Mapped[str] = mapped_column(Text, default="")
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    course: Mapped[IvCourse] = relationship(back_populates="administrations")


class CrpCheck(CaseRecord, Base):
    """D5/D6: a CRP value (mg/L, NPU19748) and the conference with the hospital."""

    __tablename__ = "iv_crp_checks"

    course_id: Mapped[int] = mapped_column(ForeignKey("iv_courses.id"), index=True)
    measured_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    value: Mapped[Decimal] = mapped_column(Numeric(6, 1))
    method: Mapped[str] = mapped_column(String(24))
    conference_with: Mapped[str] = mapped_column(String(120), default="")
    conference_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    channel: Mapped[str] = mapped_column(String(16), default="")
    decision: Mapped[str] = mapped_column(String(16), default="")
    decision_note: Mapped[str] = mapped_column(Text, default="")

    course: Mapped[IvCourse] = relationship(back_populates="crp_checks")


class CourseTally(Base):
    """What a course's administrations add up to, kept by the database itself: triggers on
    ``iv_administrations`` (migration 0015_iv_tallies, both databases) count every insert,
    change and deletion, whoever writes — a use case, an import, the sync, a bulk load.
    The region's dataset (app/services/reports/dataset_courses.py, issue #14) reads it
    instead of every administration. Derived: no uuid, never synced or exported; a course
    without administrations has no row.

    ``units`` is the set of performing units, each closed by U+001F: ``"\\x1fA\\x1fB\\x1f"``
    (an empty unit is not listed; ``"\\x1f"`` when there is none)."""

    __tablename__ = "iv_course_tallies"

    course_id: Mapped[int] = mapped_column(ForeignKey("iv_courses.id"), primary_key=True)
    administrations: Mapped[int] = mapped_column(Integer)
    #: the administrations' lengths in whole seconds (each moment's fraction dropped)
    seconds: Mapped[int] = mapped_column(BigInteger)
    home: Mapped[int] = mapped_column(Integer)  # D1/DIGEST §1.15 place of treatment
    clinic: Mapped[int] = mapped_column(Integer)
    nursing_home: Mapped[int] = mapped_column(Integer)
    units: Mapped[str] = mapped_column(Text)


def add_postgresql_conditions() -> None:
    """The partial indexes' conditions for PostgreSQL (:data:`PARTIAL`), once."""
    table = Administration.__table__
    assert isinstance(table, Table)
    for index in table.indexes:
        if index.name in PARTIAL and index.dialect_kwargs.get("postgresql_where") is None:
            index.dialect_kwargs["postgresql_where"] = text(PARTIAL[index.name])
