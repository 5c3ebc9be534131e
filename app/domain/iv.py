"""Rules of Region Syddanmark's IV agreement ("Samarbejdsaftale for IV-behandling i
nærområdet", DIGEST §1) and the product decisions D1–D8, D16, as pure functions.

The services call these with plain values; the import path calls the same functions, so a
rule lives in one place.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.identifiers import age_on
from app.domain.problems import Problem, choice_problem, phrase, problem

# -- vocabularies ----------------------------------------------------------------------------


class CourseType(enum.StrEnum):
    """D1: one type at a time; a change is a dated event; billing uses the type at the end."""

    ANTIBIOTIC_NO_PUMP = "antibiotic_no_pump"
    ANTIBIOTIC_PUMP = "antibiotic_pump"
    FLUID = "fluid"

    @property
    def is_antibiotic(self) -> bool:
        return self is not CourseType.FLUID


class IvAccess(enum.StrEnum):
    """Well-functioning IV accesses covered (DIGEST §1.4, 001:5872, 5880–5883)."""

    PVK = "pvk"
    CVK = "cvk"
    PICC = "picc"
    MIDLINE = "midline"
    VIP = "vip"  # vascular injection port, e.g. Port-a-cath


class ClosedSystem(enum.StrEnum):
    """Closed systems (DIGEST §1.4, 001:5864–5870); "other" needs a description."""

    CODAN_MIX_ADD = "codan_mix_add"
    ELASTOMERIC_PUMP = "elastomeric_pump"
    CADD_PUMP = "cadd_pump"
    DIVIBAX = "divibax"
    OTHER = "other"


class Place(enum.StrEnum):
    """Where treatment is given (DIGEST §1.1 "nærmiljø", §1.15 place of treatment)."""

    HOME = "home"
    CLINIC = "municipal_clinic"
    NURSING_HOME = "nursing_home"


class Status(enum.StrEnum):
    REFERRED = "referred"  # awaiting visitation
    ACCEPTED = "accepted"  # accepted, no municipal administration yet
    ACTIVE = "active"  # municipal day 1 has happened
    REJECTED = "rejected"  # D7/D8: a rejected referral, never a course
    ENDED = "ended"


class RejectionReason(enum.StrEnum):
    """D8."""

    PATIENT_SAFETY = "patient_safety"
    CAPACITY = "capacity"
    CITIZEN_DECLINED = "citizen_declined"
    NOT_IN_TARGET_GROUP = "not_in_target_group"
    OTHER = "other"


class EndReason(enum.StrEnum):
    """D7."""

    COMPLETED = "completed"
    SWITCHED_TO_ORAL = "switched_to_oral"
    READMITTED = "readmitted"
    DIED = "died"
    TRANSFERRED = "transferred"
    OTHER = "other"


class CrpMethod(enum.StrEnum):
    POINT_OF_CARE = "point_of_care"
    LAB = "lab"
    HOSPITAL = "measured_at_hospital"  # D5: allowed when accepted after treatment day 3


class Channel(enum.StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    ELECTRONIC = "electronic"
    IN_PERSON = "in_person"


class Decision(enum.StrEnum):
    """D6: the outcome of the CRP conference with the responsible department."""

    CONTINUE_IV = "continue_iv"
    SWITCH_TO_ORAL = "switch_to_oral"
    READMIT = "readmit"

    @property
    def ends_course(self) -> EndReason | None:
        return {
            Decision.SWITCH_TO_ORAL: EndReason.SWITCHED_TO_ORAL,
            Decision.READMIT: EndReason.READMITTED,
        }.get(self)


class Complication(enum.StrEnum):
    """A complication at an administration (DIGEST §1.15; issue #14 reports them per 100
    municipal treatment days)."""

    ALLERGIC_REACTION = "allergic_reaction"
    ACCESS_PROBLEM = "access_problem"
    PVK_RESITED = "pvk_resited"
    INFILTRATION = "infiltration"
    FEVER = "fever"
    THROMBUS = "thrombus"  # issue #14: a thrombosis at the access
    INFECTION = "infection"  # issue #14: an infection of the access site or the line
    OTHER = "other"


# -- figures ---------------------------------------------------------------------------------

MIN_AGE = 15  # DIGEST §1.3, 001:5843
MIN_HOSPITAL_ANTIBIOTIC_DOSES = 2  # DIGEST §1.5, 001:5905–5907
MAX_ADMINISTRATIONS_PER_DAY = 3  # DIGEST §1.5, 001:5915–5916; D16
DAY_WINDOW = (dt.time(7, 0), dt.time(23, 0))  # DIGEST §1.5; D16
CRP_TREATMENT_DAY = 3  # D5 (configurable N, default 3)
LATE_AFTER = dt.timedelta(hours=2)  # "real-time" records (DIGEST §1.5): later than this is late
#: the time at the citizen the administration form proposes before a course has its own
FIRST_VISIT_MINUTES = 30


def vocabulary_problem(field: str, value: str, kind: type[enum.StrEnum]) -> list[Problem]:
    return choice_problem(field, value, [v.value for v in kind])


# -- day counting (D4) -----------------------------------------------------------------------


def treatment_day(first_dose: dt.date, on: dt.date) -> int:
    """D4: treatment day 1 is the date of the first IV dose (normally in hospital)."""
    return (on - first_dose).days + 1


def municipal_day(start: dt.date, on: dt.date) -> int:
    """D4: municipal day 1 is the date of the first municipal administration."""
    return (on - start).days + 1


def course_length(start: dt.date, end: dt.date) -> int:
    """D4: end − start + 1 calendar days."""
    return (end - start).days + 1


def planned_end(plan_end: dt.date | None, first_dose: dt.date, planned_days: int) -> dt.date:
    """The hospital's planned end: the plan's date, else treatment day ``planned_days`` (D4)."""
    return plan_end or first_dose + dt.timedelta(days=planned_days - 1)


def crp_due_date(
    first_dose: dt.date,
    accepted_on: dt.date,
    municipal_start: dt.date | None,
    n: int = CRP_TREATMENT_DAY,
) -> dt.date:
    """D5: due on treatment day N; a course accepted after that day has it due on municipal
    day 1 (its first municipal administration, or the day of acceptance until then)."""
    on_day_n = first_dose + dt.timedelta(days=n - 1)
    if accepted_on <= on_day_n:
        return on_day_n
    return municipal_start or accepted_on


def accepted_after_crp_day(
    first_dose: dt.date, accepted_on: dt.date, n: int = CRP_TREATMENT_DAY
) -> bool:
    return accepted_on > first_dose + dt.timedelta(days=n - 1)


# -- referral and visitation (DIGEST §1.3, §1.5, §1.11–1.12; D8) -----------------------------


@dataclass(frozen=True)
class ReferralFacts:
    cpr: str
    course_type: str
    first_dose_date: dt.date
    hospital_doses: int
    doses_per_day: int
    planned_days: int
    local_agreement_under_15: str = ""


def check_referral(facts: ReferralFacts) -> list[Problem]:
    """Field rules of a referral; the target-group rules come at acceptance."""
    found = vocabulary_problem("course_type", facts.course_type, CourseType)
    if not 1 <= facts.doses_per_day <= 6:
        found.append(problem("doses_per_day", "iv.doses_per_day"))
    if not 1 <= facts.planned_days <= 90:
        found.append(problem("planned_days", "iv.planned_days"))
    if facts.hospital_doses < 0:
        found.append(problem("hospital_doses", "iv.hospital_doses"))
    return found


def check_acceptance(facts: ReferralFacts, start: dt.date) -> list[Problem]:
    """The agreement's target group, checked when the municipality accepts:

    * age 15 or over at the start (001:5843); under 15 only under a recorded local
      agreement (001:5885–5887);
    * IV antibiotics need at least two doses in hospital before discharge (001:5905–5907).
    """
    found: list[Problem] = []
    age = age_on(facts.cpr, start)
    if age is not None and age < MIN_AGE and not facts.local_agreement_under_15.strip():
        found.append(
            problem(
                "cpr",
                "iv.age",
                age=age,
            )
        )
    if (
        facts.course_type in (CourseType.ANTIBIOTIC_NO_PUMP, CourseType.ANTIBIOTIC_PUMP)
        and facts.hospital_doses < MIN_HOSPITAL_ANTIBIOTIC_DOSES
    ):
        found.append(
            problem(
                "hospital_doses",
                "iv.hospital_doses_min",
                doses=facts.hospital_doses,
            )
        )
    return found


def check_rejection(reason: str, text: str) -> list[Problem]:
    """D8: a reason category and free text."""
    found = vocabulary_problem("rejection_reason", reason, RejectionReason)
    if not text.strip():
        found.append(problem("rejection_text", "iv.rejection_text"))
    return found


# -- administrations (D16) -------------------------------------------------------------------


def check_administration_times(
    start: dt.datetime, end: dt.datetime, same_day_count: int, reason: str
) -> tuple[list[Problem], list[str]]:
    """D16: at most 3 a day within 07:00–23:00 unless the nurse gives a reason.

    ``start``/``end`` are Copenhagen wall-clock times; ``same_day_count`` the number of
    administrations already on that date. Returns (problems, flags); flags mark an
    accepted exception for reports.
    """
    found: list[Problem] = []
    flags: list[str] = []
    if end < start:
        found.append(problem("end", "iv.end_before_start"))
        return found, flags
    if end - start > dt.timedelta(hours=12):
        found.append(problem("end", "iv.too_long"))
    outside = not (
        DAY_WINDOW[0] <= start.time() and end.time() <= DAY_WINDOW[1] and end.date() == start.date()
    )
    if outside:
        flags.append("outside_07_23")
    if same_day_count >= MAX_ADMINISTRATIONS_PER_DAY:
        flags.append("more_than_3_a_day")
    if flags and not reason.strip():
        texts = {
            "outside_07_23": phrase("iv.d16.outside"),
            "more_than_3_a_day": phrase(
                "iv.d16.number", number=same_day_count + 1, date=start.date()
            ),
        }
        parts = [texts[f] for f in flags]
        found.append(
            problem(
                "reason",
                "iv.d16",
                what=parts[0]
                if len(parts) == 1
                else phrase("iv.d16.both", first=parts[0], second=parts[1]),
            )
        )
    return found, flags


def is_late(end: dt.datetime, recorded: dt.datetime) -> bool:
    """Real-time documentation (DIGEST §1.5, 001:5976–5977): later than LATE_AFTER is late."""
    return recorded - end > LATE_AFTER


def proposed_times(
    now: dt.datetime, earlier_minutes: Iterable[int]
) -> tuple[dt.datetime, dt.datetime]:
    """The start and end the administration form proposes (Copenhagen wall clock, naive).

    The nurse records right after the visit (DIGEST §1.5), so the end is ``now``; the start
    is that visit's usual length earlier — the (upper) median of the course's earlier
    administrations longer than 0 minutes, else :data:`FIRST_VISIT_MINUTES`. The form once
    proposed start = end = now, and each form saved unchanged put 0 minutes at the citizen
    into the agreement's time study (DIGEST §1.15, "tidsrum hos borgeren"). A start that
    would fall before 07:00 on a visit ending inside the day window is proposed at 07:00
    (D16: a proposal never makes the form ask for an exception the visit does not have).
    """
    end = now.replace(second=0, microsecond=0)
    known = sorted(m for m in earlier_minutes if m > 0)
    minutes = known[len(known) // 2] if known else FIRST_VISIT_MINUTES  # the (upper) median
    start = end - dt.timedelta(minutes=minutes)
    opens = dt.datetime.combine(end.date(), DAY_WINDOW[0])
    if start < opens <= end:
        start = opens
    return start, end
