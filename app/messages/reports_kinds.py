"""Reports (issue #14), continued: the acute function's (item 6), the nursing homes' (item 7)
and the region's dataset (item 8) — titles, column labels, figures, notes and the codes
shown as words. See app/messages/reports.py for the ids' shape."""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {}

TEXTS: dict[str, Template] = {
    "reports.acute.unit_note": QT_TRANSLATE_NOOP(
        "Reports",
        "The hospital-unit filter does not apply to the acute function; the team filter counts the citizens of that responsible team.",
    ),
    "reports.acute.group.1": QT_TRANSLATE_NOOP(
        "Reports", "1 – Referred by the GP for a rapid nursing assessment"
    ),
    "reports.acute.group.2": QT_TRANSLATE_NOOP(
        "Reports", "2 – Referred by the GP for acute illness or worsening"
    ),
    "reports.acute.group.3": QT_TRANSLATE_NOOP("Reports", "3 – Attached by home nursing itself"),
    "reports.acute.group.4": QT_TRANSLATE_NOOP(
        "Reports", "4 – Referred by a hospital doctor after discharge"
    ),
    "reports.acute.referrer.gp": QT_TRANSLATE_NOOP("Reports", "GP"),
    "reports.acute.referrer.home_nursing": QT_TRANSLATE_NOOP("Reports", "Home nursing"),
    "reports.acute.referrer.hospital_physician": QT_TRANSLATE_NOOP("Reports", "Hospital doctor"),
    "reports.acute.end.stabilised_at_home": QT_TRANSLATE_NOOP("Reports", "Stabilised at home"),
    "reports.acute.end.admitted": QT_TRANSLATE_NOOP("Reports", "Admitted to hospital"),
    "reports.acute.end.died": QT_TRANSLATE_NOOP("Reports", "Died"),
    "reports.acute.end.handed_to_home_nursing": QT_TRANSLATE_NOOP(
        "Reports", "Handed over to home nursing"
    ),
    "reports.acute.end.other": QT_TRANSLATE_NOOP("Reports", "Other"),
    "reports.acute.end.open": QT_TRANSLATE_NOOP("Reports", "Still open at the end of the period"),
    "reports.acute.not_billable.hospital_responsible": QT_TRANSLATE_NOOP(
        "Reports", "The hospital holds treatment responsibility"
    ),
    "reports.acute.not_billable.outside_daytime": QT_TRANSLATE_NOOP("Reports", "Outside daytime"),
    "reports.acute.not_billable.no_assessment": QT_TRANSLATE_NOOP(
        "Reports", "No medical assessment, treatment or follow-up"
    ),
    "reports.acute.not_billable.under_18": QT_TRANSLATE_NOOP("Reports", "Citizen under 18"),
    "reports.acute.not_billable.not_group_1_insured": QT_TRANSLATE_NOOP(
        "Reports", "Not insured in group 1"
    ),
    "reports.acute.not_billable.limit": QT_TRANSLATE_NOOP("Reports", "More than two on one day"),
    "reports.acute.episodes.title": QT_TRANSLATE_NOOP("Reports", "Acute function: episodes"),
    "reports.acute.episodes.description": QT_TRANSLATE_NOOP(
        "Reports",
        "Episodes by target group, referrer, length and end; GP contacts and fee activity per practice.",
    ),
    "reports.acute.episodes.by_group": QT_TRANSLATE_NOOP("Reports", "Episodes by target group"),
    "reports.acute.episodes.by_referrer": QT_TRANSLATE_NOOP("Reports", "Episodes by referrer"),
    "reports.acute.episodes.by_end_reason": QT_TRANSLATE_NOOP("Reports", "How the episodes ended"),
    "reports.acute.episodes.length": QT_TRANSLATE_NOOP("Reports", "Length of the episodes (days)"),
    "reports.acute.episodes.contacts_per_episode": QT_TRANSLATE_NOOP(
        "Reports", "GP contacts per episode"
    ),
    "reports.acute.episodes.fees_by_practice": QT_TRANSLATE_NOOP(
        "Reports", "Fee activity per practice"
    ),
    "reports.acute.episodes.not_billable": QT_TRANSLATE_NOOP(
        "Reports", "GP contacts without a fee, by reason"
    ),
    "reports.acute.episodes.active_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Episodes active in the period: started before it ended and not ended before it began.",
    ),
    "reports.acute.episodes.end_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Episodes that ended in the period, by end reason, and the episodes still open at its end.",
    ),
    "reports.acute.episodes.ended_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Episodes that ended in the period, with all their GP contacts; length = last day − first day + 1 calendar days.",
    ),
    "reports.acute.episodes.fees_note": QT_TRANSLATE_NOOP(
        "Reports",
        "GP contacts on the days of the period, by the practice named on the contact; with a fee as judged when the contact was registered; amount = contacts with a fee × the fee at the price level of the period's first day.",
    ),
    "reports.acute.episodes.fig.active": QT_TRANSLATE_NOOP("Reports", "Episodes active"),
    "reports.acute.episodes.fig.started": QT_TRANSLATE_NOOP("Reports", "Started in the period"),
    "reports.acute.episodes.fig.ended": QT_TRANSLATE_NOOP("Reports", "Ended in the period"),
    "reports.acute.episodes.fig.median_length": QT_TRANSLATE_NOOP(
        "Reports", "Median length (days)"
    ),
    "reports.acute.episodes.fig.mean_length": QT_TRANSLATE_NOOP("Reports", "Mean length (days)"),
    "reports.acute.episodes.fig.mean_contacts": QT_TRANSLATE_NOOP(
        "Reports", "GP contacts per episode (mean)"
    ),
    "reports.acute.episodes.fig.billable": QT_TRANSLATE_NOOP("Reports", "GP contacts with a fee"),
    "reports.acute.episodes.fig.fee": QT_TRANSLATE_NOOP("Reports", "Fee per contact"),
    "reports.acute.episodes.fig.amount": QT_TRANSLATE_NOOP("Reports", "Fees in the period"),
    "reports.acute.occupancy.title": QT_TRANSLATE_NOOP(
        "Reports", "Acute function: occupancy of acute places"
    ),
    "reports.acute.occupancy.description": QT_TRANSLATE_NOOP(
        "Reports", "Occupied acute places against the places there are, per unit, over time."
    ),
    "reports.acute.occupancy.over_time": QT_TRANSLATE_NOOP("Reports", "Occupancy over time"),
    "reports.acute.occupancy.by_unit": QT_TRANSLATE_NOOP("Reports", "Occupancy per unit"),
    "reports.acute.occupancy.unit_over_time": QT_TRANSLATE_NOOP(
        "Reports", "Occupancy per unit over time"
    ),
    "reports.acute.occupancy.note": QT_TRANSLATE_NOOP(
        "Reports",
        "Occupied places = the hours places were in use ÷ the hours of the day (or week): the mean number of places in use; occupancy = that mean ÷ the places. An open episode counts until now; days after today are not shown.",
    ),
    "reports.acute.occupancy.places_note": QT_TRANSLATE_NOOP(
        "Reports", "A unit's number of places is today's number: it counts for the whole period."
    ),
    "reports.acute.occupancy.fig.places": QT_TRANSLATE_NOOP("Reports", "Acute places"),
    "reports.acute.occupancy.fig.occupied_days": QT_TRANSLATE_NOOP(
        "Reports", "Occupied place-days"
    ),
    "reports.acute.occupancy.fig.occupancy": QT_TRANSLATE_NOOP("Reports", "Occupancy"),
    "reports.homes.coverage.title": QT_TRANSLATE_NOOP(
        "Reports", "Nursing homes: coverage with a fixed doctor"
    ),
    "reports.homes.coverage.description": QT_TRANSLATE_NOOP(
        "Reports", "Coverage over time against the target; arrangements started and ended."
    ),
    "reports.homes.coverage.over_time": QT_TRANSLATE_NOOP("Reports", "Coverage over time"),
    "reports.homes.coverage.over_time_note": QT_TRANSLATE_NOOP(
        "Reports",
        "The register's coverage on the period's first day, on each month's last day and on the period's last day: homes where every unit has a fixed doctor ÷ all homes.",
    ),
    "reports.homes.coverage.changes": QT_TRANSLATE_NOOP(
        "Reports", "Arrangements started and ended"
    ),
    "reports.homes.coverage.changes_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Started: the start date lies in the period. Ended: the arrangement's last day (the day a termination takes effect) lies in the period.",
    ),
    "reports.homes.coverage.change.started": QT_TRANSLATE_NOOP("Reports", "Started"),
    "reports.homes.coverage.change.ended": QT_TRANSLATE_NOOP("Reports", "Ended"),
    "reports.homes.coverage.filters_note": QT_TRANSLATE_NOOP(
        "Reports", "The hospital-unit and team filters do not apply to nursing homes."
    ),
    "reports.homes.coverage.fig.coverage": QT_TRANSLATE_NOOP(
        "Reports", "Coverage at the end of the period"
    ),
    "reports.homes.coverage.fig.target": QT_TRANSLATE_NOOP("Reports", "Target"),
    "reports.homes.coverage.fig.target_date": QT_TRANSLATE_NOOP("Reports", "Target date"),
    "reports.homes.coverage.fig.homes": QT_TRANSLATE_NOOP("Reports", "Nursing homes"),
    "reports.homes.coverage.fig.covered": QT_TRANSLATE_NOOP("Reports", "Homes with a fixed doctor"),
    "reports.homes.coverage.fig.started": QT_TRANSLATE_NOOP("Reports", "Arrangements started"),
    "reports.homes.coverage.fig.ended": QT_TRANSLATE_NOOP("Reports", "Arrangements ended"),
    "reports.col.target_group": QT_TRANSLATE_NOOP("Reports", "Target group"),
    "reports.col.episodes": QT_TRANSLATE_NOOP("Reports", "Episodes"),
    "reports.col.at_home": QT_TRANSLATE_NOOP("Reports", "At home"),
    "reports.col.acute_place": QT_TRANSLATE_NOOP("Reports", "On an acute place"),
    "reports.col.referrer": QT_TRANSLATE_NOOP("Reports", "Referrer"),
    "reports.col.end_reason": QT_TRANSLATE_NOOP("Reports", "End reason"),
    "reports.col.length_days": QT_TRANSLATE_NOOP("Reports", "Days"),
    "reports.col.gp_contacts": QT_TRANSLATE_NOOP("Reports", "GP contacts"),
    "reports.col.practice": QT_TRANSLATE_NOOP("Reports", "Practice"),
    "reports.col.billable": QT_TRANSLATE_NOOP("Reports", "With a fee"),
    "reports.col.not_billable": QT_TRANSLATE_NOOP("Reports", "Without a fee"),
    "reports.col.amount": QT_TRANSLATE_NOOP("Reports", "Amount"),
    "reports.col.reason": QT_TRANSLATE_NOOP("Reports", "Reason"),
    "reports.col.day": QT_TRANSLATE_NOOP("Reports", "Day"),
    "reports.col.week": QT_TRANSLATE_NOOP("Reports", "Week from"),
    "reports.col.places": QT_TRANSLATE_NOOP("Reports", "Places"),
    "reports.col.occupied_places": QT_TRANSLATE_NOOP("Reports", "Occupied places"),
    "reports.col.occupancy": QT_TRANSLATE_NOOP("Reports", "Occupancy"),
    "reports.col.acute_unit": QT_TRANSLATE_NOOP("Reports", "Unit"),
    "reports.col.occupied_days": QT_TRANSLATE_NOOP("Reports", "Occupied place-days"),
    "reports.col.available_days": QT_TRANSLATE_NOOP("Reports", "Place-days there were"),
    "reports.col.homes": QT_TRANSLATE_NOOP("Reports", "Nursing homes"),
    "reports.col.covered_homes": QT_TRANSLATE_NOOP("Reports", "With a fixed doctor"),
    "reports.col.coverage": QT_TRANSLATE_NOOP("Reports", "Coverage"),
    "reports.col.target": QT_TRANSLATE_NOOP("Reports", "Target"),
    "reports.col.change": QT_TRANSLATE_NOOP("Reports", "Change"),
    "reports.col.home": QT_TRANSLATE_NOOP("Reports", "Nursing home"),
    "reports.col.section": QT_TRANSLATE_NOOP("Reports", "Section"),
    "reports.col.doctor": QT_TRANSLATE_NOOP("Reports", "Doctor"),
    "reports.dataset.title": QT_TRANSLATE_NOOP(
        "Reports", "Dataset for the region (with CPR numbers)"
    ),
    "reports.dataset.title_pseudonymised": QT_TRANSLATE_NOOP(
        "Reports", "Dataset for the region (pseudonymised)"
    ),
    "reports.dataset.description": QT_TRANSLATE_NOOP(
        "Reports",
        "One row per IV course with the agreement's fields and the full CPR number; each delivery is logged.",
    ),
    "reports.dataset.description_pseudonymised": QT_TRANSLATE_NOOP(
        "Reports",
        "One row per IV course with the agreement's fields; citizens as keyed pseudonyms the region cannot trace back.",
    ),
    "reports.dataset.courses": QT_TRANSLATE_NOOP("Reports", "IV courses"),
    "reports.dataset.rejections": QT_TRANSLATE_NOOP("Reports", "Rejected referrals"),
    "reports.dataset.courses_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Courses active in the period: started on or before its last day and not ended before its first. The counts are the whole course's.",
    ),
    "reports.dataset.rejections_note": QT_TRANSLATE_NOOP(
        "Reports", "Referrals rejected in the period, by the day of the decision."
    ),
    "reports.dataset.identifying_note": QT_TRANSLATE_NOOP(
        "Reports",
        "This dataset holds full CPR numbers: its delivery is recorded in the audit trail.",
    ),
    "reports.dataset.pseudonymised_note": QT_TRANSLATE_NOOP(
        "Reports",
        "Citizens appear as keyed pseudonyms, the same in every delivery from this store, with five-year age bands; no names, CPR numbers or birth dates.",
    ),
    "reports.dataset.fig.courses": QT_TRANSLATE_NOOP("Reports", "Courses"),
    "reports.dataset.fig.citizens": QT_TRANSLATE_NOOP("Reports", "Citizens"),
    "reports.dataset.fig.rejections": QT_TRANSLATE_NOOP("Reports", "Rejected referrals"),
    "reports.dataset.col.course": QT_TRANSLATE_NOOP("Reports", "Course"),
    "reports.dataset.col.referral": QT_TRANSLATE_NOOP("Reports", "Referral"),
    "reports.dataset.col.cpr": QT_TRANSLATE_NOOP("Reports", "CPR number"),
    "reports.dataset.col.pseudonym": QT_TRANSLATE_NOOP("Reports", "Pseudonym"),
    "reports.dataset.col.age_band": QT_TRANSLATE_NOOP("Reports", "Age band"),
    "reports.dataset.col.course_type": QT_TRANSLATE_NOOP("Reports", "Course type"),
    "reports.dataset.col.treatment": QT_TRANSLATE_NOOP("Reports", "Treatment"),
    "reports.dataset.col.pump": QT_TRANSLATE_NOOP("Reports", "Pump"),
    "reports.dataset.col.iv_access": QT_TRANSLATE_NOOP("Reports", "IV access"),
    "reports.dataset.col.closed_system": QT_TRANSLATE_NOOP("Reports", "Closed system"),
    "reports.dataset.col.hospital_unit": QT_TRANSLATE_NOOP("Reports", "Hospital unit"),
    "reports.dataset.col.department": QT_TRANSLATE_NOOP("Reports", "Department"),
    "reports.dataset.col.referred_on": QT_TRANSLATE_NOOP("Reports", "Referred"),
    "reports.dataset.col.accepted_on": QT_TRANSLATE_NOOP("Reports", "Accepted"),
    "reports.dataset.col.accepted_time": QT_TRANSLATE_NOOP("Reports", "Accepted at"),
    "reports.dataset.col.first_dose_on": QT_TRANSLATE_NOOP("Reports", "First dose"),
    "reports.dataset.col.start_date": QT_TRANSLATE_NOOP("Reports", "Municipal start"),
    "reports.dataset.col.end_date": QT_TRANSLATE_NOOP("Reports", "End"),
    "reports.dataset.col.end_reason": QT_TRANSLATE_NOOP("Reports", "End reason"),
    "reports.dataset.col.status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "reports.dataset.col.length_days": QT_TRANSLATE_NOOP("Reports", "Length (days)"),
    "reports.dataset.col.place": QT_TRANSLATE_NOOP("Reports", "Planned place"),
    "reports.dataset.col.doses_per_day": QT_TRANSLATE_NOOP("Reports", "Doses a day"),
    "reports.dataset.col.administrations": QT_TRANSLATE_NOOP("Reports", "Administrations"),
    "reports.dataset.col.minutes_total": QT_TRANSLATE_NOOP("Reports", "Minutes at the citizen"),
    "reports.dataset.col.administrations_home": QT_TRANSLATE_NOOP("Reports", "At home"),
    "reports.dataset.col.administrations_clinic": QT_TRANSLATE_NOOP(
        "Reports", "In a municipal clinic"
    ),
    "reports.dataset.col.administrations_nursing_home": QT_TRANSLATE_NOOP(
        "Reports", "In a nursing home"
    ),
    "reports.dataset.col.performing_units": QT_TRANSLATE_NOOP("Reports", "Performing units"),
    "reports.dataset.col.crp_due_on": QT_TRANSLATE_NOOP("Reports", "CRP due"),
    "reports.dataset.col.crp_on": QT_TRANSLATE_NOOP("Reports", "CRP measured"),
    "reports.dataset.col.crp_treatment_day": QT_TRANSLATE_NOOP("Reports", "CRP on treatment day"),
    "reports.dataset.col.crp_value": QT_TRANSLATE_NOOP("Reports", "CRP (mg/L)"),
    "reports.dataset.col.crp_method": QT_TRANSLATE_NOOP("Reports", "CRP method"),
    "reports.dataset.col.crp_decision": QT_TRANSLATE_NOOP("Reports", "Decision"),
    "reports.dataset.col.crp_decision_on": QT_TRANSLATE_NOOP("Reports", "Decided"),
    "reports.dataset.col.decided_on": QT_TRANSLATE_NOOP("Reports", "Rejected"),
    "reports.dataset.col.rejection_reason": QT_TRANSLATE_NOOP("Reports", "Rejection reason"),
}
