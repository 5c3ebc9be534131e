"""The region's dataset reconciles with the records, and its pseudonym holds (issue #14
item 8; DIGEST §1.15–1.16; D40): every row of both tables is computed again here by a plain
loop over courses, administrations and CRP checks, on the demo store plus edge cases (a
course accepted after treatment day 3 with a hospital CRP, one ending on the period's first
day, one ending the day before, a rejected referral), by unit and team, on SQLite and
PostgreSQL. The pseudonym is stable across deliveries, differs between stores, is no
keyless hash of the CPR number, and its key never leaves the store."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select, update

from app.demo import generate as demo
from app.domain import clock, kinds
from app.domain.reports import no_progress
from app.errors import Forbidden
from app.models import (
    Administration,
    AuditEntry,
    Citizen,
    CrpCheck,
    Department,
    HospitalUnit,
    IvCourse,
    StoreSetting,
    Team,
)
from app.services.admin import setup
from app.services.exchange import transfer as exchange
from app.services.iv import courses, crp, referrals
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.reports import dataset_courses, dataset_delivery, dataset_pseudonym, registry
from app.services.security import teams, users
from tests.conftest import PASSWORD, first_start_input

from . import iv_helpers

at, day = iv_helpers.at, iv_helpers.day
TEAM = "Akutteam Syd"
KEY = dataset_pseudonym.KEY_SETTING


def _version(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))


def _course(ctx, dept, cpr, first_dose, accepted, given, end=None):
    uuid = iv_helpers.referral(
        ctx, iv_helpers.citizen(ctx, cpr, "Edith", "Kant"), dept,
        first_dose_date=day(first_dose), referred_at=at(first_dose, 14),
    )  # fmt: skip
    referrals.accept_referral(ctx, uuid, _version(ctx, uuid), at=at(accepted, 10))
    for offset in given:
        data = AdministrationInput(at(offset, 9), at(offset, 9, 35), "home", "Akutteam Vest")
        record_administration(ctx, uuid, data)
    if end is not None:
        courses.end_course(ctx, uuid, _version(ctx, uuid), day(end), "completed")
    return uuid


@pytest.fixture
def seeded(ctx):
    demo.load_demo(ctx, citizens=200, courses=90, episodes=5)
    with ctx.store.read() as s:  # a demo department of OUH
        dept = s.scalar(
            select(Department.uuid).join(HospitalUnit).where(HospitalUnit.code == "OUH").limit(1)
        )
    late = _course(ctx, dept, "0101450011", -12, -6, (-5, -4))  # accepted after day 3 (D5)
    crp.record_crp(ctx, late, crp.CrpInput(at(-6, 8), "41,5", "measured_at_hospital"))
    # a second performing unit, with a comma in its name: the units are joined exactly
    record_administration(ctx, late, AdministrationInput(at(-4, 15), at(-4, 15, 20), "municipal_clinic",
                                                         "Klinik Syd, aften"))  # fmt: skip
    _course(ctx, dept, "0101450029", -36, -35, (-34, -33, -32), end=-30)  # ends on the 1st day
    _course(ctx, dept, "0101450037", -37, -36, (-35, -34), end=-31)  # the day before: out
    rejected = iv_helpers.referral(
        ctx, iv_helpers.citizen(ctx, "0101450045"), dept, referred_at=at(-3, 10)
    )
    referrals.reject_referral(ctx, rejected, _version(ctx, rejected), "capacity", "Ingen plads")
    team = teams.add_team(ctx, TEAM).value
    with ctx.store.session() as s:
        team_id = s.scalar(select(Team.id).where(Team.uuid == team.uuid))
        s.execute(update(Citizen).where(Citizen.id % 3 == 0).values(team_id=team_id))
    return ctx


def _period(unit=None, team=None):
    return registry.filters(day(-30), day(0), unit, team)


def _local(moment):
    return clock.local(moment)


def _iso(value):
    return value.isoformat() if value is not None else None


def _expected(s, chosen, pseudo_key=None):
    """Both tables' rows as the JSON export has them, from plain loops over the records."""
    citizens = {c.id: c for c in s.scalars(select(Citizen))}
    teams_ = {t.id: t.name for t in s.scalars(select(Team))}
    depts = {d.id: d for d in s.scalars(select(Department))}
    units = {u.id: u.code for u in s.scalars(select(HospitalUnit))}
    admins, checks = {}, {}
    for a in s.scalars(select(Administration)):
        admins.setdefault(a.course_id, []).append(a)
    for k in s.scalars(select(CrpCheck)):
        checks.setdefault(k.course_id, []).append(k)

    def who(cpr, on):
        if pseudo_key is None:
            return {"cpr": f"{cpr[:6]}-{cpr[6:]}"}
        born = dataset_pseudonym.age_band(cpr, on)
        return {
            "pseudonym": hmac.new(pseudo_key, cpr.encode(), hashlib.sha256).hexdigest()[:16],
            "age_band": born,
        }

    def wanted(c):
        citizen, dept = citizens[c.citizen_id], depts[c.department_id]
        if chosen.unit and units[dept.unit_id] != chosen.unit:
            return False
        return not chosen.team or teams_.get(citizen.team_id) == chosen.team

    rows, rejections = [], []
    for c in sorted(s.scalars(select(IvCourse)), key=lambda c: c.id):
        citizen, dept = citizens[c.citizen_id], depts[c.department_id]
        if not wanted(c):
            continue
        if c.status == "rejected" and chosen.start <= _local(c.decided_at).date() <= chosen.end:
            rejections.append({
                "referral": c.uuid, **who(citizen.cpr, _local(c.referred_at).date()),
                "course_type": c.course_type, "hospital_unit": units[dept.unit_id],
                "department": dept.name, "referred_on": _iso(_local(c.referred_at).date()),
                "decided_on": _iso(_local(c.decided_at).date()), "rejection_reason": c.rejection_reason,
            })  # fmt: skip
        if c.start_date is None or c.start_date > chosen.end:
            continue
        if c.end_date is not None and c.end_date < chosen.start:
            continue
        mine = admins.get(c.id, [])
        seconds = sum(int((a.end_at - a.start_at).total_seconds()) for a in mine)
        accepted = _local(c.decided_at)
        row = {
            "course": c.uuid, **who(citizen.cpr, c.start_date), "course_type": c.course_type,
            "treatment": "fluid" if c.course_type == "fluid" else "antibiotic",
            "pump": "yes" if c.course_type == "antibiotic_pump" else "no",
            "iv_access": c.iv_access, "closed_system": c.closed_system,
            "hospital_unit": units[dept.unit_id], "department": dept.name,
            "referred_on": _iso(_local(c.referred_at).date()), "accepted_on": _iso(accepted.date()),
            "accepted_time": accepted.strftime("%H:%M"), "first_dose_on": _iso(c.first_dose_date),
            "start_date": _iso(c.start_date), "end_date": _iso(c.end_date),
            "end_reason": c.end_reason or None, "status": c.status,
            "length_days": (c.end_date - c.start_date).days + 1 if c.end_date else None,
            "place": c.place, "doses_per_day": c.doses_per_day, "administrations": len(mine),
            "minutes_total": int((Decimal(seconds) / 60).quantize(Decimal(1), ROUND_HALF_UP)),
            "administrations_home": sum(a.place == "home" for a in mine),
            "administrations_clinic": sum(a.place == "municipal_clinic" for a in mine),
            "administrations_nursing_home": sum(a.place == "nursing_home" for a in mine),
            "performing_units": "; ".join(sorted({a.performing_unit for a in mine if a.performing_unit})) or None,
        }  # fmt: skip
        crp_keys = ("crp_due_on", "crp_on", "crp_treatment_day", "crp_value", "crp_method",
                    "crp_decision", "crp_decision_on")  # fmt: skip
        if c.course_type == "fluid":
            row.update(dict.fromkeys(crp_keys))
        else:
            day_3 = c.first_dose_date + dt.timedelta(days=2)
            due = day_3 if accepted.date() <= day_3 else c.start_date
            first = min(checks.get(c.id, []), key=lambda k: (k.measured_at, k.id), default=None)
            measured = _local(first.measured_at).date() if first else None
            decided = first and first.decision and _local(first.conference_at).date()
            row.update(zip(crp_keys, (
                _iso(due), _iso(measured),
                (measured - c.first_dose_date).days + 1 if measured else None,
                str(first.value) if first else None, first.method if first else None,
                (first.decision or None) if first else None, _iso(decided) if decided else None,
            ), strict=True))  # fmt: skip
        rows.append(row)
    return rows, rejections


