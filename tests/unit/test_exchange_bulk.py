"""Issue #13, item 11: importing 120,000 citizens took over 20 minutes (a flush, a DELETE
over the whole session and an audit query per citizen). The import now writes new
citizens in batches: the number of statements does not grow with the citizens. The time
itself is measured by bench/bench_import.py, not here."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import uuid as uuids
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from app.models import AuditEntry, Citizen, CitizenNameWord
from app.services import citizens
from app.services.admin import audit_chain
from app.services.exchange import transfer as exchange
from app.services.exchange.transfer import ImportRejected
from app.services.kernel.permissions import ROLES
from tests.unit.test_exchange import citizen_records, write


def statements(ctx, run):  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def count(*_: object) -> None:
        seen.append("x")

    event.listen(ctx.store.engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(ctx.store.engine, "before_cursor_execute", count)
    return len(seen)


def test_the_statements_of_an_import_do_not_grow_with_its_citizens(ctx, tmp_path):
    small = statements(ctx, lambda: exchange.import_file(ctx, write(tmp_path, citizen_records(10, seed=1))))  # fmt: skip
    large = statements(ctx, lambda: exchange.import_file(ctx, write(tmp_path, citizen_records(400, seed=2))))  # fmt: skip
    assert large <= small + 10, (small, large)


def test_a_bulk_import_writes_what_one_by_one_wrote(ctx, tmp_path):
    records = [{**r, "uuid": str(uuids.uuid4())} for r in citizen_records(30)]
    records[3]["last_name"] = "Møller-Hansen Jensen"
    exchange.import_file(ctx, write(tmp_path, records))
    with ctx.store.read() as session:
        stored = {c.uuid: c for c in session.scalars(select(Citizen))}
        assert set(stored) == {r["uuid"] for r in records}
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "create", AuditEntry.entity == "citizen")
            .order_by(AuditEntry.sequence)
        ).all()
        assert [e.entity_uuid for e in entries] == [r["uuid"] for r in records]
        words = session.scalar(select(func.count()).select_from(CitizenNameWord))
        assert words == sum(len(citizens.name_words(r["first_name"], r["last_name"])) for r in records)  # fmt: skip
    found = citizens.search_citizens(ctx, "møller")
    assert [c.uuid for c in found] == [records[3]["uuid"]]
    assert audit_chain.verify(dataclasses.replace(ctx, roles=frozenset(ROLES))).intact


def test_two_citizens_of_a_file_with_one_uuid_are_refused(ctx, tmp_path):
    records = citizen_records(3)
    records[0]["uuid"] = records[2]["uuid"] = str(uuids.uuid4())
    with pytest.raises(ImportRejected) as caught:
        exchange.import_file(ctx, write(tmp_path, records))
    assert [(p.record, p.field, p.problem.code) for p in caught.value.report.problems] == [
        (3, "uuid", "exchange.same_uuid")
    ]


def test_the_import_benchmark_runs(tmp_path):
    """bench/bench_import.py, the figure docs/reliability.md quotes, on a few citizens: it
    broke unnoticed when import_file came to return a Done (report.summary() on the Done)."""
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, str(root / "bench" / "bench_import.py"), "--citizens", "200"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert "first import: citizens: 200 created, 0 updated, 0 unchanged in " in run.stdout
    assert "(CPU " in run.stdout
    assert "within the budget: 200 citizens" in run.stdout
