"""SQLAlchemy 2.0 typed models. No queries and no Qt here (STYLE §4).

The modules the first screen reads (Today: IV courses, acute episodes, citizens, users,
settings and the audit chain) load with the package. The others — invoices and tariffs,
nursing homes, the survey sheets, and any new module of the package — load when first
named (``from app.models import Invoice``, or their own module), or all at once by
:func:`load_all`: start-up does not build their mappers (issue #17). Whoever reads every
table of ``Base.metadata`` calls :func:`load_all` first (the PostgreSQL grants, a citizen's
records in the audit log, the migrations); tests/unit/test_models_loading.py checks that.
"""

import importlib
import pkgutil
from typing import TYPE_CHECKING, Any

from app.models.acute import AcuteEpisode, AcuteMeasurement, AcuteUnit, GpContact, PriceIndex
from app.models.audit import AuditEntry
from app.models.base import Base, CaseRecord
from app.models.citizen import Citizen, CitizenNameWord
from app.models.iv import Administration, CourseTally, CourseTypeChange, CrpCheck, IvCourse
from app.models.reference import Department, HospitalUnit, Municipality
from app.models.setting import StoreSetting
from app.models.user import Team, User, user_teams

if TYPE_CHECKING:
    from app.models.billing import (
        BilledItem,
        Invoice,
        InvoiceFile,
        InvoiceLine,
        InvoiceSequence,
        TariffItem,
        TariffVersion,
    )
    from app.models.homes import (
        ArrangementEvent,
        FixedDoctorArrangement,
        HomeReport,
        HomeReportSending,
        HomeSection,
        NursingHome,
        ResidentStay,
    )

#: the models loaded when first named, by the module that holds them
LATER = {
    **dict.fromkeys(
        (
            "BilledItem",
            "Invoice",
            "InvoiceFile",
            "InvoiceLine",
            "InvoiceSequence",
            "TariffItem",
            "TariffVersion",
        ),
        "billing",
    ),
    **dict.fromkeys(
        (
            "ArrangementEvent",
            "FixedDoctorArrangement",
            "HomeReport",
            "HomeReportSending",
            "HomeSection",
            "NursingHome",
            "ResidentStay",
        ),
        "homes",
    ),
}


def load_all() -> None:
    """Every module of the package imported, so ``Base.metadata`` holds every table: a new
    case kind's models (app/models/<kind>.py) need no line here (docs/architecture.md)."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


def __getattr__(name: str) -> Any:
    """A model of :data:`LATER`, its module imported the first time it is named."""
    if name not in LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{LATER[name]}"), name)
    globals()[name] = value
    return value


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
    "CourseTally",
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
