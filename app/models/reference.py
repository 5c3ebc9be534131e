"""Reference data: the municipality itself, hospital units and their departments."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CaseRecord


class Municipality(CaseRecord, Base):
    """The one municipality this store belongs to: sender of every invoice."""

    __tablename__ = "municipality"

    name: Mapped[str] = mapped_column(String(120))
    cvr: Mapped[str] = mapped_column(String(8))
    ean: Mapped[str] = mapped_column(String(13), default="")
    ean_fictitious: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(4), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    bank_reg: Mapped[str] = mapped_column(String(4), default="")
    bank_account: Mapped[str] = mapped_column(String(10), default="")
    payment_days: Mapped[int] = mapped_column(Integer, default=30)


class HospitalUnit(CaseRecord, Base):
    """A hospital unit (sygehusenhed): the receiver of one invoice a month (D9)."""

    __tablename__ = "hospital_units"

    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(80), default="")
    ean: Mapped[str] = mapped_column(String(13), default="")
    ean_fictitious: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    departments: Mapped[list[Department]] = relationship(
        back_populates="unit", order_by="Department.name"
    )


class Department(CaseRecord, Base):
    """A hospital department: holds treatment responsibility, reachable 24/7 (DIGEST §1.7)."""

    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("unit_id", "name", name="uq_departments_unit_name"),)

    unit_id: Mapped[int] = mapped_column(ForeignKey("hospital_units.id"))
    name: Mapped[str] = mapped_column(String(120))
    ean: Mapped[str] = mapped_column(String(13), default="")
    ean_fictitious: Mapped[bool] = mapped_column(Boolean, default=False)
    phone_24_7: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    unit: Mapped[HospitalUnit] = relationship(back_populates="departments")
