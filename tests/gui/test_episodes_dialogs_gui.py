"""The dialogs of an acute episode: the GP contact says before saving whether it counts for
the OK22 fee and, if not, why (D21–D23); a measurement outside its range is refused with
the range named and a saved one shows in the trend; ending an episode frees its acute
place on the occupancy board; the closing note is saved as PDF and as text."""

from __future__ import annotations

from app.services.acute import units, views
from app.services.acute.units import AcuteUnitInput
from app.views.acute import episode_window as episode_module
from app.views.acute.episode_window import open_episode
from app.views.acute.gp_contact import GpContactDialog
from app.views.acute.measurement import MeasurementDialog
from app.views.components import documents
from app.views.widgets.inputs import set_moment
from tests.unit.acute_helpers import TODAY, citizen, contact, episode, on, weekday


def error_of(form, field: str) -> str:
    label = form.errors[field]
    return "" if label.isHidden() else label.text()


def test_gp_contact_says_whether_it_counts_and_why_not(qtbot, english, ctx):
    uuid = episode(ctx, citizen(ctx))
    day = weekday(1, 2)
    contact(ctx, uuid, on(day, 9))
    contact(ctx, uuid, on(day, 10))
    window = open_episode(ctx, uuid)
    qtbot.addWidget(window)
    dialog = GpContactDialog(ctx, window.view, window)
    qtbot.addWidget(dialog)
    assert dialog.form.text("gp_name") == "Læge Lund" and dialog.form.text("staff") == "KS"
    set_moment(dialog.at, on(day, 11))
    dialog.assessed.setChecked(True)
    assert dialog.preview() == "limit"
    assert dialog.fee.text() == (
        "Will not count for the OK22 fee: third contact that day: at most two a day count "
        "for the fee."
    )
    set_moment(dialog.at, on(weekday(1, 3), 17))
    assert dialog.preview() == "outside_daytime"
    assert "outside daytime: the agreement covers weekdays 08:00–16:00" in dialog.fee.text()
    set_moment(dialog.at, on(weekday(1, 3), 11))
    dialog.assessed.setChecked(False)
    assert dialog.preview() == "no_assessment"
    dialog.treated.setChecked(True)
    assert dialog.preview() == ""
    assert dialog.fee.text() == "Will count for the OK22 fee."
    set_moment(dialog.at, on(day, 12))
    qtbot.waitUntil(lambda: "third contact" in dialog.fee.text(), timeout=2000)  # as typed
    dialog.note.setPlainText("Pneumonia assessed, amoxicillin started")
    assert dialog.save()
    rows = window.contact_model.rows  # the hub reloaded the window, newest first
    assert [r.not_billable_reason for r in rows] == ["limit", "", ""]
    assert window.contact_model.data(window.contact_model.index(0, 5)) == (
        "No: third contact that day"
    )
    window.contact_table.selectRow(0)
    assert window.contact_reason.text() == (
        "Does not count: third contact that day: at most two a day count for the fee."
    )


def test_the_screen_says_why_for_a_child_and_the_hospital(qtbot, english, ctx):
    child = episode(ctx, citizen(ctx, "0101154007", "Lise", "Holm"))
    hospital = episode(ctx, citizen(ctx, "0202600018"), 4, hospital_responsible=True)
    for uuid, why in (
        (child, "the citizen is under 18"),
        (hospital, "the hospital holds treatment responsibility (OK22 Bilag 3)"),
    ):
        dialog = GpContactDialog(ctx, views.get_episode(ctx, uuid))
        qtbot.addWidget(dialog)
        set_moment(dialog.at, on(weekday(1, 2), 10))
        dialog.assessed.setChecked(True)
        dialog.preview()
        assert dialog.fee.text() == f"Will not count for the OK22 fee: {why}."


def test_correcting_a_contact_keeps_its_staff_and_recounts(qtbot, english, ctx):
    uuid = episode(ctx, citizen(ctx))
    day = weekday(1, 2)
    contact(ctx, uuid, on(day, 9))
    contact(ctx, uuid, on(day, 10))
    late = contact(ctx, uuid, on(day, 11))
    assert late.not_billable_reason == "limit"
    window = open_episode(ctx, uuid)
    qtbot.addWidget(window)
    window.contact_table.selectRow(0)  # newest first: the third
    dialog = window.make_dialog("correct")
    qtbot.addWidget(dialog)
    assert dialog.contact.uuid == late.uuid and dialog.form.text("staff") == "KS"
    assert dialog.preview() == "limit"
    set_moment(dialog.at, on(weekday(1, 3), 11))  # it was the next day
    assert dialog.preview() == ""
    assert dialog.save()
    assert all(c.billable for c in views.get_episode(ctx, uuid).contacts)


def test_a_measurement_out_of_range_is_refused_and_a_good_one_trends(qtbot, english, ctx):
    uuid = episode(ctx, citizen(ctx))
    window = open_episode(ctx, uuid)
    qtbot.addWidget(window)
    assert window.measurements.empty.isVisibleTo(window.measurements)
    dialog = MeasurementDialog(ctx, window.view, window, kind="temperature")
    qtbot.addWidget(dialog)
    assert dialog.unit.text() == "°C" and not dialog.value2.isVisibleTo(dialog)
    assert dialog.range.text() == "Plausible: 30–44 °C"
    dialog.value.setText("45")
    assert not dialog.save()
    assert error_of(dialog.form, "value") == (
        "45.0 °C is not a plausible Temperature: expected 30–44 °C."
    )
    assert views.get_episode(ctx, uuid).measurements == ()
    dialog.value.setText("38,4")
    assert dialog.save()
    dialog = MeasurementDialog(ctx, window.view, window, kind="blood_pressure")
    qtbot.addWidget(dialog)
    assert dialog.value2.isVisibleTo(dialog) and dialog.range.text() == "Plausible: 50–300 mmHg"
    dialog.value.setText("80")
    dialog.value2.setText("95")
    assert not dialog.save()
    assert error_of(dialog.form, "value") == "The diastolic pressure must be below the systolic."
    dialog.value2.setText("60")
    assert dialog.save()
    charts = window.measurements.charts
    assert set(charts) == {"temperature", "blood_pressure"}
    assert charts["temperature"].title == "Temperature (°C)"
    assert [(p.value, p.value2) for p in charts["blood_pressure"].points] == [(80.0, 60.0)]
    assert not window.measurements.empty.isVisibleTo(window.measurements)
    assert window.measurements.model.rowCount() == 2


