"""A date and time typed in one field (issue #12): "0212 1430", "nu", "i går 22:00"…; one
Tab stop; text that is no moment is refused at its field when saving, nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.views.widgets.inputs import MomentEdit, moment_of, parse_moment, set_moment

NOW = dt.datetime(2026, 12, 3, 9, 41, 27)


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("0212 1430", dt.datetime(2026, 12, 2, 14, 30)),
        ("nu", dt.datetime(2026, 12, 3, 9, 41)),
        ("NU", dt.datetime(2026, 12, 3, 9, 41)),
        ("now", dt.datetime(2026, 12, 3, 9, 41)),
        ("021226 1430", dt.datetime(2026, 12, 2, 14, 30)),
        ("02122026 0805", dt.datetime(2026, 12, 2, 8, 5)),
        ("2.12 14:30", dt.datetime(2026, 12, 2, 14, 30)),
        ("02.12.2026 14.30", dt.datetime(2026, 12, 2, 14, 30)),
        ("2-12-26 7:05", dt.datetime(2026, 12, 2, 7, 5)),
        ("  3112   2200 ", dt.datetime(2026, 12, 31, 22, 0)),
        ("i dag 14:30", dt.datetime(2026, 12, 3, 14, 30)),
        ("idag 0600", dt.datetime(2026, 12, 3, 6, 0)),
        ("i går 22:00", dt.datetime(2026, 12, 2, 22, 0)),
        ("yesterday 2200", dt.datetime(2026, 12, 2, 22, 0)),
        ("14:30", dt.datetime(2026, 12, 3, 14, 30)),
    ],
)
def test_typed_forms(typed, moment):
    assert parse_moment(typed, NOW) == moment


def test_a_date_without_a_year_is_the_nearest_one():
    january = dt.datetime(2027, 1, 2, 8, 0)
    assert parse_moment("3112 2200", january) == dt.datetime(2026, 12, 31, 22, 0)
    assert parse_moment("0201 0900", dt.datetime(2026, 12, 30, 8, 0)) == dt.datetime(
        2027, 1, 2, 9, 0
    )


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "1430",
        "3102 1200",
        "0212 2460",
        "0212 1261",
        "0212",
        "i morgen 10:00",
        "0212 1430 x",
        "abc",
        "13.13 10:00",
    ],
)
def test_what_is_no_moment(typed):
    assert parse_moment(typed, NOW) is None


class Fixed(MomentEdit):
    def now(self) -> dt.datetime:
        return NOW


def test_the_field_is_one_tab_stop_and_shows_the_moment_in_full(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    edit = Fixed(host)
    after = QLineEdit(host)
    edit.move(0, 0)
    after.move(0, 40)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    changed = []
    edit.dateTimeChanged.connect(changed.append)
    edit.selectAll()
    qtbot.keyClicks(edit, "0212 1430")
    assert changed  # as typed: a preview can follow
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)  # one Tab leaves the field
    assert edit.text() == "02.12.2026 14:30"
    assert moment_of(edit) == dt.datetime(2026, 12, 2, 14, 30)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "nu")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "03.12.2026 09:41"


def test_text_that_is_no_moment_is_a_problem_at_its_field(qtbot):
    from app.errors import InvalidInput

    edit = Fixed()
    qtbot.addWidget(edit)
    edit.setObjectName("field_measured_at")
    set_moment(edit, dt.datetime(2026, 12, 1, 8, 0))
    edit.setText("31.02 12:00")
    edit.tidy()
    assert edit.text() == "31.02 12:00"  # kept as typed, marked
    assert "b00020" in edit.styleSheet()
    with pytest.raises(InvalidInput) as refused:
        moment_of(edit)
    [problem] = refused.value.problems
    assert (problem.field, problem.code) == ("measured_at", "moment.typed")


def test_a_dialog_refuses_a_typed_text_that_is_no_moment(qtbot, danish, ctx):
    from app.services.iv import views
    from app.views.iv.referral import ReferralDialog
    from tests.gui.test_iv_story_gui import fill_referral
    from tests.unit.iv_helpers import citizen, department

    dept = department(ctx)
    citizen(ctx)
    dialog = ReferralDialog(ctx)
    qtbot.addWidget(dialog)
    fill_referral(dialog, dept)
    dialog.form.set_text("responsible_doctor", "Overlæge Hansen")
    dialog.form.set_text("drug", "Piperacillin/tazobactam")
    field = dialog.referred_at
    field.setText("i morgen")
    assert not dialog.save()
    errors = {**dialog.form.errors, **dialog.plan.errors}
    assert errors["referred_at"].text() == (
        "'i morgen' er ikke en dato og et klokkeslæt: skriv f.eks. 0212 1430, 2.12 14:30 eller nu."
    )
    assert views.list_courses(ctx, "all") == []
    field.setText("nu")
    assert dialog.save()


@pytest.mark.parametrize("kind", ["date", "time", "optional date"])
def test_dates_and_times_are_one_tab_stop_each(qtbot, kind):
    from app.views.widgets.inputs import OptionalDateEdit, date_edit, time_edit

    host = QWidget()
    qtbot.addWidget(host)
    make = {
        "date": lambda: date_edit(dt.date(2026, 12, 1)),
        "time": lambda: time_edit(dt.time(8, 0)),
        "optional date": OptionalDateEdit,
    }
    edit = make[kind]()
    edit.setParent(host)
    after = QLineEdit(host)
    after.move(0, 40)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)  # one Tab leaves the field, whichever section had it
