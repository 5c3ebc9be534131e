"""The hash-chained audit trail (issue #7): every entry is chained, `verify` finds a changed
or removed entry and names it, a cut-off tail is caught by the head or a kept anchor, two
writers on PostgreSQL do not fork the chain, and the migration chains existing entries."""

from __future__ import annotations

import dataclasses
import itertools
import threading

import pytest
from sqlalchemy import delete, func, select, update

from app.errors import Forbidden, InvalidInput
from app.models.audit import AuditChainHead, AuditEntry
from app.services import citizens
from app.services.admin import audit_chain as audit_trail
from app.services.admin.audit_chain import Anchor
from app.services.citizens import CitizenInput
from app.services.kernel import audit


@pytest.fixture
def admin(ctx):  # type: ignore[no-untyped-def]
    """The tampering below goes through ``admin.store.origin``: the database owner's own
    connection, since no application role may change the trail (issue #13 §6)."""
    return dataclasses.replace(ctx, roles=frozenset({"administrator", "nurse"}))


def _some_entries(ctx, n: int = 4) -> list[str]:
    made = []
    for i in range(n):
        cpr = f"01015000{i:02d}"
        made.append(citizens.register_citizen(
            ctx, CitizenInput(cpr=cpr, first_name="Else" + "abcdefgh"[i], last_name="Jensen")).value.uuid)  # fmt: skip
    return made


def _rows(ctx) -> list[AuditEntry]:
    with ctx.store.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.sequence)))


def test_every_entry_is_chained_to_the_one_before(admin):
    _some_entries(admin)
    rows = _rows(admin)
    assert [r.sequence for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0].prev_hash == "0" * 64
    for before, entry in itertools.pairwise(rows):
        assert entry.prev_hash == before.hash
        assert entry.hash == audit.entry_hash(entry, before.hash)
    with admin.store.read() as s:
        head = s.get(AuditChainHead, 1)
        assert (head.sequence, head.hash) == (rows[-1].sequence, rows[-1].hash)
    result = audit_trail.verify(admin)
    assert result.intact and result.entries == len(rows)
    assert result.head == Anchor(rows[-1].sequence, rows[-1].hash)


def test_a_changed_entry_is_named(admin):
    uuid = _some_entries(admin)[1]
    with admin.store.origin.session() as s:
        target = s.scalars(select(AuditEntry).where(AuditEntry.entity_uuid == uuid)).one()
        target.reason = "nobody saw this"
        sequence, entry_id = target.sequence, target.id
    broken = audit_trail.verify(admin).broken
    assert broken is not None and broken.kind == "changed"
    assert (broken.sequence, broken.entry_id, broken.entity_uuid) == (sequence, entry_id, uuid)
    assert f"Entry {sequence} (id {entry_id}" in broken.message and uuid in broken.message


def test_a_changed_and_rehashed_entry_is_caught_by_the_next_link(admin):
    _some_entries(admin)
    rows = _rows(admin)
    victim = rows[2]
    with admin.store.origin.session() as s:
        entry = s.get(AuditEntry, victim.id)
        entry.after = {"first_name": "Someone else"}
        entry.hash = audit.entry_hash(entry, entry.prev_hash)
    broken = audit_trail.verify(admin).broken
    assert broken is not None and (broken.kind, broken.sequence) == ("changed", victim.sequence)


def test_a_changed_and_rehashed_last_entry_is_caught_by_the_head(admin):
    _some_entries(admin)
    last = _rows(admin)[-1]
    with admin.store.origin.session() as s:
        entry = s.get(AuditEntry, last.id)
        entry.reason = "x"
        entry.hash = audit.entry_hash(entry, entry.prev_hash)
    broken = audit_trail.verify(admin).broken
    assert broken is not None and (broken.kind, broken.sequence) == ("changed", last.sequence)


def test_a_removed_entry_is_named_with_its_neighbours(admin):
    _some_entries(admin)
    rows = _rows(admin)
    with admin.store.origin.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.sequence.in_([3, 4])))
    result = audit_trail.verify(admin)
    broken = result.broken
    assert broken is not None and broken.kind == "removed"
    assert (broken.sequence, broken.last_missing, broken.previous, broken.following) == (3, 4, 2, 5)
    assert broken.message == "Entries 3–4 removed: missing after entry 2, before entry 5."
    assert result.entries == 2 and len(rows) > 5


def test_removing_the_first_entry_is_detected(admin):
    _some_entries(admin, 1)
    with admin.store.origin.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.sequence == 1))
    broken = audit_trail.verify(admin).broken
    assert broken is not None and (broken.kind, broken.sequence, broken.previous) == (
        "removed",
        1,
        None,
    )
    assert "at the start of the chain" in broken.message