def test_ending_an_episode_frees_its_acute_place(qtbot, english, window, ctx):
    unit = units.save_acute_unit(ctx, AcuteUnitInput("Akutpladser Hjallese", 2)).value
    uuid = episode(
        ctx,
        citizen(ctx),
        setting="acute_place",
        acute_unit_uuid=unit.uuid,
        place_number=2,
        expected_end=TODAY,
    )
    page = window.show_page("episodes")
    board = page.board
    assert board.summary.text() == "1 of 2 acute places free"
    taken = board.tiles[(unit.uuid, 2)]
    assert taken.objectName() == "place_taken" and "Else Jensen" in taken.text()
    assert f"Expected end {TODAY:%d.%m.%Y}" in taken.text()
    chosen = []
    board.new_on_place.disconnect(page.new_episode_on_place)  # (it opens a modal dialog)
    board.new_on_place.connect(lambda u, n: chosen.append((u, n)))
    board.tiles[(unit.uuid, 1)].click()
    assert chosen == [(unit.uuid, 1)]
    taken.click()
    ep_window = episode_module._open[uuid]
    qtbot.addWidget(ep_window)
    assert "Akutpladser Hjallese, place 2" in ep_window.details.text("setting")
    dialog = ep_window.make_dialog("end")
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert not dialog.save()
    assert error_of(dialog.form, "end_text") == "Describe the reason when it is 'other'."
    dialog.reason.setCurrentIndex(dialog.reason.findData("stabilised_at_home"))
    dialog.summary.setPlainText("IV fluid and antibiotics, mobilised")
    assert dialog.save()
    assert board.summary.text() == "2 of 2 acute places free"
    assert board.tiles[(unit.uuid, 2)].objectName() == "place_free"
    assert ep_window.header.status.text() == "Ended"
    assert not ep_window.actions["end"].isVisible() and ep_window.actions["texts"].isVisible()


def test_a_new_episode_starts_on_the_free_place_chosen(qtbot, english, ctx):
    from app.views.acute.episode_edit import EpisodeDialog

    unit = units.save_acute_unit(ctx, AcuteUnitInput("Akutpladser Tarup", 3)).value
    episode(ctx, citizen(ctx), setting="acute_place", acute_unit_uuid=unit.uuid, place_number=2)
    dialog = EpisodeDialog(ctx, None, citizen=(citizen(ctx, "0202600018"), "Bent Dam"))
    qtbot.addWidget(dialog)
    dialog.preset_place(unit.uuid, 3)
    assert dialog.right.row_visible("place_number")
    assert [dialog.place.itemData(i) for i in range(dialog.place.count())] == [1, 3]
    assert dialog.input().place_number == 3
    dialog.right.set_text("responsible_doctor", "Læge Lund")
    dialog.right.set_text("responsible_phone", "66123456")
    assert dialog.save()
    assert views.get_episode(ctx, dialog.created).place_number == 3


def test_closing_note_is_saved_as_pdf_and_as_text(qtbot, english, ctx, tmp_path, monkeypatch):
    uuid = episode(ctx, citizen(ctx))
    window = open_episode(ctx, uuid)
    qtbot.addWidget(window)
    assert window.pdf_button.isEnabled() and window.text_button.isEnabled()
    opened = []
    monkeypatch.setattr(documents.QDesktopServices, "openUrl", lambda url: opened.append(url))
    pdf = tmp_path / "note.pdf"
    monkeypatch.setattr(documents, "ask_path", lambda *args: str(pdf))
    window.pdf_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = tmp_path / "note.txt"
    monkeypatch.setattr(
        episode_module.QFileDialog, "getSaveFileName", lambda *args: (str(text), "")
    )
    window.text_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    content = text.read_text(encoding="utf-8")
    assert "Afslutningsnotat fra akutfunktionen" in content and "66 12 34 56" in content
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == content


def test_units_of_acute_places_are_added_and_guarded(qtbot, english, ctx):
    from app.views.acute.episode_unit import AcuteUnitDialog

    dialog = AcuteUnitDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert error_of(dialog.form, "name") == "The unit needs a name."
    dialog.form.set_text("name", "Akutpladser Hjallese")
    dialog.places.setValue(4)
    assert dialog.save()
    [unit] = units.list_acute_units(ctx)
    assert (unit.name, unit.places, unit.active) == ("Akutpladser Hjallese", 4, True)
    episode(ctx, citizen(ctx), setting="acute_place", acute_unit_uuid=unit.uuid, place_number=3)
    change = AcuteUnitDialog(ctx, unit)
    qtbot.addWidget(change)
    change.places.setValue(2)
    assert not change.save()
    assert error_of(change.form, "places") == (
        "Place 3 is occupied: move or end that episode first."
    )
    assert units.list_acute_units(ctx)[0].places == 4
