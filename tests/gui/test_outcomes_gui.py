"""The outcome of a course (issue #14 item 3) at its end and later in the course window,
and the survey sheets typed in from the keyboard only (item 5), on a real store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.domain import clock
from app.models import IvCourse
from app.models.survey import SurveySheet
from app.services.iv import courses, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text
from app.views.iv import survey_dialog
from app.views.iv.course_window import open_course
from tests.gui.test_iv_story_gui import choose
from tests.unit.iv_helpers import at, citizen, day, department, referral


def stored(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalars(select(IvCourse).where(IvCourse.uuid == uuid)).one()


def running(ctx):
    uuid = referral(ctx, citizen(ctx), department(ctx))
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at(-9, 10))
    record_administration(
        ctx, uuid, AdministrationInput(start=at(-9, 15), end=at(-9, 15, 40), place="home")
    )
    return uuid


def test_the_end_takes_an_outcome_and_the_window_changes_it_and_a_readmission(qtbot, ctx):
    uuid = running(ctx)
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    end = course.make_dialog("end")
    assert "Success:" in end.outcome.toolTip() and "Indeterminate:" in end.outcome.toolTip()
    assert end.outcome.currentData() == ""  # optional: not judged yet
    end.end.setDate(end.end.date().addDays(-5))
    choose(end.outcome, "partial")
    assert end.save()
    assert (stored(ctx, uuid).status, stored(ctx, uuid).outcome) == ("ended", "partial")
    course.reload()
    assert course.actions["outcome"].isVisibleTo(course)

    dialog = course.make_dialog("outcome")
    qtbot.addWidget(dialog)
    assert dialog.outcome.currentData() == "partial" and not dialog.day.isEnabled()
    choose(dialog.outcome, "failure")
    dialog.readmitted.setChecked(True)
    assert dialog.day.isEnabled()
    dialog.day.setDate(dialog.day.date().addDays(-10))  # before the last day
    assert not dialog.save()
    error = dialog.form.errors["readmitted_on"]
    assert error.isVisibleTo(dialog) and "30" in error.text()
    assert stored(ctx, uuid).outcome == "partial"  # nothing written
    dialog.day.setDate(dialog.day.date().addDays(12))  # two days after the end
    assert dialog.save()
    row = stored(ctx, uuid)
    assert (row.outcome, row.readmitted_on) == ("failure", day(-3))
    course.reload()
    shown = course.details._end(course.view)
    assert voc.label(voc.OUTCOMES, "failure") in shown and date_text(day(-3)) in shown
    assert views.get_course(ctx, uuid).readmitted_on == day(-3)


def test_sheets_are_typed_keyboard_only_saved_and_next_corrected_and_deleted(qtbot, ctx):
    dialog = survey_dialog.SurveyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.received.setDate(dialog.received.date().addDays(-3))
    received = dialog.received.date()
    rows = dialog.rows
    rows["q1"].setFocus()
    for key in "1234":  # q1 yes, q2 partly, q3 no, q4 don't know: each moves on
        qtbot.keyClick(dialog.focusWidget(), key)
    assert dialog.focusWidget() is rows["q5"]
    qtbot.keyClick(rows["q5"], "2")  # own home
    assert dialog.focusWidget() is dialog.comment
    qtbot.keyClicks(dialog.comment, "Meget tryg")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with ctx.store.read() as s:
        (sheet,) = s.scalars(select(SurveySheet)).all()
    assert (sheet.q1, sheet.q2, sheet.q3, sheet.q4, sheet.q5, sheet.comment) == (
        "yes", "partly", "no", "dont_know", "home", "Meget tryg",
    )  # fmt: skip
    assert sheet.received_on == clock.today() - dt.timedelta(days=3)
    # the next sheet: empty, the same day received, question 1 in focus
    assert all(row.value() == "" for row in rows.values()) and dialog.comment.toPlainText() == ""
    assert dialog.focusWidget() is rows["q1"] and dialog.received.date() == received
    assert dialog.today.rowCount() == 1 and dialog.message.text()

    qtbot.keyClick(rows["q1"], Qt.Key.Key_Return)  # a blank sheet: refused at question 1
    assert dialog.errors["q1"].isVisibleTo(dialog)
    qtbot.keyClick(rows["q1"], "3")
    qtbot.keyClick(rows["q2"], Qt.Key.Key_Return)  # Enter on a question saves too
    assert dialog.today.rowCount() == 2 and not dialog.errors["q1"].isVisibleTo(dialog)

    dialog.correct(1)  # the first sheet (the list is newest first): typed wrong
    assert dialog.editing is not None and rows["q1"].value() == "yes"
    assert dialog.delete_button.isVisibleTo(dialog)
    qtbot.keyClick(rows["q1"], "3")
    qtbot.keyClick(rows["q2"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with ctx.store.read() as s:
        assert s.get(SurveySheet, sheet.id).q1 == "no"
    dialog.correct(0)
    shown: list[str] = []

    def enter_on_the_question() -> None:  # the real box: Enter keeps the sheet
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, enter_on_the_question)
    assert dialog.ask_delete(dialog.editing) is False and len(shown) == 1
    asked: list[str] = []
    dialog.ask_delete = lambda sheet: asked.append(str(sheet.received_on)) or False
    dialog.delete()  # "Keep the sheet": nothing deleted
    with ctx.store.read() as s:
        assert len(list(s.scalars(select(SurveySheet)))) == 2
    dialog.ask_delete = lambda sheet: asked.append(str(sheet.received_on)) or True
    dialog.delete()
    assert len(asked) == 2
    with ctx.store.read() as s:
        assert [x.id for x in s.scalars(select(SurveySheet))] == [sheet.id]
    assert dialog.today.rowCount() == 1 and dialog.saved == 3
    assert not dialog.changed()  # nothing typed since: closing asks nothing


def test_the_window_s_end_dialog_refuses_an_unknown_outcome_nowhere(qtbot, ctx):
    """The outcome combo holds only the four outcomes and "not recorded"."""
    uuid = running(ctx)
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    end = course.make_dialog("end")
    codes = [end.outcome.itemData(i) for i in range(end.outcome.count())]
    assert codes == ["", "success", "partial", "failure", "indeterminate"]
    courses.end_course(ctx, uuid, views.get_course(ctx, uuid).version, day(-1), "completed")
