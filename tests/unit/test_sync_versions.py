"""The known bug of docs/sync.md "Two offices' versions can carry the same number" (issue
#15), as a story: a strict xfail, so it fails the suite the day the bug is fixed and the
marker must go. Office A's change is refused (B's version 2 came first); A's pull then
breaks, so A still holds its own version 2; A changes the citizen again (base 2) and the
server, whose version is B's 2, takes it: B's phone is overwritten without a conflict."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.errors import SyncError
from app.models.sync import SyncConflict
from app.services.sync import office
from tests.unit import sync_helpers as h
from tests.unit.test_sync import edit, server_url, the_citizen, world  # noqa: F401  (fixtures)


@pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="docs/sync.md: versions are compared by number only"
)
def test_a_change_on_a_refused_version_is_not_taken_over_another_office(world, monkeypatch):  # noqa: F811
    sctx, a, b = world
    edit(a, phone="11111111")
    edit(b, phone="22222222")
    office.sync(b.store)  # B's version 2 is the server's
    pull = office._pull
    calls = []

    def broken(*args, **kwargs):  # the network goes after A's push was answered
        calls.append(1)
        raise OperationalError("pull", {}, Exception("server closed the connection"))

    monkeypatch.setattr(office, "_pull", broken)
    with pytest.raises(SyncError):
        office.sync(a.store)  # A's change: refused, a conflict
    monkeypatch.setattr(office, "_pull", pull)
    assert calls
    edit(a, phone="33333333")  # on A's own (refused) version 2
    office.sync(a.store)
    office.sync(b.store)
    # nothing is overwritten silently: B's phone stands, or A's second change is listed
    with sctx.store.read() as session:
        listed = session.scalars(select(SyncConflict)).all()
    second = [c for c in listed if (c.mine or {}).get("phone") == "33333333"]
    assert the_citizen(sctx).phone == "22222222" or second
    assert h.snapshot(a.store) == h.snapshot(sctx.store) == h.snapshot(b.store)
