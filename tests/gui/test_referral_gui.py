"""The phone referral (issue #12 item 8): nothing assumed — the numbers, the choices and the
first dose start empty and each one not given is named at its field, nothing written; the
citizen of an unknown CPR is registered from the referral and chosen; who phoned it in
(name and role) is saved with the course and printed on its summary."""

from __future__ import annotations

import datetime as dt
import os

from app.services.iv import views
from app.services.iv.summary import course_summary_pdf
from app.views.citizens.citizen_dialog import CitizenDialog
from app.views.iv.referral import REQUIRED, ReferralDialog
from app.views.widgets.inputs import qdate, set_moment
from tests.gui.test_iv_story_gui import choose
from tests.unit.iv_helpers import at, day, department
from tests.unit.test_documents import pdf_text


def test_a_new_referral_assumes_nothing_and_names_each_empty_field(qtbot, danish, ctx):
    department(ctx)
    dialog = ReferralDialog(ctx)
    qtbot.addWidget(dialog)
    for box in (dialog.doses_per_day, dialog.planned_days, dialog.hospital_doses):
        assert box.text() == "—"  # not 3 a day, 7 days, 2 doses in hospital
    for combo in (dialog.course_type, dialog.iv_access, dialog.closed_system, dialog.place):
        assert combo.currentData() == ""
    assert dialog.first_dose.value() is None
    assert not dialog.save()
    errors = {**dialog.form.errors, **dialog.plan.errors}
    for field in REQUIRED:
        assert errors[field].text() == "Skal udfyldes.", field
    assert views.list_courses(ctx, "all") == []
    if os.environ.get("AKUTDESK_SHOTS"):  # a picture of the refused form to look at
        dialog.resize(1366, 740)
        dialog.grab().save(os.path.join(os.environ["AKUTDESK_SHOTS"], "referral.png"))


def test_an_unknown_cpr_becomes_a_citizen_and_the_caller_is_kept(
    qtbot, english, ctx, monkeypatch, tmp_path
):
    dept = department(ctx)
    dialog = ReferralDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.citizen.search.setText("1503702345")
    dialog.citizen.refresh()
    assert dialog.citizen.uuid() == ""  # no such citizen yet
    seen: list[str] = []

    def register(form: CitizenDialog) -> int:
        seen.append(form.cpr.text())
        form.form.set_text("first_name", "Ida")
        form.form.set_text("last_name", "Berg")
        form.save()
        return int(form.result())

    monkeypatch.setattr(CitizenDialog, "exec", register)
    assert dialog.new_citizen_button.isEnabled()
    dialog.new_citizen_button.click()
    assert seen == ["150370-2345"]
    assert dialog.citizen.uuid() and "Ida Berg" in dialog.citizen.results.currentText()

    dialog.department.setCurrentIndex(
        next(i for i in range(dialog.department.count()) if dialog.department.itemData(i)[0] == dept)
    )  # fmt: skip
    dialog.form.set_text("responsible_doctor", "Overlæge Hansen")
    dialog.form.set_text("caller_name", "Anne Holm")
    dialog.form.set_text("caller_role", "sygeplejerske")
    choose(dialog.course_type, "antibiotic_no_pump")
    dialog.form.set_text("drug", "Piperacillin/tazobactam")
    dialog.form.set_text("dose", "4 g")
    dialog.doses_per_day.setValue(4)
    dialog.planned_days.setValue(10)
    dialog.first_dose.setDate(qdate(day(-1)))
    dialog.hospital_doses.setValue(0)  # 0 is an answer, not "not given"
    set_moment(dialog.referred_at, at(-1, 14))
    choose(dialog.iv_access, "picc")
    choose(dialog.closed_system, "elastomeric_pump")
    choose(dialog.place, "home")
    assert dialog.save()
    view = views.get_course(ctx, dialog.created)
    assert (view.citizen_name, view.caller_name, view.caller_role) == (
        "Ida Berg", "Anne Holm", "sygeplejerske")  # fmt: skip
    assert (view.doses_per_day, view.planned_days, view.hospital_doses) == (4, 10, 0)
    printed = dt.datetime(2026, 11, 23, 13, 5, tzinfo=dt.UTC)
    text = pdf_text(course_summary_pdf(ctx, dialog.created, printed), tmp_path)
    assert "Ringet ind af Anne Holm, sygeplejerske" in text
