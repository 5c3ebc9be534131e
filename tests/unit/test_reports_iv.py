"""The IV activity report (issue #14 item 1; DIGEST §1.15, D4, D8) reconciled with the records.

Every figure and table is recomputed here from the records themselves — plain loops over
``session.scalars(select(Model))``, not the report's SQL — on a store seeded by the demo
loader plus hand-made edge cases (courses crossing the period's edges, a course over 14
days, rejected referrals in and outside the period, a course accepted after day 3, a
fluid course, flagged and late administrations). The seed is shared with
test_reports_iv_crp_time.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.demo import generate as demo
from app.domain import clock
from app.domain import iv as rules
from app.domain.reports import Label, Report, mean, median, percent
from app.errors import Forbidden
from app.messages import CATALOGUE
from app.models import Citizen, Department, HospitalUnit, IvCourse, Team
from app.services.admin import reference
from app.services.admin.reference import DepartmentInput
from app.services.iv import crp, referrals
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.courses import end_course
from app.services.iv.crp import ConferenceInput, CrpInput
from app.services.reports import iv_activity, registry
from app.services.security import users

from ..conftest import PASSWORD
from .iv_helpers import at, citizen, day, referral

PERIOD = (day(-30), day(-1))
EDGE_DEPT = "Kantafdelingen"


def version(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))


def accepted(ctx, person, dept, accept_offset, **changes):
    uuid = referral(ctx, person, dept, **changes)
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(accept_offset, 7))
    return uuid


def give(ctx, uuid, offset, hh=9, minutes=35, late_hours=0, **extra):
    start = at(offset, hh)
    end = start + dt.timedelta(minutes=minutes)
    recorded = end + (dt.timedelta(hours=late_hours) if late_hours else dt.timedelta(minutes=5))
    data = AdministrationInput(start=start, end=end, place=extra.pop("place", "home"),
                               recorded_at=recorded, **extra)  # fmt: skip
    record_administration(ctx, uuid, data)


def crp_value(ctx, uuid, offset, decision="continue_iv", method="point_of_care", hh=11):
    conference = None
    if decision:
        conference = ConferenceInput("Overlæge Hansen", at(offset, hh + 2, 25), "phone", decision)
    crp.record_crp_and_decision(
        ctx, uuid, CrpInput(at(offset, hh), "42,0", method), conference, version(ctx, uuid)
    )


def edge_cases(ctx) -> None:
    """Courses made through the services, placed against :data:`PERIOD`."""
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH")
    dept = reference.save_department(
        ctx, unit.uuid, DepartmentInput(name=EDGE_DEPT, phone_24_7="65 41 12 34")
    ).value.uuid
    names = ("Andersen", "Bertelsen", "Clausen", "Dahl", "Eriksen", "Frandsen", "Graversen",
             "Holm")  # fmt: skip
    cprs = ("0101500007", "0202500011", "0303500015", "0404500019", "0505500023", "0606500027",
            "0707500031", "0808500035")  # fmt: skip
    people = [citizen(ctx, cpr, "Else", name) for cpr, name in zip(cprs, names, strict=True)]
    # 1. crosses the period's start: day 1 before it, ends inside it, CRP on time
    one = accepted(ctx, people[0], dept, -40, first_dose_date=day(-41), referred_at=at(-41, 9))
    for offset in range(-40, -25):
        give(ctx, one, offset)
    crp_value(ctx, one, -39)
    crp_value(ctx, one, -26, decision="switch_to_oral")  # a second value ends it on day -26
    # 2. crosses the period's end: running, 4 doses a day once, a night dose, a late entry
    two = accepted(ctx, people[1], dept, -5, first_dose_date=day(-6), referred_at=at(-6, 8),
                   place="municipal_clinic")  # fmt: skip
    for hh in (8, 13, 18):
        give(ctx, two, -4, hh, place="municipal_clinic")
    give(ctx, two, -4, 22, exception_reason="Ordineret 4 gange dagligt")
    give(ctx, two, -3, 5, minutes=50, late_hours=30, exception_reason="Forsinket dosis")
    give(ctx, two, -2, 9, minutes=61, late_hours=5)
    give(ctx, two, -1, 9, minutes=20)
    # 3. over 14 days, pump, ended in the period; the CRP value a day late, decided later
    three = accepted(ctx, people[2], dept, -27, first_dose_date=day(-28), referred_at=at(-28, 7),
                     course_type="antibiotic_pump", planned_days=20)  # fmt: skip
    for offset in range(-27, -9):
        give(ctx, three, offset)
    crp_value(ctx, three, -25, decision="")
    end_course(ctx, three, version(ctx, three), day(-10), "completed")
    # 4. accepted after treatment day 3: the check is due on municipal day 1, a hospital value
    four = accepted(ctx, people[3], dept, -12, first_dose_date=day(-18), referred_at=at(-13, 9))
    for offset in range(-11, -6):
        give(ctx, four, offset)
    crp_value(ctx, four, -11, method="measured_at_hospital", hh=6)
    # 5. an antibiotic course without any CRP value: overdue
    five = accepted(ctx, people[4], dept, -20, first_dose_date=day(-21), referred_at=at(-21, 9))
    for offset in range(-20, -14):
        give(ctx, five, offset)
    # 6. a fluid course: no CRP check
    six = accepted(ctx, people[5], dept, -15, first_dose_date=day(-15), referred_at=at(-15, 9),
                   course_type="fluid", hospital_doses=0)  # fmt: skip
    for offset in range(-14, -10):
        give(ctx, six, offset, place="nursing_home")
    # 7. rejected in the period, and one rejected before it
    seven = referral(ctx, people[6], dept, referred_at=at(-8, 9))
    referrals.reject_referral(
        ctx, seven, version(ctx, seven), "capacity", "Ingen plads", at(-8, 15)
    )
    eight = referral(ctx, people[7], dept, referred_at=at(-50, 9), first_dose_date=day(-50))
    referrals.reject_referral(ctx, eight, version(ctx, eight), "patient_safety", "Uafklaret",
                              at(-49, 10))  # fmt: skip
    # 9. ended on its due day without a CRP value: no check to make, not counted
    nine = accepted(ctx, citizen(ctx, "1010500043", "Else", "Jakobsen"), dept, -23,
                    first_dose_date=day(-24), referred_at=at(-24, 9))  # fmt: skip
    give(ctx, nine, -23)
    give(ctx, nine, -22)
    end_course(ctx, nine, version(ctx, nine), day(-22), "readmitted")
    # 10. ends on the period's first day, and 11. starts on its last day: both active
    ten = accepted(ctx, citizen(ctx, "1111500047", "Else", "Kristensen"), dept, -35,
                   first_dose_date=day(-36), referred_at=at(-36, 9), course_type="fluid",
                   hospital_doses=0)  # fmt: skip
    for offset in range(-35, -29):
        give(ctx, ten, offset)
    end_course(ctx, ten, version(ctx, ten), PERIOD[0], "completed")
    eleven = accepted(ctx, citizen(ctx, "1212500051", "Else", "Lund"), dept, -2,
                      first_dose_date=day(-3), referred_at=at(-3, 8))  # fmt: skip
    give(ctx, eleven, -1)
    # 8. accepted without a municipal administration yet: not active
    accepted(ctx, citizen(ctx, "0909500039", "Else", "Iversen"), dept, -2,
             first_dose_date=day(-3), referred_at=at(-3, 9))  # fmt: skip


def give_teams(ctx) -> None:
    """Seeding: every third citizen in team Nord (the filter's test), written directly."""
    with ctx.store.session() as s:
        team = Team(name="Nord", version=1, created_at=clock.now_utc(), updated_at=clock.now_utc())
        s.add(team)
        s.flush()
        for i, person in enumerate(s.scalars(select(Citizen).order_by(Citizen.id))):
            if i % 3 == 0:
                person.team_id = team.id


@pytest.fixture
def seeded(ctx):
    demo.load_demo(ctx, citizens=240)
    edge_cases(ctx)
    give_teams(ctx)
    return ctx


def run(ctx, name, start=PERIOD[0], end=PERIOD[1], unit=None, team=None) -> Report:
    return registry.run_report(ctx, name, registry.filters(start, end, unit, team))


# -- the independent computation -----------------------------------------------------------


def load(ctx):
    """Every course with what the reports read, as ORM objects (small seeded store)."""
    with ctx.store.read() as s:
        courses = s.scalars(select(IvCourse).options(
            selectinload(IvCourse.administrations), selectinload(IvCourse.crp_checks),
            selectinload(IvCourse.type_changes))).all()  # fmt: skip
        units = {d.id: s.get(HospitalUnit, d.unit_id) for d in s.scalars(select(Department))}
        depts = {d.id: d.name for d in s.scalars(select(Department))}
        teams = {t.id: t.name for t in s.scalars(select(Team))}
        people = {c.id: c for c in s.scalars(select(Citizen))}
    return courses, units, depts, teams, people


def in_scope(course, units, teams, people, unit, team) -> bool:
    if unit is not None and units[course.department_id].code != unit:
        return False
    return team is None or teams.get(people[course.citizen_id].team_id) == team


def exact_median(values: list[int]) -> Fraction:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return (
        Fraction(ordered[mid]) if len(ordered) % 2 else Fraction(ordered[mid - 1] + ordered[mid], 2)
    )


def q1(value: Fraction | None):
    """A fraction to one decimal half up, as the report shows it."""
    if value is None:
        return None
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal("0.1"), ROUND_HALF_UP
    )


