"""Use cases return what they changed (issue #11, STYLE §14): each mutating use case
returns a ``Done`` whose changes name the kind of record it changed and which record, so
the window announces that instead of re-reading to guess."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import clock
from app.models import IvCourse
from app.services import citizens
from app.services.acute import episodes, fees, measurements
from app.services.acute import views as acute_views
from app.services.acute.episodes import EndInput
from app.services.admin import reference
from app.services.homes import arrangements, figures, reports
from app.services.invoices import tariffs
from app.services.iv import corrections, courses, crp, referrals
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.crp import ConferenceInput, CrpInput
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.security import teams, users
from tests.conftest import PASSWORD

from . import acute_helpers, changes_cases, homes_helpers, iv_helpers

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"

#: Use cases that open a writing session (``store.session()``) but change nothing a screen
#: shows: opening a record writes only its access entry (D40); signing in and the first start
#: make the context the window runs in. Each needs its reason here; every other such use
#: case must return a ``Done``.
NOT_CHANGES = {
    ("acute.views", "get_episode"): "the access entry of opening an episode",
    ("iv.views", "get_course"): "the access entry of opening a course",
    ("citizens", "open_citizen"): "the access entry of opening a citizen",
    ("citizens", "reveal_cpr"): "the access entry of showing a CPR number",
    ("citizens", "disclose_cpr"): "the access entry of a document carrying the full CPR",
    ("security.users", "sign_in_reading"): "the sign-in's entry (sign_in: the same without a "
    "read); the window is not open yet",
    ("admin.setup", "first_start"): "the first user of an empty store, before the window",
}


def _functions() -> dict[tuple[str, str], ast.FunctionDef]:
    """The public module-level functions of app/services by (module, name)."""
    found = {}
    for path in SERVICES.rglob("*.py"):
        module = ".".join(path.relative_to(SERVICES).with_suffix("").parts)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                found[(module, node.name)] = node
    return found


def _returns_done(node: ast.FunctionDef) -> bool:
    return node.returns is not None and ast.unparse(node.returns).startswith("Done[")


def _opens_a_writing_session(node: ast.FunctionDef) -> bool:
    """A use case writes when it opens ``<store>.session()`` itself (``store.read()`` is
    the read-only one); the ``*_in_session`` steps take the caller's session."""
    return any(
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "session"
        and not call.args
        for call in ast.walk(node)
    )


#: (module under app.services, use case) of the use cases that say what they changed
CONVERTED = {key for key, node in _functions().items() if _returns_done(node)}


def test_every_use_case_that_writes_returns_what_it_changed():
    writers = {key for key, node in _functions().items() if _opens_a_writing_session(node)}
    assert writers - CONVERTED - set(NOT_CHANGES) == set()
    assert set(NOT_CHANGES) <= writers  # an excused use case that no longer writes goes


def test_changes_name_kinds_and_records_as_the_hub_does():
    changes = Changes.of("iv_course", "u1", None, also={"iv_crp"})
    assert changes.kinds == {"iv_course", "iv_crp"}
    assert changes.ids == {("iv_course", "u1")}
    assert changes.names() == {"iv_course", "iv_course:u1", "iv_crp"}
    assert Changes.named(changes.names()) == changes
    assert (changes | Changes.of("acute_unit")).kinds == {"iv_course", "iv_crp", "acute_unit"}
    assert not NOTHING and changes and NOTHING.names() == set()
    assert Done(1).changes == NOTHING


def _version(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))


def _course(ctx, accepted=True):
    uuid = iv_helpers.referral(ctx, iv_helpers.citizen(ctx), iv_helpers.department(ctx))
    if accepted:
        referrals.accept_referral(ctx, uuid, _version(ctx, uuid), at=iv_helpers.at(-9, 10))
    return uuid


def _give(ctx, uuid, offset, hh):
    at = iv_helpers.at
    data = AdministrationInput(start=at(offset, hh), end=at(offset, hh, 40), place="home")
    return record_administration(ctx, uuid, data)


