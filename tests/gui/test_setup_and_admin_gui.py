"""First start on an empty store, and the Administration page's forms."""

from __future__ import annotations

from app.domain.identifiers import gln_check_digit
from app.services.admin import reference, setup
from app.views.admin.hospital import DepartmentDialog, UnitDialog
from app.views.shell.first_start import FirstStartDialog
from tests.conftest import PASSWORD


def test_first_start_refuses_bad_input_then_sets_up_with_demo(qtbot, danish, store):
    dialog = FirstStartDialog(store)
    qtbot.addWidget(dialog)
    dialog.municipality.setCurrentText("Svendborg Kommune")
    dialog.form.fields["cvr"].setText("123")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=5000)
    assert "ikke et gyldigt CVR-nummer" in dialog.form.errors["cvr"].text()
    assert "Initialer" in dialog.form.errors["initials"].text()
    assert not setup.is_initialised(store)
    dialog.form.fields["cvr"].setText("")
    dialog.form.fields["user_name"].setText("Lise Leder")
    dialog.form.fields["initials"].setText("ll")
    dialog.demo.setChecked(True)
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText(PASSWORD + "x")
    dialog.submit()
    assert not dialog.message.isHidden() and not setup.is_initialised(store)
    dialog.password_again.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ctx is not None, timeout=15000)
    assert setup.is_initialised(store) and setup.is_demo(store)
    assert dialog.ctx.initials == "LL"
    assert reference.get_municipality(dialog.ctx).data.name == "Svendborg Kommune"


def test_unit_ean_is_checked_then_saved(qtbot, danish, ctx):
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH")
    dialog = UnitDialog(ctx, unit)
    qtbot.addWidget(dialog)
    dialog.form.fields["ean"].setText("5790000000006")
    dialog.save()
    assert "forkert kontrolciffer" in dialog.form.errors["ean"].text()
    assert next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH").ean == ""
    good = "579000000000" + gln_check_digit("579000000000")
    dialog.form.fields["ean"].setText(good)
    dialog.save()
    assert next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH").ean == good


def test_department_needs_a_24_7_phone(qtbot, danish, ctx):
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "SLB")
    dialog = DepartmentDialog(ctx, unit, None)
    qtbot.addWidget(dialog)
    dialog.form.fields["name"].setText("Medicinsk Afdeling, Vejle")
    dialog.save()
    assert "Telefonnummer skal udfyldes" in dialog.form.errors["phone_24_7"].text()
    dialog.form.fields["phone_24_7"].setText("79 40 50 00")
    dialog.save()
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "SLB")
    assert [(d.name, d.phone_24_7) for d in unit.departments] == [
        ("Medicinsk Afdeling, Vejle", "79405000")
    ]


def test_admin_page_users_and_municipality(qtbot, danish, window, ctx):
    page = window.show_page("admin")
    page.users.name.setText("Ole Sygeplejerske")
    page.users.initials.setText("OS")
    page.users.password.setText(PASSWORD)
    page.users.role_boxes["nurse"].setChecked(True)
    page.users.add()
    qtbot.waitUntil(lambda: page.users.tree.topLevelItemCount() == 2, timeout=2000)
    page.municipality.form.fields["postcode"].setText("12")
    page.municipality.save()
    assert "dansk postnummer" in page.municipality.form.errors["postcode"].text()
    page.municipality.form.fields["postcode"].setText("5000")
    page.municipality.form.fields["bank_reg"].setText("1234")
    page.municipality.save()
    assert page.municipality.message.text() == "Gemt."
    assert reference.get_municipality(ctx).data.bank_reg == "1234"


def test_language_is_a_workstation_setting(qtbot, danish, window):
    from app import settings

    page = window.show_page("admin")
    assert page.tabs.tabText(3) == "Denne arbejdsstation"
    page.workstation.language.setCurrentIndex(page.workstation.language.findData("en"))
    assert settings.get("language") == "en"
    assert "startes igen" in page.workstation.message.text()


def test_users_tab_runs_its_use_cases_through_run_op(qtbot, danish, ctx, monkeypatch):
    """A refusal is said once, under the form (no message box too); what a save changed
    goes out on the hub, the teams of one "Save" included (issue #11)."""
    from PySide6.QtWidgets import QMessageBox

    from app.services.security import teams, users
    from app.views.admin.users_tab import UsersTab
    from app.views.components.hub import hub

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))
    heard: list[set[str]] = []
    hub.changed.connect(heard.append)
    teams.add_team(ctx, "Akutteam Nord")
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    tab.initials.setText("XX")  # no such user
    tab.role_boxes["nurse"].setChecked(True)
    tab.save_roles()
    assert tab.message.text() and boxes == [] and heard == []
    tab.name.setText("Ole Sygeplejerske")
    tab.initials.setText("OS")
    tab.password.setText(PASSWORD)
    tab.teams.setText("Akutteam Nord")
    tab.add()
    hub.changed.disconnect(heard.append)
    ole = next(u for u in users.list_users(ctx) if u.initials == "OS")
    assert heard == [{"user", f"user:{ole.uuid}", "team"}] and boxes == []
    assert ole.teams == ("Akutteam Nord",) and tab.message.text() == "Brugeren er oprettet."
