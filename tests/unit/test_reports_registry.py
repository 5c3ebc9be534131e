"""Running a report (app/services/reports/registry.py, issue #14): the checked filters, the
list a user may run, and that a dataset of patient data goes through its audit-logged
delivery whichever way it is asked for."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import AuditEntry
from app.services.reports import registry

DAY = dt.date(2026, 6, 1)


def _codes(caught: pytest.ExceptionInfo[InvalidInput]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in caught.value.problems]


def test_the_filters_are_checked_and_each_problem_names_its_field():
    with pytest.raises(InvalidInput) as caught:
        registry.filters(None, None)
    assert _codes(caught) == [("from", "reports.from_missing"), ("to", "reports.to_missing")]
    with pytest.raises(InvalidInput) as caught:
        registry.filters(DAY, DAY - dt.timedelta(days=1))
    assert _codes(caught) == [("to", "reports.period_reversed")]
    with pytest.raises(InvalidInput) as caught:
        registry.filters(DAY, DAY + dt.timedelta(days=registry.MAX_DAYS))
    assert _codes(caught) == [("to", "reports.period_long")]
    with pytest.raises(InvalidInput) as caught:
        registry.filters(dt.date(1850, 1, 1), dt.date(1850, 2, 1))
    assert _codes(caught) == [("from", "reports.period_implausible")]
    chosen = registry.filters(DAY, DAY, "  OUH ", " ")
    assert (chosen.unit, chosen.team) == ("OUH", None)


def test_every_declared_report_is_listed_once_and_an_unknown_one_is_not_found(ctx):
    names = [s.name for s in registry.all_reports()]
    assert len(names) == len(set(names))
    assert {s.name for s in registry.list_reports(ctx)} == set(names)  # every role
    with pytest.raises(NotFound):
        registry.spec("iv.nothing")
    with pytest.raises(NotFound):
        registry.run_report(ctx, "iv.nothing", registry.filters(DAY, DAY))


def test_a_dataset_run_as_a_report_is_delivered_and_audit_logged(ctx):
    def deliveries() -> list[tuple[str, str]]:
        with ctx.store.read() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.entity == "report"))
            return [(e.action, e.entity_uuid) for e in rows]

    report = registry.run_report(ctx, "dataset.courses", registry.filters(DAY, DAY))
    assert report.name == "dataset.courses"
    assert deliveries() == [("disclose_cpr", "dataset.courses")]
