"""The course window shows its buttons from the declared workflow (app/domain/workflows.py,
STYLE §13)."""

from __future__ import annotations

from app.domain.workflows import IV_COURSE
from app.services.iv import courses, crp, referrals, views
from app.services.iv.crp import CrpInput
from app.views.iv.course_window import open_course
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
    # D6: no value awaits a decision yet
    assert shown(course) == IV_COURSE.buttons_in("accepted") - {"decision"}

    crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-1, 11), value="40"))
    course.reload()
    assert shown(course) == IV_COURSE.buttons_in("accepted")

    courses.end_course(ctx, uuid, views.get_course(ctx, uuid).version, day(0), "completed")
    course.reload()
    assert views.get_course(ctx, uuid).status == "ended"
    assert shown(course) == IV_COURSE.buttons_in("ended") == set()


def test_fluid_course_offers_no_crp(qtbot, ctx):
    uuid = referral(ctx, citizen(ctx), department(ctx), course_type="fluid")
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at(-1, 10))
    course = open_course(ctx, uuid)
    qtbot.addWidget(course)
    assert shown(course) == IV_COURSE.buttons_in("accepted") - {"crp", "decision"}
