"""The outcome of an IV course and a readmission after it (issue #14 item 3).

The outcome is recorded in the style of BSAC's National Outcomes Registry (NORS) for OPAT
(outpatient parenteral antimicrobial therapy), whose "OPAT outcome" has four values; an
outcome not (yet) recorded is the empty code and counts as "not recorded" in the report. A
readmission within :data:`READMISSION_DAYS` days after the course's last day (the Danish
indicator "genindlæggelse inden for 30 dage") is kept as its date; a course that ended
*because* the citizen was readmitted (end reason ``readmitted``, D7) is counted by its end
reason, not again as a readmission after the end.
"""

from __future__ import annotations

import datetime as dt
import enum

from app.domain.problems import Problem, problem

#: the readmission window after the course's last day (0–30 days, both included)
READMISSION_DAYS = 30


class Outcome(enum.StrEnum):
    """The NORS OPAT outcome, judged at the end of the course:

    - ``success``: completed at home as planned, with no readmission for the infection or
      the treatment;
    - ``partial``: completed at home, but not as planned — the drug, the access or the
      length had to change, or the citizen was readmitted for an unrelated reason;
    - ``failure``: the treatment at home failed — readmitted because the infection got
      worse or the treatment harmed (a reaction, a line complication), or died of it;
    - ``indeterminate``: cannot be judged — moved away, lost to follow-up, or stopped for
      a reason unrelated to the infection and the treatment.
    """

    SUCCESS = "success"
    PARTIAL = "partial"
    FAILURE = "failure"
    INDETERMINATE = "indeterminate"


def outcome_problems(outcome: str) -> list[Problem]:
    """An outcome is one of :class:`Outcome` or empty (not recorded)."""
    if outcome and outcome not in set(Outcome):
        return [problem("outcome", "outcomes.unknown", value=outcome)]
    return []


def readmission_problems(
    end: dt.date | None, end_reason: str, day: dt.date, today: dt.date
) -> list[Problem]:
    """A readmission date lies 0–:data:`READMISSION_DAYS` days after the course's last
    day ``end``, not in the future; a course still running or ended by a readmission (D7)
    takes none."""
    if end is None:
        return [problem("readmitted_on", "outcomes.readmission_not_ended")]
    if end_reason == "readmitted":
        return [problem("readmitted_on", "outcomes.readmission_by_end")]
    if not 0 <= (day - end).days <= READMISSION_DAYS:
        return [
            problem("readmitted_on", "outcomes.readmission_window", days=READMISSION_DAYS, end=end)
        ]
    if day > today:
        return [problem("readmitted_on", "outcomes.readmission_future")]
    return []
