"""The sync in the window (issue #15 item 5): an office's status in the status bar, a clear
line when the server is out of reach, and the conflicts list where a user keeps one side."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select, update

from app.models import Citizen
from app.models.sync import SyncState
from app.services import citizens
from app.services.sync import conflicts, office
from tests.conftest import wait_for_background_work
from tests.unit import iv_helpers as iv
from tests.unit import sync_helpers as h


def _edit(ctx, phone):
    with ctx.store.read() as session:
        found = session.scalars(select(Citizen)).first()
    data = dataclasses.replace(citizens.data_of(found), phone=phone)
    citizens.update_citizen(ctx, found.uuid, found.version, data)


def _settle(qtbot):
    wait_for_background_work()
    qtbot.wait(20)


def test_an_office_shows_its_sync_and_resolves_a_conflict(qtbot, tmp_path, english):
    from app.views.shell.launch import attach, dispose
    from app.views.shell.main_window import MainWindow

    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    server = h.server(url, tmp_path / "s")
    iv.citizen(server)
    (tmp_path / "a").mkdir()
    a = h.new_office(url, tmp_path / "a", "VIS-2")
    _edit(a, "22222222")
    _edit(server, "11111111")
    win = MainWindow()
    qtbot.addWidget(win)
    attach(win, a.store, a)
    win.show()
    status = win.sync_status
    assert status is not None
    qtbot.waitUntil(lambda: status.label.text().startswith("Synced "), timeout=10_000)
    # the first sync ran as the window opened
    assert status.conflicts_button.text() == "1 conflict(s) waiting"
    dialog = status.open_conflicts()
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.fields.topLevelItem(0).text(1) == "22222222"
    # fields by the words of the citizen's form, not their column codes
    assert dialog.fields.topLevelItem(0).text(0) == "Phone"
    assert dialog.table.topLevelItem(0).text(3) == "Phone"
    dialog.mine_button.click()
    _settle(qtbot)
    assert dialog.table.topLevelItemCount() == 0 and conflicts.list_conflicts(a) == []
    assert office.status(a.store).waiting == 2  # the choice and the record go with the next sync
    with a.store.session() as session:
        session.execute(update(SyncState).values(server_url="postgresql+psycopg://x@127.0.0.1:9/x"))
    status.sync_now()
    qtbot.waitUntil(lambda: not status.running, timeout=10_000)
    assert status.label.text() == (
        "The server cannot be reached – you keep working locally; 2 change(s) waiting to go"
    )
    assert status.label.toolTip().startswith("The server cannot be reached (")
    dispose(win)
    for ctx in (server, a):
        ctx.store.dispose()


def test_a_store_that_is_no_office_shows_no_sync(window):
    assert window.sync_status is None


def test_an_offices_invoice_page_previews_and_says_the_server_posts(qtbot, tmp_path, english):
    """Issue #15 item 3: the draft is the server's, posting and exporting are the server's."""
    import datetime as dt

    from app.domain import clock
    from app.views.invoices.invoices_page import InvoicesPage
    from tests.unit import billing_helpers as b

    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    server = h.server(url, tmp_path / "s")
    b.give_units_ean(server)
    dept = b.department(server)
    (tmp_path / "a").mkdir()
    a = h.new_office(url, tmp_path / "a", "VIS-2")
    last = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    b.course(a, dept, last + dt.timedelta(days=1), last + dt.timedelta(days=5))
    page = InvoicesPage(a)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.draft.preview is not None, timeout=10_000)
    draft = page.draft
    assert [len(u.lines) for u in draft.preview.units] == [1]
    assert "posting and numbering happen on the server" in draft.state.text()
    assert not draft.post_button.isEnabled() and not draft.export_button.isEnabled()
    assert "server posts and exports" in draft.post_button.toolTip()
    assert page.certificate.text().startswith("This is an office: the drafts are the server's")
    assert not page.start.change_button.isEnabled()
    if shots := __import__("os").environ.get("AKUTDESK_SHOTS"):
        page.grab().save(f"{shots}/office_invoices.png")
    for ctx in (server, a):
        ctx.store.origin.dispose()
