"""Administration → Certificate (issue #4): the status with its warnings, importing with
a wrong then the right passphrase, expiry soon, no keyring, and a non-administrator who
may only look."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QFileDialog

from app.views.admin.certificate import CertificateTab
from tests.unit.signing_helpers import PASSPHRASE, SUBJECT, p12


def _tab(qtbot, ctx) -> CertificateTab:  # type: ignore[no-untyped-def]
    tab = CertificateTab(ctx)
    qtbot.addWidget(tab)
    return tab


def test_import_from_the_admin_page_wrong_then_right_passphrase(
    qtbot, english, window, ctx, tmp_path, monkeypatch
):
    page = window.show_page("admin")
    tab = page.certificate
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Certificate"
    assert "No organisation certificate is imported" in tab.state.text()
    assert tab.values["subject"].text() == "–"
    path = p12(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    tab.choose_file()
    assert tab.path.text() == str(path)
    tab.passphrase.setText("forkert")
    tab.import_button.click()
    assert "The passphrase does not open organisation.p12" in tab.message.text()
    assert "#b00020" in tab.message.styleSheet() and tab.passphrase.text() == ""
    tab.passphrase.setText(PASSPHRASE)
    tab.import_button.click()
    assert "Certificate imported" in tab.message.text()
    assert tab.state.text() == "Invoices are signed with this certificate."
    assert tab.values["subject"].text() == SUBJECT
    assert tab.values["kind"].text() == "Real"
    assert tab.values["keyring"].text() == "tests.memory_keyring.MemoryKeyring"
    assert tab.passphrase.text() == ""


def test_an_expired_file_is_refused_in_plain_words(qtbot, english, ctx, tmp_path):
    tab = _tab(qtbot, ctx)
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    tab.path.setText(str(p12(tmp_path, valid_from=past - dt.timedelta(days=30), valid_to=past)))
    tab.passphrase.setText(PASSPHRASE)
    tab.import_certificate()
    assert f"The certificate {SUBJECT} expired on" in tab.message.text()
    assert "No organisation certificate is imported" in tab.state.text()


def test_expiry_within_30_days_is_a_warning(qtbot, english, ctx, tmp_path):
    tab = _tab(qtbot, ctx)
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=10, hours=2)
    tab.path.setText(str(p12(tmp_path, valid_to=soon)))
    tab.passphrase.setText(PASSPHRASE)
    tab.import_certificate()
    assert tab.state.text().startswith("The certificate expires in 10 day")
    assert "#8a5a00" in tab.state.styleSheet()
    assert tab.values["days"].text() == "10"


def test_no_keyring_is_said_plainly(qtbot, english, ctx, tmp_path):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    tab = _tab(qtbot, ctx)
    assert "asked for when posting" in tab.values["keyring"].text()
    tab.path.setText(str(p12(tmp_path)))  # issue #16: imported all the same
    tab.passphrase.setText(PASSPHRASE)
    tab.import_certificate()
    assert "posting asks for it" in tab.state.text()
    assert "#8a5a00" in tab.state.styleSheet()


def test_a_nurse_sees_the_status_but_cannot_import(qtbot, english, ctx):
    nurse = dataclasses.replace(ctx, roles=frozenset({"nurse"}))
    tab = _tab(qtbot, nurse)
    assert not tab.import_button.isEnabled() and not tab.passphrase.isEnabled()
    assert "No organisation certificate is imported" in tab.state.text()