def secs(moment: dt.datetime) -> int:
    return int(moment.timestamp())


def minutes(start: dt.datetime, end: dt.datetime) -> int:
    return int((secs(end) - secs(start)) / 60)


def expected_activity(ctx, start, end, unit=None, team=None):
    courses, units, depts, teams, people = load(ctx)
    first = dt.datetime.combine(start, dt.time(0), clock.COPENHAGEN)
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), clock.COPENHAGEN)
    active: Counter = Counter()
    lengths: dict[str, list[int]] = {}
    decided: Counter = Counter()
    rejected: Counter = Counter()
    reasons: Counter = Counter()
    waits: list[int] = []
    for c in courses:
        if not in_scope(c, units, teams, people, unit, team):
            continue
        where = (units[c.department_id].code, depts[c.department_id])
        if (
            c.status not in ("referred", "rejected")
            and c.start_date is not None
            and c.start_date <= end
            and (c.end_date is None or c.end_date >= start)
        ):
            active[where[0], where[1], c.course_type, c.place] += 1
        if c.status == "ended" and c.start_date and start <= c.end_date <= end:
            lengths.setdefault(c.course_type, []).append((c.end_date - c.start_date).days + 1)
        if c.decided_at is not None and first <= c.decided_at < after:
            decided[where] += 1
            waits.append(minutes(c.referred_at, c.decided_at))
            if c.status == "rejected":
                rejected[where] += 1
                reasons[c.rejection_reason] += 1
    every = [n for per in lengths.values() for n in per]
    return dict(active=active, lengths=lengths, every=every, decided=decided, rejected=rejected,
                reasons=reasons, waits=waits)  # fmt: skip


