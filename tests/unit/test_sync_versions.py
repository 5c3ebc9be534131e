"""A change names the version it was made on by identity, not by number (issue #15,
docs/sync.md "A version's identity"). Two offices can hold different versions with the
same number: office A's change refused (B's version 2 came first) and A's pull broken, A
still holds its own version 2; a change A makes on it must be listed, never taken over
B's version 2. The paths that must stay accepted are told too: a change on one's own
accepted change, and one on a version pulled."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.errors import SyncError
from app.models.sync import SyncBasis, SyncConflict, SyncOutbox
from app.services.sync import office
from tests.unit import sync_helpers as h
from tests.unit.test_sync import edit, server_url, the_citizen, world  # noqa: F401  (fixtures)


def _phones_listed(sctx) -> list[str]:
    with sctx.store.read() as session:
        return sorted(
            str((c.mine or {}).get("phone")) for c in session.scalars(select(SyncConflict))
        )


def _pull_broken(monkeypatch, calls: list[int]) -> None:
    def broken(*args, **kwargs):  # the network goes after A's push was answered
        calls.append(1)
        raise OperationalError("pull", {}, Exception("server closed the connection"))

    monkeypatch.setattr(office, "_pull", broken)


def test_a_change_on_a_refused_version_is_listed_not_taken_over_another_office(world, monkeypatch):  # noqa: F811
    sctx, a, b = world
    edit(a, phone="11111111")
    edit(b, phone="22222222")
    office.sync(b.store)  # B's version 2 is the server's
    pull, calls = office._pull, []
    _pull_broken(monkeypatch, calls)
    with pytest.raises(SyncError):
        office.sync(a.store)  # A's change: refused, a conflict
    monkeypatch.setattr(office, "_pull", pull)
    assert calls
    assert the_citizen(a).version == 2  # A's own version 2, not the server's
    edit(a, phone="33333333")  # on A's own (refused) version 2
    office.sync(a.store)
    office.sync(b.store)
    assert the_citizen(sctx).phone == "22222222"  # nothing overwritten
    assert _phones_listed(sctx) == ["11111111", "33333333"]  # both of A's changes listed
    assert h.snapshot(a.store) == h.snapshot(sctx.store) == h.snapshot(b.store)


def test_changes_on_ones_own_accepted_change_are_taken_without_a_pull(world, monkeypatch):  # noqa: F811
    sctx, a, b = world
    pull, calls = office._pull, []
    edit(a, phone="11111111")
    _pull_broken(monkeypatch, calls)
    with pytest.raises(SyncError):
        office.sync(a.store)  # accepted, A has not pulled since
    edit(a, phone="12121212")  # on A's own accepted version 2
    with pytest.raises(SyncError):
        office.sync(a.store)
    monkeypatch.setattr(office, "_pull", pull)
    office.sync(a.store)
    office.sync(b.store)
    assert the_citizen(sctx).phone == the_citizen(b).phone == "12121212"
    assert _phones_listed(sctx) == []
    assert h.snapshot(a.store) == h.snapshot(sctx.store) == h.snapshot(b.store)


def test_a_change_on_a_pulled_version_is_taken_and_one_on_an_older_version_is_listed(world):  # noqa: F811
    sctx, a, b = world
    edit(b, phone="22222222")
    office.sync(b.store)
    office.sync(a.store)  # A pulls B's version 2: its basis is now the pull
    with a.store.read() as session:
        assert session.get(SyncBasis, the_citizen(a).uuid) is None
    edit(a, phone="33333333")
    with a.store.read() as session:
        assert session.scalars(select(SyncOutbox)).one().after_own is None  # by its number
    edit(b, phone="44444444")  # on B's own accepted version: taken first
    office.sync(b.store)
    office.sync(a.store)  # A's change was made on the server's version 2, now 3: listed
    office.sync(b.store)
    assert the_citizen(sctx).phone == "44444444"
    assert _phones_listed(sctx) == ["33333333"]
    edit(a, phone="55555555")  # on the version A pulled just now: taken
    office.sync(a.store)
    office.sync(b.store)
    assert the_citizen(sctx).phone == the_citizen(b).phone == "55555555"
    assert h.snapshot(a.store) == h.snapshot(sctx.store) == h.snapshot(b.store)


def test_a_change_on_a_sent_change_not_yet_answered_is_taken_in_the_same_batch(world):  # noqa: F811
    sctx, a, b = world
    edit(a, phone="11111111")

    def cut(session):  # the connection goes before the server commits: nothing is there
        raise OperationalError("push", {}, Exception("server closed the connection"))

    with pytest.raises(SyncError):
        office.sync(a.store, cut)
    edit(a, phone="12121212")  # a new row (the first went out), made on the first
    with a.store.read() as session:
        first, second = session.scalars(select(SyncOutbox).order_by(SyncOutbox.origin_seq))
    assert first.sent and second.after_own == first.origin_seq
    assert office.sync(a.store).value.conflicts == 0  # both in one batch, in order
    office.sync(b.store)
    assert the_citizen(sctx).phone == the_citizen(b).phone == "12121212"
    assert h.snapshot(a.store) == h.snapshot(sctx.store) == h.snapshot(b.store)
