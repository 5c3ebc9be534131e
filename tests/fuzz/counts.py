"""How many generated cases each input path ran (issue #7: "the number of fuzz cases run
per input path"). The fuzz tests call :func:`ran`; tests/fuzz/conftest.py prints the table
at the end of the session and writes it as JSON when AKUTDESK_FUZZ_REPORT names a file."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import HealthCheck, settings

CASES: Counter[str] = Counter()


def ran(path: str) -> None:
    CASES[path] += 1


def examples(n: int) -> int:
    """``n`` at the default profile (100 examples); scaled with the loaded profile, so
    ``pytest tests/fuzz --hypothesis-profile=long`` runs ten times as many."""
    return max(1, n * settings.default.max_examples // 100)


def service(n: int) -> settings:
    """Settings for a use case or the command line: ``examples(n)`` cases, no deadline
    (stores are slow next to a pure function), and one store for every case of a test
    (the function-scoped fixtures serve all generated cases)."""
    return settings(
        max_examples=examples(n),
        deadline=None,
        database=None,  # a case replayed on another day's demo store would not be the same
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def table_counts(ctx: Any) -> tuple[int, ...]:
    """The row count of every table, in one query (a refused use case must not change any)."""
    from sqlalchemy import func, select

    from app.models import Base, load_all

    load_all()
    counts = [
        select(func.count()).select_from(t).scalar_subquery() for t in Base.metadata.sorted_tables
    ]
    with ctx.store.read() as s:
        return tuple(s.execute(select(*counts)).one())
