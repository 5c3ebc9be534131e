"""Outcomes, safety and the satisfaction survey (issue #14 items 3 and 5): the problems of
recording an outcome, a readmission and a survey sheet (context "Problems"), and the texts
of the reports ``iv.outcomes`` and ``iv.survey`` (context "Reports"); see
app/messages/reports.py for the ids' shape.
"""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template, translate

PROBLEMS: dict[str, Template] = {
    "outcomes.unknown": QT_TRANSLATE_NOOP("Problems", "“{value}” is not an outcome."),
    "iv.outcome_not_ended": QT_TRANSLATE_NOOP(
        "Problems", "An outcome and a readmission are recorded once the course has ended."
    ),
    "outcomes.readmission_not_ended": QT_TRANSLATE_NOOP(
        "Problems", "A readmission after the end is recorded on an ended course."
    ),
    "outcomes.readmission_by_end": QT_TRANSLATE_NOOP(
        "Problems",
        "The course ended because the citizen was readmitted: that readmission is counted by the end reason.",
    ),
    "outcomes.readmission_window": QT_TRANSLATE_NOOP(
        "Problems", "The readmission must lie 0 to {days} days after the course's last day ({end})."
    ),
    "outcomes.readmission_future": QT_TRANSLATE_NOOP(
        "Problems", "The readmission date lies in the future."
    ),
    "survey.received_range": QT_TRANSLATE_NOOP(
        "Problems", "The day received lies between {first} and today."
    ),
    "survey.unknown_answer": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” is not an answer to this question."
    ),
    "survey.comment_long": translate("Problems", "A comment holds at most %n characters.", None, 2),
    "survey.blank": QT_TRANSLATE_NOOP(
        "Problems", "The sheet has no answers: fill in at least one question."
    ),
    "survey.not_today": QT_TRANSLATE_NOOP(
        "Problems", "A sheet can be corrected or deleted only on the day it was typed in."
    ),
    "record.survey_sheet": QT_TRANSLATE_NOOP("Records", "survey answer sheet"),
}

