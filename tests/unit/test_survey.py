"""The anonymous satisfaction survey (DIGEST §1.16, issue #14 item 5): sheets typed in
with no citizen and no user on them, checked, corrected or deleted only the day they were
typed in, audit-logged without their answers; and ``iv.survey`` reconciled with a plain
count over the sheets (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest
from sqlalchemy import func, select, update

from app.domain import clock
from app.domain import survey as rules
from app.domain.reports import percent
from app.errors import Forbidden, InvalidInput, StaleRecord
from app.models import AuditEntry
from app.models.survey import SurveySheet
from app.services.reports import registry, survey
from app.services.reports.survey import SheetInput
from app.services.security import users
from tests.conftest import PASSWORD

TODAY = clock.today()


def sheets(ctx) -> list[SurveySheet]:
    with ctx.store.read() as s:
        return s.scalars(select(SurveySheet).order_by(SurveySheet.id)).all()


def codes(call) -> list[str]:
    with pytest.raises(InvalidInput) as caught:
        call()
    return [p.code for p in caught.value.problems]


def test_a_sheet_is_stored_with_no_citizen_nor_user_and_the_audit_keeps_no_answer(ctx):
    data = SheetInput(
        TODAY, "yes", "partly", "no", "dont_know", "home", "  Tak for hjælpen, Else  "
    )
    done = survey.record_survey_answer(ctx, data)
    assert done.changes.names() == {"survey_sheet", f"survey_sheet:{done.value.uuid}"}
    (sheet,) = sheets(ctx)
    assert (sheet.q1, sheet.q2, sheet.q3, sheet.q4, sheet.q5) == ("yes", "partly", "no",
                                                                  "dont_know", "home")  # fmt: skip
    assert sheet.comment == "Tak for hjælpen, Else"
    columns = set(SurveySheet.__table__.c.keys())
    assert not {c for c in columns if "citizen" in c or "user" in c or c.endswith("_by_id")}
    assert not SurveySheet.__table__.foreign_keys  # linked to nothing
    with ctx.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "survey_sheet")).one()
    assert (entry.action, entry.user_id, entry.after) == (
        "create", ctx.user_id, {"received_on": TODAY.isoformat()},
    )  # fmt: skip
    assert "Else" not in str(entry.before) + str(entry.after)


def test_bad_sheets_are_refused_with_each_problem_and_nothing_written(ctx):
    wrong = SheetInput(TODAY + dt.timedelta(days=1), q1="maybe", q5="yes", comment="x" * 2001)
    assert codes(lambda: survey.record_survey_answer(ctx, wrong)) == [
        "survey.received_range", "survey.unknown_answer", "survey.unknown_answer",
        "survey.comment_long",
    ]  # fmt: skip
    assert codes(lambda: survey.record_survey_answer(ctx, SheetInput(TODAY, comment="  "))) == [
        "survey.blank"
    ]
    early = SheetInput(rules.FIRST_DAY - dt.timedelta(days=1), q1="yes")
    assert codes(lambda: survey.record_survey_answer(ctx, early)) == ["survey.received_range"]
    assert sheets(ctx) == []
    survey.record_survey_answer(ctx, SheetInput(TODAY, comment="Kun en kommentar"))
    assert len(sheets(ctx)) == 1  # a sheet with only a comment says something


def test_a_mistyped_sheet_is_corrected_or_deleted_the_same_day_only(ctx):
    first = survey.record_survey_answer(ctx, SheetInput(TODAY, q1="no")).value
    second = survey.record_survey_answer(ctx, SheetInput(TODAY, q1="yes")).value
    assert [s.uuid for s in survey.todays_sheets(ctx)] == [second.uuid, first.uuid]
    fixed = survey.correct_survey_answer(
        ctx, first.uuid, first.version, SheetInput(TODAY, q1="yes")
    )
    assert fixed.value.answers["q1"] == "yes" and fixed.value.version == first.version + 1
    with pytest.raises(StaleRecord):
        survey.correct_survey_answer(ctx, first.uuid, first.version, SheetInput(TODAY, q1="no"))
    gone = survey.delete_survey_answer(ctx, second.uuid, second.version)
    assert gone.changes.names() == {"survey_sheet", f"survey_sheet:{second.uuid}"}
    assert [s.uuid for s in sheets(ctx)] == [first.uuid]
    with ctx.store.session() as s:  # typed in yesterday
        s.execute(update(SurveySheet).values(created_at=clock.now_utc() - dt.timedelta(days=1)))
    assert survey.todays_sheets(ctx) == []
    view = fixed.value
    assert codes(lambda: survey.delete_survey_answer(ctx, view.uuid, view.version)) == [
        "survey.not_today"
    ]
    assert codes(
        lambda: survey.correct_survey_answer(
            ctx, view.uuid, view.version, SheetInput(TODAY, q1="no")
        )
    ) == ["survey.not_today"]
    with ctx.store.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "survey_sheet")
                            .order_by(AuditEntry.id)).all()  # fmt: skip
    assert actions == ["create", "create", "update", "delete"]


def test_entering_needs_the_survey_permission(ctx):
    users.add_user(ctx, "Ada Admin", "AA", ["administrator"], PASSWORD)
    admin = users.sign_in(ctx.store, "AA", PASSWORD)
    with pytest.raises(Forbidden):
        survey.record_survey_answer(admin, SheetInput(TODAY, q1="yes"))
    users.add_user(ctx, "Nina Nurse", "NN", ["nurse"], PASSWORD)
    nurse = users.sign_in(ctx.store, "NN", PASSWORD)
    assert survey.record_survey_answer(nurse, SheetInput(TODAY, q1="yes")).value.uuid


def test_every_figure_of_iv_survey_reconciles_with_the_sheets(other_ctx):
    ctx, rng = other_ctx, random.Random(16)
    start, end = TODAY - dt.timedelta(days=60), TODAY - dt.timedelta(days=10)
    for _ in range(120):
        received = TODAY - dt.timedelta(days=rng.randint(0, 70))  # some outside the period
        answers = {key: rng.choice(["", *scale]) for key, scale in rules.QUESTIONS}
        comment = rng.choice(["", "", "Meget tryg ved sygeplejerskerne.", "For mange besøg."])
        if not comment and not any(answers.values()):
            answers["q1"] = "yes"
        survey.record_survey_answer(ctx, SheetInput(received, **answers, comment=comment))
    survey.record_survey_answer(ctx, SheetInput(start, q1="no"))  # the period's edges
    survey.record_survey_answer(ctx, SheetInput(end, q5="hospital", comment="Sidste dag"))
    report = registry.run_report(ctx, "iv.survey", registry.filters(start, end, "OUH", "x"))
    inside = [s for s in sheets(ctx) if start <= s.received_on <= end]
    n = len(inside)
    figure = {f.key: f.value for f in report.figures}
    assert figure == {"sheets": n, "with_comment": sum(1 for s in inside if s.comment)}
    assert 0 < n < 122
    scale = ["yes", "partly", "no", "dont_know", "blank"]
    for table in ("agreement", "agreement_share"):
        for row in report.table(table).rows:
            key = str(row[0])
            counted = Counter(getattr(s, key) or "blank" for s in inside)
            want = [counted[c] for c in scale]
            assert list(row[1:]) == (want if table == "agreement" else
                                     [percent(w, n) for w in want])  # fmt: skip
    counted = Counter(s.q5 or "blank" for s in inside)
    got = {str(r[0]): (r[1], r[2]) for r in report.table("preference").rows}
    assert got == {c: (counted[c], percent(counted[c], n))
                   for c in ["hospital", "home", "no_preference", "blank"]}  # fmt: skip
    comments = report.table("comments").rows
    assert list(comments) == sorted(
        ((s.received_on, s.comment) for s in inside if s.comment), key=lambda r: r[0]
    )
    assert comments[-1] == (end, "Sidste dag")
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(SurveySheet)) == 122