def _deliver(ctx, name, chosen):
    return dataset_delivery.run_dataset(ctx, name, chosen).value.as_json()["tables"]


@pytest.mark.parametrize(("unit", "team"), [(None, None), ("OUH", None), (None, TEAM)])
def test_the_identifying_dataset_reconciles_with_the_records(seeded, unit, team):
    chosen = _period(unit, team)
    tables = _deliver(seeded, "dataset.courses", chosen)
    with seeded.store.read() as s:
        rows, rejections = _expected(s, chosen)
    assert len(rows) > 2 and tables["courses"] == rows
    assert tables["rejections"] == rejections
    if unit is None and team is None:
        assert any(r["cpr"] == "010145-0029" for r in rows)  # ended on the period's first day
        assert not any(r["cpr"] == "010145-0037" for r in rows)  # ended the day before
        late = next(r for r in rows if r["cpr"] == "010145-0011")
        assert late["crp_due_on"] == day(-5).isoformat()  # municipal day 1 (D5)
        assert (late["crp_method"], late["crp_value"], late["crp_decision"]) == (
            "measured_at_hospital",
            "41.5",
            None,
        )
        assert any(
            r["cpr"] == "010145-0045" and r["rejection_reason"] == "capacity" for r in rejections
        )


@pytest.mark.parametrize(("unit", "team"), [(None, None), (None, TEAM)])
def test_the_pseudonymised_dataset_reconciles_and_names_no_one(seeded, unit, team):
    chosen = _period(unit, team)
    tables = _deliver(seeded, "dataset.courses_pseudonymised", chosen)
    with seeded.store.read() as s:
        key = bytes.fromhex(s.get(StoreSetting, KEY).value)
        rows, rejections = _expected(s, chosen, key)
        people = list(s.scalars(select(Citizen)))
    assert len(key) == 32 and tables["courses"] == rows and tables["rejections"] == rejections
    text = json.dumps(tables, ensure_ascii=False)
    for c in people:
        assert c.cpr not in text and f"{c.cpr[:6]}-{c.cpr[6:]}" not in text
        assert f'"{c.last_name}' not in text and f'"{c.first_name}' not in text
    assert "cpr" not in tables["courses"][0]


