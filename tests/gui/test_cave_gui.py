"""CAVE on screen (issue #12 item 4): the course and episode headers and the banner of
every dialog that changes them show it — red for allergies, and "not asked" never looks
like "no known allergies"; the citizen and referral dialogs record it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services import cave, citizens
from app.services.iv import views
from app.views.acute.episode_window import open_episode
from app.views.citizens.citizen_dialog import CitizenDialog
from app.views.iv.course_window import open_course
from app.views.iv.referral import ReferralDialog
from tests.unit import acute_helpers
from tests.unit.iv_helpers import citizen, department, referral

from .test_iv_story_gui import fill_referral


def test_the_course_header_and_banners_show_cave(qtbot, danish, ctx):
    person = citizen(ctx)
    uuid = referral(ctx, person, department(ctx), cave_state="known", cave="penicillin (allergi)")
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    assert course.header.cave.text() == "CAVE: penicillin (allergi)"
    assert course.header.cave.property("cave_state") == "known"
    assert "#b00020" in course.header.cave.styleSheet()  # red
    banner = course.make_dialog("accept").findChild(QLabel, "course_banner")
    assert "CAVE: penicillin (allergi)" in banner.text()


def test_not_asked_and_none_differ_and_the_header_follows_the_citizen(qtbot, danish, ctx):
    person = citizen(ctx)
    uuid = referral(ctx, person, department(ctx))
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    assert course.header.cave.text() == "CAVE ikke oplyst"
    dialog = CitizenDialog(ctx, citizens.open_citizen(ctx, person))
    qtbot.addWidget(dialog)
    assert dialog.cave.state.currentData() == "unknown"
    assert not dialog.cave.entries.isEnabled()  # nothing to write for "not asked"
    dialog.cave.state.setCurrentIndex(dialog.cave.state.findData("known"))
    dialog.save()  # "known" with no entry: refused at the field, nothing written
    assert dialog.result() == 0
    assert "penicillin" in dialog.form.errors["cave"].text()
    assert citizens.open_citizen(ctx, person).cave.state == "unknown"
    dialog.cave.state.setCurrentIndex(dialog.cave.state.findData("none"))
    dialog.save()
    assert dialog.result() == CitizenDialog.DialogCode.Accepted
    assert course.header.cave.text() == "Ingen kendte allergier"  # reloaded through the hub
    assert course.header.cave.property("cave_state") == "none"


def test_the_episode_header_and_banner_show_cave(qtbot, danish, ctx):
    person = acute_helpers.citizen(ctx)
    made = citizens.open_citizen(ctx, person)
    cave.record_cave(ctx, person, made.version, "known", "latex (allergi); laktose (intolerans)")
    window = open_episode(ctx, acute_helpers.episode(ctx, person))
    qtbot.addWidget(window)
    assert window.header.cave.text() == "CAVE: latex (allergi); laktose (intolerans)"
    banner = window.make_dialog("measurement").banner
    assert "CAVE: latex (allergi); laktose (intolerans)" in banner.text()


def test_the_referral_dialog_carries_the_hospitals_cave(qtbot, danish, ctx, confirmations):
    dept, person = department(ctx), citizen(ctx)
    dialog = ReferralDialog(ctx)
    qtbot.addWidget(dialog)
    fill_referral(dialog, dept)
    dialog.form.set_text("responsible_doctor", "Overlæge Hansen")
    dialog.form.set_text("drug", "Piperacillin/tazobactam")
    assert dialog.cave.state.currentText() == "Ikke oplyst af sygehuset"
    dialog.cave.state.setCurrentIndex(dialog.cave.state.findData("known"))
    dialog.cave.entries.setPlainText("penicillin (allergi: udslæt)\nlatex")
    assert dialog.save()
    assert views.get_course(ctx, dialog.created).cave.text == "penicillin (allergi: udslæt); latex"
    assert citizens.open_citizen(ctx, person).cave.state == "known"
