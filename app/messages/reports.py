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

TEXTS: dict[str, Template] = {
    "reports.iv_activity.title": QT_TRANSLATE_NOOP("Reports", "IV activity"),
    "reports.iv_activity.description": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses by hospital unit, department, type and place; course length; rejected referrals; time to visitation.",
    ),
    "reports.iv_crp.title": QT_TRANSLATE_NOOP("Reports", "Day-3 CRP"),
    "reports.iv_crp.description": QT_TRANSLATE_NOOP(
        "Reports",
        "Antibiotic courses with a CRP value on the due day, the conference decisions, overdue checks.",
    ),
    "reports.iv_time.title": QT_TRANSLATE_NOOP("Reports", "Registration and time"),
    "reports.iv_time.description": QT_TRANSLATE_NOOP(
        "Reports",
        "Time at the citizen per administration by type and place, administrations outside 07–23 or beyond 3 a day, late entries.",
    ),
    "reports.col.all": QT_TRANSLATE_NOOP("Reports", "All"),
    "reports.col.unit": QT_TRANSLATE_NOOP("Reports", "Hospital unit"),
    "reports.col.unit_name": QT_TRANSLATE_NOOP("Reports", "Unit name"),
    "reports.col.department": QT_TRANSLATE_NOOP("Reports", "Department"),
    "reports.col.course_type": QT_TRANSLATE_NOOP("Reports", "Course type"),
    "reports.col.place": QT_TRANSLATE_NOOP("Reports", "Place of treatment"),
    "reports.col.courses": QT_TRANSLATE_NOOP("Reports", "Courses"),
    "reports.col.course": QT_TRANSLATE_NOOP("Reports", "Course"),
    "reports.col.share": QT_TRANSLATE_NOOP("Reports", "Share"),
    "reports.col.status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "reports.col.cpr_masked": QT_TRANSLATE_NOOP("Reports", "CPR number"),
    "reports.col.decision": QT_TRANSLATE_NOOP("Reports", "Decision"),
    "reports.col.administrations": QT_TRANSLATE_NOOP("Reports", "Administrations"),
    "reports.col.median_days": QT_TRANSLATE_NOOP("Reports", "Median, days"),
    "reports.col.mean_days": QT_TRANSLATE_NOOP("Reports", "Mean, days"),
    "reports.col.over_14": QT_TRANSLATE_NOOP("Reports", "Over 14 days"),
    "reports.col.over_14_share": QT_TRANSLATE_NOOP("Reports", "Share over 14 days"),
    "reports.col.length_bucket": QT_TRANSLATE_NOOP("Reports", "Length"),
    "reports.col.rejection_reason": QT_TRANSLATE_NOOP("Reports", "Reason"),
    "reports.col.rejected": QT_TRANSLATE_NOOP("Reports", "Rejected"),
    "reports.col.decided": QT_TRANSLATE_NOOP("Reports", "Referrals decided"),
    "reports.col.rejected_share": QT_TRANSLATE_NOOP("Reports", "Share rejected"),
    "reports.col.crp_due": QT_TRANSLATE_NOOP("Reports", "CRP due"),
    "reports.col.crp_on_time": QT_TRANSLATE_NOOP("Reports", "Value by the due day"),
    "reports.col.crp_on_time_share": QT_TRANSLATE_NOOP("Reports", "Share by the due day"),
    "reports.col.crp_late": QT_TRANSLATE_NOOP("Reports", "Value later"),
    "reports.col.crp_missing": QT_TRANSLATE_NOOP("Reports", "No value"),
    "reports.col.crp_decided": QT_TRANSLATE_NOOP("Reports", "Decision recorded"),
    "reports.col.crp_decided_share": QT_TRANSLATE_NOOP("Reports", "Share of values decided"),
    "reports.col.crp_due_on": QT_TRANSLATE_NOOP("Reports", "Due on"),
    "reports.col.crp_measured_on": QT_TRANSLATE_NOOP("Reports", "Value measured on"),
    "reports.col.median_minutes": QT_TRANSLATE_NOOP("Reports", "Median, minutes"),
    "reports.col.mean_minutes": QT_TRANSLATE_NOOP("Reports", "Mean, minutes"),
    "reports.col.outside_07_23": QT_TRANSLATE_NOOP("Reports", "Outside 07–23"),
    "reports.col.outside_07_23_share": QT_TRANSLATE_NOOP("Reports", "Share outside 07–23"),
    "reports.col.beyond_3": QT_TRANSLATE_NOOP("Reports", "Beyond 3 a day"),
    "reports.col.beyond_3_share": QT_TRANSLATE_NOOP("Reports", "Share beyond 3 a day"),
    "reports.col.flagged": QT_TRANSLATE_NOOP("Reports", "Either exception"),
    "reports.col.flagged_share": QT_TRANSLATE_NOOP("Reports", "Share with an exception"),
    "reports.col.late": QT_TRANSLATE_NOOP("Reports", "Recorded late"),
    "reports.col.late_share": QT_TRANSLATE_NOOP("Reports", "Share recorded late"),
    "reports.col.recorded_after": QT_TRANSLATE_NOOP("Reports", "Recorded after the end"),
    "reports.course_type.antibiotic_no_pump": QT_TRANSLATE_NOOP("Reports", "Antibiotics, no pump"),
    "reports.course_type.antibiotic_pump": QT_TRANSLATE_NOOP("Reports", "Antibiotics with pump"),
    "reports.course_type.fluid": QT_TRANSLATE_NOOP("Reports", "Fluid"),
    "reports.place.home": QT_TRANSLATE_NOOP("Reports", "At home"),
    "reports.place.municipal_clinic": QT_TRANSLATE_NOOP("Reports", "Municipal nursing clinic"),
    "reports.place.nursing_home": QT_TRANSLATE_NOOP("Reports", "Nursing home"),
    "reports.rejection_reason.patient_safety": QT_TRANSLATE_NOOP("Reports", "Patient safety"),
    "reports.rejection_reason.capacity": QT_TRANSLATE_NOOP("Reports", "Capacity"),
    "reports.rejection_reason.citizen_declined": QT_TRANSLATE_NOOP(
        "Reports",
        "The citizen declined",
    ),
    "reports.rejection_reason.not_in_target_group": QT_TRANSLATE_NOOP(
        "Reports",
        "Not in the target group",
    ),
    "reports.rejection_reason.other": QT_TRANSLATE_NOOP("Reports", "Other reason"),
    "reports.crp_decision.continue_iv": QT_TRANSLATE_NOOP("Reports", "Continue IV"),
    "reports.crp_decision.switch_to_oral": QT_TRANSLATE_NOOP("Reports", "Switch to tablets (oral)"),
    "reports.crp_decision.readmit": QT_TRANSLATE_NOOP("Reports", "Readmit to hospital"),
    "reports.crp_decision.awaiting": QT_TRANSLATE_NOOP("Reports", "Value, awaiting the decision"),
    "reports.crp_decision.no_value": QT_TRANSLATE_NOOP("Reports", "No value"),
    "reports.course_status.referred": QT_TRANSLATE_NOOP("Reports", "Referred"),
    "reports.course_status.accepted": QT_TRANSLATE_NOOP("Reports", "Accepted"),
    "reports.course_status.active": QT_TRANSLATE_NOOP("Reports", "Running"),
    "reports.course_status.rejected": QT_TRANSLATE_NOOP("Reports", "Rejected"),
    "reports.course_status.ended": QT_TRANSLATE_NOOP("Reports", "Ended"),
    "reports.iv_activity.active": QT_TRANSLATE_NOOP("Reports", "Courses active in the period"),
    "reports.iv_activity.ended": QT_TRANSLATE_NOOP("Reports", "Courses ended in the period"),
    "reports.iv_activity.median_days": QT_TRANSLATE_NOOP("Reports", "Median length"),
    "reports.iv_activity.mean_days": QT_TRANSLATE_NOOP("Reports", "Mean length"),
    "reports.iv_activity.over_14": QT_TRANSLATE_NOOP(
        "Reports",
        "Share of ended courses over 14 days",
    ),
    "reports.iv_activity.decided": QT_TRANSLATE_NOOP("Reports", "Referrals decided"),
    "reports.iv_activity.rejected": QT_TRANSLATE_NOOP("Reports", "Referrals rejected"),
    "reports.iv_activity.rejected_share": QT_TRANSLATE_NOOP("Reports", "Share rejected"),
    "reports.iv_activity.wait_median": QT_TRANSLATE_NOOP(
        "Reports",
        "Referral to visitation, median",
    ),
    "reports.iv_activity.wait_mean": QT_TRANSLATE_NOOP("Reports", "Referral to visitation, mean"),
    "reports.iv_activity.wait_p90": QT_TRANSLATE_NOOP(
        "Reports",
        "Referral to visitation, 90th percentile",
    ),
    "reports.iv_activity.by_unit": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses by hospital unit and type",
    ),
    "reports.iv_activity.by_department": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses by department and type",
    ),
    "reports.iv_activity.by_place": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses by place of treatment and type",
    ),
    "reports.iv_activity.length": QT_TRANSLATE_NOOP("Reports", "Length of the ended courses"),
    "reports.iv_activity.length_buckets": QT_TRANSLATE_NOOP("Reports", "Ended courses by length"),
    "reports.iv_activity.reasons": QT_TRANSLATE_NOOP("Reports", "Rejected referrals by reason"),
    "reports.iv_activity.referrals_by_department": QT_TRANSLATE_NOOP(
        "Reports",
        "Referrals by department",
    ),
    "reports.iv_activity.bucket_1": QT_TRANSLATE_NOOP("Reports", "1–3 days"),
    "reports.iv_activity.bucket_4": QT_TRANSLATE_NOOP("Reports", "4–7 days"),
    "reports.iv_activity.bucket_8": QT_TRANSLATE_NOOP("Reports", "8–14 days"),
    "reports.iv_activity.bucket_15": QT_TRANSLATE_NOOP("Reports", "15–21 days"),
    "reports.iv_activity.bucket_22": QT_TRANSLATE_NOOP("Reports", "Over 21 days"),
    "reports.iv_activity.note": QT_TRANSLATE_NOOP(
        "Reports",
        "A course counts as active when its first municipal administration is on or before the period's last day and it has not ended before the period's first day. The type is the course's type at its end (or now).",
    ),
    "reports.iv_activity.active_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses active in the period: first municipal administration on or before the last day, no end before the first day. Accepted courses without a municipal administration yet are not counted.",
    ),
    "reports.iv_activity.length_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses that ended in the period. Length: from the first municipal administration to the end, both days included.",
    ),
    "reports.iv_activity.referrals_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Referrals decided (accepted or rejected) in the period, by the day of the visitation. Referral to visitation: from the referral to the decision, in hours; 9 in 10 referrals were decided within the 90th percentile.",
    ),
    "reports.iv_crp.due": QT_TRANSLATE_NOOP("Reports", "Antibiotic courses with the CRP check due"),
    "reports.iv_crp.on_time": QT_TRANSLATE_NOOP("Reports", "With a CRP value by the due day"),
    "reports.iv_crp.on_time_share": QT_TRANSLATE_NOOP(
        "Reports",
        "Share with a CRP value by the due day",
    ),
    "reports.iv_crp.decided_share": QT_TRANSLATE_NOOP(
        "Reports",
        "Share of the values with a recorded decision",
    ),
    "reports.iv_crp.wait_median": QT_TRANSLATE_NOOP("Reports", "CRP value to decision, median"),
    "reports.iv_crp.wait_mean": QT_TRANSLATE_NOOP("Reports", "CRP value to decision, mean"),
    "reports.iv_crp.overdue": QT_TRANSLATE_NOOP("Reports", "Checks overdue"),
    "reports.iv_crp.compliance": QT_TRANSLATE_NOOP("Reports", "CRP checks by hospital unit"),
    "reports.iv_crp.decisions": QT_TRANSLATE_NOOP("Reports", "Decisions after the CRP value"),
    "reports.iv_crp.overdue_list": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses whose CRP check was overdue",
    ),
    "reports.iv_crp.note": QT_TRANSLATE_NOOP(
        "Reports",
        "Antibiotic courses whose CRP check was due in the period, before today: on treatment day 3, or on municipal day 1 for a course accepted later. A course that ended by its due day without a value is not counted. Fluid courses have no CRP check.",
    ),
    "reports.iv_crp.compliance_note": QT_TRANSLATE_NOOP(
        "Reports",
        "The course's first CRP value: by the due day (a value measured at the hospital included) or later; the decision is the conference decision on that value.",
    ),
    "reports.iv_crp.decisions_note": QT_TRANSLATE_NOOP(
        "Reports",
        "The conference decision on each course's first CRP value.",
    ),
    "reports.iv_crp.overdue_note": QT_TRANSLATE_NOOP(
        "Reports",
        "The due day passed without a CRP value; the newest due days first, at most 300 courses. CPR numbers are masked.",
    ),
    "reports.iv_time.administrations": QT_TRANSLATE_NOOP("Reports", "Administrations"),
    "reports.iv_time.hours": QT_TRANSLATE_NOOP("Reports", "Hours at the citizen"),
    "reports.iv_time.median_minutes": QT_TRANSLATE_NOOP("Reports", "Time at the citizen, median"),
    "reports.iv_time.mean_minutes": QT_TRANSLATE_NOOP("Reports", "Time at the citizen, mean"),
    "reports.iv_time.outside": QT_TRANSLATE_NOOP("Reports", "Outside 07–23"),
    "reports.iv_time.beyond_3": QT_TRANSLATE_NOOP("Reports", "Beyond 3 a day"),
    "reports.iv_time.late": QT_TRANSLATE_NOOP("Reports", "Recorded late"),
    "reports.iv_time.late_share": QT_TRANSLATE_NOOP("Reports", "Share recorded late"),
    "reports.iv_time.minutes": QT_TRANSLATE_NOOP("Reports", "Time at the citizen by course type"),
    "reports.iv_time.by_place": QT_TRANSLATE_NOOP(
        "Reports",
        "Time at the citizen by course type and place",
    ),
    "reports.iv_time.flags": QT_TRANSLATE_NOOP(
        "Reports",
        "Exceptions and late entries by course type",
    ),
    "reports.iv_time.delays": QT_TRANSLATE_NOOP(
        "Reports",
        "Administrations by how long after the end they were recorded",
    ),
    "reports.iv_time.delay.on_time": QT_TRANSLATE_NOOP("Reports", "Within 2 hours"),
    "reports.iv_time.delay.hours": QT_TRANSLATE_NOOP("Reports", "2 to 24 hours"),
    "reports.iv_time.delay.day": QT_TRANSLATE_NOOP("Reports", "1 to 7 days"),
    "reports.iv_time.delay.week": QT_TRANSLATE_NOOP("Reports", "Over 7 days"),
    "reports.iv_time.note": QT_TRANSLATE_NOOP(
        "Reports",
        "Administrations in the period by their day. The type is the course's type at its end (or now); the place is where the administration was given.",
    ),
    "reports.iv_time.minutes_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Time at the citizen: from the start to the end of the administration, in whole minutes.",
    ),
    "reports.iv_time.flags_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Outside 07–23 and beyond 3 a day are the exceptions the nurse gave a reason for. Late: recorded more than 2 hours after the administration ended.",
    ),
    "reports.iv_time.delays_note": QT_TRANSLATE_NOOP(
        "Reports",
        "From the end of the administration to the moment it was recorded.",
    ),
}
