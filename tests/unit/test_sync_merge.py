"""One citizen registered offline at two offices (issue #15, docs/sync.md "One citizen, two
offices"): the office whose citizen the server refused merges it into the server's at its
pull, its courses re-pointed and sent again, its version kept in the ``duplicate`` conflict.
On a plain SQLite server and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Citizen
from app.models.iv import CrpCheck, IvCourse
from app.models.sync import SyncOutbox
from app.services import citizens
from app.services.iv import crp, referrals
from app.services.sync import conflicts, office
from tests.conftest import _pg_database
from tests.unit import iv_helpers as iv
from tests.unit import sync_helpers as h

CPR = "0505500003"
NAMES = {"A": ("Asta", "Andersen", "11111111"), "B": ("Birte", "Berg", "22222222")}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def world(server_url: str, tmp_path: Path) -> Any:
    """The server with a department; offices A and B made from it."""
    sctx = h.server(server_url, tmp_path / "s")
    iv.department(sctx)
    offices = {}
    for name in NAMES:
        (tmp_path / name).mkdir()
        offices[name] = h.new_office(server_url, tmp_path / name, name)
    yield sctx, offices
    for ctx in (sctx, *offices.values()):
        ctx.store.origin.dispose()


def register(ctx: Any, who: str) -> str:
    """The same CPR, this office's name and phone, and a course for the citizen with a CRP
    value (a fact under the course: refused with it, sent again with it)."""
    first, last, phone = NAMES[who]
    made = citizens.register_citizen(
        ctx, citizens.CitizenInput(cpr=CPR, first_name=first, last_name=last, phone=phone)
    ).value.uuid
    dept = next(iter(h.snapshot(ctx.store)["departments"]))
    course = iv.referral(ctx, made, dept, drug=f"Drug {who}")
    with ctx.store.read() as session:
        version = session.scalar(select(IvCourse.version).where(IvCourse.uuid == course))
    referrals.accept_referral(ctx, course, version, at=iv.at(-10, 15))
    crp.record_crp(ctx, course, crp.CrpInput(measured_at=iv.at(-9, 8), value=40))
    return course


def the_citizen(ctx: Any) -> Any:
    with ctx.store.read() as session:
        return session.scalars(select(Citizen).where(Citizen.cpr == CPR)).one()


def courses_of(ctx: Any) -> list[str]:
    with ctx.store.read() as session:
        found = the_citizen(ctx)
        query = select(IvCourse.drug).where(IvCourse.citizen_id == found.id)
        return sorted(session.scalars(query))


def settled(sctx: Any, offices: dict[str, Any]) -> None:
    """Every store the same: one citizen with both courses, nothing waiting."""
    stores = [sctx, *offices.values()]
    for ctx in stores:
        with ctx.store.read() as session:
            count = session.scalar(select(func.count()).select_from(Citizen).where(Citizen.cpr == CPR))  # fmt: skip
        assert count == 1
        assert courses_of(ctx) == ["Drug A", "Drug B"]
        with ctx.store.read() as session:
            assert session.scalar(select(func.count()).select_from(CrpCheck)) == 2
    for ctx in offices.values():
        assert office.status(ctx.store).waiting == 0
    first = h.snapshot(sctx.store)
    assert all(h.snapshot(ctx.store) == first for ctx in offices.values())


def duplicate(ctx: Any) -> Any:
    (found,) = [c for c in conflicts.list_conflicts(ctx) if c.kind == "duplicate"]
    return found


@pytest.mark.parametrize("first", ["A", "B"])
def test_one_citizen_at_two_offices_is_merged_and_nothing_is_lost(world, first):
    sctx, offices = world
    second = "B" if first == "A" else "A"
    for who, ctx in offices.items():
        register(ctx, who)
    for who in (first, second, first, second, first, second):  # no sync_pull_collides
        office.sync(offices[who].store)
    settled(sctx, offices)
    for ctx in (sctx, *offices.values()):  # the server's citizen stands, both versions listed
        assert the_citizen(ctx).first_name == NAMES[first][0]
        listed = duplicate(ctx)
        assert listed.mine["first_name"] == NAMES[second][0]
        assert listed.theirs["first_name"] == NAMES[first][0]
        assert listed.theirs["uuid"] == the_citizen(ctx).uuid
        # the course and its CRP value refused as missing arrived since: settled everywhere
        assert [c.kind for c in conflicts.list_conflicts(ctx)] == ["duplicate"]
        settled_ones = conflicts.list_conflicts(ctx, include_resolved=True)
        assert sorted((c.kind, c.choice) for c in settled_ones) == [
            ("duplicate", ""),
            ("missing", "mine"),
            ("missing", "mine"),  # course, CRP
        ]
    with offices[second].store.read() as session:
        assert session.scalar(select(func.count()).select_from(SyncOutbox)) == 0


def test_keeping_mine_carries_the_second_offices_name_and_phone_everywhere(world):
    sctx, offices = world
    for who, ctx in offices.items():
        register(ctx, who)
    for who in "ABAB":
        office.sync(offices[who].store)
    listed = duplicate(offices["B"])
    done = conflicts.resolve_conflict(offices["B"], listed.uuid, listed.version, "mine")
    assert done.value.status == "resolved"
    for who in "BAB":
        office.sync(offices[who].store)
    for ctx in (sctx, *offices.values()):
        found = the_citizen(ctx)
        assert (found.first_name, found.last_name, found.phone) == NAMES["B"]
        assert [c for c in conflicts.list_conflicts(ctx) if c.kind == "duplicate"] == []
    settled(sctx, offices)


def test_keeping_theirs_keeps_the_servers_citizen(world):
    sctx, offices = world
    for who, ctx in offices.items():
        register(ctx, who)
    for who in "ABAB":
        office.sync(offices[who].store)
    listed = duplicate(offices["A"])
    conflicts.resolve_conflict(offices["A"], listed.uuid, listed.version, "theirs")
    for who in "ABA":
        office.sync(offices[who].store)
    for ctx in (sctx, *offices.values()):
        assert the_citizen(ctx).first_name == NAMES["A"][0]
    settled(sctx, offices)


def test_a_citizen_still_waiting_to_go_is_merged_with_a_conflict_made_here(world):
    """The office pulls the server's citizen before its own ever went out (the window
    wrote it between push and pull): no conflict is on the server, one is made here."""
    sctx, offices = world
    register(offices["A"], "A")
    office.sync(offices["A"].store)
    register(offices["B"], "B")
    remote = office.connect(office.status(offices["B"].store).server)
    try:
        office._pull(offices["B"].store, remote)
    finally:
        remote.dispose()
    assert courses_of(offices["B"]) == ["Drug A", "Drug B"]
    assert duplicate(offices["B"]).mine["first_name"] == "Birte"
    for who in "BAB":
        office.sync(offices[who].store)
    settled(sctx, offices)
    for ctx in (sctx, *offices.values()):
        assert duplicate(ctx).theirs["first_name"] == "Asta"
