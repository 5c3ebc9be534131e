"""The acute-episode screens: an episode cannot be saved without the treatment-responsible
doctor and phone, and the screen says why (D20); the responsible doctor and phone are in
view on the episode window and on every dialog of it; the episode list filters and
searches; every table model passes qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import QLabel

from app.services.acute import views
from app.services.acute.measurements import MeasurementInput, record_measurement
from app.views.acute.episode_edit import EpisodeDialog
from app.views.acute.episode_window import EpisodeWindow, open_episode
from app.views.acute.episodes_model import (
    ContactTableModel,
    EpisodeTableModel,
    FeeLineTableModel,
    MeasurementTableModel,
)
from app.views.components import lazy_model as lazy_module
from tests.unit.acute_helpers import citizen, contact, episode, on, weekday

CPRS = ["0101500007", "0202600018", "0303700029", "0404800030", "0505900041"]


def error_under(dialog, form, field: str) -> str:
    label = form.errors[field]
    return "" if label.isHidden() else label.text()


def test_an_episode_cannot_be_saved_without_responsible_doctor_and_phone(
    qtbot, english, window, ctx
):
    person = citizen(ctx)
    page = window.show_page("episodes")
    dialog = EpisodeDialog(ctx, None, page, citizen=(person, "Else Jensen"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("Fever and increasing dyspnoea")
    assert not dialog.save()  # both left empty
    doctor = error_under(dialog, dialog.right, "responsible_doctor")
    phone = error_under(dialog, dialog.right, "responsible_phone")
    assert doctor.startswith("Name the treatment-responsible doctor or medical function:")
    assert phone.startswith("Give the phone number of the treatment-responsible doctor:")
    for text in (doctor, phone):  # the message says why
        assert "must always know who holds treatment responsibility and how to reach" in text
        assert "D20" not in text  # the decision code is for the docs
    assert "#b00020" in dialog.right.fields["responsible_doctor"].styleSheet()
    assert views.list_episodes(ctx, "all") == []  # nothing was written

    dialog.right.set_text("responsible_doctor", "GP Hanne Lund")
    assert not dialog.save()  # the phone is still missing
    assert not error_under(dialog, dialog.right, "responsible_doctor")
    assert "must always know who holds treatment responsibility" in error_under(
        dialog, dialog.right, "responsible_phone"
    )
    assert views.list_episodes(ctx, "all") == []

    dialog.right.set_text("responsible_phone", "66123456")
    assert dialog.save()
    [row] = views.list_episodes(ctx, "all")
    assert row.uuid == dialog.created
    assert (row.responsible_doctor, row.responsible_phone) == ("GP Hanne Lund", "66123456")
    assert page.list.model.rowCount() == 1  # the hub reloaded the list


def test_without_a_citizen_the_dialog_still_names_the_missing_responsible(
    qtbot, english, window, ctx
):
    dialog = EpisodeDialog(ctx, None, window)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert error_under(dialog, dialog.form, "citizen") == "Choose the citizen."
    assert "must always know who holds treatment responsibility" in error_under(
        dialog, dialog.right, "responsible_doctor"
    )
    assert "must always know who holds treatment responsibility" in error_under(
        dialog, dialog.right, "responsible_phone"
    )


def test_target_group_sets_the_referrer_and_the_core_refuses_a_mismatch(
    qtbot, english, window, ctx
):
    person = citizen(ctx)
    dialog = EpisodeDialog(ctx, None, window, citizen=(person, "Else Jensen"))
    qtbot.addWidget(dialog)
    dialog.group.setCurrentIndex(dialog.group.findData(4))
    assert dialog.referrer.currentData() == "hospital_physician"
    assert dialog.group_text.text().startswith("4 · Referred by a hospital doctor")
    dialog.referrer.setCurrentIndex(dialog.referrer.findData("gp"))
    dialog.right.set_text("responsible_doctor", "Med. afd. M, OUH")
    dialog.right.set_text("responsible_phone", "65411234")
    assert not dialog.save()
    assert "Target group 4 is attached by Hospital physician, not by The citizen's GP" in (
        error_under(dialog, dialog.form, "referrer_kind")
    )


def test_the_responsible_doctor_and_phone_are_on_every_screen_of_the_episode(qtbot, english, ctx):
    uuid = episode(ctx, citizen(ctx), hospital_responsible=False)
    contact(ctx, uuid, on(weekday(1, 2), 10))
    window = open_episode(ctx, uuid)
    qtbot.addWidget(window)
    assert isinstance(window, EpisodeWindow) and window.isVisible()
    assert window.header.phone.text() == "Phone: 66 12 34 56"
    assert "Læge Lund, Lægehuset" in window.header.doctor.text()
    assert "out-of-hours doctor" in window.header.responsibility.text()
    assert open_episode(ctx, uuid) is window  # not opened twice
    for kind in ("edit", "measurement", "contact", "correct", "texts", "end"):
        dialog = window.make_dialog(kind)
        qtbot.addWidget(dialog)
        banner = dialog.banner.text()
        assert "66 12 34 56" in banner and "Læge Lund, Lægehuset" in banner, kind
        dialog.deleteLater()


def test_changing_responsibility_shows_the_hospital_in_the_header(qtbot, english, ctx):
    uuid = episode(ctx, citizen(ctx), 4)
    window = open_episode(ctx, uuid)
    qtbot.addWidget(window)
    dialog = window.make_dialog("edit")
    qtbot.addWidget(dialog)
    assert dialog.right.text("responsible_phone") == "66123456"
    dialog.hospital.setChecked(True)
    dialog.right.set_text("responsible_doctor", "Bagvagt, Medicinsk afd. M")
    assert dialog.save()
    assert window.header.responsibility.text() == (
        "The hospital holds treatment responsibility, around the clock."
    )
    assert "Bagvagt, Medicinsk afd. M" in window.header.doctor.text()


def test_episode_list_filters_searches_and_opens(qtbot, english, window, ctx):
    first = episode(ctx, citizen(ctx, CPRS[0], "Grethe", "Skov"))
    episode(ctx, citizen(ctx, CPRS[1], "Bent", "Dam"))
    page = window.show_page("episodes")
    assert page.list.model.rowCount() == 2 and page.list.count.text() == "2 episode(s)."
    qtbot.keyClicks(page.list.search, "skov")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=2000)
    assert page.list.model.rows[0].uuid == first
    opened = page.list.open_row(0)
    qtbot.addWidget(opened)
    assert opened.uuid == first
    page.list.status.setCurrentIndex(page.list.status.findData("ended"))
    assert page.list.model.rowCount() == 0
    assert page.list.count.text() == "No episodes match."


def test_empty_list_says_how_to_start(english, window):
    page = window.show_page("episodes")
    assert page.list.count.text().startswith("No open episodes. Attach a citizen")


def test_episode_table_model_passes_qtmodeltester_and_fetches_lazily(
    qtmodeltester, monkeypatch, english, ctx
):
    monkeypatch.setattr(lazy_module, "PAGE", 2)
    for index, cpr in enumerate(CPRS[:3]):
        episode(ctx, citizen(ctx, cpr, last=f"Holm{'abc'[index]}"))
    model = EpisodeTableModel(ctx)
    model.set_filter("open", "")
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Open"
    assert model.data(model.index(0, 1)).endswith("-xxxx")
    assert model.data(model.index(0, 3)) == "Group 2 · GP, acute illness"
    assert model.data(model.index(0, 5)) == "Læge Lund, Lægehuset · 66 12 34 56"


def test_episode_tables_pass_qtmodeltester(qtmodeltester, english, ctx):
    uuid = episode(ctx, citizen(ctx))
    day = weekday(1, 2)
    for hour in (9, 10, 11):
        contact(ctx, uuid, on(day, hour))
    record_measurement(ctx, uuid, MeasurementInput("crp", on(day, 9), "84,5"))
    record_measurement(ctx, uuid, MeasurementInput("blood_pressure", on(day, 9), "132", "78"))
    view = views.get_episode(ctx, uuid)
    measurements = MeasurementTableModel()
    measurements.set_rows(view.measurements)
    qtmodeltester.check(measurements)
    point = QLocale().decimalPoint()
    assert {measurements.data(measurements.index(r, 2)) for r in range(2)} == {
        f"84{point}5 mg/L",
        "132/78 mmHg",
    }
    contacts = ContactTableModel()
    contacts.set_rows(view.contacts)
    qtmodeltester.check(contacts)
    fee = [contacts.data(contacts.index(r, ContactTableModel.FEE)) for r in range(3)]
    assert fee == ["Counts", "Counts", "No: third contact that day"]
    from app.services.acute.fees import gp_fee_statement

    lines = FeeLineTableModel()
    lines.set_rows(gp_fee_statement(ctx, day).lines)
    qtmodeltester.check(lines)
    assert [lines.data(lines.index(0, c)) for c in range(5)] == [
        "Lægehuset",
        "2",
        "1",
        f"158{point}61 kr.",
        f"317{point}22 kr.",
    ]


def test_header_and_list_are_danish(danish, window, ctx):
    episode(ctx, citizen(ctx))
    page = window.show_page("episodes")
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert page.title.text()  # translated or not, the page is there
    assert any("1" in t for t in texts)
