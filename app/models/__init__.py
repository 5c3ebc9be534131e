"""SQLAlchemy 2.0 typed models. No queries and no Qt here (STYLE §4)."""

from app.models.acute import AcuteEpisode, AcuteMeasurement, AcuteUnit, GpContact, PriceIndex
from app.models.audit import AuditEntry
from app.models.base import Base, CaseRecord
from app.models.citizen import Citizen, CitizenNameWord
from app.models.iv import Administration, CourseTypeChange, CrpCheck, IvCourse
from app.models.reference import Department, HospitalUnit, Municipality
from app.models.setting import StoreSetting
from app.models.user import User

__all__ = [
    "AcuteEpisode",
    "AcuteMeasurement",
    "AcuteUnit",
    "Administration",
    "AuditEntry",
    "Base",
    "CaseRecord",
    "Citizen",
    "CitizenNameWord",
    "CourseTypeChange",
    "CrpCheck",
    "Department",
    "GpContact",
    "HospitalUnit",
    "IvCourse",
    "Municipality",
    "PriceIndex",
    "StoreSetting",
    "User",
]
