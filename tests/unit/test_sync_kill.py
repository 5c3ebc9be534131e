"""Must show (issue #15): ``akutdesk sync`` killed with SIGKILL at random moments — while it
marks a batch sent, while the server applies it, after the server's commit and before the
office deletes its outbox rows, in the middle of a pull — and the next sync completes with
nothing lost and nothing doubled. On CI's PostgreSQL (``AKUTDESK_TEST_PG_URL``).

The child imports everything first and says "ready", so the kill falls inside the sync,
not in Python's start-up; it runs the command line's own ``main(["sync"])``."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models.survey import SurveySheet
from app.models.sync import SyncChange, SyncOutbox
from app.services.reports import survey
from app.services.sync import office
from tests.conftest import _pg_database
from tests.unit import iv_helpers as iv
from tests.unit import sync_helpers as h

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
SEED = 1515
ROUNDS = 10
CHILD = """
import sys
from app.cli import main, sync  # noqa: F401  (imported before "ready")
from app.services.sync import office, server  # noqa: F401
print("ready", flush=True)
code = main.main(["--database-url", sys.argv[1], "sync"])
print("done", code, flush=True)
"""


def sheets(ctx: Any, count: int) -> list[str]:
    return [
        survey.record_survey_answer(ctx, survey.SheetInput(iv.TODAY, q1="yes")).value.uuid
        for _ in range(count)
    ]


def run_sync(url: str, env: dict[str, str], kill_after: float | None) -> str:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    if kill_after is None:
        out = child.communicate(timeout=120)[0]
        assert child.returncode == 0, out
        return out
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    out = child.communicate(timeout=60)[0]
    return out


def test_sync_killed_at_random_moments_loses_and_doubles_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    databases = _pg_database()
    url = next(databases)
    sctx = h.server(url, tmp_path / "s")
    iv.citizen(sctx, "0101500007")
    (tmp_path / "a").mkdir()
    a = h.new_office(url, tmp_path / "a", "VIS-A")
    office_url = f"sqlite:///{tmp_path / 'a' / 'office.sqlite3'}"
    env = dict(os.environ, PYTHONPATH=str(ROOT), AKUTDESK_SYNC_BATCH="5")
    made_here: list[str] = []
    made_there: list[str] = []
    killed_during = 0
    try:
        for _round in range(ROUNDS):
            made_here += sheets(a, 40)
            made_there += sheets(sctx, 20)
            out = run_sync(office_url, env, rng.uniform(0.0, 0.8))
            killed_during += "done" not in out
        print(f"{killed_during} of {ROUNDS} syncs killed before they finished")
        assert killed_during >= 3  # the kills fell inside the sync, not after it
        out = run_sync(office_url, env, None)
        assert "Synced:" in out
        with a.store.read() as session:
            assert session.scalar(select(func.count()).select_from(SyncOutbox)) == 0
            here = sorted(session.scalars(select(SurveySheet.uuid)))
        with sctx.store.origin.read() as session:
            there = sorted(session.scalars(select(SurveySheet.uuid)))
            inserts = session.scalar(
                select(func.count())
                .select_from(SyncChange)
                .where(SyncChange.table_name == "survey_sheets", SyncChange.op == "insert")
            )
        assert here == there == sorted(made_here + made_there)  # nothing lost, nothing doubled
        assert inserts == len(made_here) + len(made_there)
        assert h.snapshot(a.store) == h.snapshot(sctx.store)
        assert office.status(a.store).last_error == ""
    finally:
        for ctx in (sctx, a):
            ctx.store.origin.dispose()
        next(databases, None)