def test_a_cut_off_tail_is_caught_by_the_head_and_by_a_kept_anchor(admin):
    _some_entries(admin)
    anchor = audit_trail.verify(admin).head
    with admin.store.origin.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.sequence == anchor.sequence))
    broken = audit_trail.verify(admin).broken
    assert broken is not None and (broken.kind, broken.sequence) == (
        "tail_removed",
        anchor.sequence,
    )
    # The intruder also winds the head back: only the anchor kept outside still tells.
    with admin.store.origin.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.sequence.desc())).first()
        s.execute(update(AuditChainHead).values(sequence=last.sequence, hash=last.hash))
    assert audit_trail.verify(admin).intact
    broken = audit_trail.verify(admin, anchor).broken
    assert broken is not None and broken.kind == "tail_removed"
    assert broken.message.endswith(f"Entry {anchor.sequence} removed (the end of the chain): "
                                   f"missing after entry {anchor.sequence - 1}.")  # fmt: skip


def test_an_anchor_that_does_not_match_names_the_entry(admin):
    _some_entries(admin)
    anchor = audit_trail.verify(admin).head
    wrong = Anchor(anchor.sequence - 1, anchor.hash)
    broken = audit_trail.verify(admin, wrong).broken
    assert broken is not None and (broken.kind, broken.sequence) == ("changed", wrong.sequence)
    assert audit_trail.verify(admin, anchor).intact


def test_anchor_text_is_parsed_or_refused():
    digest = "ab" * 32
    assert Anchor.parse(f" 12:{digest.upper()} ") == Anchor(12, digest)
    for bad in ("", "12", f"x:{digest}", "12:abc", f"-1:{digest}"):
        with pytest.raises(InvalidInput):
            Anchor.parse(bad)


def test_entries_written_in_one_transaction_share_one_head_lock(admin, monkeypatch):
    queries = []
    original = audit.select

    def counting(*args):  # type: ignore[no-untyped-def]
        if args and args[0] is AuditChainHead:
            queries.append(args)
        return original(*args)

    monkeypatch.setattr(audit, "select", counting)
    with admin.store.session() as s:
        for i in range(5):
            audit.write(s, admin, "open", "citizen", f"u{i}")
        s.commit()  # a second transaction in the same session locks the head again
        audit.write(s, admin, "open", "citizen", "u5")
    assert len(queries) == 2
    assert audit_trail.verify(admin).intact


def test_values_are_stored_as_they_are_hashed(admin):
    import datetime as dt
    from decimal import Decimal

    with admin.store.session() as s:
        audit.write(s, admin, "update", "x", after={1: dt.date(2026, 1, 2), "d": Decimal("1.50"),
                                                    "t": (1, 2), "o": object()})  # fmt: skip
    assert audit_trail.verify(admin).intact
    after = _rows(admin)[-1].after
    assert after["1"] == "2026-01-02" and after["d"] == "1.50" and after["t"] == [1, 2]


def test_only_administrators_verify(ctx):
    nurse = dataclasses.replace(ctx, roles=frozenset({"nurse"}))
    with pytest.raises(Forbidden):
        audit_trail.verify(nurse)


@pytest.mark.postgres
def test_two_writers_at_once_do_not_fork_the_chain(admin):
    if admin.store.is_sqlite:
        pytest.skip("the SQLite write lock is exclusive: there is nothing to race")
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(25):
                with admin.store.session() as s:
                    audit.write(s, admin, "open", "citizen", f"w{n}-{i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = audit_trail.verify(admin)
    with admin.store.read() as s:
        total = s.scalar(select(func.count()).select_from(AuditEntry))
    assert result.intact and result.entries == total and result.head.sequence == total


def test_the_migration_chains_the_entries_already_there(database_url, data_dir):
    import datetime as dt

    from sqlalchemy import text

    from app.db import migrate
    from app.db.store import Store

    store = Store(database_url)
    migrate.upgrade(store, target="0005_security")
    with store.engine.begin() as conn:
        for i in range(7):
            conn.execute(
                text("INSERT INTO audit_log (at, action, entity, entity_uuid, after, reason) "
                     "VALUES (:at, 'create', 'citizen', :u, :after, '')"),
                {"at": dt.datetime(2026, 1, 1, 8, i, 0, 123456), "u": f"old-{i}",
                 "after": '{"first_name": "Ærø", "n": ' + str(i) + "}"},
            )  # fmt: skip
    migrate.upgrade(store)
    ctx = dataclasses.replace(_admin_on(store), roles=frozenset({"administrator"}))
    result = audit_trail.verify(ctx)
    assert result.intact and result.entries == 7 and result.head.sequence == 7
    with store.session() as s:
        audit.write(s, ctx, "open", "citizen", "new")
    result = audit_trail.verify(ctx)
    assert result.intact and result.entries == 8
    rows = _rows(ctx)
    assert [r.entity_uuid for r in rows] == [f"old-{i}" for i in range(7)] + ["new"]
    store.dispose()


def _admin_on(store):  # type: ignore[no-untyped-def]
    from app.services.kernel.context import Context

    return Context(store, None, "")
