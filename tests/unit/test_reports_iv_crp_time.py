"""The day-3 CRP report (D5, D6, D40) and the time study (DIGEST §1.15–1.16, D16, §1.5
late entries) reconciled with the records: each figure recomputed here by plain loops over
the seeded store's records (the seed of test_reports_iv.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from fractions import Fraction

import pytest

from app.domain import clock
from app.domain import iv as rules
from app.domain.identifiers import mask_cpr
from app.domain.reports import mean, median, percent
from app.services.iv.courses import type_on
from app.services.reports import iv_crp

from .iv_helpers import day
from .test_reports_iv import PERIOD, exact_median, in_scope, load, minutes, q1, run, secs
from .test_reports_iv import seeded as seeded

PERIODS = [PERIOD, (day(-365), day(0)), (day(-120), day(-60))]


# -- day-3 CRP -----------------------------------------------------------------------------


def expected_crp(ctx, start, end, unit=None, team=None):
    courses, units, depts, teams, people = load(ctx)
    today = clock.today()
    found = []
    for c in courses:
        if c.status in ("referred", "rejected") or c.decided_at is None:
            continue
        if not in_scope(c, units, teams, people, unit, team):
            continue
        accepted_on = clock.local(c.decided_at).date()
        started = c.start_date if c.start_date and c.start_date <= today else None
        due = rules.crp_due_date(c.first_dose_date, accepted_on, started)
        if not (start <= due <= end and due < today):
            continue
        if type_on(c, due) == rules.CourseType.FLUID:
            continue
        checks = sorted(c.crp_checks, key=lambda k: (k.measured_at, k.id))
        check = checks[0] if checks else None
        measured = clock.local(check.measured_at).date() if check else None
        if c.end_date is not None and c.end_date <= due and (measured is None or measured > due):
            continue
        found.append((c, due, check, measured))
    return found, units, depts, people


def check_crp(report, found, units, depts, people) -> None:
    n = len(found)
    on_time = [f for f in found if f[3] is not None and f[3] <= f[1]]
    valued = [f for f in found if f[2] is not None]
    decided = [f for f in valued if f[2].decision]
    waits = [minutes(f[2].measured_at, f[2].conference_at) for f in decided if f[2].conference_at]
    figures = {f.key: f.value for f in report.figures}
    assert figures["due"] == n
    assert figures["on_time"] == len(on_time)
    assert figures["on_time_share"] == percent(len(on_time), n)
    assert figures["decided_share"] == percent(len(decided), len(valued))
    assert figures["wait_median"] == (q1(exact_median(waits) / 60) if waits else None)
    assert figures["wait_mean"] == (q1(Fraction(sum(waits), 60 * len(waits))) if waits else None)
    assert figures["overdue"] == n - len(on_time)
    # by unit, and the total row
    rows = {str(r[0]): r[1:] for r in report.table("compliance").rows}
    for key, group in [("all", found)] + [
        (u, [f for f in found if units[f[0].department_id].code == u])
        for u in {units[f[0].department_id].code for f in found}
    ]:
        ok = sum(1 for f in group if f[3] is not None and f[3] <= f[1])
        with_value = [f for f in group if f[2] is not None]
        late = len(with_value) - ok
        dec = sum(1 for f in with_value if f[2].decision)
        assert rows[key] == (len(group), ok, percent(ok, len(group)), late,
                             len(group) - len(with_value), dec, percent(dec, len(with_value)))  # fmt: skip
    # the decisions' spread
    spread = Counter("no_value" if f[2] is None else (f[2].decision or "awaiting") for f in found)
    table = {r[0].code: (r[1], r[2]) for r in report.table("decisions").rows}
    assert table == {d: (spread[d], percent(spread[d], n)) for d in iv_crp.DECISIONS}
    # the overdue list: newest due day first, the CPR masked (D40)
    late = sorted((f for f in found if not (f[3] is not None and f[3] <= f[1])),
                  key=lambda f: (f[1], f[0].id), reverse=True)[: iv_crp.LIST_LIMIT]  # fmt: skip
    listed = report.table("overdue").rows
    assert [(r[0], r[3], r[4], r[5]) for r in listed] == [
        (f[0].uuid[:8], mask_cpr(people[f[0].citizen_id].cpr), f[1], f[3]) for f in late
    ]
    assert all(r[3].endswith("-xxxx") and len(r[3]) == 11 for r in listed), listed[:2]


@pytest.mark.parametrize("period", PERIODS)
def test_crp_reconciles_with_the_records(seeded, period):
    check_crp(run(seeded, "iv.crp", *period), *expected_crp(seeded, *period))


def test_crp_edge_cases(seeded):
    found, _, _, people = expected_crp(seeded, *PERIOD)
    report = run(seeded, "iv.crp")
    cprs = {"Clausen": "0303500015", "Dahl": "0404500019", "Eriksen": "0505500023",
            "Frandsen": "0606500027"}  # the edge cases' citizens  # fmt: skip
    by_cpr = {people[f[0].citizen_id].cpr: f for f in found}
    by_name = {name: by_cpr[cpr] for name, cpr in cprs.items() if cpr in by_cpr}
    # the course accepted after day 3 is due on municipal day 1, its hospital value on time
    assert by_name["Dahl"][1] == day(-11) and by_name["Dahl"][3] == day(-11)
    # the course without a value and the one whose value came a day late are listed
    listed = {r[0] for r in report.table("overdue").rows}
    assert by_name["Eriksen"][0].uuid[:8] in listed and by_name["Eriksen"][2] is None
    assert by_name["Clausen"][0].uuid[:8] in listed and by_name["Clausen"][3] == day(-25)
    assert "Frandsen" not in by_name  # the fluid course has no check
    assert "1010500043" not in by_cpr  # ended on its due day without a value: none due
    spread = {r[0].code: r[1] for r in report.table("decisions").rows}
    assert spread["awaiting"] >= 1 and spread["no_value"] >= 1


def test_crp_filters_and_empty_period(seeded):
    for unit, team in (("OUH", None), (None, "Nord")):
        period = (day(-365), day(0))
        check_crp(run(seeded, "iv.crp", *period, unit, team),
                  *expected_crp(seeded, *period, unit, team))  # fmt: skip
    empty = run(seeded, "iv.crp", dt.date(2020, 1, 1), dt.date(2020, 3, 31))
    figures = {f.key: f.value for f in empty.figures}
    assert figures["due"] == 0 and figures["overdue"] == 0
    assert figures["on_time_share"] is None and figures["wait_median"] is None
    assert empty.table("overdue").rows == ()


# -- the time study ------------------------------------------------------------------------


def expected_time(ctx, start, end, unit=None, team=None):
    courses, units, _, teams, people = load(ctx)
    rows = []
    for c in courses:
        if not in_scope(c, units, teams, people, unit, team):
            continue
        for a in c.administrations:
            if start <= a.day <= end:
                late = rules.is_late(a.end_at, a.recorded_at)
                assert a.late == late  # the stored mark follows the rule
                rows.append((c.course_type, a.place, minutes(a.start_at, a.end_at),
                             "outside_07_23" in a.exception_flags,
                             "more_than_3_a_day" in a.exception_flags, late,
                             secs(a.recorded_at) - secs(a.end_at)))  # fmt: skip
    return rows


def delay_code(late: bool, seconds: int) -> str:
    if not late:
        return "on_time"
    return "week" if seconds > 7 * 86400 else "day" if seconds > 86400 else "hours"


def check_time(report, rows) -> None:
    figures = {f.key: f.value for f in report.figures}
    every = [r[2] for r in rows]
    assert figures["administrations"] == len(rows)
    assert figures["median_minutes"] == median(every)
    assert figures["mean_minutes"] == mean(every)
    assert figures["hours"] == (q1(Fraction(sum(every), 60)) if rows else None)
    assert figures["outside"] == sum(1 for r in rows if r[3])
    assert figures["beyond_3"] == sum(1 for r in rows if r[4])
    assert figures["late"] == sum(1 for r in rows if r[5])
    assert figures["late_share"] == percent(figures["late"], len(rows))
    for r in report.table("minutes").rows:
        group = every if r[0].code == "all" else [x[2] for x in rows if x[0] == r[0].code]
        assert r[1:] == (len(group), median(group), mean(group))
    places = {(r[0].code, r[1].code): r[2:] for r in report.table("by_place").rows}
    assert set(places) == {(r[0], r[1]) for r in rows}
    for (kind, place), cells in places.items():
        group = [x[2] for x in rows if x[0] == kind and x[1] == place]
        assert cells == (len(group), median(group), mean(group))
    for r in report.table("flags").rows:
        g = rows if r[0].code == "all" else [x for x in rows if x[0] == r[0].code]
        n, o, b = len(g), sum(1 for x in g if x[3]), sum(1 for x in g if x[4])
        e, late = sum(1 for x in g if x[3] or x[4]), sum(1 for x in g if x[5])
        assert r[1:] == (n, o, percent(o, n), b, percent(b, n), e, percent(e, n), late,
                         percent(late, n))  # fmt: skip
    delays = Counter(delay_code(r[5], r[6]) for r in rows)
    assert {r[0].code: r[1] for r in report.table("delays").rows} == {
        code: delays[code] for code in ("on_time", "hours", "day", "week")
    }


@pytest.mark.parametrize("period", PERIODS)
def test_time_reconciles_with_the_records(seeded, period):
    check_time(run(seeded, "iv.time", *period), expected_time(seeded, *period))


def test_time_edge_cases(seeded):
    report = run(seeded, "iv.time")
    rows = expected_time(seeded, *PERIOD)
    assert report.figure("outside").value >= 1 and report.figure("beyond_3").value >= 1
    delays = {r[0].code: r[1] for r in report.table("delays").rows}
    assert delays["hours"] >= 1 and delays["day"] >= 1  # recorded 5 and 30 hours late
    assert any(r[1] == "nursing_home" and r[0] == "fluid" for r in rows)
    assert 61 in [r[2] for r in rows] and 50 in [r[2] for r in rows]


def test_time_filters_and_empty_period(seeded):
    for unit, team in (("OUH", None), ("SLB", None), (None, "Nord")):
        period = (day(-365), day(0))
        check_time(run(seeded, "iv.time", *period, unit, team),
                   expected_time(seeded, *period, unit, team))  # fmt: skip
    empty = run(seeded, "iv.time", dt.date(2020, 1, 1), dt.date(2020, 3, 31))
    figures = {f.key: f.value for f in empty.figures}
    assert figures["administrations"] == 0 and figures["late"] == 0
    for key in ("hours", "median_minutes", "mean_minutes", "late_share"):
        assert figures[key] is None, key
    assert empty.table("minutes").rows[-1][1:] == (0, None, None)
