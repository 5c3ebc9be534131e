"""Offline offices and the shared server (issue #15, docs/sync.md): the story, on a plain
SQLite server and on PostgreSQL. The random interleavings are tests/unit/test_sync_property.py,
the killed process tests/unit/test_sync_kill.py."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update

from app.errors import ServerOnly, SyncError
from app.models import AuditEntry, Citizen
from app.models.survey import SurveySheet
from app.models.sync import SyncAudit, SyncChange, SyncConflict, SyncOutbox
from app.services import citizens
from app.services.kernel.permissions import ROLES
from app.services.reports import survey
from app.services.security import users
from app.services.sync import conflicts, office, server
from tests.conftest import PASSWORD, _pg_database
from tests.unit import iv_helpers as iv
from tests.unit import sync_helpers as h


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def world(server_url: str, tmp_path: Path) -> Any:
    """The server with one citizen, and two offices made from it."""
    sctx = h.server(server_url, tmp_path / "s")
    iv.citizen(sctx, "0101500007")
    offices = []
    for name in ("A", "B"):
        (tmp_path / name).mkdir()
        offices.append(h.new_office(server_url, tmp_path / name, name))
    yield sctx, offices[0], offices[1]
    for ctx in (sctx, *offices):
        ctx.store.origin.dispose()


def the_citizen(ctx: Any) -> Any:
    with ctx.store.read() as session:
        return session.scalars(select(Citizen).where(Citizen.cpr == "0101500007")).one()


def edit(ctx: Any, **changes: Any) -> None:
    found = the_citizen(ctx)
    data = dataclasses.replace(citizens.data_of(found), **changes)
    citizens.update_citizen(ctx, found.uuid, found.version, data)


def sheet(ctx: Any) -> str:
    return survey.record_survey_answer(ctx, survey.SheetInput(iv.TODAY, q1="yes")).value.uuid


def test_an_office_starts_as_a_copy_of_the_server(world):
    sctx, a, b = world
    assert h.snapshot(a.store) == h.snapshot(sctx.store) == h.snapshot(b.store)
    assert office.status(a.store).role == "office"
    assert office.status(a.store).waiting == 0


def test_what_one_office_writes_reaches_the_other_through_the_server(world):
    sctx, a, b = world
    iv.citizen(a, "0202500009", "Anna", "Andersen")
    edit(a, phone="20304050")
    assert office.status(a.store).waiting == 2
    assert office.sync(a.store).value == office.SyncResult(2, 0, 0)
    assert office.sync(b.store).value.received == 2
    assert h.snapshot(a.store) == h.snapshot(b.store) == h.snapshot(sctx.store)
    assert the_citizen(b).phone == "20304050"
    assert office.status(a.store).last_sync_at is not None


def test_the_servers_own_users_write_reach_the_offices(world):
    sctx, a, _b = world
    edit(sctx, phone="66554433")
    office.sync(a.store)
    assert the_citizen(a).phone == "66554433"
    assert h.snapshot(a.store) == h.snapshot(sctx.store)


def test_facts_from_both_sides_never_conflict(world):
    sctx, a, b = world
    made = [sheet(a), sheet(a), sheet(b), sheet(sctx)]
    for ctx in (a, b, a):
        assert office.sync(ctx.store).value.conflicts == 0
    for ctx in (sctx, a, b):
        with ctx.store.read() as session:
            assert sorted(session.scalars(select(SurveySheet.uuid))) == sorted(made)


def test_a_record_changed_on_both_sides_is_listed_with_both_versions_and_resolved(world):
    sctx, a, b = world
    edit(a, phone="11111111")
    edit(b, phone="22222222")
    office.sync(a.store)
    result = office.sync(b.store).value
    assert result.conflicts == 1
    office.sync(a.store)
    for ctx in (sctx, a, b):  # the server's version stands everywhere, the conflict is listed
        assert the_citizen(ctx).phone == "11111111"
        (listed,) = conflicts.list_conflicts(ctx)
        assert listed.kind == "changed" and listed.fields == ("phone",)
        assert listed.mine["phone"] == "22222222" and listed.theirs["phone"] == "11111111"
    done = conflicts.resolve_conflict(a, listed.uuid, listed.version, "mine")
    assert done.value.status == "resolved" and "sync_conflict" in done.changes.kinds
    for ctx in (a, b, a):
        office.sync(ctx.store)
    for ctx in (sctx, a, b):
        assert the_citizen(ctx).phone == "22222222"
        assert conflicts.list_conflicts(ctx) == []
    assert h.snapshot(a.store) == h.snapshot(b.store) == h.snapshot(sctx.store)
    with a.store.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "resolve_conflict")
        ).one()
    assert entry.before["phone"] == "11111111" and entry.after["phone"] == "22222222"
    with pytest.raises(SyncError, match="already resolved"):
        conflicts.resolve_conflict(a, listed.uuid, done.value.version, "theirs")


def test_deletions_travel_as_tombstones_and_a_stale_one_is_a_conflict(world):
    sctx, a, b = world
    uuid = sheet(a)
    office.sync(a.store)
    office.sync(b.store)
    survey.delete_survey_answer(a, uuid, 1)
    office.sync(a.store)
    office.sync(b.store)
    for ctx in (sctx, a, b):
        with ctx.store.read() as session:
            assert session.scalar(select(func.count()).select_from(SurveySheet)) == 0
    edit(a, phone="33333333")  # and b deletes the version a has moved past
    found = the_citizen(b)
    with b.store.session() as session:
        session.delete(session.get(Citizen, found.id))
    office.sync(a.store)
    assert office.sync(b.store).value.conflicts == 1
    (listed,) = conflicts.list_conflicts(b)
    assert listed.kind == "delete" and listed.mine is None
    assert the_citizen(b).phone == "33333333"  # the server's version stands


def test_a_batch_sent_again_gets_the_same_answers_and_applies_nothing_twice(world):
    sctx, a, _b = world
    sheet(a)
    edit(a, phone="44444444")
    with a.store.read() as session:
        batch = [
            {"origin_seq": r.origin_seq, "table_name": r.table_name, "uuid": r.uuid,
             "op": r.op, "base_version": r.base_version, "version": r.version, "data": r.data}
            for r in session.scalars(select(SyncOutbox))
        ]  # fmt: skip
    origin = office.status(a.store).origin
    first = _receive(sctx.store, origin, batch)
    again = _receive(sctx.store, origin, batch)
    assert first == again and {x.status for x in first} == {"accepted"}
    office.sync(a.store)  # the office never heard the answer: it sends the batch a third time
    with sctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(SurveySheet)) == 1
        assert (
            session.scalar(
                select(func.count()).select_from(SyncChange).where(SyncChange.origin == origin)
            )
            == 2
        )
    assert h.snapshot(a.store) == h.snapshot(sctx.store)


def _receive(store: Any, origin: str, batch: list[dict[str, Any]]) -> list[server.Answer]:
    with store.origin.session() as session:
        return server.receive(session, origin, batch)


def test_what_only_the_server_does_is_refused_on_an_office(world):
    _sctx, a, _b = world
    with pytest.raises(ServerOnly, match="server"):
        users.add_user(a, "Ny Bruger", "NB", ROLES, PASSWORD)
    assert office.status(a.store).waiting == 0


def test_an_office_signs_in_offline_with_the_credentials_it_synced(world):
    sctx, a, _b = world
    users.add_user(sctx, "Ole Olsen", "OO", ("nurse",), PASSWORD)
    office.sync(a.store)
    ctx = users.sign_in(a.store, "OO", PASSWORD)  # the server is not asked
    assert ctx.roles == frozenset({"nurse"})
    with pytest.raises(users.SignInRefused):
        users.sign_in(a.store, "OO", "wrong password")
    assert office.status(a.store).waiting == 0  # failed sign-ins stay local


def test_each_origin_keeps_its_audit_chain_on_the_server(world):
    sctx, a, _b = world
    iv.citizen(a, "0202500009", "Anna", "Andersen")
    iv.citizen(a, "0303500001", "Bo", "Berg")
    office.sync(a.store)
    origin = office.status(a.store).origin
    with a.store.read() as session:
        held_here = session.scalar(select(func.max(AuditEntry.sequence)))
    with sctx.store.origin.read() as session:
        assert server.chain_end(session, origin)[0] == held_here
        assert session.scalar(select(func.count()).select_from(SyncAudit)) == held_here
    forged = {"sequence": held_here + 1, "prev_hash": "0" * 64, "hash": "f" * 64,
              "entry": {"at": "2026-12-04T00:00:00+00:00", "user_id": 1, "action": "delete",
                        "entity": "citizen", "entity_uuid": "", "before": None, "after": None,
                        "reason": ""}}  # fmt: skip
    with pytest.raises(SyncError, match="do not continue"), sctx.store.origin.session() as s:
        server.receive_audit(s, origin, [forged])
    (chain,) = server.origin_chains(sctx)
    assert (chain.origin, chain.entries, chain.problem) == (origin, held_here, "")
    with sctx.store.origin.session() as session:  # an entry changed, then two removed
        session.execute(
            update(SyncAudit)
            .where(SyncAudit.sequence == 2)
            .values(
                entry={
                    "at": "2026-01-01T00:00:00+00:00",
                    "user_id": 9,
                    "action": "x",
                    "entity": "x",
                    "entity_uuid": "",
                    "before": None,
                    "after": None,
                    "reason": "",
                }
            )
        )
    assert server.origin_chains(sctx)[0].problem == "changed"
    with sctx.store.origin.session() as session:
        session.execute(delete(SyncAudit).where(SyncAudit.sequence == 1))
    chain = server.origin_chains(sctx)[0]
    assert (chain.problem, chain.first, chain.last) == ("missing", 1, 1)


def test_an_unreachable_server_is_one_line_and_the_office_works_on(world, monkeypatch):
    _sctx, a, _b = world
    with a.store.session() as session:
        session.execute(
            update(office.SyncState).values(server_url="postgresql+psycopg://x@127.0.0.1:9/none")
        )
    iv.citizen(a, "0202500009", "Anna", "Andersen")
    with pytest.raises(SyncError) as raised:
        office.sync(a.store)
    assert "cannot be reached" in raised.value.message and "1 changes" in raised.value.message
    assert "\n" not in raised.value.message
    assert office.status(a.store).waiting == 1
    assert office.status(a.store).last_error


def test_a_store_tied_already_or_holding_data_is_not_made_an_office(world, server_url, tmp_path):
    _sctx, a, _b = world
    with pytest.raises(SyncError, match="already tied"):
        office.setup(a.store, server_url)
    island = h.server(f"sqlite:///{tmp_path / 'island.sqlite3'}", tmp_path / "i")
    with pytest.raises(SyncError, match="already holds data"):
        office.setup(island.store, server_url)
    island.store.dispose()


def test_conflicts_are_records_on_every_store(world):
    sctx, a, b = world
    edit(a, first_name="Ella")
    edit(b, first_name="Eva")
    for ctx in (a, b, a):
        office.sync(ctx.store)
    for ctx in (sctx, a, b):
        with ctx.store.read() as session:
            assert session.scalar(select(func.count()).select_from(SyncConflict)) == 1


def test_an_import_on_an_office_is_journaled_and_searchable_elsewhere(world):
    sctx, a, b = world
    items = [
        (citizens.CitizenInput(cpr=f"0404500{n:03d}", first_name="Ida", last_name="Import"), None)
        for n in range(30)
    ]
    with a.store.session() as session:  # one executemany, as an exchange file's import
        citizens.add_many_in_session(session, a, items)
    assert office.status(a.store).waiting == 30
    office.sync(a.store)
    office.sync(b.store)
    assert h.snapshot(b.store) == h.snapshot(sctx.store) == h.snapshot(a.store)
    with b.store.read() as session:  # the search words are made where the records arrive
        words = session.scalar(
            select(func.count())
            .select_from(citizens.CitizenNameWord)
            .where(citizens.CitizenNameWord.word == "import")
        )
    assert words == 30


def test_the_command_line(tmp_path, data_dir, capsys):
    from app.cli.main import main
    from app.db.store import Store

    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    sctx = h.server(url, tmp_path / "s")
    iv.citizen(sctx)
    assert main(["sync", "status"]) == 0
    assert "not tied to a server" in capsys.readouterr().out
    assert main(["sync", "setup", "--server", url, "--name", "VIS-2"]) == 0
    assert "is now an office of" in capsys.readouterr().out
    assert main(["--user", "KS", "sync", "conflicts"]) == 0
    assert capsys.readouterr().out == "No conflicts.\n"
    assert main(["sync"]) == 0
    assert capsys.readouterr().out == "Synced: 0 changes sent, 0 received, 0 new conflicts.\n"
    assert main(["sync", "status"]) == 0
    assert "0 changes waiting to go; 0 conflicts waiting." in capsys.readouterr().out
    plain = Store(url)  # the server goes away
    plain.dispose()
    (tmp_path / "server.sqlite3").rename(tmp_path / "gone.sqlite3")
    assert main(["sync"]) == 1
    said = capsys.readouterr().err
    assert said.startswith("akutdesk: ") and said.count("\n") == 1
    sctx.store.dispose()


def test_no_use_case_updates_or_deletes_synced_records_in_bulk():
    """The journal sees the ORM's flushes and bulk inserts (app/db/journal.py); a bulk
    ``update(Model)`` or ``delete(Model)`` of a synced table would bypass it, so none is
    made outside the sync itself."""
    import re

    import app.models as models
    from app.db import journal

    root = Path(__file__).resolve().parents[2] / "app"
    found = []
    for path in [*root.glob("services/**/*.py"), *root.glob("demo/**/*.py")]:
        if "sync" in path.parts:
            continue
        for name in re.findall(r"\b(?:update|delete)\((\w+)\)", path.read_text("utf-8")):
            table = getattr(getattr(models, name, None), "__tablename__", None)
            if table in journal.catalogue().by_name:
                found.append(f"{path.name}: {name}")
    assert found == []
