"""One writer process of tests/unit/test_concurrent_writers.py (started with the ``spawn``
method, so it imports only this module, never pytest's fixtures).

Each round it waits at the barrier with the other writers, then does its job at the same
moment as they do — an administration on a course, or an import — and reports what became
of it: ``saved`` (with what was written), ``busy`` (the calm refusal, nothing written) or
``crash`` (anything else, with the traceback).
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path
from typing import Any


def run(index: int, data_dir: str, jobs: list[tuple[Any, ...]], barrier: Any, results: Any) -> None:
    outcome: tuple[Any, ...]
    try:
        from app import paths
        from app.errors import StoreBusy
        from app.services.admin import setup
        from app.services.exchange import transfer
        from app.services.iv.administrations import AdministrationInput, record_administration
        from app.services.security import users

        paths.init(data_dir)
        store, _ = setup.open_store(None, paths.data_dir())
        ctx = users.sign_in(store, "KS", os.environ["AKUTDESK_PASSWORD"])
    except BaseException:
        results.put((index, -1, ("crash", traceback.format_exc())))
        barrier.abort()
        return
    for number, job in enumerate(jobs):
        barrier.wait(timeout=300)
        try:
            if job[0] == "administer":
                _, course_uuid, start = job
                done = record_administration(
                    ctx,
                    course_uuid,
                    AdministrationInput(
                        start=start,
                        end=start + dt.timedelta(minutes=20),
                        place="home",
                        exception_reason="concurrency test",
                    ),
                )
                outcome = ("saved", done.value)
            else:
                report = transfer.import_file(ctx, Path(job[1]))
                outcome = ("saved", report.value.written)
        except StoreBusy as exc:
            outcome = ("busy", exc.code)
        except BaseException:
            outcome = ("crash", traceback.format_exc())
        results.put((index, number, outcome))
    store.dispose()
