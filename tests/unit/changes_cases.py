"""The use cases issue #11 item 5 converted last: each builds its record in a fresh store,
runs the use case and says which names its result must announce on the hub
(tests/unit/test_changes.py runs them)."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import clock
from app.domain.reports import Filters
from app.models import IvCourse
from app.services import cave, citizens
from app.services.acute import contacts, fees, units
from app.services.acute import views as acute_views
from app.services.acute.units import AcuteUnitInput
from app.services.admin import audit_log, backup, backup_actions, reference
from app.services.exchange import transfer as exchange
from app.services.homes import arrangements, register, residents
from app.services.homes.arrangements import ChangeInput
from app.services.homes.register import HomeInput
from app.services.homes.residents import StayInput
from app.services.invoices import credit as invoices_credit
from app.services.invoices import export as invoices_export
from app.services.invoices import post as invoices_post
from app.services.invoices import regulation as invoices_regulation
from app.services.invoices import tariffs as invoices_tariffs
from app.services.iv import courses, outcomes, referrals
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.reports import dataset_delivery, survey
from app.services.security import certificates, teams, users
from tests.conftest import PASSWORD

from . import acute_helpers, billing_helpers, homes_helpers, signing_helpers
from .iv_helpers import at, citizen, day, department, referral


def _episode(ctx):
    return acute_helpers.episode(ctx, acute_helpers.citizen(ctx))


def record_gp_contact(ctx):
    uuid = _episode(ctx)
    data = contacts.GpContactInput(
        acute_helpers.on(acute_helpers.weekday(1, 2), 9), "phone", "Læge Lund", "Lægehuset"
    )
    result = contacts.record_gp_contact(ctx, uuid, data)
    assert isinstance(result.value, contacts.ContactResult)
    return result, {"acute_episode", f"acute_episode:{uuid}", "acute_gp_contact"}


def update_gp_contact(ctx):
    uuid = _episode(ctx)
    made = acute_helpers.contact(ctx, uuid, acute_helpers.on(acute_helpers.weekday(1, 2), 9))
    data = contacts.GpContactInput(
        acute_helpers.on(acute_helpers.weekday(1, 2), 10), "video", "Læge Lund", "Lægehuset"
    )
    version = acute_views.get_episode(ctx, uuid).contacts[0].version
    result = contacts.update_gp_contact(ctx, made.uuid, version, data)
    assert result.value.uuid == made.uuid
    return result, {"acute_episode", f"acute_episode:{uuid}", "acute_gp_contact"}


def add_price_level(ctx):
    result = fees.add_price_level(ctx, dt.date(2026, 1, 1), "1,1000")
    assert result.value.valid_from == dt.date(2026, 1, 1)
    return result, {"price_index", f"price_index:{result.value.uuid}"}


def add_price_levels(ctx):
    result = fees.add_price_levels(
        ctx, [(dt.date(2026, 1, 1), "1.1"), (dt.date(2027, 1, 1), "1.2")]
    )
    first, second = result.value
    return result, {"price_index", f"price_index:{first.uuid}", f"price_index:{second.uuid}"}


def save_acute_unit(ctx):
    made = units.save_acute_unit(ctx, AcuteUnitInput("Akutpladser Tarup", 2))
    assert made.changes.names() == {"acute_unit", f"acute_unit:{made.value.uuid}"}
    unchanged = units.save_acute_unit(ctx, AcuteUnitInput("Akutpladser Tarup", 2), made.value.uuid)
    assert not unchanged.changes  # nothing moved, nothing to announce
    data = AcuteUnitInput("Akutpladser Tarup", 3)
    result = units.save_acute_unit(ctx, data, made.value.uuid, made.value.version)
    assert result.value.places == 3
    return result, {"acute_unit", f"acute_unit:{made.value.uuid}"}


def create_home(ctx):
    result = register.create_home(ctx, HomeInput("Egebo", "municipal", 40))
    return result, {"nursing_home", f"nursing_home:{result.value.uuid}"}


def update_home(ctx):
    made = register.create_home(ctx, HomeInput("Egebo", "municipal", 40)).value
    same = register.update_home(ctx, made.uuid, made.version, HomeInput("Egebo", "municipal", 40))
    assert not same.changes  # nothing moved, nothing to announce
    data = HomeInput("Egebo", "municipal", 45)
    result = register.update_home(ctx, made.uuid, made.version, data)
    assert result.value.version == made.version + 1
    return result, {"nursing_home", f"nursing_home:{made.uuid}"}


def add_section(ctx):
    home = homes_helpers.home(ctx)
    result = register.add_section(ctx, home, "Nord", 30)
    uuid = result.value.uuid
    return result, {"home_section", f"home_section:{uuid}", "nursing_home", f"nursing_home:{home}"}


def update_section(ctx):
    home = homes_helpers.home(ctx)
    made = register.add_section(ctx, home, "Nord", 30).value
    same = register.update_section(ctx, made.uuid, made.version, "Nord", 30)
    assert not same.changes
    result = register.update_section(ctx, made.uuid, made.version, "Nord", 35)
    return result, {
        "home_section",
        f"home_section:{made.uuid}",
        "nursing_home",
        f"nursing_home:{home}",
    }


def start_arrangement(ctx):
    result = arrangements.start_arrangement(
        ctx,
        arrangements.ArrangementInput(
            home_uuid=homes_helpers.home(ctx),
            doctor_name="Anne Holm",
            practice_name="Lægerne i Bolbro",
            provider_number="012345",
            start_date=homes_helpers.START,
        ),
    )
    return result, {"fixed_doctor", f"fixed_doctor:{result.value.uuid}", "nursing_home"}


def change_arrangement(ctx):
    made = homes_helpers.arrangement(ctx, homes_helpers.home(ctx))
    data = ChangeInput("Anne Holm", "Lægehuset Vestergade", "012345", dt.date(2025, 6, 1))
    result = arrangements.change_arrangement(ctx, made.uuid, made.version, data)
    return result, {"fixed_doctor", f"fixed_doctor:{made.uuid}", "nursing_home"}


def _stay(ctx):
    home = homes_helpers.home(ctx)
    return StayInput(homes_helpers.citizen(ctx, 1), home, "permanent", dt.date(2025, 3, 1))


def move_in(ctx):
    result = residents.move_in(ctx, _stay(ctx))
    return result, {"resident", f"resident:{result.value.uuid}", "nursing_home"}


def change_stay(ctx):
    data = _stay(ctx)
    made = residents.move_in(ctx, data).value
    changed = StayInput(data.citizen_uuid, data.home_uuid, "respite", data.moved_in)
    result = residents.change_stay(ctx, made.uuid, made.version, changed)
    return result, {"resident", f"resident:{made.uuid}", "nursing_home"}


def move_out(ctx):
    made = residents.move_in(ctx, _stay(ctx)).value
    result = residents.move_out(ctx, made.uuid, made.version, dt.date(2025, 4, 1))
    return result, {"resident", f"resident:{made.uuid}", "nursing_home"}


def update_municipality(ctx):
    now = reference.get_municipality(ctx)
    same = reference.update_municipality(ctx, now.version, now.data)
    assert not same.changes  # nothing moved, nothing to announce
    data = replace(now.data, phone="65 51 00 00")
    result = reference.update_municipality(ctx, now.version, data)
    assert result.value.version == now.version + 1
    return result, {"municipality", f"municipality:{now.uuid}"}


def _user(ctx):
    return users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD).value


def add_user(ctx):
    result = users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    assert result.value.initials == "NS"
    return result, {"user", f"user:{result.value.uuid}"}


def set_roles(ctx):
    made = _user(ctx)
    result = users.set_roles(ctx, "NS", ["nurse", "visitator"])
    assert result.value.roles == ("nurse", "visitator")
    return result, {"user", f"user:{made.uuid}"}


def set_active(ctx):
    made = _user(ctx)
    result = users.set_active(ctx, "NS", False)
    assert not result.value.active
    return result, {"user", f"user:{made.uuid}"}


def set_idle_minutes(ctx):
    result = users.set_idle_minutes(ctx, 15)
    assert result.value == 15
    return result, {"setting", "setting:idle_lock_minutes"}


def add_team(ctx):
    result = teams.add_team(ctx, "Akutteam Nord")
    return result, {"team", f"team:{result.value.uuid}"}


def set_user_teams(ctx):
    teams.add_team(ctx, "Akutteam Nord")
    made = _user(ctx)
    result = teams.set_user_teams(ctx, "NS", ["Akutteam Nord"])
    assert result.value == ("Akutteam Nord",)
    return result, {"user", f"user:{made.uuid}", "team"}  # the team's member count moves


def import_certificate(ctx):
    folder = Path(tempfile.mkdtemp())
    path = signing_helpers.p12(folder)
    result = certificates.import_certificate(
        ctx, path, signing_helpers.PASSPHRASE, now=signing_helpers.NOW
    )
    assert result.value.present
    return result, {"certificate", "certificate:organisation"}


def _posted(ctx, courses=1):
    """A course in last month, posted: its invoice."""
    billing_helpers.give_units_ean(ctx)
    dept = billing_helpers.department(ctx)
    first = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    for n in range(courses):
        start = first + dt.timedelta(days=2 + n)
        billing_helpers.course(ctx, dept, start, start + dt.timedelta(days=4))
    render = billing_helpers.fake_renderer
    return first, invoices_post.post_month(ctx, first, renderer=render)


def post_month(ctx):
    _, result = _posted(ctx)
    [posted] = result.value
    return result, {"invoice", f"invoice:{posted.uuid}"}


def credit_invoice(ctx):
    _, made = _posted(ctx)
    [posted] = made.value
    result = invoices_credit.credit_invoice(
        ctx, posted.uuid, reason="Forkert enhed", renderer=billing_helpers.fake_renderer
    )
    assert result.value.kind == "credit_note"
    return result, {"invoice", f"invoice:{posted.uuid}", f"invoice:{result.value.uuid}"}


def export_month(ctx):
    month, made = _posted(ctx)
    [posted] = made.value
    result = invoices_export.export_month(ctx, month, Path(tempfile.mkdtemp()))
    assert result.value.exported == 1
    again = invoices_export.export_month(ctx, month, Path(tempfile.mkdtemp()))
    assert not again.changes  # exported already: written again, no state moved
    return result, {"invoice", f"invoice:{posted.uuid}"}


def _tariffs(valid_from: dt.date, amount: str) -> dict:
    tariff = {"code": "IV-AB", "description": "Forløb med IV-antibiotika uden pumpe",
              "unit": "course", "amount": amount, "course_types": ["antibiotic_no_pump"]}  # fmt: skip
    return {"label": f"Takst {valid_from:%Y-%m}", "valid_from": valid_from.isoformat(),
            "tariffs": [tariff]}  # fmt: skip


def add_version(ctx):
    result = invoices_tariffs.add_version(ctx, _tariffs(dt.date(2026, 1, 1), "7600.00"))
    return result, {"tariff_version", f"tariff_version:{result.value.uuid}", "invoice"}


def post_regulation(ctx):
    month, _ = _posted(ctx)
    invoices_tariffs.add_version(ctx, _tariffs(month, "7600.00"))
    result = invoices_regulation.post_regulation(ctx, renderer=billing_helpers.fake_renderer)
    [supplement] = result.value
    return result, {"invoice", f"invoice:{supplement.uuid}"}


def import_file(ctx):
    path = Path(tempfile.mkdtemp()) / "exchange.json"
    person = {"cpr": "010150-0007", "first_name": "Else", "last_name": "Jensen"}
    document = {"format": "akutdesk-exchange", "version": 1, "citizens": [person]}
    path.write_text(json.dumps(document), encoding="utf-8")
    result = exchange.import_file(ctx, path)
    assert result.value.written and result.value.counts["citizens"].created == 1
    every = {"citizen", "hospital_unit", "department", "iv_course", "acute_episode"}
    return result, every | {"acute_unit", "nursing_home", "resident_stay", "iv_crp",
                            "iv_administration", "acute_measurement", "acute_gp_contact",
                            # the nursing-home kind's other record types (app/domain/kinds.py)
                            "home_section", "fixed_doctor_arrangement", "arrangement_event",
                            "home_report", "home_report_sending"}  # fmt: skip


def export_csv(ctx):
    out = Path(tempfile.mkdtemp()) / "revision.csv"
    result = audit_log.export_csv(ctx, audit_log.AuditFilter(), out)
    assert result.value > 0 and out.exists()
    return result, {"audit_log"}  # the export's own entry


def export_store(ctx):
    out = Path(tempfile.mkdtemp()) / "store.json"
    result = exchange.export_store(ctx, out, reason="Flytning til ny server")
    assert result.value["citizens"] >= 0 and out.exists()
    return result, {"audit_log"}  # the export's own entry (D43: with its reason)


def run_dataset(ctx):
    period = Filters(clock.today() - dt.timedelta(days=30), clock.today())
    result = dataset_delivery.run_dataset(ctx, "dataset.courses_pseudonymised", period)
    assert result.value.name == "dataset.courses_pseudonymised"
    return result, {"audit_log", "store_setting"}  # the delivery's entry; the key, made once


def _sqlite_only(ctx):
    if not ctx.store.is_sqlite:
        pytest.skip("backups are of a SQLite store (PostgreSQL: pg_dump, docs/backups.md)")


def keep_key_in_file(ctx):
    """The opt-in key file: only where no keyring holds the key (the tests' keyring is
    told it cannot, as on a machine without one)."""
    from unittest import mock

    from app.services.admin import store_key

    _sqlite_only(ctx)
    if ctx.store.key is None:
        pytest.skip("an encrypted store (SQLCipher) keeps its key in a file")
    with mock.patch.object(store_key, "remember", return_value=False):
        result = store_key.keep_key_in_file(ctx)
    assert result.value is not None and result.value.exists()
    return result, {"store"}


def make_backup(ctx):
    _sqlite_only(ctx)
    result = backup_actions.make_backup(ctx, "manual")
    assert result.value.ok
    return result, {"backup", f"backup:{result.value.name}"}


def restore_as(ctx):
    _sqlite_only(ctx)
    made = backup_actions.make_backup(ctx, "manual").value
    result = backup_actions.restore_as(ctx, made.path)
    safety = result.value.safety
    assert safety is not None and safety.reason == "before-restore"
    assert backup.list_backups(ctx.store)[0].name == safety.name
    return result, {"backup", f"backup:{safety.name}", "store"}  # the window closes


def record_cave(ctx):
    data = citizens.CitizenInput(cpr="0101500007", first_name="Karen", last_name="Holm")
    made = citizens.register_citizen(ctx, data).value
    result = cave.record_cave(ctx, made.uuid, made.version, "known", "penicillin (allergi)")
    assert result.value.cave.text == "penicillin (allergi)"
    return result, {"citizen", f"citizen:{made.uuid}"}


def _version(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))


def _ended_course(ctx):
    version = _version
    uuid = referral(ctx, citizen(ctx), department(ctx))
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(-9, 10))
    record_administration(
        ctx, uuid, AdministrationInput(start=at(-9, 15), end=at(-9, 15, 40), place="home")
    )
    courses.end_course(ctx, uuid, version(ctx, uuid), day(-5), "completed")
    return uuid, version(ctx, uuid), day(-5)


def set_outcome(ctx):
    uuid, version, _ = _ended_course(ctx)
    result = outcomes.set_outcome(ctx, uuid, version, "success")
    assert result.value is True
    return result, {"iv_course", f"iv_course:{uuid}"}


def record_readmission(ctx):
    uuid, version, end = _ended_course(ctx)
    result = outcomes.record_readmission(ctx, uuid, version, end + dt.timedelta(days=2))
    assert result.value is True
    return result, {"iv_course", f"iv_course:{uuid}"}


def record_follow_up(ctx):
    uuid, version, end = _ended_course(ctx)
    result = outcomes.record_follow_up(ctx, uuid, version, "failure", end)
    assert result.value is True
    return result, {"iv_course", f"iv_course:{uuid}"}


def _sheet(ctx):
    return survey.record_survey_answer(ctx, survey.SheetInput(clock.today(), q1="yes"))


def record_survey_answer(ctx):
    result = _sheet(ctx)
    return result, {"survey_sheet", f"survey_sheet:{result.value.uuid}"}


def correct_survey_answer(ctx):
    made = _sheet(ctx).value
    data = survey.SheetInput(clock.today(), q1="no")
    result = survey.correct_survey_answer(ctx, made.uuid, made.version, data)
    assert result.value.answers["q1"] == "no"
    return result, {"survey_sheet", f"survey_sheet:{made.uuid}"}


def delete_survey_answer(ctx):
    made = _sheet(ctx).value
    result = survey.delete_survey_answer(ctx, made.uuid, made.version)
    return result, {"survey_sheet", f"survey_sheet:{made.uuid}"}


CASES = {
    "record_cave": record_cave,
    "set_outcome": set_outcome,
    "record_readmission": record_readmission,
    "record_follow_up": record_follow_up,
    "record_survey_answer": record_survey_answer,
    "correct_survey_answer": correct_survey_answer,
    "delete_survey_answer": delete_survey_answer,
    "record_gp_contact": record_gp_contact,
    "update_gp_contact": update_gp_contact,
    "add_price_level": add_price_level,
    "add_price_levels": add_price_levels,
    "save_acute_unit": save_acute_unit,
    "create_home": create_home,
    "update_home": update_home,
    "add_section": add_section,
    "update_section": update_section,
    "start_arrangement": start_arrangement,
    "change_arrangement": change_arrangement,
    "move_in": move_in,
    "change_stay": change_stay,
    "move_out": move_out,
    "update_municipality": update_municipality,
    "add_user": add_user,
    "set_roles": set_roles,
    "set_active": set_active,
    "set_idle_minutes": set_idle_minutes,
    "add_team": add_team,
    "set_user_teams": set_user_teams,
    "import_certificate": import_certificate,
    "post_month": post_month,
    "credit_invoice": credit_invoice,
    "export_month": export_month,
    "add_version": add_version,
    "post_regulation": post_regulation,
    "import_file": import_file,
    "export_csv": export_csv,
    "export_store": export_store,
    "run_dataset": run_dataset,
    "make_backup": make_backup,
    "keep_key_in_file": keep_key_in_file,
    "restore_as": restore_as,
}


# -- offline offices (issue #15): a plain SQLite server in a folder of its own -------------


def _office_world():  # type: ignore[no-untyped-def]
    from . import sync_helpers

    root = Path(tempfile.mkdtemp())
    url = f"sqlite:///{root / 'server.sqlite3'}"
    server = sync_helpers.server(url, root / "s")
    citizen(server)
    (root / "a").mkdir()
    return url, server, sync_helpers.new_office(url, root / "a", "A")


def setup_office(ctx):
    from app.db import migrate
    from app.db.store import Store
    from app.services.sync import office

    url, _server, _a = _office_world()
    store = Store(f"sqlite:///{Path(tempfile.mkdtemp()) / 'office.sqlite3'}")
    migrate.upgrade(store)
    result = office.setup(store, url, "B")
    assert result.value.received > 0
    return result, {"sync"}


def _edit(ctx):
    from app.models import Citizen

    with ctx.store.read() as session:
        found = session.scalars(select(Citizen)).first()
    data = replace(citizens.data_of(found), phone="20304050")
    citizens.update_citizen(ctx, found.uuid, found.version, data)


def sync_office(ctx):
    from app.services.sync import office

    _url, _server, a = _office_world()
    _edit(a)
    return office.sync(a.store), {"sync"}


def resolve_conflict(ctx):
    from app.services.sync import conflicts, office

    _url, server, a = _office_world()
    _edit(a)
    with server.store.read() as session:
        found = session.scalars(select(citizens.Citizen)).first()
    data = replace(citizens.data_of(found), phone="99887766")
    citizens.update_citizen(server, found.uuid, found.version, data)
    office.sync(a.store)
    (listed,) = conflicts.list_conflicts(a)
    result = conflicts.resolve_conflict(a, listed.uuid, listed.version, "mine")
    return result, {"sync", "sync_conflict", f"sync_conflict:{listed.uuid}", "citizen"}


CASES["setup"] = setup_office
CASES["sync"] = sync_office
CASES["resolve_conflict"] = resolve_conflict
