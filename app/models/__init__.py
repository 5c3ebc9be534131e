"""SQLAlchemy 2.0 typed models. No queries and no Qt here (STYLE §4)."""

import importlib
import pkgutil

from app.models.acute import AcuteEpisode, AcuteMeasurement, AcuteUnit, GpContact, PriceIndex
from app.models.audit import AuditEntry
from app.models.base import Base, CaseRecord
from app.models.billing import (
    BilledItem,
    Invoice,
    InvoiceFile,
    InvoiceLine,
    InvoiceSequence,
    TariffItem,
    TariffVersion,
)
from app.models.citizen import Citizen, CitizenNameWord
from app.models.homes import (
    ArrangementEvent,
    FixedDoctorArrangement,
    HomeReport,
    HomeReportSending,
    HomeSection,
    NursingHome,
    ResidentStay,
)
from app.models.iv import Administration, CourseTypeChange, CrpCheck, IvCourse
from app.models.reference import Department, HospitalUnit, Municipality
from app.models.setting import StoreSetting
from app.models.user import Team, User, user_teams

# Every module of the package registers its tables on Base.metadata when imported: a new
# case kind's models (app/models/<kind>.py) need no line here (docs/architecture.md).
for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

__all__ = [
    "AcuteEpisode",
    "AcuteMeasurement",
    "AcuteUnit",
    "Administration",
    "ArrangementEvent",
    "AuditEntry",
    "Base",
    "BilledItem",
    "CaseRecord",
    "Citizen",
    "CitizenNameWord",
    "CourseTypeChange",
    "CrpCheck",
    "Department",
    "FixedDoctorArrangement",
    "GpContact",
    "HomeReport",
    "HomeReportSending",
    "HomeSection",
    "HospitalUnit",
    "Invoice",
    "InvoiceFile",
    "InvoiceLine",
    "InvoiceSequence",
    "IvCourse",
    "Municipality",
    "NursingHome",
    "PriceIndex",
    "ResidentStay",
    "StoreSetting",
    "TariffItem",
    "TariffVersion",
    "Team",
    "User",
    "user_teams",
]
