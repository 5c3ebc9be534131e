"""Decisions that end a course are confirmed and can be taken back (issue #12, item 1): the
confirmation names the effect and the hospital's plan, "No" is its default (Enter does not end
the course), and the author takes the decision back the same day with an audit entry."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.models import AuditEntry
from app.services.iv import referrals, views
from app.views.iv.course_form import CourseFormDialog
from app.views.iv.course_window import open_course
from tests.gui.test_iv_story_gui import choose
from tests.unit.iv_helpers import at, citizen, department, referral

REAL_ASK = CourseFormDialog.ask  # read at import, before tests/gui/conftest.py answers it


def shown(course) -> set[str]:
    return {k for k, b in course.actions.items() if b.isVisibleTo(course)}


def crp_dialog(qtbot, ctx):
    uuid = referral(ctx, citizen(ctx), department(ctx), plan_oral_switch="Ikke før planlagt slut")
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at(-1, 10))
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    check = course.make_dialog("crp")
    check.value.setText("106,8")
    check.conference_box.setChecked(True)
    check.conference.set_text("conference_with", "Læge K. Lund, Infektionsmedicinsk Afd. Q")
    return uuid, course, check


def test_no_decision_is_preselected(qtbot, danish, ctx):
    _, _, check = crp_dialog(qtbot, ctx)
    assert check.decision.currentData() == ""
    assert not check.save()  # a decision must be chosen
    said = check.conference.errors["decision"].text()
    assert said == "Vælg den beslutning, den behandlingsansvarlige afdeling traf."
    assert "continue_iv" not in said  # no codes (it once listed them)


def test_enter_on_the_confirmation_does_not_end_the_course(qtbot, danish, ctx, monkeypatch):
    uuid, _, check = crp_dialog(qtbot, ctx)
    choose(check.decision, "switch_to_oral")
    monkeypatch.setattr(CourseFormDialog, "ask", REAL_ASK)  # the real modal box
    seen: list[str] = []

    def press_enter():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        seen.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert not check.save()
    assert "Skift til tabletter" in seen[0]
    assert "Ikke før planlagt slut" in seen[0]  # the hospital's plan is in view
    view = views.get_course(ctx, uuid)
    assert (view.status, view.open_crp_uuid) == ("accepted", None)  # nothing was saved


def test_a_switch_to_tablets_is_confirmed_and_taken_back_with_an_audit_entry(
    qtbot, danish, ctx, confirmations
):
    uuid, course, check = crp_dialog(qtbot, ctx)
    choose(check.decision, "switch_to_oral")
    assert check.save()
    assert len(confirmations) == 1 and "Ikke før planlagt slut" in confirmations[0]
    assert views.get_course(ctx, uuid).status == "ended"
    assert shown(course) == {"correct_decision", "outcome"}  # and its outcome (issue #14)
    undo = course.make_dialog("correct_decision")
    undo.reason.setPlainText("Forkert valg i listen")
    assert undo.save()
    view = views.get_course(ctx, uuid)
    assert (view.status, view.end_reason) == ("accepted", "")
    assert "decision" in shown(course)  # the value awaits a new decision
    with ctx.store.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "correct")).all()
    assert {e.entity for e in entries} == {"iv_course", "iv_crp"}
    assert all(e.reason == "Forkert valg i listen" for e in entries)
