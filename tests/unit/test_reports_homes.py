"""``homes.coverage`` reconciles with the register (issue #14 item 7; D30): the coverage on
each sample day and the arrangements started and ended are computed again here by a plain
loop over homes, sections and arrangements — on the demo homes plus edge cases (an
arrangement started and terminated inside the period, a split home with only one section
covered, which is not covered), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select

from app import messages
from app.demo import generate as demo
from app.domain.reports import Filters, Label
from app.models import FixedDoctorArrangement, HomeSection, NursingHome
from app.services.homes import arrangements, figures, register
from app.services.reports import homes_coverage, registry

from . import homes_helpers

D = dt.date
PERIOD = (D(2025, 2, 15), D(2025, 12, 31))


@pytest.fixture
def seeded(ctx):
    demo.load_demo(ctx, citizens=60, courses=5, episodes=5)
    home = homes_helpers.home(ctx, "Rosenly", 50)
    started = homes_helpers.arrangement(ctx, home, D(2025, 3, 10), doctor_name="Ib Ravn")
    arrangements.terminate_arrangement(
        ctx, started.uuid, started.version, "doctor", registered_on=D(2025, 4, 15)
    )  # takes effect 30.09.2025 (D32)
    split = homes_helpers.home(ctx, "Toftegården", 80)
    register.add_section(ctx, split, "Afsnit A", 40)
    section_b = register.add_section(ctx, split, "Afsnit B", 40).value
    homes_helpers.arrangement(ctx, split, D(2025, 1, 1), section_uuid=section_b.uuid)
    return ctx


def _expected_coverage(s, day: D) -> tuple[int, int]:
    """(homes, covered) on ``day``: a home counts unless closed before; it is covered when
    every section (or the whole home, when it has none) has a running arrangement."""
    homes = covered = 0
    for home in s.scalars(select(NursingHome)):
        if home.closed_on is not None and home.closed_on < day:
            continue
        homes += 1
        sections = [
            x.id for x in s.scalars(select(HomeSection).where(HomeSection.home_id == home.id))
        ]
        running = [
            a for a in s.scalars(select(FixedDoctorArrangement).where(FixedDoctorArrangement.home_id == home.id))
            if a.start_date <= day and (a.end_date is None or day <= a.end_date)
        ]  # fmt: skip
        whole = any(a.section_id is None for a in running)
        if sections:
            covered += whole or all(any(a.section_id == x for a in running) for x in sections)
        else:
            covered += whole
    return homes, covered


def test_coverage_and_changes_reconcile_with_the_register(seeded):
    chosen = registry.filters(*PERIOD)
    report = registry.run_report(seeded, "homes.coverage", chosen)
    rows = report.table("over_time").rows
    assert [r[0] for r in rows] == [
        D(2025, 2, 15), D(2025, 2, 28), D(2025, 3, 31), D(2025, 4, 30), D(2025, 5, 31),
        D(2025, 6, 30), D(2025, 7, 31), D(2025, 8, 31), D(2025, 9, 30), D(2025, 10, 31),
        D(2025, 11, 30), D(2025, 12, 31),
    ]  # fmt: skip
    with seeded.store.read() as s:
        for day, homes, covered, percent, target in rows:
            assert (homes, covered) == _expected_coverage(s, day), day
            assert percent == (Decimal(100 * covered) / homes).quantize(
                Decimal("0.1"), ROUND_HALF_UP
            )
            assert target == Decimal(80)
        arrangements_ = list(s.scalars(select(FixedDoctorArrangement)))
        names = {h.id: h.name for h in s.scalars(select(NursingHome))}
    by_day = {r[0]: r[2] for r in rows}
    assert by_day[D(2025, 3, 31)] == by_day[D(2025, 2, 28)] + 1  # Rosenly started 10.03
    assert by_day[D(2025, 10, 31)] == by_day[D(2025, 9, 30)] - 1  # and ended 30.09
    changes = {(r[0], r[1].code, r[2], r[4]) for r in report.table("changes").rows}
    expected = {
        (a.start_date, "started", names[a.home_id], a.doctor_name)
        for a in arrangements_ if PERIOD[0] <= a.start_date <= PERIOD[1]
    } | {
        (a.end_date, "ended", names[a.home_id], a.doctor_name)
        for a in arrangements_ if a.end_date and PERIOD[0] <= a.end_date <= PERIOD[1]
    }  # fmt: skip
    assert changes == expected
    assert (D(2025, 9, 30), "ended", "Rosenly", "Ib Ravn") in changes
    assert len(report.table("changes").rows) == len(expected)
    figures_ = report.as_json()["figures"]
    assert figures_["started"] == sum(1 for c in expected if c[1] == "started")
    assert figures_["ended"] == sum(1 for c in expected if c[1] == "ended")
    last = rows[-1]
    assert (figures_["homes"], figures_["covered"], Decimal(figures_["coverage"])) == last[1:4]


def test_the_coverage_is_the_registers_own_figure(seeded):
    """Wrapped, not re-derived: the report's last point is figures.snapshot's coverage."""
    report = registry.run_report(seeded, "homes.coverage", registry.filters(*PERIOD))
    snap = figures.snapshot(seeded, PERIOD[1])
    assert report.figure("coverage").value == snap.coverage.percent
    assert report.figure("target_date").value == snap.coverage.target_date
    # the split home with one of two sections covered is no covered home
    split = next(h for h in snap.homes if h.name == "Toftegården")
    assert (split.covered, split.covered_units, split.units) == (False, 1, 2)


def test_the_sample_days_are_the_edges_and_each_months_last_day():
    assert homes_coverage.sample_days(Filters(D(2026, 1, 31), D(2026, 3, 1))) == [
        D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 1),
    ]  # fmt: skip
    assert homes_coverage.sample_days(Filters(D(2026, 5, 5), D(2026, 5, 5))) == [D(2026, 5, 5)]


def test_the_report_is_declared_for_the_homes_kind_and_uses_catalogue_texts(seeded):
    assert "homes.coverage" in {s.name for s in registry.list_reports(seeded)}
    report = registry.run_report(seeded, "homes.coverage", registry.filters(*PERIOD))
    ids = [report.title, *report.notes, *(f.label for f in report.figures)]
    for table in report.tables:
        ids += [table.title, table.note or table.title, *(c.label for c in table.columns)]
        ids += [cell.id for row in table.rows for cell in row if isinstance(cell, Label)]
    assert sorted({i for i in ids if i not in messages.CATALOGUE}) == []
