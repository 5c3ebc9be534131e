"""The kinds of record a typed error names (NotFound, StaleRecord: app/errors.py), context
"Records".

A use case names the record by its code — the same code its audit entries carry
(``iv_course``, ``citizen``) — never by an English word; the error's text says it through
this catalogue. The message id is ``record.<code>``.
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

RECORDS: dict[str, Template] = {
    "record.citizen": QT_TRANSLATE_NOOP("Records", "citizen"),
    "record.municipality": QT_TRANSLATE_NOOP("Records", "municipality"),
    "record.hospital_unit": QT_TRANSLATE_NOOP("Records", "hospital unit"),
    "record.department": QT_TRANSLATE_NOOP("Records", "department"),
    "record.user": QT_TRANSLATE_NOOP("Records", "user"),
    "record.team": QT_TRANSLATE_NOOP("Records", "team"),
    "record.report": QT_TRANSLATE_NOOP("Records", "report"),
    # offline offices (app/services/sync, issue #15)
    "record.sync_conflict": QT_TRANSLATE_NOOP("Records", "sync conflict"),
    # IV courses (app/services/iv)
    "record.iv_course": QT_TRANSLATE_NOOP("Records", "IV course"),
    "record.iv_crp": QT_TRANSLATE_NOOP("Records", "CRP check"),
    # acute episodes (app/services/acute)
    "record.acute_episode": QT_TRANSLATE_NOOP("Records", "acute episode"),
    "record.acute_unit": QT_TRANSLATE_NOOP("Records", "acute unit"),
    "record.acute_measurement": QT_TRANSLATE_NOOP("Records", "measurement"),
    "record.acute_gp_contact": QT_TRANSLATE_NOOP("Records", "GP contact"),
    # nursing homes (app/services/homes)
    "record.nursing_home": QT_TRANSLATE_NOOP("Records", "nursing home"),
    "record.home_section": QT_TRANSLATE_NOOP("Records", "section"),
    "record.fixed_doctor_arrangement": QT_TRANSLATE_NOOP("Records", "fixed-doctor arrangement"),
    "record.resident_stay": QT_TRANSLATE_NOOP("Records", "stay"),
    "record.home_report": QT_TRANSLATE_NOOP("Records", "nursing-home report"),
    # invoices (app/services/invoices)
    "record.invoice": QT_TRANSLATE_NOOP("Records", "invoice"),
    "record.invoice_file": QT_TRANSLATE_NOOP("Records", "stored invoice document"),
}
