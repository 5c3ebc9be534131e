"""The anonymous satisfaction survey of the IV agreement (DIGEST §1.16, issue #14 item 5).

Citizens treated at home answer six questions on paper; a nurse or a manager types each
sheet in. A sheet is never linked to a citizen (nor, in the table, to who typed it: that is
in the audit trail only). Questions 1–4 are answered on :class:`Answer`'s scale, question 5
on :class:`Preference`'s, question 6 is free text; an answer left blank on paper is the
empty code ("not answered").

1. Did you feel you could choose whether the treatment took place in hospital or at home?
2. Did you feel safe with the treatment in your own home?
3. Did you feel well informed about the tasks to be carried out in your home?
4. Did you experience the same procedures being followed each time a nurse came?
5. If you need similar treatment again, would you prefer hospital or your own home?
6. Anything to add, or suggestions?
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

from app.domain.problems import Problem, problem

#: the agreement's survey began with the agreement (1 October 2021, DIGEST §1.17)
FIRST_DAY = dt.date(2021, 10, 1)
#: the longest free-text answer typed in (a paper sheet's comment box)
COMMENT_MAX = 2000


class Answer(enum.StrEnum):
    """Questions 1–4."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    DONT_KNOW = "dont_know"


class Preference(enum.StrEnum):
    """Question 5."""

    HOSPITAL = "hospital"
    HOME = "home"
    NO_PREFERENCE = "no_preference"


#: the closed questions in order, each with its scale
QUESTIONS: tuple[tuple[str, type[enum.StrEnum]], ...] = (
    ("q1", Answer),
    ("q2", Answer),
    ("q3", Answer),
    ("q4", Answer),
    ("q5", Preference),
)


def sheet_problems(
    received: dt.date, answers: Mapping[str, str], comment: str, entered: dt.date
) -> list[Problem]:
    """A sheet is received between the survey's first day and the day it is typed in
    (``entered``), every closed answer is on its question's scale or blank, the comment
    fits, and the sheet says something (a blank sheet is a typing slip)."""
    problems = []
    if not FIRST_DAY <= received <= entered:
        problems.append(problem("received_on", "survey.received_range", first=FIRST_DAY))
    for key, scale in QUESTIONS:
        value = answers.get(key, "")
        if value and value not in set(scale):
            problems.append(problem(key, "survey.unknown_answer", value=value))
    if len(comment) > COMMENT_MAX:
        problems.append(problem("comment", "survey.comment_long", n=COMMENT_MAX))
    if not comment.strip() and not any(answers.get(key, "") for key, _ in QUESTIONS):
        problems.append(problem("q1", "survey.blank"))
    return problems
