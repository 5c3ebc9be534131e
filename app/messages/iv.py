"""IV courses: referral, visitation, administrations, CRP (app/domain/iv.py, app/services/iv/).

English templates by message id, context "Problems" (see app/messages/__init__.py).
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    # app/domain/iv.py
    "iv.doses_per_day": QT_TRANSLATE_NOOP("Problems", "Doses per day must be 1 to 6."),
    "iv.planned_days": QT_TRANSLATE_NOOP("Problems", "Planned days must be 1 to 90."),
    "iv.hospital_doses": QT_TRANSLATE_NOOP(
        "Problems", "Doses given in hospital cannot be negative."
    ),
    "iv.age": QT_TRANSLATE_NOOP(
        "Problems",
        "The citizen is {age} at the start; the IV agreement covers citizens aged 15 or over. Record the local agreement for under-15s to accept.",
    ),
    "iv.hospital_doses_min": QT_TRANSLATE_NOOP(
        "Problems",
        "IV antibiotics need at least 2 doses in hospital before the municipality takes over (allergic reactions); this referral has {doses}.",
    ),
    "iv.rejection_text": QT_TRANSLATE_NOOP("Problems", "Say why the referral is rejected."),
    "iv.end_before_start": QT_TRANSLATE_NOOP(
        "Problems", "The administration ends before it starts."
    ),
    # the parts of iv.d16's {what}
    "iv.d16.outside": QT_TRANSLATE_NOOP("Problems", "outside 07:00–23:00"),
    "iv.d16.number": QT_TRANSLATE_NOOP("Problems", "number {number} on {date}"),
    "iv.d16.both": QT_TRANSLATE_NOOP("Problems", "{first} and {second}"),
    "iv.too_long": QT_TRANSLATE_NOOP(
        "Problems", "An administration longer than 12 hours is not plausible."
    ),
    "iv.d16": QT_TRANSLATE_NOOP(
        "Problems",
        "This administration is {what}: the IV agreement allows at most 3 a day within 07:00–23:00. Give a reason to record it anyway.",
    ),
    # app/services/iv/administrations.py
    "iv.not_accepted": QT_TRANSLATE_NOOP(
        "Problems",
        "The referral is not accepted yet: a course cannot start before the municipality has accepted it.",
    ),
    "iv.rejected": QT_TRANSLATE_NOOP("Problems", "The referral was rejected; it is not a course."),
    "iv.before_acceptance": QT_TRANSLATE_NOOP(
        "Problems",
        "The administration is before the acceptance ({accepted}): a course cannot start before the municipality has accepted it.",
    ),
    "iv.after_end": QT_TRANSLATE_NOOP("Problems", "The course ended on {end}."),
    "iv.complication_other": QT_TRANSLATE_NOOP("Problems", "Describe the complication."),
    "iv.future": QT_TRANSLATE_NOOP(
        "Problems", "An administration cannot be recorded before it happens."
    ),
    "iv.vital_range": QT_TRANSLATE_NOOP("Problems", "{value} is outside {low}–{high}."),
    "iv.nurse": QT_TRANSLATE_NOOP("Problems", "No user with initials {initials}."),
    "iv.performer_not_nurse": QT_TRANSLATE_NOOP(
        "Problems", "{initials} is not an active nurse: only a nurse can give an administration."
    ),
    "iv.vital": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a temperature."),
    # app/services/iv/courses.py
    "iv.closed": QT_TRANSLATE_NOOP("Problems", "The course is {status}."),
    "iv.same_type": QT_TRANSLATE_NOOP("Problems", "The course already has this type."),
    "iv.type_date": QT_TRANSLATE_NOOP(
        "Problems", "A type change takes effect between the first dose and today."
    ),
    "iv.end_other": QT_TRANSLATE_NOOP("Problems", "Describe the reason when it is 'other'."),
    "iv.not_running": QT_TRANSLATE_NOOP(
        "Problems", "Only an accepted or running course can end (this one is {status})."
    ),
    "iv.end_before_day1": QT_TRANSLATE_NOOP("Problems", "The end is before municipal day 1."),
    "iv.end_future": QT_TRANSLATE_NOOP("Problems", "A course cannot end in the future."),
    "iv.end_before_last": QT_TRANSLATE_NOOP(
        "Problems", "There is an administration on {day}, after that end."
    ),
    # app/services/iv/corrections.py
    "iv.not_ended": QT_TRANSLATE_NOOP("Problems", "Only an ended course can be reopened."),
    "crp.correct_closed": QT_TRANSLATE_NOOP(
        "Problems", "The decision of a course that is {status} cannot be taken back."
    ),
    "iv.correct_nothing": QT_TRANSLATE_NOOP("Problems", "There is nothing recorded to take back."),
    "iv.correct_same_day": QT_TRANSLATE_NOOP(
        "Problems", "It was recorded on {day}: it can only be taken back the same day."
    ),
    "iv.correct_author": QT_TRANSLATE_NOOP(
        "Problems", "Only the person who recorded it, or a nurse, can take it back."
    ),
    "iv.correct_reason": QT_TRANSLATE_NOOP(
        "Problems", "Someone else recorded it: write why you take it back."
    ),
    "iv.correct_invoiced": QT_TRANSLATE_NOOP(
        "Problems", "The course is already invoiced: a credit note corrects it, not a reopening."
    ),
    "iv.correct_by_decision": QT_TRANSLATE_NOOP(
        "Problems", "The course ended with a conference decision: take back the decision instead."
    ),
    # app/services/iv/crp.py
    "crp.course_closed": QT_TRANSLATE_NOOP(
        "Problems", "A CRP check belongs to an accepted, running course (this one is {status})."
    ),
    "crp.fluid": QT_TRANSLATE_NOOP("Problems", "Fluid courses have no CRP check."),
    "crp.hospital_value": QT_TRANSLATE_NOOP(
        "Problems",
        "'Measured at hospital' is for courses accepted after treatment day 3; this course was accepted in time for the municipality to measure it.",
    ),
    "crp.future": QT_TRANSLATE_NOOP("Problems", "A CRP value cannot be measured in the future."),
    "crp.before_course": QT_TRANSLATE_NOOP(
        "Problems", "The value is from before the first IV dose."
    ),
    "crp.decided": QT_TRANSLATE_NOOP(
        "Problems", "This CRP value already has a decision ({decision})."
    ),
    "crp.no_decision": QT_TRANSLATE_NOOP(
        "Problems", "Choose the decision the responsible department gave."
    ),
    "crp.who": QT_TRANSLATE_NOOP(
        "Problems", "Who at the hospital took part in the conference (name and role)?"
    ),
    "crp.conference_before": QT_TRANSLATE_NOOP(
        "Problems", "The conference cannot be before the CRP value it decides on."
    ),
    "crp.conference_future": QT_TRANSLATE_NOOP(
        "Problems", "The conference cannot be in the future."
    ),
    "crp.closed": QT_TRANSLATE_NOOP("Problems", "The course is {status}."),
    "crp.range": QT_TRANSLATE_NOOP("Problems", "A CRP value is 0–1000 mg/L; {value} is not."),
    "crp.value": QT_TRANSLATE_NOOP("Problems", "'{value}' is not a CRP value in mg/L."),
    # app/services/iv/referrals.py
    "iv.closed_other": QT_TRANSLATE_NOOP("Problems", "Name the closed system."),
    "iv.drug": QT_TRANSLATE_NOOP("Problems", "The drug or fluid is required."),
    "iv.doctor": QT_TRANSLATE_NOOP(
        "Problems", "The responsible doctor at the department is required."
    ),
    "iv.first_dose_future": QT_TRANSLATE_NOOP(
        "Problems", "The first dose is given in hospital before the referral; it cannot be later."
    ),
    "iv.plan_end": QT_TRANSLATE_NOOP("Problems", "The planned end is before the first dose."),
    "iv.not_referred": QT_TRANSLATE_NOOP(
        "Problems", "Only a referral awaiting visitation can be accepted (it is {status})."
    ),
    "iv.not_referred_reject": QT_TRANSLATE_NOOP(
        "Problems", "Only a referral awaiting visitation can be rejected (it is {status})."
    ),
}