TEXTS: dict[str, Template] = {
    "reports.outcomes.title": QT_TRANSLATE_NOOP("Reports", "Outcomes and safety"),
    "reports.outcomes.description": QT_TRANSLATE_NOOP(
        "Reports",
        "End reasons, outcomes, readmissions within 30 days, complications per 100 treatment days and the hospital bed days spared.",
    ),
    "reports.outcomes.ended": QT_TRANSLATE_NOOP("Reports", "Courses ended"),
    "reports.outcomes.readmitted": QT_TRANSLATE_NOOP(
        "Reports", "Readmitted within 30 days after the end"
    ),
    "reports.outcomes.readmitted_share": QT_TRANSLATE_NOOP(
        "Reports", "Share readmitted within 30 days"
    ),
    "reports.outcomes.treatment_days": QT_TRANSLATE_NOOP("Reports", "Municipal treatment days"),
    "reports.outcomes.complications": QT_TRANSLATE_NOOP("Reports", "Complications"),
    "reports.outcomes.complication_rate": QT_TRANSLATE_NOOP(
        "Reports", "Complications per 100 treatment days"
    ),
    "reports.outcomes.end_reasons": QT_TRANSLATE_NOOP("Reports", "End reasons"),
    "reports.outcomes.outcomes": QT_TRANSLATE_NOOP("Reports", "Outcome (NORS)"),
    "reports.outcomes.ended_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses whose last day falls in the period. A readmission counts when it lies 0–30 days after the last day; a course ended by a readmission counts under its end reason.",
    ),
    "reports.outcomes.by_kind": QT_TRANSLATE_NOOP("Reports", "Complications by kind"),
    "reports.outcomes.by_kind_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Administrations in the period; one with two complications counts once for each. Treatment days: days with at least one municipal administration.",
    ),
    "reports.outcomes.days": QT_TRANSLATE_NOOP(
        "Reports", "Municipal treatment days by hospital unit and month"
    ),
    "reports.outcomes.days_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Days in the period with at least one municipal administration: the hospital bed days spared. The hospital unit is the referring department's.",
    ),
    "reports.outcomes.col.reason": QT_TRANSLATE_NOOP("Reports", "End reason"),
    "reports.outcomes.col.outcome": QT_TRANSLATE_NOOP("Reports", "Outcome"),
    "reports.outcomes.col.courses": QT_TRANSLATE_NOOP("Reports", "Courses"),
    "reports.outcomes.col.share": QT_TRANSLATE_NOOP("Reports", "Share"),
    "reports.outcomes.col.kind": QT_TRANSLATE_NOOP("Reports", "Complication"),
    "reports.outcomes.col.count": QT_TRANSLATE_NOOP("Reports", "Complications"),
    "reports.outcomes.col.per_100": QT_TRANSLATE_NOOP("Reports", "Per 100 treatment days"),
    "reports.outcomes.col.month": QT_TRANSLATE_NOOP("Reports", "Month"),
    "reports.outcomes.col.total": QT_TRANSLATE_NOOP("Reports", "All units"),
    "reports.outcomes.end.completed": QT_TRANSLATE_NOOP("Reports", "Completed as planned"),
    "reports.outcomes.end.switched_to_oral": QT_TRANSLATE_NOOP(
        "Reports", "Switched to tablets (oral)"
    ),
    "reports.outcomes.end.readmitted": QT_TRANSLATE_NOOP("Reports", "Readmitted"),
    "reports.outcomes.end.died": QT_TRANSLATE_NOOP("Reports", "Died"),
    "reports.outcomes.end.transferred": QT_TRANSLATE_NOOP(
        "Reports", "Moved to another municipality"
    ),
    "reports.outcomes.end.other": QT_TRANSLATE_NOOP("Reports", "Other reason"),
    "reports.outcomes.outcome.success": QT_TRANSLATE_NOOP("Reports", "Success"),
    "reports.outcomes.outcome.partial": QT_TRANSLATE_NOOP("Reports", "Partial success"),
    "reports.outcomes.outcome.failure": QT_TRANSLATE_NOOP("Reports", "Failure"),
    "reports.outcomes.outcome.indeterminate": QT_TRANSLATE_NOOP("Reports", "Indeterminate"),
    "reports.outcomes.outcome.not_recorded": QT_TRANSLATE_NOOP("Reports", "Not recorded"),
    "reports.outcomes.complication.allergic_reaction": QT_TRANSLATE_NOOP(
        "Reports", "Allergic reaction"
    ),
    "reports.outcomes.complication.access_problem": QT_TRANSLATE_NOOP(
        "Reports", "Problem with the IV access"
    ),
    "reports.outcomes.complication.pvk_resited": QT_TRANSLATE_NOOP("Reports", "PVK re-sited"),
    "reports.outcomes.complication.infiltration": QT_TRANSLATE_NOOP("Reports", "Infiltration"),
    "reports.outcomes.complication.fever": QT_TRANSLATE_NOOP("Reports", "Fever"),
    "reports.outcomes.complication.thrombus": QT_TRANSLATE_NOOP("Reports", "Thrombus"),
    "reports.outcomes.complication.infection": QT_TRANSLATE_NOOP(
        "Reports", "Infection at the access"
    ),
    "reports.outcomes.complication.other": QT_TRANSLATE_NOOP("Reports", "Other complication"),
    "reports.survey.title": QT_TRANSLATE_NOOP("Reports", "Satisfaction survey"),
    "reports.survey.description": QT_TRANSLATE_NOOP(
        "Reports", "The anonymous answers to the agreement's six questions, question by question."
    ),
    "reports.survey.sheets": QT_TRANSLATE_NOOP("Reports", "Answer sheets"),
    "reports.survey.with_comment": QT_TRANSLATE_NOOP("Reports", "Sheets with a comment"),
    "reports.survey.agreement": QT_TRANSLATE_NOOP("Reports", "Questions 1–4"),
    "reports.survey.agreement_share": QT_TRANSLATE_NOOP(
        "Reports", "Questions 1–4 in per cent of the sheets"
    ),
    "reports.survey.preference": QT_TRANSLATE_NOOP(
        "Reports", "Question 5: hospital or own home next time"
    ),
    "reports.survey.comments": QT_TRANSLATE_NOOP("Reports", "Question 6: comments and suggestions"),
    "reports.survey.note": QT_TRANSLATE_NOOP(
        "Reports",
        "Sheets received in the period. The survey is anonymous: the hospital unit and team filters do not apply.",
    ),
    "reports.survey.col.question": QT_TRANSLATE_NOOP("Reports", "Question"),
    "reports.survey.col.answer": QT_TRANSLATE_NOOP("Reports", "Answer"),
    "reports.survey.col.sheets": QT_TRANSLATE_NOOP("Reports", "Sheets"),
    "reports.survey.col.share": QT_TRANSLATE_NOOP("Reports", "Share"),
    "reports.survey.col.received": QT_TRANSLATE_NOOP("Reports", "Received"),
    "reports.survey.col.comment": QT_TRANSLATE_NOOP("Reports", "Comment"),
    "reports.survey.q1": QT_TRANSLATE_NOOP(
        "Reports", "1. Could you choose between hospital and home?"
    ),
    "reports.survey.q2": QT_TRANSLATE_NOOP(
        "Reports", "2. Did you feel safe being treated at home?"
    ),
    "reports.survey.q3": QT_TRANSLATE_NOOP(
        "Reports", "3. Were you well informed about the tasks in your home?"
    ),
    "reports.survey.q4": QT_TRANSLATE_NOOP(
        "Reports", "4. Were the same procedures followed at every visit?"
    ),
    "reports.survey.q5": QT_TRANSLATE_NOOP("Reports", "5. Next time: hospital or own home?"),
    "reports.survey.answer.yes": QT_TRANSLATE_NOOP("Reports", "Yes"),
    "reports.survey.answer.partly": QT_TRANSLATE_NOOP("Reports", "Partly"),
    "reports.survey.answer.no": QT_TRANSLATE_NOOP("Reports", "No"),
    "reports.survey.answer.dont_know": QT_TRANSLATE_NOOP("Reports", "Don't know"),
    "reports.survey.answer.hospital": QT_TRANSLATE_NOOP("Reports", "Hospital"),
    "reports.survey.answer.home": QT_TRANSLATE_NOOP("Reports", "Own home"),
    "reports.survey.answer.no_preference": QT_TRANSLATE_NOOP("Reports", "No preference"),
    "reports.survey.answer.blank": QT_TRANSLATE_NOOP("Reports", "Not answered"),
}
