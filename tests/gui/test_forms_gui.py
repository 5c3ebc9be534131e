"""Nothing typed is lost (issue #12): Esc, the close button or Cancel on a form whose input
changed asks "Discard your changes?" and, answered "Keep editing", leaves the form open
with the input; an unchanged form closes without asking. A refused save keeps the form
open with the field marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.admin import reference
from app.views.acute.episode_unit import AcuteUnitDialog
from app.views.admin.hospital import UnitDialog
from app.views.citizens.citizen_dialog import CitizenDialog
from app.views.components.guarded import GuardedDialog
from app.views.homes.home_dialog import HomeDialog
from app.views.iv.course_window import open_course
from app.views.iv.referral import ReferralDialog
from tests.unit.iv_helpers import citizen, department, referral


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def escape(dialog) -> None:
    # Esc reaches the dialog through the field with the focus, as a user's would
    dialog.activateWindow()
    target = dialog.focusWidget() or dialog
    from PySide6.QtTest import QTest

    QTest.keyClick(target, Qt.Key.Key_Escape)


def dialogs(ctx):
    """Form dialogs of each kind of base, with a way to type into one of their fields."""
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH")
    course = referral(ctx, citizen(ctx), department(ctx))

    def crp(qtbot):
        window = shown(qtbot, open_course(ctx, course))
        return window.make_dialog("crp"), lambda d: d.form.fields["value"].setText("48")

    return {
        "referral": lambda qtbot: (
            ReferralDialog(ctx),
            lambda d: d.form.set_text("drug", "Piperacillin"),
        ),
        "citizen": lambda qtbot: (
            CitizenDialog(ctx),
            lambda d: d.form.set_text("first_name", "Else"),
        ),
        "home": lambda qtbot: (HomeDialog(ctx), lambda d: d.places.setValue(40)),
        "unit": lambda qtbot: (
            UnitDialog(ctx, unit),
            lambda d: d.form.fields["ean"].setText("5790000000006"),
        ),
        "acute unit": lambda qtbot: (
            AcuteUnitDialog(ctx),
            lambda d: d.form.set_text("name", "Akutpladser Hjallese"),
        ),
        "crp": crp,
    }


KINDS = ["referral", "citizen", "home", "unit", "acute unit", "crp"]


@pytest.mark.parametrize("kind", KINDS)
def test_esc_on_a_changed_form_asks(qtbot, english, ctx, discards, kind):
    make, type_into = dialogs(ctx)[kind](qtbot)
    dialog = shown(qtbot, make)
    assert isinstance(dialog, GuardedDialog)
    type_into(dialog)
    discards.answer = False  # keep editing
    escape(dialog)
    assert discards.asked == ["Discard your changes?"]
    assert dialog.isVisible() and dialog.changed()
    dialog.close()  # the close button asks too
    assert len(discards.asked) == 2 and dialog.isVisible()
    discards.answer = True
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(discards.asked) == 3
    assert not dialog.isVisible()


@pytest.mark.parametrize("kind", KINDS)
def test_an_unchanged_form_closes_without_asking(qtbot, english, ctx, discards, kind):
    make, _type_into = dialogs(ctx)[kind](qtbot)
    dialog = shown(qtbot, make)
    assert not dialog.changed()
    escape(dialog)
    assert discards.asked == []
    assert not dialog.isVisible()


def test_input_changed_back_is_no_change(qtbot, english, ctx, discards):
    dialog = shown(qtbot, HomeDialog(ctx))
    dialog.form.set_text("name", "Lindely")
    assert dialog.changed()
    dialog.form.set_text("name", "")
    assert not dialog.changed()


def test_a_checked_group_box_is_a_change(qtbot, english, ctx, discards):
    course = referral(ctx, citizen(ctx), department(ctx))
    window = shown(qtbot, open_course(ctx, course))
    dialog = shown(qtbot, window.make_dialog("crp"))
    assert not dialog.changed()
    dialog.conference_box.setChecked(not dialog.conference_box.isChecked())
    assert dialog.changed()


def test_a_refused_save_keeps_the_form_and_then_asks(qtbot, english, ctx, discards):
    dialog = shown(qtbot, HomeDialog(ctx))
    dialog.form.set_text("postcode", "50")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.form.errors["name"].text() == "A nursing home needs a name."
    assert "b00020" in dialog.form.fields["name"].styleSheet()  # the field is marked
    discards.answer = False
    escape(dialog)
    assert discards.asked == ["Discard your changes?"] and dialog.isVisible()
    assert dialog.form.text("postcode") == "50"


def test_the_real_question_keeps_editing_by_default(qtbot, danish, ctx):
    """The box itself: Danish, "Fortsæt redigering" the default and the Esc answer."""
    dialog = shown(qtbot, HomeDialog(ctx))
    box = GuardedDialog._discard_box(dialog)
    qtbot.addWidget(box)
    assert box.text() == "Kassér dine ændringer?"
    assert box.defaultButton().text() == "Fortsæt redigering"
    assert box.escapeButton() is box.defaultButton()
    assert [b.text() for b in box.buttons()].count("Kassér") == 1


def test_the_citizens_cave_is_input_too(qtbot, english, ctx, discards):
    dialog = shown(qtbot, CitizenDialog(ctx))
    dialog.cave.state.setCurrentIndex(dialog.cave.state.count() - 1)
    assert dialog.changed()
    discards.answer = False
    escape(dialog)
    assert discards.asked == ["Discard your changes?"] and dialog.isVisible()


def refusing(ctx):
    """A form of each kind of base, with input its service refuses at one named field."""
    from app.services.iv import referrals, views
    from app.services.security import users
    from app.views.acute.episode_window import open_episode
    from tests.conftest import PASSWORD
    from tests.unit import acute_helpers as acute
    from tests.unit.iv_helpers import at

    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH")
    course = referral(ctx, citizen(ctx), department(ctx))
    referrals.accept_referral(ctx, course, views.get_course(ctx, course).version, at(-1, 10))

    def in_course(kind, field, text):
        def make(qtbot):
            window = shown(qtbot, open_course(ctx, course))
            dialog = window.make_dialog(kind)
            return dialog, lambda d: d.form.fields[field].setText(text), field

        return make

    def measurement(qtbot):
        uuid = acute.episode(ctx, acute.citizen(ctx, cpr="0202600008", first="Ole"))
        window = shown(qtbot, open_episode(ctx, uuid))
        return window.make_dialog("measurement"), lambda d: d.value.setText("4000"), "value"

    users.add_user(ctx, "Lars Leder", "LL", ("manager",), PASSWORD)
    return {
        "citizen": lambda qtbot: (
            CitizenDialog(ctx),
            lambda d: (d.form.set_text("first_name", "Else"), d.form.set_text("cpr", "123")),
            "cpr",
        ),
        "administration by a manager": in_course("administration", "nurse", "LL"),
        "crp": in_course("crp", "value", "abc"),
        "measurement": measurement,
        "unit": lambda qtbot: (
            UnitDialog(ctx, unit),
            lambda d: d.form.fields["ean"].setText("123"),
            "ean",
        ),
        "home": lambda qtbot: (
            HomeDialog(ctx),
            lambda d: d.form.set_text("postcode", "50"),
            "name",
        ),
    }


@pytest.mark.parametrize(
    "kind", ["citizen", "administration by a manager", "crp", "measurement", "unit", "home"]
)
def test_a_refused_save_keeps_every_kind_of_form_open_with_the_field_marked(
    qtbot, english, ctx, discards, kind
):
    """Issue #12 item 2, on each base (citizen, course, episode, hospital, home forms)."""
    make, type_into, field = refusing(ctx)[kind](qtbot)
    dialog = shown(qtbot, make)
    type_into(dialog)
    typed = snapshot_of(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    form = next(f for f in getattr(dialog, "forms", [dialog.form]) if field in f.fields)
    assert form.errors[field].isVisibleTo(dialog) and form.errors[field].text()
    assert "b00020" in form.fields[field].styleSheet()  # the field is marked
    assert snapshot_of(dialog) == typed  # nothing typed was lost
    discards.answer = False
    escape(dialog)
    assert discards.asked == ["Discard your changes?"] and dialog.isVisible()


def snapshot_of(dialog) -> dict[int, object]:
    from app.views.components.guarded import snapshot

    return {key: value for key, (_widget, value) in snapshot(dialog).items()}
