"""Reports (issue #14): the words every shown or exported report shares — the page's
filters line, the front sheet of an XLSX file, the PDF's headings and the status report
(DIGEST §1.15: the status after six months). Context "Reports"; ids ``reports.file.*``.
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    # app/cli/reports.py: what the command line is given, checked before a report runs
    "reports.unit_unknown": QT_TRANSLATE_NOOP("Problems", "No hospital unit has the code {unit}."),
    "reports.team_unknown": QT_TRANSLATE_NOOP("Problems", "There is no team named {team}."),
    "reports.report_unknown": QT_TRANSLATE_NOOP(
        "Problems", "There is no report named {name}; akutdesk reports list names them."
    ),
    "reports.none_to_run": QT_TRANSLATE_NOOP("Problems", "There is no report you may run."),
    "reports.table_unknown": QT_TRANSLATE_NOOP(
        "Problems", "The report has no table {table}; its tables: {tables}."
    ),
}

TEXTS: dict[str, Template] = {
    # the unit after a headline figure (app/documents/report_cells.py Words.figure)
    "reports.unit.day": QT_TRANSLATE_NOOP("Reports", "day"),
    "reports.unit.days": QT_TRANSLATE_NOOP("Reports", "days"),
    "reports.unit.hour": QT_TRANSLATE_NOOP("Reports", "hour"),
    "reports.unit.hours": QT_TRANSLATE_NOOP("Reports", "hours"),
    "reports.unit.minutes": QT_TRANSLATE_NOOP("Reports", "min."),
    "reports.file.report": QT_TRANSLATE_NOOP("Reports", "Report"),
    "reports.file.period": QT_TRANSLATE_NOOP("Reports", "Period"),
    "reports.file.period_value": QT_TRANSLATE_NOOP("Reports", "{start} – {end}"),
    "reports.file.unit": QT_TRANSLATE_NOOP("Reports", "Hospital unit"),
    "reports.file.team": QT_TRANSLATE_NOOP("Reports", "Team"),
    "reports.file.all_units": QT_TRANSLATE_NOOP("Reports", "All hospital units"),
    "reports.file.all_teams": QT_TRANSLATE_NOOP("Reports", "All teams"),
    "reports.file.municipality": QT_TRANSLATE_NOOP("Reports", "Municipality"),
    "reports.file.printed": QT_TRANSLATE_NOOP("Reports", "Printed"),
    "reports.file.printed_at": QT_TRANSLATE_NOOP("Reports", "Printed {moment}"),
    # a PDF's page number (top right) and footer (bottom left), on every page
    "reports.file.page_of": QT_TRANSLATE_NOOP("Reports", "page {page} of {total}"),
    "reports.file.footer": QT_TRANSLATE_NOOP(
        "Reports", "Confidential: contains health information. Printed from AkutDesk."
    ),
    "reports.file.figures": QT_TRANSLATE_NOOP("Reports", "Key figures"),
    "reports.file.notes": QT_TRANSLATE_NOOP("Reports", "How the figures are counted"),
    "reports.file.tables": QT_TRANSLATE_NOOP("Reports", "Tables"),
    "reports.file.no_rows": QT_TRANSLATE_NOOP("Reports", "Nothing in the period."),
    "reports.file.code_of": QT_TRANSLATE_NOOP("Reports", "{label} (code)"),
    "reports.file.percent_of": QT_TRANSLATE_NOOP("Reports", "{label} (%)"),
    "reports.file.count": QT_TRANSLATE_NOOP("Reports", "Number"),
    "reports.file.status_title": QT_TRANSLATE_NOOP("Reports", "Status report"),
    "reports.file.status_intro": QT_TRANSLATE_NOOP(
        "Reports",
        "The status on the quantitative data the IV agreement asks for after six months, "
        "and every other report for the same period and filters.",
    ),
    "reports.file.rows_cut": QT_TRANSLATE_NOOP(
        "Reports", "The first {shown} of {total} rows; the XLSX and CSV files hold them all."
    ),
    "reports.file.contents": QT_TRANSLATE_NOOP("Reports", "Contents"),
}
