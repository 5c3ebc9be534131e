"""Crash safety (issue 7 §5): a process writing through the real services is killed with
SIGKILL at random moments, well over 100 times; after every kill the store passes
``PRAGMA integrity_check`` and holds every citizen the killed process reported committed.

Starting Python and importing AkutDesk takes ~0.6 s, so one "zygote" process imports it
once and forks a writer per round (the writer opens the store itself, so kills also land
while the store is opened, migrated-checked and signed in to). A writer prints each CPR
after its transaction committed; after its 1st, 11th, 21st … citizen it also makes a
backup, so kills land in backups too — those leave at most a ``.partial`` file, never a
listed bad backup.

The store is encrypted (SQLCipher, issue 7 §3): the writers, which have no keyring, get the
recovery key in AKUTDESK_STORE_KEY — the headless path of app/services/admin/store_key.py.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
]

ROUNDS = 120
SEED = 20261124
WATCHDOG_S = 240
ROOT = Path(__file__).resolve().parents[2]

ZYGOTE = r"""
import os, sys
from app import paths
from app.services import citizens
from app.services.admin import backup, setup
from app.services.security import users
from app.services.citizens import CitizenInput

def say(text):  # one write(2) per line: a kill cannot split it (PYTHONUNBUFFERED splits print)
    os.write(1, (text + "\n").encode())

data_dir = sys.argv[1]
for line in sys.stdin:
    block = int(line)
    pid = os.fork()
    if pid:
        os.waitpid(pid, 0)
        say("done")
        continue
    try:
        say(f"pid {os.getpid()}")
        paths.init(data_dir)
        store, _ = setup.open_store(None, paths.data_dir())
        ctx = users.sign_in(store, "KS", os.environ["AKUTDESK_PASSWORD"])
        say("ready")
        for n in range(block * 10_000, block * 10_000 + 5_000):
            # a valid CPR per n: day, month, year and serial (all 19xx) from n
            day, month, year, serial = 1 + n % 28, 1 + n // 28 % 12, 50 + n // 336 % 40, n // 13_440
            cpr = f"{day:02d}{month:02d}{year:02d}{serial:04d}"
            citizens.register_citizen(
                ctx, CitizenInput(cpr=cpr, first_name="Crash", last_name="Test")
            ).value
            say(cpr)
            if n % 10 == 0:  # the first of a round too: made even on a slow, busy machine
                backup.create(store, "manual", keep=3)
    finally:
        os._exit(0)
"""


def set_up_store(data_dir: Path) -> tuple[Path, bytes]:
    from app.services.admin import setup
    from tests.conftest import first_start_input

    store, _ = setup.open_store(None, data_dir)
    setup.first_start(store, first_start_input())
    store.dispose()
    assert store.key is not None  # a new store is encrypted
    return data_dir / "akutdesk.sqlite3", store.key


def check_store(path: Path, key: bytes, committed: set[str]) -> None:
    from app.db.store import connect_file

    with closing(connect_file(path, key)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in conn.execute("SELECT cpr FROM citizens")}
    lost = committed - present
    assert not lost, f"{len(lost)} committed citizens lost, e.g. {sorted(lost)[:3]}"


def test_the_store_survives_sigkill_at_random_moments(data_dir):
    from app.services.admin.store_key import ENV_KEY, recovery_text

    path, key = set_up_store(data_dir)
    rng = random.Random(SEED)
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{ENV_KEY: recovery_text(key)})
    committed: set[str] = set()
    checked = early = 0
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
        cwd=ROOT,
        env=env,
    ) as zygote:
        assert zygote.stdin is not None and zygote.stdout is not None
        watchdog = threading.Timer(WATCHDOG_S, zygote.kill)  # a hang fails, never blocks CI
        watchdog.daemon = True
        watchdog.start()
        for block in range(ROUNDS):
            zygote.stdin.write(f"{block}\n")
            zygote.stdin.flush()
            first = zygote.stdout.readline()
            assert first.startswith("pid "), first
            pid = int(first.split()[1])
            if rng.random() < 0.2:  # while the store is opened and the user signed in
                early += 1
                time.sleep(rng.uniform(0, 0.05))
            else:
                assert zygote.stdout.readline() == "ready\n"
                time.sleep(rng.uniform(0, 0.3))
            os.kill(pid, signal.SIGKILL)
            while not (line := zygote.stdout.readline()).endswith("done\n"):
                assert line, "the zygote died"
                if line.strip().isdigit():
                    committed.add(line.strip())
            check_store(path, key, committed)
            checked += len(committed)
        watchdog.cancel()
        zygote.stdin.close()
    from app.db.store import Store
    from app.services.admin import backup

    store = Store.sqlite(path, key=key)
    listed = backup.list_backups(store)
    assert listed, f"no backup was made ({len(committed)} citizens committed)"
    assert all(b.ok and b.encrypted for b in listed)
    assert all(backup.quick_check(b.path, key) == "ok" for b in listed)
    store.dispose()
    seconds = time.perf_counter() - started
    print(
        f"\ncrash safety: {ROUNDS} SIGKILLs ({early} while opening), {len(committed)} committed "
        f"citizens, {checked} presence checks, {len(listed)} backups intact, {seconds:.1f} s"
    )
    assert len(committed) > ROUNDS  # the kills landed while writing, not only before
