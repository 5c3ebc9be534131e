"""Fuzzing (issue #7): hypothesis over every parser, validator and import path.

``pytest tests/fuzz`` runs the default counts (< ~40 s on two cores);
``pytest tests/fuzz --hypothesis-profile=long`` ten times as many. The cases run per input
path are printed at the end and, with ``AKUTDESK_FUZZ_REPORT=file.json``, written out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.conftest import BACKENDS, _pg_database
from tests.fuzz.counts import CASES

settings.register_profile("long", max_examples=1000, deadline=None)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not CASES:
        return
    terminalreporter.section("fuzz cases per input path")
    for path, count in sorted(CASES.items()):
        terminalreporter.write_line(f"{count:7d}  {path}")
    terminalreporter.write_line(f"{sum(CASES.values()):7d}  in all")
    target = os.environ.get("AKUTDESK_FUZZ_REPORT")
    if target:
        with open(target, "w", encoding="utf-8") as out:
            json.dump(dict(sorted(CASES.items())), out, indent=1)


# The generated cases run on SQLite; AKUTDESK_FUZZ_POSTGRES=1 adds PostgreSQL (it doubles
# the time). What only PostgreSQL refuses (NUL in text) has plain tests on both backends in
# tests/unit/test_fuzz_regressions.py.
FUZZ_BACKENDS = BACKENDS if os.environ.get("AKUTDESK_FUZZ_POSTGRES") else ["sqlite"]


@pytest.fixture(params=FUZZ_BACKENDS)
def database_url(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{data_dir / 'akutdesk.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def admin(ctx):  # type: ignore[no-untyped-def]
    """The first user with every role, so each use case is reached (not refused)."""
    import dataclasses

    from app.services.kernel.permissions import ROLES

    return dataclasses.replace(ctx, roles=frozenset(ROLES))
