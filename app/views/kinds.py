"""The views' part of each case kind's declaration (app.domain.kinds, STYLE §12), keyed by
the kind's key: its page in the main window's navigation and the labels of the record types
it writes (the audit viewer). The texts are here, not in the core, because the catalogue
is made from the views (scripts/i18n.py). tests/unit/test_case_kinds.py fails when a
registered kind or one of its record types is missing here.

The main window reads this module on its start-up path: Qt's QtCore only (the other
modules a declaration names are "module:NAME" strings, imported where they are used).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# kind key -> (title, module, class) of the kind's page (its key: CaseKind.page); the
# navigation lists the kinds' pages in the registry's order, between Citizens and Invoices
PAGES: dict[str, tuple[str, str, str]] = {
    "iv": (
        QT_TRANSLATE_NOOP("MainWindow", "IV courses"),
        "app.views.iv.courses_page",
        "IvCoursesPage",
    ),
    "acute": (
        QT_TRANSLATE_NOOP("MainWindow", "Acute episodes"),
        "app.views.acute.episodes_page",
        "EpisodesPage",
    ),
    "homes": (
        QT_TRANSLATE_NOOP("MainWindow", "Nursing homes"),
        "app.views.homes.homes_page",
        "NursingHomesPage",
    ),
}

# kind key -> "module:Class" of its panel on the citizen page, for a kind with a citizen
# hook (CaseKind.citizen): called as Class(ctx, rows_of, parent), rows_of the resolved hook;
# .show_citizen(uuid, label) fills it
CITIZEN: dict[str, str] = {
    "iv": "app.views.iv.citizen_courses:CitizenCourses",
}

# kind key -> (label, "module:TABLE") for a kind with a residents hook (CaseKind.residents):
# the nursing-home page's list of the residents' cases names the kind by the label and says a
# case's status by the module's label(TABLE, status)
RESIDENT_CASES: dict[str, tuple[str, str]] = {
    "iv": (
        QT_TRANSLATE_NOOP("Homes", "IV course"),
        "app.views.components.vocabulary:STATUSES_SHORT",
    ),
    "acute": (
        QT_TRANSLATE_NOOP("Homes", "Acute episode"),
        "app.views.components.acute_vocabulary:STATUSES",
    ),
}

# record type (app.domain.kinds.CaseKind.records) -> its label in the audit viewer
RECORD_LABELS: dict[str, str] = {
    "iv_course": QT_TRANSLATE_NOOP("AuditLabels", "IV course"),
    "iv_administration": QT_TRANSLATE_NOOP("AuditLabels", "Administration"),
    "iv_crp": QT_TRANSLATE_NOOP("AuditLabels", "CRP check"),
    "acute_episode": QT_TRANSLATE_NOOP("AuditLabels", "Acute episode"),
    "acute_measurement": QT_TRANSLATE_NOOP("AuditLabels", "Measurement"),
    "acute_gp_contact": QT_TRANSLATE_NOOP("AuditLabels", "GP contact"),
    "acute_unit": QT_TRANSLATE_NOOP("AuditLabels", "Acute unit"),
    "nursing_home": QT_TRANSLATE_NOOP("AuditLabels", "Nursing home"),
    "resident_stay": QT_TRANSLATE_NOOP("AuditLabels", "Nursing-home stay"),
    "home_section": QT_TRANSLATE_NOOP("AuditLabels", "Nursing-home section"),
    "fixed_doctor_arrangement": QT_TRANSLATE_NOOP("AuditLabels", "Fixed-doctor arrangement"),
    "arrangement_event": QT_TRANSLATE_NOOP("AuditLabels", "Arrangement event"),
    "home_report": QT_TRANSLATE_NOOP("AuditLabels", "Nursing-home report"),
    "home_report_sending": QT_TRANSLATE_NOOP("AuditLabels", "Report sent"),
}
