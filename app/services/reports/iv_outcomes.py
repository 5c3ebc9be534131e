"""The IV courses' outcomes and safety (issue #14 item 3) and the satisfaction survey
(item 5, DIGEST §1.16): the reports ``iv.outcomes`` and ``iv.survey``.

``iv.outcomes`` counts, for the courses whose last day falls in the period (D7): the end
reasons, the NORS outcome (app/domain/outcomes.py; "not recorded" for none) and the
readmissions within 30 days after the end; and, for the administrations in the period,
the complications by kind per 100 municipal treatment days and the municipal treatment days
themselves (days with at least one municipal administration: the hospital bed days spared)
per hospital unit and month. ``unit`` is the code of the referring department's hospital
unit (D9), ``team`` the citizen's responsible team. Everything is aggregated in SQL; only
the administrations that name a complication (under 1 %) come back as rows.

``iv.survey`` counts the sheets received in the period question by question and lists the
comments; it is anonymous, so the unit and team filters do not apply.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from app.domain import iv as iv_rules
from app.domain import outcomes as outcome_rules
from app.domain import survey as survey_rules
from app.domain.reports import (
    Cell,
    Chart,
    Column,
    Figure,
    Filters,
    Label,
    Progress,
    Report,
    ReportSpec,
    Table,
    per_100,
    percent,
)
from app.models import Administration, Citizen, Department, HospitalUnit, IvCourse, Team
from app.models.iv import COMPLICATED
from app.models.survey import SurveySheet

R = "reports.outcomes."
S = "reports.survey."
NOT_RECORDED = "not_recorded"
BLANK = "blank"

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "iv.outcomes", R + "title", R + "description", "iv",
        "app.services.reports.iv_outcomes:build_outcomes",
    ),
    ReportSpec(
        "iv.survey", S + "title", S + "description", "iv",
        "app.services.reports.iv_outcomes:build_survey",
    ),
)  # fmt: skip


Q = TypeVar("Q", bound="Select[*tuple[Any, ...]]")


def _filtered(query: Q, filters: Filters) -> Q:
    """``query`` (over iv_courses) narrowed to the unit's and the team's courses."""
    if filters.unit:
        query = (
            query.join(Department, Department.id == IvCourse.department_id)
            .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
            .where(HospitalUnit.code == filters.unit)
        )
    if filters.team:
        query = (
            query.join(Citizen, Citizen.id == IvCourse.citizen_id)
            .join(Team, Team.id == Citizen.team_id)
            .where(Team.name == filters.team)
        )
    return query


def _count_rows(
    key: str, title: str, column: str, labels: list[tuple[str, str]], counts: Counter[str]
) -> Table:
    whole = sum(counts.values())
    return Table(
        key,
        R + title,
        (
            Column(column, R + "col." + column),
            Column("courses", R + "col.courses", "count"),
            Column("share", R + "col.share", "percent"),
        ),
        tuple(
            (Label(label, code), counts[code], percent(counts[code], whole))
            for code, label in labels
        ),
        R + "ended_note",
    )


def _ended(session: Session, filters: Filters) -> tuple[Counter[str], Counter[str], int]:
    """End reasons, outcomes and readmissions of the courses ended in the period."""
    query = _filtered(
        select(
            IvCourse.end_reason,
            IvCourse.outcome,
            func.count(),
            func.count(IvCourse.readmitted_on),
        ).where(IvCourse.end_date >= filters.start, IvCourse.end_date <= filters.end),
        filters,
    ).group_by(IvCourse.end_reason, IvCourse.outcome)
    reasons: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    readmitted = 0
    for reason, outcome, courses, readmissions in session.execute(query):
        reasons[reason] += courses
        outcomes[outcome or NOT_RECORDED] += courses
        readmitted += readmissions
    return reasons, outcomes, readmitted


def _days(session: Session, filters: Filters) -> dict[tuple[str, int, int], int]:
    """Municipal treatment days by (unit code, year, month): the distinct (course, day)
    pairs counted per unit and day in SQL, the days summed to months here (no date
    function differs between SQLite and PostgreSQL)."""
    days = (
        select(Administration.course_id, Administration.day)
        .where(Administration.day >= filters.start, Administration.day <= filters.end)
        .distinct()
        .subquery()
    )
    query = _filtered(
        select(HospitalUnit.code, days.c.day, func.count())
        .select_from(days)
        .join(IvCourse, IvCourse.id == days.c.course_id),
        filters,
    )
    if not filters.unit:  # _filtered joined them for a unit
        query = query.join(Department, Department.id == IvCourse.department_id).join(
            HospitalUnit, HospitalUnit.id == Department.unit_id
        )
    found: Counter[tuple[str, int, int]] = Counter()
    for code, day, n in session.execute(query.group_by(HospitalUnit.code, days.c.day)):
        found[(code, day.year, day.month)] += n
    return dict(found)


def _complications(session: Session, filters: Filters) -> Counter[str]:
    """Each kind named by an administration in the period (once per administration)."""
    query = _filtered(
        select(Administration.complications)
        .join(IvCourse, IvCourse.id == Administration.course_id)
        .where(
            Administration.day >= filters.start,
            Administration.day <= filters.end,
            # the condition of the partial index ix_iv_administrations_complicated, as
            # written there (a bound parameter would hide it from SQLite's planner)
            text(COMPLICATED),
        ),
        filters,
    )
    found: Counter[str] = Counter()
    for codes in session.scalars(query):
        found.update(set(codes or ()))
    return found


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _days_table(days: dict[tuple[str, int, int], int], filters: Filters) -> Table:
    """Wide: one row a month, one column a hospital unit (its code), then all units."""
    units = sorted({code for code, _, _ in days})
    rows: list[tuple[Cell, ...]] = []
    for year, month in _months(filters.start, filters.end):
        counts = [days.get((code, year, month), 0) for code in units]
        rows.append((dt.date(year, month, 1), *counts, sum(counts)))
    columns = (
        Column("month", R + "col.month", "month"),
        *(Column(code, code, "days") for code in units),
        Column("total", R + "col.total", "days"),
    )
    return Table("treatment_days", R + "days", columns, tuple(rows), R + "days_note")


def build_outcomes(session: Session, filters: Filters, progress: Progress) -> Report:
    """The ``iv.outcomes`` report (module docstring)."""
    progress(0, 4)
    reasons, outcomes, readmitted = _ended(session, filters)
    progress(1, 4)
    days = _days(session, filters)
    progress(2, 4)
    found = _complications(session, filters)
    progress(3, 4)
    ended = sum(reasons.values())
    treatment_days = sum(days.values())
    kinds = [str(c) for c in iv_rules.Complication]
    kinds += sorted(set(found) - set(kinds))  # a code from an older vocabulary, as stored
    by_kind = Table(
        "complications",
        R + "by_kind",
        (
            Column("kind", R + "col.kind"),
            Column("count", R + "col.count", "count"),
            Column("per_100", R + "col.per_100", "decimal"),
        ),
        tuple(
            (Label(R + "complication." + code, code), found[code], per_100(found[code],
             treatment_days))
            for code in kinds
        ),
        R + "by_kind_note",
    )  # fmt: skip
    total = sum(found.values())
    end_labels = [(str(r), R + "end." + r) for r in iv_rules.EndReason]
    end_labels += [(r, R + "end.other") for r in sorted(set(reasons) - set(iv_rules.EndReason))]
    outcome_labels = [(str(o), R + "outcome." + o) for o in outcome_rules.Outcome]
    outcome_labels.append((NOT_RECORDED, R + "outcome." + NOT_RECORDED))
    days_table = _days_table(days, filters)
    report = Report(
        "iv.outcomes",
        R + "title",
        filters,
        figures=(
            Figure("ended", R + "ended", ended),
            Figure("readmitted", R + "readmitted", readmitted),
            Figure(
                "readmitted_share", R + "readmitted_share", percent(readmitted, ended), "percent"
            ),
            Figure("treatment_days", R + "treatment_days", treatment_days, "days"),
            Figure("complications", R + "complications", total),
            Figure(
                "complication_rate",
                R + "complication_rate",
                per_100(total, treatment_days),
                "decimal",
            ),
        ),
        tables=(
            _count_rows("end_reasons", "end_reasons", "reason", end_labels, reasons),
            _count_rows("outcomes", "outcomes", "outcome", outcome_labels, outcomes),
            by_kind,
            days_table,
        ),
        charts=(
            Chart("end_reasons", R + "end_reasons", "end_reasons", "bar", "reason", ("courses",)),
            Chart("outcomes", R + "outcomes", "outcomes", "bar", "outcome", ("courses",)),
            Chart("complications", R + "by_kind", "complications", "bar", "kind", ("per_100",)),
            Chart(
                "treatment_days",
                R + "days",
                "treatment_days",
                "stacked_bar",
                "month",
                tuple(c.key for c in days_table.columns[1:-1]),
            ),
        ),
    )
    progress(4, 4)
    return report


# -- iv.survey -------------------------------------------------------------------------------


def _answer(code: str) -> Label:
    return Label(S + "answer." + (code or BLANK), code or BLANK)


def build_survey(session: Session, filters: Filters, progress: Progress) -> Report:
    """The ``iv.survey`` report (module docstring): counted in SQL by the five answers."""
    progress(0, 2)
    keys = [key for key, _ in survey_rules.QUESTIONS]
    columns = [getattr(SurveySheet, key) for key in keys]
    period = (SurveySheet.received_on >= filters.start, SurveySheet.received_on <= filters.end)
    counts: dict[str, Counter[str]] = {key: Counter() for key in keys}
    sheets = 0
    for row in session.execute(select(*columns, func.count()).where(*period).group_by(*columns)):
        *answers, n = row
        sheets += n
        for key, code in zip(keys, answers, strict=True):
            counts[key][code or BLANK] += n
    comments = session.execute(
        select(SurveySheet.received_on, SurveySheet.comment)
        .where(*period, SurveySheet.comment != "")
        .order_by(SurveySheet.received_on, SurveySheet.id)
    ).all()
    progress(1, 2)
    scale = [*(str(a) for a in survey_rules.Answer), BLANK]
    agreement: list[tuple[Cell, ...]] = []
    shares: list[tuple[Cell, ...]] = []
    for key in keys[:4]:
        agreement.append((Label(S + key, key), *(counts[key][c] for c in scale)))
        shares.append((Label(S + key, key), *(percent(counts[key][c], sheets) for c in scale)))
    answer_columns = tuple(Column(c, S + "answer." + c, "count") for c in scale)
    share_columns = tuple(Column(c, S + "answer." + c, "percent") for c in scale)
    question = Column("question", S + "col.question")
    preference = [*(str(p) for p in survey_rules.Preference), BLANK]
    q5 = counts[keys[4]]
    report = Report(
        "iv.survey",
        S + "title",
        filters,
        figures=(
            Figure("sheets", S + "sheets", sheets),
            Figure("with_comment", S + "with_comment", len(comments)),
        ),
        tables=(
            Table("agreement", S + "agreement", (question, *answer_columns), tuple(agreement),
                  S + "note"),
            Table("agreement_share", S + "agreement_share", (question, *share_columns),
                  tuple(shares), S + "note"),
            Table(
                "preference", S + "preference",
                (Column("answer", S + "col.answer"), Column("sheets", S + "col.sheets", "count"),
                 Column("share", S + "col.share", "percent")),
                tuple((_answer(c if c != BLANK else ""), q5[c], percent(q5[c], sheets))
                      for c in preference),
                S + "note",
            ),
            Table(
                "comments", S + "comments",
                (Column("received", S + "col.received", "date"),
                 Column("comment", S + "col.comment")),
                tuple((day, text) for day, text in comments),
                S + "note",
            ),
        ),
        charts=(
            Chart("agreement", S + "agreement", "agreement", "stacked_bar", "question",
                  tuple(scale)),
            Chart("preference", S + "preference", "preference", "bar", "answer", ("sheets",)),
        ),
    )  # fmt: skip
    progress(2, 2)
    return report
