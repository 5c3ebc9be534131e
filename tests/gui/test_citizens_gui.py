"""Citizens in the window: the lazy table model, search as you type, the dialog refusing
bad input in place (nothing written), revealing the CPR, and a stale save that keeps the
user's input and names who changed the record."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from app.demo import generate as demo
from app.services import citizens
from app.services.citizens import CitizenInput
from app.views.citizens.citizen_dialog import CitizenDialog
from app.views.citizens.citizens_model import PAGE, CitizenTableModel


def test_table_model_passes_qtmodeltester_and_fetches_lazily(qtmodeltester, ctx):
    demo.load_demo(ctx, citizens=PAGE + 50)
    model = CitizenTableModel(ctx)
    model.set_query("")
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE + 50 and not model.canFetchMore(QModelIndex())
    assert all(row.cpr_masked.endswith("-xxxx") for row in model.rows)


def test_search_as_you_type(qtbot, danish, window, ctx):
    citizens.register_citizen(
        ctx, CitizenInput(cpr="0101500007", first_name="Grethe", last_name="Skov")
    )
    citizens.register_citizen(
        ctx, CitizenInput(cpr="0202600018", first_name="Bent", last_name="Dam")
    )
    page = window.show_page("citizens")
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "skov")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.rows[0].name == "Skov, Grethe"
    assert page.count.text() == "1 borger."
    page.search.setText("020260")
    qtbot.waitUntil(
        lambda: page.model.rows and page.model.rows[0].name == "Dam, Bent", timeout=2000
    )
    page.search.setText("nobody")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.count.text() == "Ingen borgere passer på søgningen."


def fill(dialog, **values):
    for name, value in values.items():
        widget = dialog.cpr if name == "cpr" else dialog.form.fields[name]
        widget.setText(value)


def test_bad_cpr_is_shown_at_the_field_and_nothing_is_written(qtbot, danish, ctx):
    dialog = CitizenDialog(ctx)
    qtbot.addWidget(dialog)
    fill(dialog, cpr="310299-1234", first_name="Ib", last_name="Holm", postcode="50")
    dialog.save()
    assert dialog.result() == 0
    assert "indeholder ikke en gyldig fødselsdato" in dialog.form.errors["cpr"].text()
    assert "postnummer" in dialog.form.errors["postcode"].text()
    assert citizens.count_citizens(ctx) == 0
    fill(dialog, cpr="010150-0007", postcode="5000")
    dialog.save()
    assert dialog.result() == CitizenDialog.DialogCode.Accepted
    assert citizens.search_citizens(ctx, "ib holm")[0].cpr_masked == "010150-xxxx"


def test_reveal_then_edit(qtbot, danish, ctx):
    detail = citizens.register_citizen(
        ctx, CitizenInput(cpr="0101500007", first_name="Ib", last_name="Holm")
    ).value
    dialog = CitizenDialog(ctx, citizens.open_citizen(ctx, detail.uuid))
    qtbot.addWidget(dialog)
    assert dialog.cpr.text() == "010150-xxxx" and dialog.cpr.isReadOnly()
    dialog.reveal.click()
    assert dialog.cpr.text() == "010150-0007" and not dialog.cpr.isReadOnly()
    fill(dialog, city="Dalum")
    dialog.save()
    assert citizens.open_citizen(ctx, detail.uuid).data.city == "Dalum"


def test_stale_save_keeps_input_and_names_the_other_user(qtbot, danish, ctx, other_ctx):
    detail = citizens.register_citizen(
        ctx, CitizenInput(cpr="0101500007", first_name="Ib", last_name="Holm")
    ).value
    dialog = CitizenDialog(ctx, citizens.open_citizen(ctx, detail.uuid))
    qtbot.addWidget(dialog)
    citizens.update_citizen(
        other_ctx,
        detail.uuid,
        detail.version,
        CitizenInput(cpr="", first_name="Ib", last_name="Holm", city="Odense"),
    )
    fill(dialog, city="Dalum", phone="66112233")
    dialog.save()
    assert dialog.result() == 0
    assert "Peter Visitator (PV)" in dialog.message.text()
    assert dialog.form.text("city") == "Dalum" and dialog.form.text("phone") == "66112233"
    assert citizens.open_citizen(ctx, detail.uuid).data.city == "Odense"