def test_the_pseudonym_is_stable_keyed_and_no_plain_hash(seeded):
    chosen = _period()
    first = _deliver(seeded, "dataset.courses_pseudonymised", chosen)["courses"]
    again = _deliver(seeded, "dataset.courses_pseudonymised", chosen)["courses"]
    assert [r["pseudonym"] for r in first] == [r["pseudonym"] for r in again]  # stable
    cprs = [r["cpr"] for r in _deliver(seeded, "dataset.courses", chosen)["courses"]]
    for cpr, row in zip(cprs, first, strict=True):
        plain = cpr.replace("-", "")
        simple = {
            getattr(hashlib, name)(text.encode()).hexdigest()[:16]
            for name in ("md5", "sha1", "sha256", "sha512", "blake2b") for text in (plain, cpr)
        } | {hmac.new(b"", plain.encode(), hashlib.sha256).hexdigest()[:16]}  # fmt: skip
        assert row["pseudonym"] not in simple and len(row["pseudonym"]) == 16
        assert int(row["pseudonym"], 16) >= 0
    with seeded.store.read() as s:
        made = [e for e in s.scalars(select(AuditEntry)) if e.entity_uuid == KEY]
        key = s.get(StoreSetting, KEY).value
    assert len(made) == 1 and made[0].action == "create"  # made once, for the first delivery
    assert key not in json.dumps(made[0].after)  # logged without the key


def test_another_store_with_another_key_gives_other_pseudonyms(seeded, tmp_path):
    other_dir = tmp_path / "other"
    store, _ = setup.open_store(f"sqlite:///{other_dir / 'akutdesk.sqlite3'}", other_dir)
    try:
        other = setup.first_start(store, first_start_input())
        demo.load_demo(other, citizens=200, courses=90, episodes=5)  # the same seed: same CPRs
        chosen = _period()
        here = {r["cpr"] for r in _deliver(seeded, "dataset.courses", chosen)["courses"]}
        there = {r["cpr"] for r in _deliver(other, "dataset.courses", chosen)["courses"]}
        shared = here & there
        assert len(shared) > 5
        mine = _deliver(seeded, "dataset.courses_pseudonymised", chosen)["courses"]
        theirs = _deliver(other, "dataset.courses_pseudonymised", chosen)["courses"]
        assert {r["pseudonym"] for r in mine}.isdisjoint({r["pseudonym"] for r in theirs})
    finally:
        store.dispose()


def test_the_key_is_not_in_the_exchange_file(seeded, tmp_path):
    _deliver(seeded, "dataset.courses_pseudonymised", _period())
    with seeded.store.read() as s:
        key = s.get(StoreSetting, KEY).value
    out = tmp_path / "store.json"
    exchange.export_store(seeded, out, reason="Flytning til ny server")
    text = out.read_text(encoding="utf-8")
    assert key not in text and KEY not in text and "pseudonym" not in text


