"""``acute.episodes`` and ``acute.occupancy`` reconcile with the records (issue #14 item 6):
every figure and table row is computed again here by a plain loop over the stored episodes,
contacts and units — not the reports' SQL — on the demo store plus hand-made edge cases
(an episode crossing the period's start, one still open at its end, one after it, a
contact outside it), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import statistics
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select, update

from app import messages
from app.demo import generate as demo
from app.domain import clock
from app.domain.reports import Filters, Label
from app.models import AcuteEpisode, AcuteUnit, Citizen, GpContact, PriceIndex, Team
from app.services.acute import fees
from app.services.acute.episodes import EndInput, end_episode
from app.services.reports import acute_common, acute_occupancy, registry
from app.services.security import teams

from . import acute_helpers

TODAY = clock.today()
TEAM = "Akutteam Nord"
ONE = Decimal("0.1")


def _q(value: Decimal) -> Decimal:
    return value.quantize(ONE, ROUND_HALF_UP)


@pytest.fixture
def seeded(ctx):
    demo.load_demo(ctx, citizens=300, courses=10, episodes=240)
    # edge cases: an episode from before the period ended inside it, one still open, one
    # starting after the period's end (never counted), contacts inside and outside
    early = acute_helpers.episode(
        ctx, acute_helpers.citizen(ctx, "0101450011", "Aase", "Kant"), group=3,
        referred_at=acute_helpers.on(TODAY - dt.timedelta(days=50), 9),
    )  # fmt: skip
    acute_helpers.contact(ctx, early, acute_helpers.on(TODAY - dt.timedelta(days=49), 10))
    acute_helpers.contact(ctx, early, acute_helpers.on(acute_helpers.weekday(3, 1), 10))
    with ctx.store.read() as s:
        version = s.scalar(select(AcuteEpisode.version).where(AcuteEpisode.uuid == early))
    end = acute_helpers.on(TODAY - dt.timedelta(days=20), 11)
    end_episode(ctx, early, version, EndInput(end, "admitted"))
    acute_helpers.episode(
        ctx, acute_helpers.citizen(ctx, "0101450029", "Bent", "Lind"), group=4,
        referred_at=acute_helpers.on(TODAY - dt.timedelta(days=40), 9),
    )  # fmt: skip
    acute_helpers.episode(
        ctx, acute_helpers.citizen(ctx, "0101450037", "Carl", "Munk"), group=1,
        referred_at=acute_helpers.on(TODAY - dt.timedelta(days=2), 9),
    )  # fmt: skip
    team = teams.add_team(ctx, TEAM).value
    with ctx.store.session() as s:
        team_id = s.scalar(select(Team.id).where(Team.uuid == team.uuid))
        s.execute(update(Citizen).where(Citizen.id % 3 == 0).values(team_id=team_id))
    return ctx


def _period(team=None) -> Filters:
    # ends before today, so "until now" of an open episode is cut at the period's end
    return registry.filters(TODAY - dt.timedelta(days=45), TODAY - dt.timedelta(days=5), None, team)


def _team_citizens(s, team):
    if team is None:
        return None
    return {
        c.id
        for c in s.scalars(select(Citizen))
        if c.team_id and s.get(Team, c.team_id).name == team
    }


def _all_episodes(ctx):
    with ctx.store.read() as s:
        return list(s.scalars(select(AcuteEpisode.id)))


def _day(moment):
    return clock.local(moment).date()


@pytest.mark.parametrize("team", [None, TEAM])
def test_episodes_reconcile_with_the_records(seeded, team):
    chosen = _period(team)
    report = registry.run_report(seeded, "acute.episodes", chosen)
    with seeded.store.read() as s:
        members = _team_citizens(s, team)
        episodes = [
            e for e in s.scalars(select(AcuteEpisode)) if members is None or e.citizen_id in members
        ]
        contacts = [
            c for c in s.scalars(select(GpContact)) if members is None or c.citizen_id in members
        ]
        levels = sorted((p.valid_from, p.index) for p in s.scalars(select(PriceIndex)))
    active = [
        e for e in episodes
        if _day(e.start_at) <= chosen.end and (e.end_at is None or _day(e.end_at) >= chosen.start)
    ]  # fmt: skip
    ended = [e for e in episodes if e.end_at and chosen.start <= _day(e.end_at) <= chosen.end]
    assert len(active) > 3 and len(ended) > 2
    if team is None:
        assert any(_day(e.start_at) < chosen.start for e in ended)  # crosses the start
        assert any(e.end_at is None for e in active)  # open at the end
    else:
        assert len(episodes) < len(s_all := _all_episodes(seeded)) and s_all
    figures = report.as_json()["figures"]
    assert figures["active"] == len(active)
    assert figures["started"] == sum(
        1 for e in episodes if chosen.start <= _day(e.start_at) <= chosen.end
    )
    assert figures["ended"] == len(ended)

    by_group = {row[0].code: row[1:] for row in report.table("by_group").rows}
    for g in {e.target_group for e in active}:
        mine = [e for e in active if e.target_group == g]
        place = sum(1 for e in mine if e.setting == "acute_place")
        assert by_group[str(g)] == (len(mine), len(mine) - place, place)
    assert sum(n for n, _, _ in by_group.values()) == len(active)
    by_referrer = {row[0].code: row[1] for row in report.table("by_referrer").rows}
    assert by_referrer == {
        r: sum(1 for e in active if e.referrer_kind == r) for r in {e.referrer_kind for e in active}
    }

    outcomes = {row[0].code: row[1] for row in report.table("by_end_reason").rows}
    still_open = sum(1 for e in active if e.end_at is None or _day(e.end_at) > chosen.end)
    expected = {
        r: sum(1 for e in ended if e.end_reason == r) for r in {e.end_reason for e in ended}
    }
    assert outcomes == {**expected, "open": still_open}

    lengths = [(_day(e.end_at) - _day(e.start_at)).days + 1 for e in ended]
    assert Decimal(figures["median_length"]) == _q(Decimal(str(statistics.median(lengths))))
    assert Decimal(figures["mean_length"]) == _q(Decimal(sum(lengths)) / len(lengths))
    length_rows = dict(report.table("length").rows)
    for (first, last), label in zip(acute_common.LENGTH_BANDS, length_rows, strict=True):
        assert length_rows[label] == sum(
            1 for n in lengths if n >= first and (last is None or n <= last)
        )
    per_episode = [sum(1 for c in contacts if c.episode_id == e.id) for e in ended]
    assert Decimal(figures["mean_contacts"]) == _q(Decimal(sum(per_episode)) / len(per_episode))
    assert sum(n for _, n in report.table("contacts_per_episode").rows) == len(ended)
    assert dict(report.table("contacts_per_episode").rows)["0"] == per_episode.count(0)

    index = max(((d, i) for d, i in levels if d <= chosen.start), default=(None, Decimal(1)))[1]
    fee = (Decimal("158.61") * index).quantize(Decimal("0.01"), ROUND_HALF_UP)
    in_period = [c for c in contacts if chosen.start <= c.day <= chosen.end]
    practices = {row[0]: row[1:] for row in report.table("fees_by_practice").rows}
    assert set(practices) == {c.practice for c in in_period}
    for practice, (n, billable, not_billable, amount) in practices.items():
        mine = [c for c in in_period if c.practice == practice]
        assert (n, billable, not_billable) == (
            len(mine),
            sum(c.billable for c in mine),
            sum(not c.billable for c in mine),
        )
        assert amount == (fee * billable).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert figures["billable"] == sum(c.billable for c in in_period) > 0
    assert Decimal(figures["fee"]) == fee
    assert Decimal(figures["amount"]) == sum((fee * p[1] for p in practices.values()), Decimal(0))
    reasons = {row[0].code: row[1] for row in report.table("not_billable").rows}
    assert reasons == {
        r: sum(1 for c in in_period if not c.billable and c.not_billable_reason == r)
        for r in {c.not_billable_reason for c in in_period if not c.billable}
    }


def test_a_months_fee_activity_is_the_months_fee_statement(seeded):
    month = (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    last = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    report = registry.run_report(seeded, "acute.episodes", registry.filters(month, last))
    statement = fees.gp_fee_statement(seeded, month)
    rows = {row[0]: (row[2], row[4]) for row in report.table("fees_by_practice").rows}
    assert rows == {line.practice: (line.billable, line.amount) for line in statement.lines}
    assert report.figure("amount").value == statement.total
    assert report.figure("billable").value == statement.billable


@pytest.mark.parametrize("team", [None, TEAM])
def test_occupancy_reconciles_with_the_place_time_of_the_episodes(seeded, team):
    chosen = _period(team)
    report = registry.run_report(seeded, "acute.occupancy", chosen)
    with seeded.store.read() as s:
        members = _team_citizens(s, team)
        units = {u.id: (u.name, u.places) for u in s.scalars(select(AcuteUnit))}
        stays = [
            (e.acute_unit_id, e.start_at, e.end_at or clock.now_utc())
            for e in s.scalars(select(AcuteEpisode))
            if e.setting == "acute_place" and (members is None or e.citizen_id in members)
        ]
    assert units and stays
    rows = {(row[0], row[1]): row[2:] for row in report.table("unit_over_time").rows}
    used_total = available_total = 0.0
    day = chosen.start
    while day <= chosen.end:
        # in UTC: two moments of one ZoneInfo subtract as wall-clock times (a 25-hour day
        # would count 24)
        lo = dt.datetime.combine(day, dt.time(0), tzinfo=clock.COPENHAGEN).astimezone(dt.UTC)
        hi = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=clock.COPENHAGEN)
        hi = hi.astimezone(dt.UTC)
        hours = (hi - lo).total_seconds()
        for unit_id, (name, places) in units.items():
            used = sum(
                max(0.0, (min(b, hi) - max(a, lo)).total_seconds())
                for u, a, b in stays if u == unit_id
            )  # fmt: skip
            used_total += used
            available_total += places * hours
            occupied = _q(Decimal(used) / Decimal(hours))
            share = _q(Decimal(100) * Decimal(used) / Decimal(places * hours))
            assert rows.pop((day, name)) == (places, occupied, share), (day, name)
        day += dt.timedelta(days=1)
    assert rows == {}  # one row per unit and day, no more
    assert report.figure("occupancy").value == _q(
        Decimal(100) * Decimal(used_total) / Decimal(available_total)
    )
    assert report.figure("places").value == sum(p for _, p in units.values())
    assert report.figure("occupied_days").value == _q(Decimal(used_total) / Decimal(86400))


def test_a_long_period_is_shown_by_week_from_monday():
    chosen = Filters(dt.date(2026, 3, 4), dt.date(2026, 7, 1))  # a Wednesday; > 92 days
    weeks = acute_occupancy.buckets(chosen, dt.date(2026, 12, 1))
    assert weeks[0] == (dt.date(2026, 3, 4), dt.date(2026, 3, 8))  # cut at the start
    assert all(first.weekday() == 0 for first, _ in weeks[1:])
    assert weeks[-1] == (dt.date(2026, 6, 29), dt.date(2026, 7, 1))  # cut at the end
    assert sum((b - a).days + 1 for a, b in weeks) == (chosen.end - chosen.start).days + 1
    assert acute_occupancy.buckets(chosen, dt.date(2026, 3, 1)) == []  # all in the future


def test_a_day_the_clocks_change_has_its_own_hours():
    lo, hi = (
        acute_common.midnight(dt.date(2026, 3, 29)),
        acute_common.midnight(dt.date(2026, 3, 30)),
    )
    assert (hi - lo) == dt.timedelta(hours=23)  # summer time begins in Copenhagen


def test_the_reports_are_declared_for_the_acute_kind_and_use_catalogue_texts(seeded):
    names = {s.name for s in registry.list_reports(seeded)}
    assert {"acute.episodes", "acute.occupancy"} <= names
    for name in ("acute.episodes", "acute.occupancy"):
        report = registry.run_report(seeded, name, _period())
        ids = [report.title, *report.notes]
        for table in report.tables:
            ids += [table.title, table.note or table.title, *(c.label for c in table.columns)]
            ids += [cell.id for row in table.rows for cell in row if isinstance(cell, Label)]
        ids += [f.label for f in report.figures] + [c.title for c in report.charts]
        missing = sorted({i for i in ids if i not in messages.CATALOGUE})
        assert missing == [], missing
