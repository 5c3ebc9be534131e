"""The course and episode windows show their buttons from the declared workflow (app/workflows.py,
STYLE §13), and the CRP dialog stores the value and its decision all or nothing (D5/D6)."""

from __future__ import annotations

from app.services.acute import episodes
from app.services.acute import views as acute_views
from app.services.acute.episodes import EndInput
from app.services.iv import courses, crp, referrals, views
from app.services.iv.crp import CrpInput
from app.views.acute.episode_window import open_episode
from app.views.iv.course_window import open_course
from app.workflows import ACUTE_EPISODE, IV_COURSE
from tests.gui.test_iv_story_gui import choose
from tests.unit import acute_helpers
from tests.unit.iv_helpers import at, citizen, day, department, referral


def shown(course) -> set[str]:
    return {k for k, b in course.actions.items() if b.isVisibleTo(course)}


def test_course_buttons_follow_the_declaration(qtbot, ctx):
    uuid = referral(ctx, citizen(ctx), department(ctx))
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    assert shown(course) == IV_COURSE.buttons_in("referred") == {"accept", "reject"}

    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at(-1, 10))
    course.reload()
    # D6: no value awaits a decision yet; no decision to take back (issue #12)
    assert shown(course) == IV_COURSE.buttons_in("accepted") - {"decision", "correct_decision"}

    crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-1, 11), value="40"))
    course.reload()
    assert shown(course) == IV_COURSE.buttons_in("accepted") - {"correct_decision"}

    courses.end_course(ctx, uuid, views.get_course(ctx, uuid).version, day(0), "completed")
    course.reload()
    assert views.get_course(ctx, uuid).status == "ended"
    # ended today by this user: reopening (issue #12) and the outcome (issue #14)
    assert IV_COURSE.buttons_in("ended") == {"correct_decision", "correct_end", "outcome"}
    assert shown(course) == {"correct_end", "outcome"}


def test_every_button_of_the_windows_is_declared(qtbot, ctx):
    """The windows have no button the declaration does not know, and the reverse."""
    course = open_course(ctx, referral(ctx, citizen(ctx), department(ctx)))
    qtbot.addWidget(course)
    assert set(course.actions) == set(IV_COURSE.buttons)
    uuid = acute_helpers.episode(ctx, acute_helpers.citizen(ctx, cpr="0202500005"))
    window = open_episode(ctx, uuid)
    qtbot.addWidget(window)
    assert set(window.actions) == set(ACUTE_EPISODE.buttons)
    assert shown(window) == ACUTE_EPISODE.buttons_in("open")
    version = acute_views.get_episode(ctx, uuid).version
    end = acute_helpers.on(acute_helpers.weekday(1, 0), 12)
    episodes.end_episode(ctx, uuid, version, EndInput(end, "admitted"))
    window.reload()
    assert shown(window) == ACUTE_EPISODE.buttons_in("ended") == {"texts"}


def test_fluid_course_offers_no_crp(qtbot, ctx):
    uuid = referral(ctx, citizen(ctx), department(ctx), course_type="fluid")
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at(-1, 10))
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    assert shown(course) == IV_COURSE.buttons_in("accepted") - {
        "crp",
        "decision",
        "correct_decision",
    }


def test_a_refused_decision_leaves_no_value(qtbot, ctx):
    uuid = referral(ctx, citizen(ctx), department(ctx))
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at(-1, 10))
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    check = course.make_dialog("crp")
    check.value.setText("38,5")
    check.conference_box.setChecked(True)
    choose(check.decision, "switch_to_oral")
    assert not check.save()  # who took part is missing: nothing is saved
    assert check.conference.errors["conference_with"].text()
    assert check.form.isEnabled()
    view = views.get_course(ctx, uuid)
    assert view.open_crp_uuid is None and view.status == "accepted"
    assert not [e for e in view.timeline if e.kind == "crp"]
    check.conference.set_text("conference_with", "Læge K. Lund, Infektionsmedicinsk Afd. Q")
    assert check.save()
    view = views.get_course(ctx, uuid)
    assert (view.status, view.end_reason, view.crp_state) == ("ended", "switched_to_oral", "done")