def register_referral(ctx):
    result = referrals.register_referral(
        ctx,
        referrals.ReferralInput(
            citizen_uuid=iv_helpers.citizen(ctx),
            department_uuid=iv_helpers.department(ctx),
            responsible_doctor="Overlæge Hansen",
            course_type="antibiotic_no_pump",
            drug="Piperacillin/tazobactam",
            dose="4 g",
            doses_per_day=3,
            planned_days=7,
            iv_access="picc",
            closed_system="codan_mix_add",
            first_dose_date=iv_helpers.day(-10),
            hospital_doses=3,
            place="home",
            referred_at=iv_helpers.at(-10, 14),
        ),
    )
    return result, {"iv_course", f"iv_course:{result.value}"}


def accept_referral(ctx):
    uuid = _course(ctx, accepted=False)
    at = iv_helpers.at(-9, 10)
    return referrals.accept_referral(ctx, uuid, _version(ctx, uuid), at=at), {
        "iv_course",
        f"iv_course:{uuid}",
    }


def reject_referral(ctx):
    uuid = _course(ctx, accepted=False)
    result = referrals.reject_referral(ctx, uuid, _version(ctx, uuid), "patient_safety", "Ustabil")
    return result, {"iv_course", f"iv_course:{uuid}"}


def change_course_type(ctx):
    uuid = _course(ctx)
    _give(ctx, uuid, -9, 15)
    result = courses.change_course_type(
        ctx, uuid, _version(ctx, uuid), "antibiotic_pump", iv_helpers.day(-8)
    )
    return result, {"iv_course", f"iv_course:{uuid}"}


def end_course(ctx):
    uuid = _course(ctx)
    _give(ctx, uuid, -9, 15)
    result = courses.end_course(ctx, uuid, _version(ctx, uuid), iv_helpers.day(-8), "completed")
    return result, {"iv_course", f"iv_course:{uuid}"}


def record_administration_(ctx):
    uuid = _course(ctx)
    result = _give(ctx, uuid, -9, 15)
    assert isinstance(result.value, str)
    return result, {"iv_course", f"iv_course:{uuid}", "iv_administration"}


def record_crp(ctx):
    uuid = _course(ctx)
    _give(ctx, uuid, -9, 15)
    result = crp.record_crp(ctx, uuid, CrpInput(measured_at=iv_helpers.at(-8, 8), value="38,5"))
    assert isinstance(result.value, str)
    return result, {"iv_course", f"iv_course:{uuid}", "iv_crp"}


def record_decision(ctx):
    uuid = _course(ctx)
    _give(ctx, uuid, -9, 15)
    crp_uuid = crp.record_crp(ctx, uuid, CrpInput(iv_helpers.at(-8, 8), "38,5")).value
    data = ConferenceInput(
        conference_with="Læge K. Lund, Infektionsmedicinsk Afd. Q",
        conference_at=iv_helpers.at(-8, 11),
        channel="phone",
        decision="switch_to_oral",
        note="Tablet",
    )
    result = crp.record_decision(ctx, crp_uuid, _version(ctx, uuid), data)
    return result, {"iv_course", f"iv_course:{uuid}", "iv_crp"}


def correct_decision(ctx):
    uuid = _course(ctx)
    _give(ctx, uuid, -9, 15)
    crp_uuid = crp.record_crp(ctx, uuid, CrpInput(iv_helpers.at(-8, 8), "38,5")).value
    data = ConferenceInput("Læge K. Lund", iv_helpers.at(-8, 11), "phone", "readmit")
    crp.record_decision(ctx, crp_uuid, _version(ctx, uuid), data)
    result = corrections.correct_decision(ctx, crp_uuid, _version(ctx, uuid))
    return result, {"iv_course", f"iv_course:{uuid}", "iv_crp"}


