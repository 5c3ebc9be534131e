"""The audit-trail tab (issue #7): a lazy table that passes qtmodeltester and pages by
sequence number, filters, the chain check and the CSV export in the background, and the
tab shown to administrators only."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex
from sqlalchemy import update

from app.models.audit import AuditEntry
from app.services import citizens
from app.views.admin.audit import AuditTab
from app.views.admin.audit_model import AuditTableModel
from app.views.components import lazy_model as lazy
from tests.unit import iv_helpers


@pytest.fixture
def admin(ctx):  # type: ignore[no-untyped-def]
    admin = dataclasses.replace(ctx, roles=frozenset({"administrator", "nurse", "visitator"}))
    dept = iv_helpers.department(admin)
    person = iv_helpers.citizen(admin)
    iv_helpers.referral(admin, person, dept)
    citizens.reveal_cpr(admin, person, "opkald fra vagtlæge")
    iv_helpers.citizen(admin, "0202600001", "Hans", "Hansen")
    return admin


def test_the_model_passes_qtmodeltester_and_pages_by_sequence(qtmodeltester, monkeypatch,
                                                              english, admin):  # fmt: skip
    monkeypatch.setattr(lazy, "PAGE", 3)
    model = AuditTableModel(admin)
    model.set_filter(model.filter)
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    numbers = [int(model.data(model.index(r, 0))) for r in range(model.rowCount())]
    assert numbers == list(range(len(numbers), 0, -1))
    qtmodeltester.check(model)
    reveal = next(r for r in range(model.rowCount()) if model.rows[r].action == "view_cpr")
    assert model.data(model.index(reveal, 3)) == "Full CPR shown"
    assert model.data(model.index(reveal, 6)) == "opkald fra vagtlæge"


def test_filters_verify_and_export(qtbot, danish, admin, tmp_path):
    tab = AuditTab(admin)
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    assert tab.loaded and tab.model.rowCount() > 4
    tab.cpr.setText("010150-0007")
    tab.apply_filter()
    assert {row.entity for row in tab.model.rows} == {"citizen", "iv_course"}
    tab.action.setCurrentIndex(tab.action.findData("view_cpr"))
    tab.apply_filter()
    assert [row.reason for row in tab.model.rows] == ["opkald fra vagtlæge"]
    tab.cpr.setText("12")
    tab.apply_filter()
    assert "12" in tab.status.text()  # the CPR problem is shown, nothing crashes
    tab.cpr.clear()
    tab.action.setCurrentIndex(0)
    tab.apply_filter()

    filtered = tab.status.text()
    tab.verify_button.click()
    qtbot.waitUntil(
        lambda: tab.verify_button.isEnabled() and tab.status.text() != filtered, timeout=20_000
    )
    intact = tab.status.text()
    assert "#b00020" not in tab.status.styleSheet(), intact  # the chain is whole
    with admin.store.origin.session() as s:  # the owner's connection (PostgreSQL roles)
        s.execute(update(AuditEntry).where(AuditEntry.sequence == 2).values(reason="x"))
    tab.verify_button.click()
    qtbot.waitUntil(
        lambda: tab.status.text() != intact and tab.verify_button.isEnabled(), timeout=20_000
    )
    assert "2" in tab.status.text() and "#b00020" in tab.status.styleSheet()

    out = tmp_path / "revisionsspor.csv"
    tab.export_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and str(out) in tab.status.text(), timeout=20_000)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_an_administrator_sees_which_fields_of_a_patient_record_changed_not_the_values(
    english, admin
):
    """D43 (issue #13): masked in the service, so the table shows what the service gives."""
    only_admin = dataclasses.replace(admin, roles=frozenset({"administrator"}))
    model = AuditTableModel(only_admin)
    model.set_filter(model.filter)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    changes = [model.data(model.index(r, 7)) for r in range(model.rowCount())]
    created = next(text for row, text in zip(model.rows, changes, strict=True)
                   if row.entity == "citizen" and row.action == "create")  # fmt: skip
    assert "cpr: ***" in created and "last_name: ***" in created
    assert not any("0202600001" in text or "Hansen" in text for text in changes)
    dpo = AuditTableModel(dataclasses.replace(admin, roles=frozenset({"dpo"})))
    dpo.set_filter(dpo.filter)
    while dpo.canFetchMore(QModelIndex()):
        dpo.fetchMore(QModelIndex())
    assert any("0202600001" in str(dpo.data(dpo.index(r, 7))) for r in range(dpo.rowCount()))


def test_the_citizen_filter_is_off_for_an_administrator_and_a_refusal_is_one_line(
    qtbot, english, admin
):
    only_admin = dataclasses.replace(admin, roles=frozenset({"administrator"}))
    tab = AuditTab(only_admin)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.cpr.isEnabled()
    tab.cpr.setText("010150-0007")  # typed anyway (e.g. enabled by a stale state)
    tab.apply_filter()
    assert "#b00020" in tab.status.styleSheet()  # in words, no permission code (issue #12)
    assert tab.status.text().startswith("Only the data protection officer may do this")
    assert AuditTab(admin).cpr.isEnabled()  # administrator + nurse: citizens.read


def test_verify_names_a_posted_invoice_changed_since(qtbot, english, ctx):
    from app.models import Invoice
    from tests.unit.test_invoice_integrity import _post_two

    [posted, _other] = _post_two(ctx)
    with ctx.store.origin.session() as s:  # the owner's connection (PostgreSQL roles)
        s.execute(update(Invoice).where(Invoice.number == posted.number).values(total_region=1))
    tab = AuditTab(ctx)
    qtbot.addWidget(tab)
    tab.verify_button.click()
    qtbot.waitUntil(lambda: tab.verify_button.isEnabled() and "chain intact" in tab.status.text())
    assert f"Posted invoice {posted.number} was changed since posting: totals." in tab.status.text()
    assert "#b00020" in tab.status.styleSheet()


def test_the_tab_is_for_administrators_only(qtbot, danish, admin):
    from app.views.admin.admin_page import AdminPage

    page = AdminPage(admin)
    qtbot.addWidget(page)
    assert page.tabs.indexOf(page.audit) >= 0
    nurse = dataclasses.replace(admin, roles=frozenset({"nurse"}))
    other = AdminPage(nurse)
    qtbot.addWidget(other)
    assert not hasattr(other, "audit")


def test_screenshot(qtbot, danish, admin, tmp_path):
    """Renders the tab for a look (written next to the test's files)."""
    tab = AuditTab(admin)
    qtbot.addWidget(tab)
    tab.resize(1280, 520)
    tab.show()
    path = tmp_path / "audit_tab.png"
    assert tab.grab().save(str(path))
    import os
    import shutil

    if os.environ.get("AKUTDESK_SHOT_DIR"):
        shutil.copy(path, os.environ["AKUTDESK_SHOT_DIR"])
