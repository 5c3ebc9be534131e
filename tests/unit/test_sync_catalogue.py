"""What only the server does, on an office (issue #15 item 3, docs/sync.md): the tariff
lines, the team memberships, the billed ledger and the first month invoiced travel server →
office, an office refuses to write them, and an office previews a month's invoice run with
the server's lines and amounts but never posts, credits, exports or numbers (D44). On a
plain SQLite server and on PostgreSQL, as tests/unit/test_sync.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import journal
from app.errors import PostedOnServer, ServerOnly
from app.models import Invoice, InvoiceSequence, Team, user_teams
from app.models.billing import BilledItem, TariffItem
from app.models.sync import SyncOutbox
from app.services.invoices import credit, export, regulation, tariffs
from app.services.invoices import post as invoices_post
from app.services.invoices import runs as invoices
from app.services.security import teams, users
from app.services.sync import office
from tests.conftest import PASSWORD, _pg_database
from tests.unit import billing_helpers as b
from tests.unit import sync_helpers as h
from tests.unit.test_invoices_runs import months_ago

A, B = months_ago(3), months_ago(2)
A_END, B_END = B - dt.timedelta(days=1), months_ago(1) - dt.timedelta(days=1)
LATER = {
    "label": "Takster 2026", "valid_from": months_ago(4).isoformat(), "note": "",
    "tariffs": [{"code": "IV-AB", "description": "Forløb med IV-antibiotika uden pumpe",
                 "unit": "course", "amount": "7300.00", "region_percent": "70",
                 "course_types": ["antibiotic_no_pump"]}],
}  # fmt: skip


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def world(server_url: str, tmp_path: Path) -> Any:
    """The server with a second team and its units' EAN, and one office made from it."""
    sctx = h.server(server_url, tmp_path / "s")
    teams.add_team(sctx, "Akutteam Syd")
    teams.set_user_teams(sctx, "KS", ["Akutteam Syd"])
    b.give_units_ean(sctx)
    (tmp_path / "o").mkdir()
    octx = h.new_office(server_url, tmp_path / "o", "A")
    yield sctx, octx
    for ctx in (sctx, octx):
        ctx.store.origin.dispose()


def members(store: Any) -> dict[str, set[str]]:
    """Team name → the initials of its members."""
    from app.models import User

    with store.read() as session:
        rows = session.execute(
            select(Team.name, User.initials)
            .join(user_teams, user_teams.c.team_id == Team.id)
            .join(User, User.id == user_teams.c.user_id)
        ).all()
    found: dict[str, set[str]] = {}
    for team, initials in rows:
        found.setdefault(team, set()).add(initials)
    return found


def count(store: Any, model: Any) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_first_sync_brings_the_whole_catalogue(world):
    sctx, octx = world
    assert h.snapshot(octx.store) == h.snapshot(sctx.store)
    assert members(octx.store) == members(sctx.store) == {"Akutteam Syd": {"KS"}}
    assert count(octx.store, TariffItem) == count(sctx.store, TariffItem) == 4
    assert users.sign_in(octx.store, "KS", PASSWORD).teams != frozenset()  # team scoping


def test_a_change_of_tariffs_or_members_on_the_server_reaches_the_office(world):
    sctx, octx = world
    tariffs.add_version(sctx, LATER)
    users.add_user(sctx, "Ole Olsen", "OO", ("nurse",), PASSWORD)
    teams.set_user_teams(sctx, "OO", ["Akutteam Syd"])
    teams.set_user_teams(sctx, "KS", [])
    office.sync(octx.store)
    assert h.snapshot(octx.store) == h.snapshot(sctx.store)
    assert members(octx.store) == {"Akutteam Syd": {"OO"}}
    found = [v.label for v in tariffs.list_versions(octx)]
    assert found == [v.label for v in tariffs.list_versions(sctx)] == ["Pilot 2021", "Takster 2026"]  # fmt: skip
    assert users.sign_in(octx.store, "OO", PASSWORD).teams != frozenset()
    assert users.sign_in(octx.store, "KS", PASSWORD).teams == frozenset()


