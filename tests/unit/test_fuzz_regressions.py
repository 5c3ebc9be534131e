"""Bugs the fuzz tests (tests/fuzz, issue #7) found, each pinned by a plain test that runs
on SQLite and PostgreSQL: bad input must give problems, never another exception."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from app.domain import acute
from app.errors import InvalidInput
from app.services import citizens
from app.services.citizens import CitizenInput
from app.services.exchange import transfer as exchange
from app.services.exchange.values import BadValue, parse_moment
from app.services.iv import administrations, referrals, views
from app.services.iv.administrations import AdministrationInput
from app.services.kernel.permissions import ROLES
from tests.unit import iv_helpers


@pytest.fixture
def admin(ctx):  # type: ignore[no-untyped-def]
    return dataclasses.replace(ctx, roles=frozenset(ROLES))


def test_a_measurement_too_large_to_round_is_out_of_range():
    value, _, found = acute.check_measurement("crp", 1e27)
    assert value is None and [p.code for p in found] == ["measure.range"]


def test_a_moment_on_the_first_day_of_year_1_is_not_a_date_and_time():
    with pytest.raises(BadValue):
        parse_moment("0001-01-01T00:00", "administrations[1].start")


def test_an_exchange_record_with_a_required_field_of_the_wrong_type(tmp_path):
    path = tmp_path / "f.json"
    path.write_text(json.dumps({"format": "akutdesk-exchange", "version": 1, "hospital_units": [
        {"code": "X", "name": "X", "departments": [{"name": "A", "phone_24_7": ["1"]}]}]}))  # fmt: skip
    report = exchange.check_file(path)
    assert [(p.field, p.message) for p in report.problems] == [("phone_24_7", "must be text")]


@pytest.fixture
def course(admin):  # type: ignore[no-untyped-def]
    uuid = iv_helpers.referral(admin, iv_helpers.citizen(admin), iv_helpers.department(admin))
    referrals.accept_referral(admin, uuid, views.get_course(admin, uuid).version,
                              at=iv_helpers.at(-9, 9))  # fmt: skip
    return uuid


@pytest.mark.parametrize(
    ("start", "temperature", "code"),
    [(iv_helpers.at(-1, 9), "NaN", "iv.vital"), (dt.datetime(1, 1, 1), None, "moment.range")],
)
def test_administrations_refuse_nan_temperatures_and_year_1(
    admin, course, start, temperature, code
):
    data = AdministrationInput(start, start + dt.timedelta(minutes=30), "home",
                               temperature=temperature)  # fmt: skip
    with pytest.raises(InvalidInput) as refused:
        administrations.record_administration(admin, course, data)
    assert code in [p.code for p in refused.value.problems]


def test_nul_characters_are_refused_or_ignored_on_every_backend(admin):
    """Issue #13: SQLite stored a NUL that PostgreSQL refuses; now refused on both — in a
    name by the name's own check, in any other text by the store."""
    with pytest.raises(InvalidInput) as refused:
        citizens.register_citizen(admin, CitizenInput("0101500007", "Else", "Jensen\x00"))
    assert [(p.field, p.code) for p in refused.value.problems] == [("last_name", "name.invalid")]
    with pytest.raises(InvalidInput) as refused:
        citizens.register_citizen(
            admin, CitizenInput("0101500007", "Else", "Jensen", address="Vej 1\x00")
        )
    assert [p.code for p in refused.value.problems] == ["text.nul"]
    assert citizens.count_citizens(admin) == 0
    assert citizens.search_citizens(admin, "\x00") is not None
    assert citizens.search_citizens(admin, "jen\x00sen") == []


@pytest.mark.parametrize("text", ["je\U0010ffff", "\U0010ffff", "je\ud7ff"])
def test_a_name_search_ending_in_the_last_character_or_before_the_surrogates(admin, text):
    iv_helpers.citizen(admin)
    assert citizens.search_citizens(admin, text) == []
