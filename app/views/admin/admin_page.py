"""Administration: the municipality's details, hospital units and departments, users,
and this workstation's settings (language)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from app.services.kernel.permissions import allowed
from app.views.admin.tabs import MunicipalityTab, UnitsTab, WorkstationTab
from app.views.admin.users_tab import UsersTab
from app.views.components.page import Page


class AdminPage(Page):
    watches = frozenset({"hospital_unit", "department", "user", "team", "setting", "municipality"})

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Administration"))
        self.tabs = QTabWidget()
        self.municipality = MunicipalityTab(ctx)
        self.units = UnitsTab(ctx)
        self.users = UsersTab(ctx)
        self.tabs.addTab(self.municipality, self.tr("Municipality"))
        self.tabs.addTab(self.units, self.tr("Hospital units"))
        self.tabs.addTab(self.users, self.tr("Users"))
        self.workstation = WorkstationTab(ctx)
        self.tabs.addTab(self.workstation, self.tr("This workstation"))
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.admin.certificate import CertificateTab  # issue #4

        self.certificate = CertificateTab(ctx)
        self.tabs.addTab(self.certificate, self.tr("Certificate"))
        if allowed(ctx, "audit.read"):  # issue #7 (app/views/admin/audit.py)
            # lazy: start-up (a screen's dialogs load when first opened)
            from app.views.admin.audit import AuditTab

            self.audit = AuditTab(ctx)
            self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.column.addWidget(self.tabs, 1)

    def reload(self) -> None:
        self.units.load()
        self.users.load()
        self.municipality.load()
