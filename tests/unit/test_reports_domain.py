"""The plain report results (app/domain/reports.py, issue #14): the arithmetic every report
shares, and the JSON shape the command line prints."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain import reports as r


def test_percent_mean_median_per_100_round_half_up_and_say_none_for_nothing():
    assert r.percent(1, 3) == Decimal("33.3")
    assert r.percent(2, 3) == Decimal("66.7")
    assert r.percent(1, 8) == Decimal("12.5")
    assert r.percent(0, 0) is None
    assert r.mean([1, 2]) == Decimal("1.5")
    assert r.mean([]) is None
    assert r.median([5, 1, 3]) == Decimal("3.0")
    assert r.median([4, 1, 3, 2]) == Decimal("2.5")
    assert r.median([]) is None
    assert r.per_100(3, 40) == Decimal("7.5")
    assert r.per_100(3, 0) is None


def test_a_report_finds_its_tables_and_figures_and_prints_as_json():
    table = r.Table(
        "by_reason", "reports.t", (r.Column("reason", "reports.c"), r.Column("n", "reports.n", "count"),
                                   r.Column("share", "reports.s", "percent"),
                                   r.Column("first", "reports.f", "date")),
        ((r.Label("reports.end_reason.died", "died"), 2, Decimal("50.0"), dt.date(2026, 3, 1)),
         (r.Label("reports.x"), 2, None, None)),
    )  # fmt: skip
    report = r.Report("iv.x", "reports.x", r.Filters(dt.date(2026, 1, 1), dt.date(2026, 6, 30), "OUH"),
                      figures=(r.Figure("courses", "reports.c", 4),), tables=(table,))  # fmt: skip
    assert report.table("by_reason").values("n") == [2, 2]
    assert report.figure("courses").value == 4
    with pytest.raises(KeyError):
        report.table("nope")
    with pytest.raises(KeyError):
        report.figure("nope")
    with pytest.raises(KeyError):
        table.column("nope")
    assert str(r.Label("reports.x")) == "reports.x" and str(r.Label("a", "b")) == "b"
    assert report.as_json() == {
        "name": "iv.x",
        "filters": {"from": "2026-01-01", "to": "2026-06-30", "unit": "OUH", "team": None},
        "figures": {"courses": 4},
        "tables": {"by_reason": [
            {"reason": "died", "n": 2, "share": "50.0", "first": "2026-03-01"},
            {"reason": "reports.x", "n": 2, "share": None, "first": None},
        ]},
    }  # fmt: skip
    r.no_progress(1, 2)
