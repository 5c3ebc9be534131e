"""Mutating use cases return what they changed (STYLE §14): a Done whose Changes name the
kinds the hub uses and the records that moved, so the views need not re-read to guess."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import IvCourse
from app.services.acute import episodes, fees, measurements
from app.services.acute import views as acute_views
from app.services.acute.episodes import EndInput
from app.services.acute.measurements import MeasurementInput
from app.services.homes import figures
from app.services.invoices import tariffs
from app.services.iv import administrations, courses, crp, referrals
from app.services.iv.administrations import AdministrationInput
from app.services.iv.crp import CrpInput
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.security import teams, users
from tests.conftest import PASSWORD
from tests.unit import acute_helpers, iv_helpers
from tests.unit.iv_helpers import at, day


def test_changes_name_kinds_and_records():
    changes = Changes.of("iv_course", "u1", None, also={"iv_crp"})
    assert changes.kinds == {"iv_course", "iv_crp"}
    assert changes.ids == {("iv_course", "u1")}
    assert changes.names() == {"iv_course", "iv_crp", "iv_course:u1"}
    assert Changes.named(changes.names()) == changes
    assert (changes | Changes.of("citizen")).kinds == {"iv_course", "iv_crp", "citizen"}
    assert not NOTHING and changes
    assert Done(1).changes == NOTHING


def _version(ctx, uuid):
    with ctx.store.read() as s:
        return s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))


def _course(ctx, accepted=True):
    uuid = iv_helpers.referral(ctx, iv_helpers.citizen(ctx), iv_helpers.department(ctx))
    if accepted:
        referrals.accept_referral(ctx, uuid, _version(ctx, uuid), at=at(-9, 10))
    return uuid


def _given(ctx):
    uuid = _course(ctx)
    administrations.record_administration(
        ctx, uuid, AdministrationInput(start=at(-9, 15), end=at(-9, 15, 40), place="home")
    )
    return uuid


def _episode(ctx):
    return acute_helpers.episode(ctx, acute_helpers.citizen(ctx))


def _episode_version(ctx, uuid):
    return acute_views.get_episode(ctx, uuid).version


def _register_referral(ctx):
    done = referrals.register_referral(
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
            first_dose_date=day(-10),
            hospital_doses=3,
            place="home",
            referred_at=at(-10, 14),
        ),
    )
    return done, {"iv_course"}, {("iv_course", done.value)}


def _accept(ctx):
    uuid = _course(ctx, accepted=False)
    done = referrals.accept_referral(ctx, uuid, _version(ctx, uuid), at=at(-9, 10))
    return done, {"iv_course"}, {("iv_course", uuid)}


def _reject(ctx):
    uuid = _course(ctx, accepted=False)
    done = referrals.reject_referral(
        ctx, uuid, _version(ctx, uuid), "capacity", "Ingen kapacitet", at=at(-9, 10)
    )
    return done, {"iv_course"}, {("iv_course", uuid)}


def _administration(ctx):
    uuid = _course(ctx)
    done = administrations.record_administration(
        ctx, uuid, AdministrationInput(start=at(-9, 15), end=at(-9, 15, 40), place="home")
    )
    assert isinstance(done.value, str)
    return done, {"iv_course", "iv_administration"}, {("iv_course", uuid)}


def _crp(ctx):
    uuid = _given(ctx)
    done = crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-8, 8), value="38,5"))
    assert isinstance(done.value, str)
    return done, {"iv_course", "iv_crp"}, {("iv_course", uuid)}


def _change_type(ctx):
    uuid = _given(ctx)
    done = courses.change_course_type(
        ctx, uuid, _version(ctx, uuid), "antibiotic_pump", day(-8)
    )
    return done, {"iv_course"}, {("iv_course", uuid)}


def _end_course(ctx):
    uuid = _given(ctx)
    done = courses.end_course(ctx, uuid, _version(ctx, uuid), day(-7), "completed")
    return done, {"iv_course"}, {("iv_course", uuid)}


def _register_episode(ctx):
    done = episodes.register_episode(
        ctx, acute_helpers.episode_input(acute_helpers.citizen(ctx))
    )
    return done, {"acute_episode", "acute_unit"}, {("acute_episode", done.value)}


def _update_episode(ctx):
    uuid = _episode(ctx)
    data = acute_helpers.episode_input(
        acute_views.get_episode(ctx, uuid).citizen_uuid, reason="Feber, hoste"
    )
    done = episodes.update_episode(ctx, uuid, _episode_version(ctx, uuid), data)
    assert done.value is True
    return done, {"acute_episode", "acute_unit"}, {("acute_episode", uuid)}


def _measurement(ctx):
    uuid = _episode(ctx)
    moment = acute_helpers.on(acute_helpers.weekday(2, 1), 9)
    done = measurements.record_measurement(ctx, uuid, MeasurementInput("crp", moment, "84,5"))
    assert isinstance(done.value, str)
    return done, {"acute_episode", "acute_measurement"}, {("acute_episode", uuid)}


def _end_episode(ctx):
    uuid = _episode(ctx)
    done = episodes.end_episode(
        ctx,
        uuid,
        _episode_version(ctx, uuid),
        EndInput(acute_helpers.on(acute_helpers.weekday(1, 3), 12), "stabilised_at_home"),
    )
    return done, {"acute_episode", "acute_unit"}, {("acute_episode", uuid)}


def _closing_texts(ctx):
    uuid = _episode(ctx)
    done = episodes.save_closing_texts(ctx, uuid, _episode_version(ctx, uuid), "P.o.", "Fin")
    return done, {"acute_episode"}, {("acute_episode", uuid)}


def _fee_scheme(ctx):
    return fees.set_fee_scheme(ctx, "midtjylland_trial"), {"acute_fee_scheme"}, set()


def _coverage_target(ctx):
    done = figures.set_coverage_target(ctx, Decimal("75"), dt.date(2025, 12, 31))
    return done, {"home_report"}, set()


def _billing_start(ctx):
    done = tariffs.set_billing_start(ctx, dt.date(2025, 3, 1))
    assert done.value == dt.date(2025, 3, 1)
    return done, {"invoice_settings"}, set()


def _citizen_team(ctx):
    uuid = iv_helpers.citizen(ctx)
    teams.add_team(ctx, "Akutteam Nord")
    done = teams.set_citizen_team(ctx, uuid, "Akutteam Nord")
    return done, {"citizen"}, {("citizen", uuid)}


def _password(ctx):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    done = users.set_password(ctx, "NS", "brand-new-pass")
    assert len(done.changes.ids) == 1
    return done, {"user"}, set(done.changes.ids)


CASES = [
    _register_referral,
    _accept,
    _reject,
    _administration,
    _crp,
    _change_type,
    _end_course,
    _register_episode,
    _update_episode,
    _measurement,
    _end_episode,
    _closing_texts,
    _fee_scheme,
    _coverage_target,
    _billing_start,
    _citizen_team,
    _password,
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__.lstrip("_"))
def test_use_case_result_names_what_it_changed(ctx, case):
    done, kinds, ids = case(ctx)
    assert isinstance(done, Done)
    assert done.changes.kinds == kinds
    assert done.changes.ids == ids