def correct_end(ctx):
    uuid = _course(ctx)
    _give(ctx, uuid, -9, 15)
    courses.end_course(ctx, uuid, _version(ctx, uuid), iv_helpers.day(-8), "completed")
    result = corrections.correct_end(ctx, uuid, _version(ctx, uuid))
    return result, {"iv_course", f"iv_course:{uuid}"}


def record_crp_and_decision(ctx):
    uuid = _course(ctx)
    _give(ctx, uuid, -9, 15)
    data = ConferenceInput(
        conference_with="Læge K. Lund, Infektionsmedicinsk Afd. Q",
        conference_at=iv_helpers.at(-8, 11),
        channel="phone",
        decision="switch_to_oral",
        note="Tablet",
    )
    value = CrpInput(measured_at=iv_helpers.at(-8, 8), value="38,5")
    result = crp.record_crp_and_decision(ctx, uuid, value, data, _version(ctx, uuid))
    assert isinstance(result.value, str)
    return result, {"iv_course", f"iv_course:{uuid}", "iv_crp"}


def _episode(ctx):
    return acute_helpers.episode(ctx, acute_helpers.citizen(ctx))


def _episode_version(ctx, uuid):
    return acute_views.get_episode(ctx, uuid).version


def register_episode(ctx):
    data = acute_helpers.episode_input(acute_helpers.citizen(ctx))
    result = episodes.register_episode(ctx, data)
    return result, {"acute_episode", f"acute_episode:{result.value}", "acute_unit"}


def update_episode(ctx):
    person = acute_helpers.citizen(ctx)
    uuid = acute_helpers.episode(ctx, person)
    data = acute_helpers.episode_input(person, reason="Feber")
    result = episodes.update_episode(ctx, uuid, _episode_version(ctx, uuid), data)
    assert result.value is True
    return result, {"acute_episode", f"acute_episode:{uuid}", "acute_unit"}


def end_episode(ctx):
    uuid = _episode(ctx)
    data = EndInput(acute_helpers.on(acute_helpers.weekday(1, 0), 12), "admitted")
    result = episodes.end_episode(ctx, uuid, _episode_version(ctx, uuid), data)
    return result, {"acute_episode", f"acute_episode:{uuid}", "acute_unit"}


def save_closing_texts(ctx):
    uuid = _episode(ctx)
    result = episodes.save_closing_texts(ctx, uuid, _episode_version(ctx, uuid), "Væske", "Bedre")
    return result, {"acute_episode", f"acute_episode:{uuid}"}


def record_measurement(ctx):
    uuid = _episode(ctx)
    at = acute_helpers.on(acute_helpers.weekday(1, 0), 9)
    result = measurements.record_measurement(
        ctx, uuid, measurements.MeasurementInput("crp", at, "84,5")
    )
    assert isinstance(result.value, str)
    return result, {"acute_episode", f"acute_episode:{uuid}", "acute_measurement"}


def set_fee_scheme(ctx):
    return fees.set_fee_scheme(ctx, "midtjylland_trial"), {"acute_fee_scheme"}


def terminate_arrangement(ctx):
    saved = homes_helpers.arrangement(ctx, homes_helpers.home(ctx), start=dt.date(2023, 1, 1))
    result = arrangements.terminate_arrangement(
        ctx, saved.uuid, saved.version, "municipality", dt.date(2024, 3, 31)
    )
    assert result.value == arrangements.termination_date(dt.date(2024, 3, 31))
    return result, {"fixed_doctor", f"fixed_doctor:{saved.uuid}", "nursing_home"}


def set_coverage_target(ctx):
    return figures.set_coverage_target(ctx, Decimal(85), dt.date(2026, 12, 31)), {"home_report"}


def make_report(ctx):
    result = reports.make_report(ctx, reports.period_for("coverage", year=2026))
    return result, {"home_report", f"home_report:{result.value.uuid}"}


