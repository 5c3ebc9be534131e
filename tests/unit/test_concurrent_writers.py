"""Concurrent writers on one SQLite store (issue #13 §1): four processes write at the same
moment — two administrations on the same course, one on another course, an import of
citizens — round after round. Every write is saved or refused with the calm "the store is
busy" (StoreBusy); none crashes, and the store holds exactly what was reported saved, with
an unbroken audit chain.

Before BEGIN IMMEDIATE (app/db/store.py) three of four such writers ended in
``OperationalError: database is locked``: a deferred transaction reads first, and its
upgrade to a write fails at once in WAL mode when another process committed meanwhile.

The writers are started once with the ``spawn`` method (the store is encrypted, as every new
store is: they get the recovery key in AKUTDESK_STORE_KEY) and meet at a barrier before
each round. The short version runs in the normal suite; the 50 rounds are marked slow.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import queue
import random
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from app.demo import generate as demo
from app.domain import clock
from app.errors import StoreBusy
from app.models import Administration, Citizen
from app.services.admin import audit_chain, setup
from app.services.admin.store_key import ENV_KEY, recovery_text
from app.services.iv import referrals
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.security import users
from tests.conftest import PASSWORD, first_start_input
from tests.unit import concurrent_writer, iv_helpers
from tests.unit.billing_helpers import version

WRITERS = 4
IMPORTED = 150  # citizens per import: it holds the write lock while the others wait
ROOT = Path(__file__).resolve().parents[2]


def _course(ctx, dept: str, cpr: str, accepted: dt.datetime) -> str:
    person = iv_helpers.citizen(ctx, cpr)
    uuid = iv_helpers.referral(
        ctx,
        person,
        dept,
        first_dose_date=accepted.date(),
        referred_at=accepted - dt.timedelta(hours=2),
    )
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=accepted)
    return uuid


def _import_file(folder: Path, number: int, taken: set[str]) -> tuple[Path, set[str]]:
    rng = random.Random(number)
    records = []
    for i in range(IMPORTED):
        cpr = demo.fictitious_cpr(rng, taken, dt.date(2026, 1, 1))
        records.append(
            {"cpr": cpr, "first_name": f"Samtidig {chr(65 + i % 26)}", "last_name": "Testesen"}
        )
    path = folder / f"import-{number}.json"
    document = {"format": "akutdesk-exchange", "version": 1, "citizens": records}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path, {r["cpr"] for r in records}


def run_rounds(data_dir: Path, tmp_path: Path, rounds: int) -> Counter[str]:
    """Four writers, ``rounds`` rounds; checks the store afterwards; returns the outcomes."""
    store, _ = setup.open_store(None, data_dir)
    ctx = setup.first_start(store, first_start_input())
    dept = iv_helpers.department(ctx)
    first_day = clock.today() - dt.timedelta(days=rounds + 10)
    accepted = dt.datetime.combine(first_day, dt.time(8))
    same = _course(ctx, dept, "0101500007", accepted)
    other = _course(ctx, dept, "0202500001", accepted)
    taken: set[str] = {"0101500007", "0202500001"}
    jobs: list[list[tuple]] = [[] for _ in range(WRITERS)]
    imported: list[set[str]] = []
    for n in range(rounds):
        start = dt.datetime.combine(first_day + dt.timedelta(days=n + 1), dt.time(9))
        jobs[0].append(("administer", same, start))
        jobs[1].append(("administer", same, start + dt.timedelta(hours=1)))
        jobs[2].append(("administer", other, start))
        path, cprs = _import_file(tmp_path, n, taken)
        jobs[3].append(("import", str(path)))
        imported.append(cprs)
    key = store.key
    assert key is not None  # a new store is encrypted
    store.dispose()

    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(WRITERS)
    results = spawn.Queue()
    env = {ENV_KEY: recovery_text(key), "PYTHONPATH": str(ROOT)}
    saved_env = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        writers = [
            spawn.Process(
                target=concurrent_writer.run,
                args=(i, str(data_dir), jobs[i], barrier, results),
            )
            for i in range(WRITERS)
        ]
        for writer in writers:
            writer.start()
    finally:
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    outcomes: dict[tuple[int, int], tuple] = {}
    try:
        while len(outcomes) < WRITERS * rounds:
            index, number, outcome = results.get(timeout=300)
            assert outcome[0] != "crash", f"writer {index}, round {number}:\n{outcome[1]}"
            outcomes[index, number] = outcome
    except queue.Empty:
        pytest.fail(f"the writers stopped after {len(outcomes)} of {WRITERS * rounds} writes")
    finally:
        for writer in writers:
            writer.join(timeout=60)
            if writer.is_alive():
                writer.kill()
    assert all(w.exitcode == 0 for w in writers)

    store, _ = setup.open_store(None, data_dir, key=recovery_text(key))
    try:
        ctx = users.sign_in(store, "KS", PASSWORD)
        with store.read() as session:
            stored = dict(
                session.execute(select(Administration.uuid, Administration.course_id)).all()
            )
            present = set(session.scalars(select(Citizen.cpr)))
        saved_admins = {o[1] for (i, _), o in outcomes.items() if i < 3 and o[0] == "saved"}
        assert set(stored) == saved_admins  # every saved one is there, nothing else
        for n, cprs in enumerate(imported):
            if outcomes[3, n][0] == "saved":
                assert cprs <= present, f"import {n} reported saved, its citizens are missing"
            else:
                assert not cprs & present, f"import {n} was refused, yet wrote citizens"
        result = audit_chain.verify(ctx)
        assert result.intact, result.broken
    finally:
        store.dispose()
    return Counter(o[0] for o in outcomes.values())


def test_four_writers_at_once_each_write_saved_or_refused(data_dir, tmp_path):
    """No write here holds the lock near the busy timeout (10 s; an import of 150 citizens
    takes well under a second), so each waits its turn and every one is saved."""
    counts = run_rounds(data_dir, tmp_path, rounds=3)
    assert counts == {"saved": WRITERS * 3}


@pytest.mark.slow
def test_four_writers_fifty_rounds_no_crash(data_dir, tmp_path):
    counts = run_rounds(data_dir, tmp_path, rounds=50)
    assert counts == {"saved": WRITERS * 50}


def test_a_write_that_cannot_get_the_lock_is_refused_calmly(ctx, monkeypatch):
    """The lock is held longer than the busy timeout: StoreBusy, nothing written, and the
    next write, once the lock is free, is saved."""
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite's write lock")
    from app.db import store as store_module

    dept = iv_helpers.department(ctx)
    accepted = dt.datetime.combine(clock.today() - dt.timedelta(days=3), dt.time(8))
    course = _course(ctx, dept, "0101500007", accepted)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    ctx.store.dispose()  # kept connections were made with the old timeout
    start = accepted + dt.timedelta(days=1, hours=1)
    data = AdministrationInput(start=start, end=start + dt.timedelta(minutes=20), place="home")
    holder = store_module.connect_file(ctx.store.path, ctx.store.key, timeout=0.2)
    holder.isolation_level = None
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusy) as refused:
            record_administration(ctx, course, data)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert refused.value.code == "store_busy"
    assert "try again" in refused.value.message
    with ctx.store.read() as session:
        assert session.scalars(select(Administration)).all() == []
    record_administration(ctx, course, data)
    with ctx.store.read() as session:
        assert len(session.scalars(select(Administration)).all()) == 1


def test_reading_waits_for_no_writer(ctx):
    """A reading session begins deferred: it reads while another process holds the write
    lock (WAL), so opening a page never waits for an import."""
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite's write lock")
    from app.db.store import connect_file

    holder = connect_file(ctx.store.path, ctx.store.key, timeout=0.2)
    holder.isolation_level = None
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert [u.initials for u in users.list_users(ctx)] == ["KS"]
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_plain_sqlite_error_is_not_taken_for_busy():
    from app.db.store import is_busy

    assert is_busy(sqlite3.OperationalError("database is locked"))
    assert not is_busy(sqlite3.OperationalError("no such table: x"))
    assert not is_busy(sqlite3.IntegrityError("database is locked"))
