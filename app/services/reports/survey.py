"""Typing in the satisfaction survey's paper sheets (DIGEST §1.16, issue #14 item 5).

A sheet is anonymous: it carries no citizen and no user (app/models/survey.py). Who typed a
sheet in is in the audit trail, which says only *that* a sheet was entered, corrected or
deleted and the day it was received — never its answers nor its comment, which may name
someone and would stay in the append-only trail for good. A sheet typed wrong is corrected
or deleted on the day it was typed in (the pile is still at hand); later it stands.
Entering needs ``reports.survey`` (nurse, visitator, manager).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import survey as rules
from app.domain.problems import problem
from app.errors import InvalidInput, NotFound, StaleRecord
from app.models.survey import SurveySheet
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

ENTITY = "survey_sheet"
KEYS = tuple(key for key, _ in rules.QUESTIONS)


@dataclass(frozen=True)
class SheetInput:
    """One paper sheet as typed: ``answers`` by question key (q1–q5, "" = not answered)."""

    received_on: dt.date
    q1: str = ""
    q2: str = ""
    q3: str = ""
    q4: str = ""
    q5: str = ""
    comment: str = ""

    def answers(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in KEYS}


@dataclass(frozen=True)
class SheetView:
    uuid: str
    version: int
    received_on: dt.date
    answers: dict[str, str]
    comment: str


def _view(sheet: SurveySheet) -> SheetView:
    return SheetView(
        sheet.uuid,
        sheet.version,
        sheet.received_on,
        {key: getattr(sheet, key) for key in KEYS},
        sheet.comment,
    )


def _check(data: SheetInput) -> None:
    problems = rules.sheet_problems(
        data.received_on, data.answers(), data.comment.strip(), clock.today()
    )
    if problems:
        raise InvalidInput(problems)


def _fill(sheet: SurveySheet, data: SheetInput) -> None:
    sheet.received_on = data.received_on
    for key, value in data.answers().items():
        setattr(sheet, key, value)
    sheet.comment = data.comment.strip()
    sheet.updated_at = clock.now_utc()


def _editable(session: Session, uuid: str, expected_version: int) -> SurveySheet:
    """The sheet as the user saw it, typed in today (Copenhagen) — else refused."""
    sheet = session.scalars(select(SurveySheet).where(SurveySheet.uuid == uuid)).one_or_none()
    if sheet is None:
        raise NotFound(ENTITY, uuid)
    if sheet.version != expected_version:
        raise StaleRecord(ENTITY, "", sheet.updated_at)
    if clock.local(sheet.created_at).date() != clock.today():
        raise InvalidInput([problem("received_on", "survey.not_today")])
    return sheet


def record_survey_answer(ctx: Context, data: SheetInput) -> Done[SheetView]:
    """Type one paper sheet in."""
    require(ctx, "reports.survey")
    _check(data)
    with ctx.store.session() as session:
        sheet = SurveySheet(created_at=clock.now_utc())
        _fill(sheet, data)
        session.add(sheet)
        session.flush()
        audit.write(session, ctx, "create", ENTITY, sheet.uuid,
                    after={"received_on": data.received_on.isoformat()})  # fmt: skip
        view = _view(sheet)
    return Done(view, Changes.of(ENTITY, view.uuid))


def correct_survey_answer(
    ctx: Context, uuid: str, expected_version: int, data: SheetInput
) -> Done[SheetView]:
    """Correct a sheet typed wrong, on the day it was typed in."""
    require(ctx, "reports.survey")
    _check(data)
    with ctx.store.session() as session:
        sheet = _editable(session, uuid, expected_version)
        before = sheet.received_on.isoformat()
        _fill(sheet, data)
        session.flush()
        audit.write(session, ctx, "update", ENTITY, uuid, before={"received_on": before},
                    after={"received_on": data.received_on.isoformat()})  # fmt: skip
        view = _view(sheet)
    return Done(view, Changes.of(ENTITY, uuid))


def delete_survey_answer(ctx: Context, uuid: str, expected_version: int) -> Done[None]:
    """Delete a sheet typed by mistake (twice, or not a survey sheet), the same day."""
    require(ctx, "reports.survey")
    with ctx.store.session() as session:
        sheet = _editable(session, uuid, expected_version)
        received = sheet.received_on.isoformat()
        session.delete(sheet)
        session.flush()
        audit.write(session, ctx, "delete", ENTITY, uuid, before={"received_on": received})
    return Done(None, Changes.of(ENTITY, uuid))


def todays_sheets(ctx: Context) -> list[SheetView]:
    """The sheets typed in today, newest first: the pile so far, each still correctable."""
    require(ctx, "reports.survey")
    start = dt.datetime.combine(clock.today(), dt.time(), clock.COPENHAGEN).astimezone(dt.UTC)
    with ctx.store.read() as session:
        query = (
            select(SurveySheet)
            .where(SurveySheet.created_at >= start)
            .order_by(SurveySheet.created_at.desc(), SurveySheet.id.desc())
        )
        return [_view(s) for s in session.scalars(query)]