def p90(values: list[int]):
    if not values:
        return None
    ordered = sorted(values)
    rank = -(-9 * len(ordered) // 10)
    return q1(Fraction(ordered[rank - 1], 60))


def check_activity(report: Report, e) -> None:
    every, waits = e["every"], e["waits"]
    figures = {f.key: f.value for f in report.figures}
    assert figures["active"] == sum(e["active"].values())
    assert figures["ended"] == len(every)
    assert figures["median_days"] == median(every)
    assert figures["mean_days"] == mean(every)
    assert figures["over_14"] == percent(sum(1 for n in every if n > 14), len(every))
    assert figures["decided"] == sum(e["decided"].values())
    assert figures["rejected"] == sum(e["rejected"].values())
    assert figures["rejected_share"] == percent(figures["rejected"], figures["decided"])
    assert figures["wait_median"] == (q1(exact_median(waits) / 60) if waits else None)
    assert figures["wait_mean"] == (q1(Fraction(sum(waits), 60 * len(waits))) if waits else None)
    assert figures["wait_p90"] == p90(waits)
    # courses by unit and type, by department, by place
    by_unit = report.table("by_unit")
    units = Counter()
    for (code, _, kind, _), n in e["active"].items():
        units[code, kind] += n
    for row in by_unit.rows:
        assert row[2:5] == tuple(units[row[0], t] for t in rules.CourseType)
        assert row[5] == sum(row[2:5])
    assert sum(r[5] for r in by_unit.rows) == figures["active"]
    depts = Counter()
    for (code, dept, kind, _), n in e["active"].items():
        depts[code, dept, kind] += n
    rows = {(r[0], r[1]): r[2:] for r in report.table("by_department").rows}
    assert set(rows) == {(code, dept) for code, dept, _ in depts}
    for (code, dept), cells in rows.items():
        assert cells[:3] == tuple(depts[code, dept, t] for t in rules.CourseType)
    places = Counter()
    for (_, _, kind, place), n in e["active"].items():
        places[place, kind] += n
    for row in report.table("by_place").rows:
        assert isinstance(row[0], Label)
        assert row[1:4] == tuple(places[row[0].code, t] for t in rules.CourseType)
    # lengths by type and the distribution
    for row in report.table("length").rows:
        values = every if row[0].code == "all" else e["lengths"].get(row[0].code, [])
        long = sum(1 for n in values if n > 14)
        assert row[1:] == (len(values), median(values), mean(values), long,
                           percent(long, len(values)))  # fmt: skip
    buckets = report.table("length_buckets").rows
    edges = [(1, 3), (4, 7), (8, 14), (15, 21), (22, 10_000)]
    assert [r[1] for r in buckets] == [sum(1 for n in every if lo <= n <= hi) for lo, hi in edges]
    assert sum(r[1] for r in buckets) == len(every)
    # rejections
    reasons = {r[0].code: r[1] for r in report.table("reasons").rows}
    assert {k: v for k, v in reasons.items() if v} == dict(e["reasons"])
    refs = {(r[0], r[1]): (r[2], r[3]) for r in report.table("referrals_by_department").rows}
    assert refs == {k: (n, e["rejected"][k]) for k, n in e["decided"].items()}


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("period", [PERIOD, (day(-365), day(0)), (day(-200), day(-100))])
def test_activity_reconciles_with_the_records(seeded, period):
    report = run(seeded, "iv.activity", *period)
    check_activity(report, expected_activity(seeded, *period))


def test_activity_edge_cases_are_counted_by_the_stated_rules(seeded):
    e = expected_activity(seeded, *PERIOD)
    report = run(seeded, "iv.activity")
    assert 15 in e["every"]  # the course crossing the start: day -40 .. -26 is 15 days
    assert 18 in e["every"]  # the pump course over 14 days
    assert report.figure("over_14").value is not None and report.figure("over_14").value > 0
    edge = ("OUH", EDGE_DEPT)
    # the capacity rejection is in the period, the patient-safety one before it is not
    assert e["rejected"][edge] == 1
    refs = {(r[0], r[1]): r[3] for r in report.table("referrals_by_department").rows}
    assert refs[edge] == 1
    by_place = {r[0].code: r[4] for r in report.table("by_place").rows}
    assert by_place["nursing_home"] >= 1  # the demo's nursing-home courses


def test_activity_filters_unit_and_team(seeded):
    for unit, team in (("OUH", None), ("SVS", None), (None, "Nord"), ("OUH", "Nord")):
        report = run(seeded, "iv.activity", day(-365), day(0), unit, team)
        check_activity(report, expected_activity(seeded, day(-365), day(0), unit, team))
        assert report.filters.unit == unit and report.filters.team == team


def test_an_empty_period_gives_none_not_zero_division(seeded):
    report = run(seeded, "iv.activity", dt.date(2020, 1, 1), dt.date(2020, 1, 31))
    figures = {f.key: f.value for f in report.figures}
    assert figures["active"] == 0 and figures["ended"] == 0
    for key in ("median_days", "mean_days", "over_14", "rejected_share", "wait_median",
                "wait_p90"):  # fmt: skip
        assert figures[key] is None, key
    assert report.table("length").rows[-1][1:] == (0, None, None, 0, None)


def test_a_nurse_may_not_read_reports(seeded):
    users.add_user(seeded, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    nurse = users.sign_in(seeded.store, "NS", PASSWORD)
    for name in ("iv.activity", "iv.crp", "iv.time"):
        with pytest.raises(Forbidden):
            run(nurse, name)
    assert not any(r.name.startswith("iv.") for r in registry.list_reports(nurse))


def message_ids(report: Report) -> set[str]:
    found = {report.title, *report.notes, *(f.label for f in report.figures)}
    for t in report.tables:
        found |= {t.title, *(c.label for c in t.columns), *([t.note] if t.note else [])}
        found |= {cell.id for row in t.rows for cell in row if isinstance(cell, Label)}
    return found | {c.title for c in report.charts}


def test_every_text_is_in_the_catalogue_with_the_reports_listed(seeded):
    names = [s.name for s in registry.list_reports(seeded)]
    assert {"iv.activity", "iv.crp", "iv.time"} <= set(names)
    for spec in iv_activity.REPORTS:
        assert spec.title in CATALOGUE and spec.description in CATALOGUE
        report = run(seeded, spec.name, day(-365), day(0))
        missing = message_ids(report) - set(CATALOGUE)
        assert not missing, missing
        codes = [c.code for t in report.tables for r in t.rows for c in r if isinstance(c, Label)]
        assert codes and all(type(code) is str for code in codes)  # not an enum member
        for chart in report.charts:
            table = report.table(chart.table)
            for key in (chart.x, *chart.series):
                table.column(key)
