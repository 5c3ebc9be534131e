"""Reports (app/domain/reports.py, app/services/reports/): the problems (context "Problems")
and the reports' titles, column labels, figures and notes (context "Reports").

Ids: ``reports.<report>.<what>`` for one report's texts, ``reports.col.<key>`` for a column
label several reports share, ``reports.<vocabulary>.<code>`` for a code shown as a word.
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template, translate

PROBLEMS: dict[str, Template] = {
    # app/services/reports/registry.py
    "reports.from_missing": QT_TRANSLATE_NOOP("Problems", "Give the first day of the period."),
    "reports.to_missing": QT_TRANSLATE_NOOP("Problems", "Give the last day of the period."),
    "reports.period_reversed": QT_TRANSLATE_NOOP("Problems", "The period ends before it begins."),
    "reports.period_long": translate("Problems", "A report covers at most %n days.", None, 2),
    "reports.period_implausible": QT_TRANSLATE_NOOP(
        "Problems", "The period lies outside the years AkutDesk works with."
    ),
}

TEXTS: dict[str, Template] = {}
