"""Nursing homes, sections, fixed doctors, residents, reports (app/domain/homes.py, app/services/homes/).

English templates by message id, context "Problems" (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template, translate

PROBLEMS: dict[str, Template] = {
    # app/domain/homes.py
    "homes.provider_number": QT_TRANSLATE_NOOP(
        "Problems", "A provider number (ydernummer) has {n} digits."
    ),
    "homes.name_missing": QT_TRANSLATE_NOOP("Problems", "A nursing home needs a name."),
    "homes.places": QT_TRANSLATE_NOOP("Problems", "Places must be from 1 to 1000."),
    "homes.section_small": translate("Problems", "A section needs at least %n places.", None, 2),
    "homes.sections_exceed": QT_TRANSLATE_NOOP(
        "Problems", "The sections have {total} places, the home {places}."
    ),
    # app/services/homes/arrangements.py
    "homes.doctor_missing": QT_TRANSLATE_NOOP("Problems", "Name the fixed doctor."),
    "homes.practice_missing": QT_TRANSLATE_NOOP("Problems", "Name the practice."),
    "homes.already_terminated": QT_TRANSLATE_NOOP(
        "Problems", "The arrangement is already terminated."
    ),
    "homes.notice_future": QT_TRANSLATE_NOOP("Problems", "The notice date is in the future."),
    "homes.arrangement_overlap": QT_TRANSLATE_NOOP(
        "Problems", "{home} already has a fixed doctor then ({doctor})."
    ),
    "homes.section_unknown": QT_TRANSLATE_NOOP("Problems", "The home has no such section."),
    "homes.change_outside": QT_TRANSLATE_NOOP("Problems", "The date is outside the arrangement."),
    # app/services/homes/figures.py
    "homes.target": QT_TRANSLATE_NOOP("Problems", "The target is 1–100 %."),
    # app/services/homes/register.py
    "homes.postcode": QT_TRANSLATE_NOOP("Problems", "A postcode has 4 digits."),
    "homes.name_taken": QT_TRANSLATE_NOOP("Problems", "There is a home with that name."),
    "homes.section_name": QT_TRANSLATE_NOOP("Problems", "A section needs a name."),
    "homes.section_taken": QT_TRANSLATE_NOOP("Problems", "The home has a section by that name."),
    # app/services/homes/reports.py
    "homes.report_period": QT_TRANSLATE_NOOP(
        "Problems", "Give a year (coverage) or a quarter (changes)."
    ),
    "homes.recipient": QT_TRANSLATE_NOOP("Problems", "Say whom the report was sent to."),
    "homes.sent_future": QT_TRANSLATE_NOOP("Problems", "The date is in the future."),
    "homes.sent_before_made": QT_TRANSLATE_NOOP("Problems", "The report was made later."),
    "homes.quarter_future": QT_TRANSLATE_NOOP("Problems", "The quarter has not begun."),
    # app/services/homes/residents.py
    "homes.moved_out_before": QT_TRANSLATE_NOOP("Problems", "Moving out is before moving in."),
    "homes.home_closed": QT_TRANSLATE_NOOP("Problems", "The home closed before that date."),
    "homes.section_needed": QT_TRANSLATE_NOOP("Problems", "Choose the resident's section."),
    "homes.stay_overlap": QT_TRANSLATE_NOOP(
        "Problems", "The citizen already lives at a nursing home from {day}."
    ),
    "homes.stay_citizen": QT_TRANSLATE_NOOP("Problems", "A stay keeps its citizen."),
}