def test_each_delivery_is_audit_logged_once_the_identifying_one_as_a_disclosure(seeded):
    chosen = _period("OUH")
    why = "Halvårsstatus til følgegruppen"
    tables = dataset_delivery.run_dataset(seeded, "dataset.courses", chosen, reason=why)
    tables = tables.value.as_json()["tables"]
    _deliver(seeded, "dataset.courses_pseudonymised", chosen)
    with seeded.store.read() as s:
        entries = [
            e
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.sequence))
            if e.entity == "report"
        ]
    assert [(e.action, e.entity_uuid) for e in entries] == [
        ("disclose_cpr", "dataset.courses"), ("export", "dataset.courses_pseudonymised"),
    ]  # fmt: skip
    assert [e.reason for e in entries] == [why, ""]
    after = entries[0].after
    assert after["filters"] == chosen.as_json()
    assert after["courses"] == len(tables["courses"]) and after["rejections"] == len(
        tables["rejections"]
    )
    assert after["citizens"] == len({r["cpr"] for r in tables["courses"]})


def test_the_dataset_is_the_managers_and_never_built_behind_the_delivery(seeded):
    users.add_user(seeded, "Nina Sygeplejerske", "NS", ("nurse",), PASSWORD)
    nurse = users.sign_in(seeded.store, "NS", PASSWORD)
    with pytest.raises(Forbidden):
        dataset_delivery.run_dataset(nurse, "dataset.courses", _period())
    # the manager alone delivers, and makes the key (on PostgreSQL: as the manager's role)
    users.add_user(seeded, "Lis Leder", "LL", ("manager",), PASSWORD)
    manager = users.sign_in(seeded.store, "LL", PASSWORD)
    done = dataset_delivery.run_dataset(manager, "dataset.courses_pseudonymised", _period())
    assert done.changes.names() == {"audit_log", "store_setting"}
    assert done.value.table("courses").rows
    for name in ("dataset.courses", "dataset.courses_pseudonymised"):
        build = kinds.resolve(registry.spec(name).build)
        with seeded.store.read() as s, pytest.raises(RuntimeError, match="run_dataset"):
            build(s, _period(), no_progress)
    assert registry.spec("dataset.courses_pseudonymised").pseudonymised


def test_the_rows_come_in_chunks_the_same_as_at_once(seeded):
    chosen = _period()
    variant = dataset_courses.Variant(pseudonymised=False)
    seen = []
    with seeded.store.read() as s:
        whole = list(dataset_courses.course_rows(s, chosen, variant, no_progress))
        small = list(
            dataset_courses.course_rows(
                s, chosen, variant, lambda d, t: seen.append((d, t)), chunk=7
            )
        )
    assert small == whole and len(seen) == -(-len(whole) // 7)
    assert seen[-1] == (len(whole), len(whole))


def test_minutes_round_half_away_from_zero():
    assert [dataset_courses._minutes(s) for s in (0, 29, 30, 89, 90, -30, -89, -90)] == [
        0, 0, 1, 1, 2, -1, -1, -2
    ]  # fmt: skip
    for seconds in range(-200, 200):
        exact = (Decimal(seconds) / 60).quantize(Decimal(1), ROUND_HALF_UP)
        assert dataset_courses._minutes(seconds) == int(exact)


@pytest.mark.parametrize(
    ("cpr", "band"),
    [("0101450011", "80–84"), ("0101900015", "35–39"), ("0101100018", "90+"),
     ("0101084011", "15–19"), ("0101154017", "<15"), ("3202450011", "")],
)  # fmt: skip
def test_the_age_band_is_five_years(cpr, band):
    """The 7th digit gives the century (D40): 1945, 1990, 1910, 2008, 2015; no real date: ""."""
    assert dataset_pseudonym.age_band(cpr, dt.date(2026, 6, 1)) == band


def test_every_report_of_these_kinds_runs_on_an_empty_store(ctx):
    chosen = registry.filters(day(-400), day(0))
    for name in ("acute.episodes", "acute.occupancy", "homes.coverage"):
        report = registry.run_report(ctx, name, chosen)
        assert all(isinstance(t.rows, tuple) for t in report.tables), name
    assert registry.run_report(ctx, "acute.episodes", chosen).figure("median_length").value is None
    for name in ("dataset.courses", "dataset.courses_pseudonymised"):
        report = dataset_delivery.run_dataset(ctx, name, chosen).value
        assert report.table("courses").rows == () and report.figure("citizens").value == 0