def mark_sent(ctx):
    made = reports.make_report(ctx, reports.period_for("coverage", year=2026)).value
    result = reports.mark_sent(ctx, made.uuid, clock.today(), "KLU, Odense Kommune")
    assert [s.recipient for s in result.value.sendings] == ["KLU, Odense Kommune"]
    return result, {"home_report", f"home_report:{made.uuid}"}


def register_citizen(ctx):
    data = citizens.CitizenInput(cpr="0101500007", first_name="Else", last_name="Jensen")
    result = citizens.register_citizen(ctx, data)
    return result, {"citizen", f"citizen:{result.value.uuid}"}


def update_citizen(ctx):
    data = citizens.CitizenInput(cpr="0101500007", first_name="Else", last_name="Jensen")
    made = citizens.register_citizen(ctx, data).value
    changed = citizens.CitizenInput(cpr="", first_name="Else", last_name="Holm")
    result = citizens.update_citizen(ctx, made.uuid, made.version, changed)
    assert result.value.version == made.version + 1
    return result, {"citizen", f"citizen:{made.uuid}"}


def save_unit(ctx):
    result = reference.save_unit(ctx, reference.UnitInput(code="XYZ", name="Testsygehus"))
    return result, {"hospital_unit", f"hospital_unit:{result.value.uuid}"}


def save_department(ctx):
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == "OUH")
    data = reference.DepartmentInput(name="Afdeling Z", phone_24_7="65 41 12 34")
    result = reference.save_department(ctx, unit.uuid, data)
    return result, {"department", f"department:{result.value.uuid}"}


def set_citizen_team(ctx):
    teams.add_team(ctx, "Akutteam Nord")
    person = iv_helpers.citizen(ctx)
    return teams.set_citizen_team(ctx, person, "Akutteam Nord"), {"citizen", f"citizen:{person}"}


def set_password(ctx):
    me = users.me(ctx)
    result = users.set_password(ctx, me.initials, "brand-new-pass", PASSWORD)
    return result, {"user", f"user:{me.uuid}"}


def set_billing_start(ctx):
    result = tariffs.set_billing_start(ctx, dt.date(2026, 3, 17))
    assert result.value == dt.date(2026, 3, 1)
    return result, {"invoice", "invoice_settings"}  # the drafts move too


CASES = {
    "register_referral": register_referral,
    "accept_referral": accept_referral,
    "reject_referral": reject_referral,
    "change_course_type": change_course_type,
    "end_course": end_course,
    "record_administration": record_administration_,
    "record_crp": record_crp,
    "record_crp_and_decision": record_crp_and_decision,
    "record_decision": record_decision,
    "correct_decision": correct_decision,
    "correct_end": correct_end,
    "register_episode": register_episode,
    "update_episode": update_episode,
    "end_episode": end_episode,
    "save_closing_texts": save_closing_texts,
    "record_measurement": record_measurement,
    "set_fee_scheme": set_fee_scheme,
    "terminate_arrangement": terminate_arrangement,
    "set_coverage_target": set_coverage_target,
    "make_report": make_report,
    "mark_sent": mark_sent,
    "set_citizen_team": set_citizen_team,
    "save_unit": save_unit,
    "register_citizen": register_citizen,
    "update_citizen": update_citizen,
    "save_department": save_department,
    "set_password": set_password,
    "set_billing_start": set_billing_start,
    **changes_cases.CASES,
}


def test_every_converted_use_case_has_a_case_here():
    names = [name for _, name in CONVERTED]
    assert len(names) == len(set(names)), "two use cases of one name: key CASES by module"
    assert set(names) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_result_names_what_the_use_case_changed(ctx, name):
    result, expected = CASES[name](ctx)
    assert isinstance(result, Done), name
    assert result.changes.names() == expected, name


def test_an_update_that_changes_nothing_says_so(ctx):
    person = acute_helpers.citizen(ctx)
    uuid = acute_helpers.episode(ctx, person)
    data = acute_helpers.episode_input(person)
    result = episodes.update_episode(ctx, uuid, _episode_version(ctx, uuid), data)
    assert result == Done(False, NOTHING)
