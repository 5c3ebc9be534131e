"""Screens follow the roles (issue #12 item 3): an action the user's roles do not allow is
disabled with the reason in Danish, naming the roles that may; the service still refuses,
in Danish, without internal codes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from app.errors import Forbidden
from app.services.iv import referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.security import users
from app.views.acute.episode_window import EpisodeWindow
from app.views.admin.admin_page import AdminPage
from app.views.components.messages import error_text
from app.views.invoices.invoices_page import InvoicesPage
from app.views.iv.course_window import CourseDialog
from tests.conftest import PASSWORD
from tests.unit import acute_helpers
from tests.unit.iv_helpers import at, citizen, department, referral

ONLY_A_NURSE = "Kun en sygeplejerske må gøre dette."


def signed_in(ctx, initials: str, *roles: str):
    users.add_user(ctx, f"Bruger {initials}", initials, roles, PASSWORD)
    return users.sign_in(ctx.store, initials, PASSWORD)


@pytest.fixture
def course(ctx) -> str:
    uuid = referral(ctx, citizen(ctx), department(ctx))
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at=at(-9, 10))
    return uuid


def test_a_nurse_does_not_see_an_enabled_post_invoices(qtbot, danish, ctx):
    page = InvoicesPage(signed_in(ctx, "SYGX", "nurse"))
    qtbot.addWidget(page)
    posts = [b for b in page.findChildren(QPushButton) if b.objectName() == "post_button"]
    assert not any(b.isEnabled() for b in posts)
    assert page.findChild(type(page.title), "invoices_not_allowed") is not None


def test_a_visitator_sees_administration_disabled_with_the_reason(qtbot, danish, ctx, course):
    window = CourseDialog(signed_in(ctx, "VISX", "visitator"), course)
    qtbot.addWidget(window)
    button = window.actions["administration"]
    assert button.isVisibleTo(window) and not button.isEnabled()
    assert button.toolTip() == ONLY_A_NURSE
    assert window.actions["end"].isEnabled()  # a visitator may end a course
    nurse = CourseDialog(signed_in(ctx, "SYGX", "nurse"), course)
    qtbot.addWidget(nurse)
    assert nurse.actions["administration"].isEnabled()


def test_the_service_still_refuses_in_danish_without_codes(qtbot, danish, ctx, course):
    visitator = signed_in(ctx, "VISX", "visitator")
    data = AdministrationInput(start=at(-8, 12), end=at(-8, 12, 30), place="home")
    with pytest.raises(Forbidden) as refused:
        record_administration(visitator, course, data)
    text = error_text(refused.value)
    assert text == "Kun en sygeplejerske må gøre dette; VISX har ikke den rolle."
    assert "iv.administer" not in text and "visitator" not in text.lower().replace("visx", "")
    manager = signed_in(ctx, "LEDX", "manager")
    with pytest.raises(Forbidden) as refused:
        referrals.accept_referral(manager, course, 1)
    assert error_text(refused.value).startswith(
        "Kun en sygeplejerske eller en visitator må gøre dette; LEDX"
    )


def test_a_manager_sees_the_episode_care_disabled_with_the_reason(qtbot, danish, ctx):
    uuid = acute_helpers.episode(ctx, acute_helpers.citizen(ctx))
    window = EpisodeWindow(signed_in(ctx, "LEDX", "manager"), uuid)
    qtbot.addWidget(window)
    measurement = window.actions["measurement"]
    assert measurement.isVisibleTo(window) and not measurement.isEnabled()
    assert measurement.toolTip() == ONLY_A_NURSE
    assert window.actions["end"].toolTip() == (
        "Kun en sygeplejerske eller en visitator må gøre dette."
    )


def test_a_nurse_on_the_admin_page_sees_why_she_cannot_change_it(qtbot, danish, ctx):
    page = AdminPage(signed_in(ctx, "SYGX", "nurse"))
    qtbot.addWidget(page)
    save = page.municipality.save_button
    assert not save.isEnabled() and not page.municipality.form.isEnabled()
    assert save.toolTip() == "Kun en leder eller en administrator må gøre dette."
    assert not page.units.add_unit_button.isEnabled()
    backups = page.workstation.backups_button
    assert not backups.isEnabled() and backups.toolTip() == "Kun en administrator må gøre dette."
