"""The Invoices page (issue #4): a month's draft per hospital unit with the unbillable
courses and why, posting and exporting in the background with a progress dialog, the
posted list with page 1 of the PDF, a credit note, a regulation run, refusals shown as the
service words them, and a calm page for a role without invoices. Every model passes
qtmodeltester."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from app.documents.invoice_data import InvoiceDocument
from app.domain import clock
from app.services.invoices import credit as invoices_credit
from app.services.invoices import post as invoices_post
from app.services.invoices import runs as invoices
from app.services.invoices import tariffs as invoices_tariffs
from app.services.invoices.documents import RenderedFile, file_stem
from app.views.invoices import invoices_model as tables
from tests.unit import billing_helpers as h

LAST = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def documents(doc: InvoiceDocument) -> list[RenderedFile]:
    """The product's PDF and OIOUBL XML, unsigned (signing is app.signing's own test)."""
    from app.documents.invoice_pdf import invoice_pdf
    from app.einvoice.oioubl import invoice_xml

    stem = file_stem(doc)
    pdf = invoice_pdf(doc)
    return [RenderedFile("pdf", f"{stem}.pdf", pdf),
            RenderedFile("xml", f"{stem}.xml", invoice_xml(doc, pdf, f"{stem}.pdf"))]  # fmt: skip


@pytest.fixture
def said(monkeypatch):
    """Message boxes answer Yes and record what they said instead of blocking."""
    texts: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a, k=kind: texts.append((k, text)))  # fmt: skip
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    return texts


@pytest.fixture
def month(ctx, monkeypatch):
    """A demo store (which signs with the TEST certificate). Last month: two OUH courses (one with 3 long-course days), a fluid course at SLB,
    whose unit has no EAN (not billable, D9), and a course still running (D11)."""
    monkeypatch.setattr(invoices_post, "default_renderer", lambda _ctx: documents)
    monkeypatch.setattr(invoices_credit, "default_renderer", lambda _ctx: documents)
    h.give_units_ean(ctx)
    from app.models import HospitalUnit, Municipality, StoreSetting

    with ctx.store.session() as s:
        s.merge(StoreSetting(key="demo", value=True))
        town = s.query(Municipality).one()
        town.ean, town.bank_reg, town.bank_account = "5798007738217", "2100", "0123456789"
        town.phone, town.email = "65512345", "akut@odense.dk"
        s.query(HospitalUnit).filter(HospitalUnit.code == "SLB").one().ean = ""
    ouh, slb = h.department(ctx), h.department(ctx, "SLB", "Medicinsk Afdeling")
    h.course(ctx, ouh, LAST + dt.timedelta(days=1), LAST + dt.timedelta(days=5))
    h.course(ctx, ouh, LAST + dt.timedelta(days=2), LAST + dt.timedelta(days=18))
    h.course(ctx, slb, LAST + dt.timedelta(days=3), LAST + dt.timedelta(days=5), course_type="fluid")  # fmt: skip
    h.course(ctx, ouh, LAST + dt.timedelta(days=20), last_given=LAST + dt.timedelta(days=21))
    return LAST


def _page(qtbot, window):
    page = window.show_page("invoices") or window.page("invoices")
    qtbot.waitUntil(lambda: page.draft.preview is not None, timeout=10000)
    return page


def test_preview_post_credit_and_export_story(qtbot, english, window, month, said, tmp_path, monkeypatch):  # fmt: skip
    page = _page(qtbot, window)
    draft = page.draft
    assert page.chosen_month() == month and "TEST certificate" in page.certificate.text()
    assert [draft.units.tabText(i) for i in range(draft.units.count())] == ["OUH (3)"]
    lines = draft.units.widget(0).findChild(QLabel, "totals_OUH").text()
    assert "(70 %) 12.740,00 kr." in lines  # 70 % of 7,000 + 7,000 + 3 days × 1,400 (D3, D10)
    # issue #12: what needs action is listed; what only waits is a count, never a row
    reasons = [row.reason for row in draft.unbillable.rows]
    assert reasons == ["unit_no_ean", "past_planned_end"]
    texts = [draft.unbillable.cell(row, "reason") for row in draft.unbillable.rows]
    assert texts[0] == tables.label(tables.REASONS, "unit_no_ean")
    planned = draft.unbillable.rows[1].planned_end
    assert f"planned end ({planned:%d.%m.%Y})" in texts[1] and "(D" not in " ".join(texts)
    assert draft.unbillable_caption.text() == "Needs action before it can be billed (2)"
    assert draft.waiting.text() == ""
    billed = {line.course.uuid for u in draft.preview.units for line in u.lines}
    assert not billed & {row.course_uuid for row in draft.unbillable.rows}

    assert draft.post_button.isEnabled()
    qtbot.mouseClick(draft.post_button, qtbot_left())
    qtbot.waitUntil(lambda: draft.last_run is not None and draft.last_run.finished, timeout=20000)
    assert draft.last_run.steps == [(1, 1)]
    [(kind, text)] = said
    assert kind == "information" and f"{clock.today().year}-0001" in text
    qtbot.waitUntil(lambda: draft.preview is not None and not draft.preview.units, timeout=10000)

    posted = page.posted
    [row] = posted.model.rows
    assert (row.number, row.unit_code, row.state, row.total_region) == (
        f"{clock.today().year}-0001", "OUH", "posted", Decimal("12740.00"))  # fmt: skip
    posted.table.selectRow(0)
    # a readable view of the posted invoice from its lines, not a thumbnail (issue #12)
    assert posted.lines.rowCount() == 3
    assert posted.heading.text().startswith(f"Invoice {row.number} to ")
    assert posted.lines.cell(posted.lines.rows[0], "region_share").endswith(" kr.")
    assert posted.lines.cell(posted.lines.rows[0], "cpr_masked").endswith("-xxxx")
    assert posted.sums.text() == "3 line(s) · tariffs 18.200,00 kr. · to the region 12.740,00 kr."
    if os.environ.get("AKUTDESK_SHOTS"):  # a picture of the posted invoice's view to look at
        page.tabs.setCurrentWidget(posted)
        window.resize(1366, 768)
        window.grab().save(os.path.join(os.environ["AKUTDESK_SHOTS"], "posted_invoice.png"))

    from app.views.invoices.credit import InvoiceCreditDialog

    dialog = InvoiceCreditDialog(window.ctx, row)
    qtbot.addWidget(dialog)
    assert dialog.lines.count() == 3 and "Infektionsmedicinsk" in dialog.lines.item(0).text()
    assert "-xxxx" in dialog.lines.item(0).text()  # D40: masked in the list
    dialog.save()  # no reason: the service refuses, the field says why
    assert dialog.form.errors["reason"].text() == "Give the reason for the credit note."
    dialog.reason.setText("Wrong department")
    dialog.lines.item(1).setCheckState(dialog.lines.item(1).checkState().Checked)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.result_.kind == "credit_note"
    qtbot.waitUntil(lambda: len(posted.model.rows) == 2)
    note = next(r for r in posted.model.rows if r.kind == "credit_note")
    assert note.refs == (row.number,) and note.lines == 1
    # "Credit note…" follows the declaration and the service (app/workflows.py, D12)
    assert posted.credit_button.isEnabled()  # nothing chosen: it asks for a choice
    posted.table.selectRow(posted.model.rows.index(note))
    assert not posted.credit_button.isEnabled()
    assert posted.credit_button.toolTip() == "A credit note cannot itself be credited."
    posted.table.selectRow(next(i for i, r in enumerate(posted.model.rows) if r.uuid == row.uuid))
    assert posted.credit_button.isEnabled() and posted.credit_button.toolTip() == ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *_a: str(tmp_path))  # fmt: skip
    said.clear()
    qtbot.mouseClick(draft.export_button, qtbot_left())
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    written = sorted(p.name for p in (tmp_path / month.strftime("%Y-%m")).iterdir())
    assert [n for n in written if n.startswith("faktura-")] == [f"faktura-{row.number}.{x}" for x in ("csv", "pdf", "xml")]  # fmt: skip
    assert draft.last_run.steps == [(1, 1)]  # the credit note is of this month, not the last
    qtbot.waitUntil(lambda: next(r for r in posted.model.rows if r.uuid == row.uuid).state == "exported")  # fmt: skip


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_refused_action_shows_the_services_message(qtbot, danish, window, month, said, tmp_path, monkeypatch):  # fmt: skip
    page = _page(qtbot, window)
    page.month.setCurrentIndex(2)  # two months back: nothing posted there
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *_a: str(tmp_path))  # fmt: skip
    qtbot.mouseClick(page.draft.export_button, qtbot_left())
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    [(kind, text)] = said
    period = page.chosen_month().strftime("%Y-%m")
    assert kind == "warning" and period in text and text != ""
    from PySide6.QtCore import QCoreApplication

    template = QCoreApplication.translate("Problems", "No posted invoices for {month}.")
    assert text == template.format(month=period)


def test_without_a_certificate_the_page_says_posting_is_impossible(qtbot, english, window, ctx):
    page = _page(qtbot, window)
    assert page.certificate.text().startswith("Posting is not possible: no organisation")
    assert not page.draft.post_button.isEnabled()


def test_a_role_without_invoices_sees_a_calm_explanation(qtbot, english, ctx):
    from app.services.security import users
    from app.views.invoices.invoices_page import InvoicesPage
    from tests.conftest import PASSWORD

    users.add_user(ctx, "Nina Nielsen", "NN", ("nurse",), PASSWORD)
    nurse = users.sign_in(ctx.store, "NN", PASSWORD)
    page = InvoicesPage(nurse)
    qtbot.addWidget(page)
    note = page.findChild(QLabel, "invoices_not_allowed")
    assert (
        note is not None
        and "(Nurse)" in note.text()
        and page.findChild(QLabel, "draft_state") is None
    )


def test_regulation_preview_then_post(qtbot, english, window, month, said, monkeypatch, ctx):
    from app.services.invoices import regulation as invoices_regulation

    monkeypatch.setattr(invoices_regulation, "default_renderer", lambda _ctx: documents)
    invoices_post.post_month(ctx, month, renderer=documents)
    data = {"label": "Ny takst", "valid_from": month.isoformat(), "tariffs": [
        {"code": "IV-AB", "description": "Forløb med IV-antibiotika uden pumpe", "unit": "course",
         "amount": "7600.00", "course_types": ["antibiotic_no_pump"]},
        {"code": "IV-AB-LANG", "description": "Døgntakst fra dag 15", "unit": "day",
         "amount": "1400.00", "course_types": ["antibiotic_no_pump"], "from_day": 15}]}  # fmt: skip
    invoices_tariffs.add_version(ctx, data)
    page = _page(qtbot, window)
    panel = page.regulation
    assert len(panel.model.rows) == 2 and panel.post_button.isEnabled()  # two course tariffs
    assert {panel.model.cell(r, "region_diff") for r in panel.model.rows} == {"420,00 kr."}
    assert "3 item(s) move" in panel.state.text()  # the day rates: same amount, new version
    qtbot.mouseClick(panel.post_button, qtbot_left())
    qtbot.waitUntil(lambda: panel.last_run is not None and panel.last_run.finished, timeout=20000)
    assert panel.last_run.steps == [(1, 1)] and said[-1][0] == "information"
    qtbot.waitUntil(lambda: not panel.model.rows)
    assert any(r.regulation for r in page.posted.model.rows)


def test_every_model_passes_qtmodeltester(qtmodeltester, english, ctx, month):
    preview = invoices.preview_month(ctx, month)
    lines = tables.DraftLinesModel()
    lines.set_rows(preview.units[0].lines)
    unbillable = tables.UnbillableModel()
    unbillable.set_rows(preview.unbillable)
    invoices_post.post_month(ctx, month, renderer=documents)
    posted = tables.PostedModel()
    posted.set_rows(invoices_credit.list_invoices(ctx))
    regulation = tables.RegulationModel()
    invoice_lines = tables.PostedLinesModel()
    invoice_lines.set_rows(invoices_credit.invoice_lines(ctx, posted.rows[0].uuid))
    for model in (lines, unbillable, posted, regulation, invoice_lines):
        qtmodeltester.check(model)
    assert lines.rowCount() == 3 and posted.rowCount() == 1 and unbillable.rowCount() == 2
    assert invoice_lines.rowCount() == 3


def test_credit_dialog_lists_the_lines_and_greys_out_credited_ones(qtbot, english, ctx, month):
    from app.views.invoices.credit import InvoiceCreditDialog

    invoices_post.post_month(ctx, month, renderer=h.fake_renderer)
    [row] = invoices_credit.list_invoices(ctx)
    dialog = InvoiceCreditDialog(ctx, row)
    qtbot.addWidget(dialog)
    texts = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
    assert [t.split(".")[0] for t in texts] == ["1", "2", "3"]
    dialog.chosen_only.setChecked(True)
    dialog.save()  # nothing ticked: said here, nothing posted
    assert dialog.message.text() == "Tick the lines to credit, or choose the whole invoice."
    assert len(invoices_credit.list_invoices(ctx)) == 1
    invoices_credit.credit_invoice(ctx, row.uuid, reason="Forkert afdeling", line_nos=[2],
                                   renderer=h.fake_renderer)  # fmt: skip
    again = InvoiceCreditDialog(ctx, row)
    qtbot.addWidget(again)
    second = again.lines.item(1)
    assert second.text().endswith("(credited)")
    assert not second.flags() & Qt.ItemFlag.ItemIsEnabled


def test_the_first_month_invoiced_with_akutdesk_limits_the_draft(qtbot, english, window, month, said, monkeypatch):  # fmt: skip
    from PySide6.QtWidgets import QInputDialog

    page = _page(qtbot, window)
    assert page.start.value.text() == "Invoiced with AkutDesk from: every month since the agreement began"  # fmt: skip
    this_month = page.start.choices[-1]
    wanted = page.month.itemText(0)  # this month's name, as the list shows it
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a: (wanted, True))
    page.start.change()
    assert invoices_tariffs.get_billing_start(window.ctx) == this_month
    qtbot.waitUntil(lambda: page.draft.preview is not None and not page.draft.preview.units)
    assert page.start.value.text().endswith(wanted) and not said


def test_posting_asks_for_the_passphrase_when_no_keyring_holds_it(qtbot, english, window, ctx, said, tmp_path, monkeypatch):  # fmt: skip
    """Issue #16: a real store on a computer with no keyring — the page says posting asks
    for the passphrase, the dialog (injected: a modal would hang) asks, a cancel posts
    nothing, a wrong one is the run's refusal, the right one posts signed invoices."""
    import keyring
    from keyring.backends import fail

    from app.services.security import certificates
    from app.views.invoices import passphrase
    from tests.unit.signing_helpers import PASSPHRASE, p12
    from tests.unit.test_invoices_documents import _ready

    keyring.set_keyring(fail.Keyring())
    _ready(ctx, demo=False)
    certificates.import_certificate(ctx, p12(tmp_path), PASSPHRASE)
    answers: list[str | None] = [None, "not it", PASSPHRASE]
    asked: list[object] = []
    monkeypatch.setattr(passphrase, "ask", lambda parent: asked.append(parent) or answers.pop(0))
    page = _page(qtbot, window)
    page.reload()
    draft = page.draft
    qtbot.waitUntil(lambda: draft.preview is not None and bool(draft.preview.units), timeout=10000)
    assert "posting asks for it" in page.certificate.text()
    qtbot.waitUntil(draft.post_button.isEnabled, timeout=10000)

    draft.post()  # cancelled: nothing runs
    assert len(asked) == 1 and draft.last_run is None
    draft.post()  # a wrong passphrase: refused, nothing posted
    qtbot.waitUntil(lambda: draft.last_run is not None and draft.last_run.finished, timeout=20000)
    assert [kind for kind, _text in said] == ["warning"] and "passphrase" in said[0][1]
    said.clear()
    draft.post()
    qtbot.waitUntil(lambda: draft.last_run is not None and draft.last_run.finished and bool(said), timeout=20000)  # fmt: skip
    [(kind, text)] = said
    assert kind == "information" and f"{clock.today().year}-0001" in text
    assert len(asked) == 3