def test_an_office_writes_no_tariff_line_and_no_membership(world):
    _sctx, octx = world
    with pytest.raises(ServerOnly):
        teams.set_user_teams(octx, "KS", [])
    with pytest.raises(ServerOnly):
        tariffs.add_version(octx, LATER)
    assert members(octx.store) == {"Akutteam Syd": {"KS"}}
    assert count(octx.store, TariffItem) == 4
    assert count(octx.store, SyncOutbox) == 0


def _lines(ctx: Any, month: dt.date) -> list[dict[str, Any]]:
    preview = invoices.preview_month(ctx, month)
    return [line.as_json() for u in preview.units for line in u.lines]


def test_an_office_previews_the_run_the_server_posts_and_never_posts(world, tmp_path):
    sctx, octx = world
    dept = b.department(sctx)  # reference data: the server's
    office.sync(octx.store)  # the courses are the office's own records
    b.course(octx, dept, A_END - dt.timedelta(days=19), B + dt.timedelta(days=9))  # D3 long
    b.course(octx, dept, A_END - dt.timedelta(days=4), A_END)
    b.course(octx, dept, B + dt.timedelta(days=1), B_END, course_type="fluid")
    office.sync(octx.store)
    for month in (A, B):
        assert _lines(octx, month) == _lines(sctx, month) != []
    assert invoices.preview_month(octx, A).fingerprint == invoices.preview_month(sctx, A).fingerprint  # fmt: skip
    with pytest.raises(PostedOnServer, match="server"):
        invoices_post.post_month(octx, A, renderer=b.fake_renderer)
    expected = invoices.preview_month(octx, A).fingerprint  # posted on the server as previewed
    invoices_post.post_month(sctx, A, expected=expected, renderer=b.fake_renderer)
    tariffs.set_billing_start(sctx, A)
    office.sync(octx.store)
    assert count(octx.store, BilledItem) == count(sctx.store, BilledItem) > 0
    assert _lines(octx, A) == _lines(sctx, A) == []  # billed on the server (D12)
    assert _lines(octx, B) == _lines(sctx, B) != []
    assert tariffs.get_billing_start(octx) == A
    [posted] = credit.list_invoices(sctx)
    tmp = tmp_path / "out"
    refusals = (
        lambda: invoices_post.post_month(octx, B, renderer=b.fake_renderer),
        lambda: export.export_month(octx, A, tmp),
        lambda: credit.credit_invoice(octx, posted.uuid, reason="fejl", renderer=b.fake_renderer),
        lambda: regulation.post_regulation(octx),
        lambda: tariffs.set_billing_start(octx, None),
    )
    for refused in refusals:
        with pytest.raises(PostedOnServer):
            refused()
    assert posted.number.endswith("0001")
    assert count(octx.store, Invoice) == count(octx.store, InvoiceSequence) == 0
    assert count(octx.store, SyncOutbox) == 0


def test_the_refusal_is_one_line_on_the_command_line(tmp_path, data_dir, capsys):
    from app.cli.main import main

    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    sctx = h.server(url, tmp_path / "s")
    assert main(["sync", "setup", "--server", url]) == 0
    capsys.readouterr()
    assert main(["--user", "KS", "invoices", "post", "--month", A.strftime("%Y-%m")]) == 1
    said = capsys.readouterr().err
    assert said.startswith("akutdesk: This is an office store: invoices are posted")
    assert said.count("\n") == 1
    assert main(["--user", "KS", "invoices", "preview", "--month", A.strftime("%Y-%m")]) == 0
    sctx.store.dispose()


def test_a_server_set_up_before_the_catalogue_travelled_sends_it_once(world):
    """A server made a sync server at 0014_sync: its offices never got the tariff lines,
    the ledger or the members; the next sync sends them (server.catch_up), once."""
    from app.models import StoreSetting
    from app.models.sync import SyncChange
    from app.services.sync import server

    sctx, octx = world
    with sctx.store.session() as session:
        session.delete(session.get_one(StoreSetting, server.CATALOGUE_SETTING))
    with octx.store.session() as session:  # as an office of then holds it
        session.info[journal.APPLYING] = True
        session.execute(user_teams.delete())
    assert members(octx.store) == {}
    office.sync(octx.store)
    assert members(octx.store) == {"Akutteam Syd": {"KS"}}
    assert h.snapshot(octx.store) == h.snapshot(sctx.store)
    sent = count(sctx.store, SyncChange)
    office.sync(octx.store)
    assert count(sctx.store, SyncChange) == sent
