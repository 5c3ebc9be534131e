"""Fuzzing the pure parsers and validators (issue #7): identifiers (CPR, EAN/GLN, CVR,
phone, postcode), money rounding, measurement values, temperatures and the exchange
file's date/time readers. Any text gives problems or a value, never an exception."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain import acute, identifiers, money
from app.domain.problems import Problem
from tests.fuzz.counts import examples, ran

# Text as people type it and as files carry it: digits, separators, letters, anything.
DIGITISH = st.text(alphabet="0123456789 -+.()/", max_size=20)
ANY_TEXT = st.one_of(DIGITISH, st.text(max_size=30))
DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def _problems(found: list[Problem]) -> None:
    assert all(isinstance(p, Problem) and p.field and p.code and p.message for p in found)


@settings(max_examples=examples(400))
@given(ANY_TEXT, DAYS)
def test_cpr(value, today):
    ran("domain: CPR (check, normalise, mask, format, age)")
    _problems(identifiers.check_cpr(value, today=today))
    number = identifiers.normalise_cpr(value)
    assert isinstance(number, str)
    assert identifiers.mask_cpr(value).endswith("xxxx")
    assert isinstance(identifiers.format_cpr(value), str)
    age = identifiers.age_on(value, today)
    assert age is None or isinstance(age, int)
    if not identifiers.check_cpr(value, today=today):  # accepted: ten digits, a real date
        assert len(number) == 10 and identifiers.cpr_birth_date(number) is not None


@settings(max_examples=examples(300))
@given(ANY_TEXT, st.booleans())
def test_gln_and_cvr(value, required):
    ran("domain: EAN/GLN and CVR")
    _problems(identifiers.check_gln(value, required=required))
    _problems(identifiers.check_cvr(value, required=required))
    digits = identifiers.normalise_digits(value)
    if len(digits) == 13 and digits.isdigit() and digits.isascii():
        valid = digits[:12] + identifiers.gln_check_digit(digits[:12])
        assert identifiers.check_gln(valid) == []


@settings(max_examples=examples(300))
@given(ANY_TEXT, st.booleans())
def test_phone_and_postcode(value, required):
    ran("domain: phone and postcode")
    _problems(identifiers.check_phone(value, "phone", required=required))
    _problems(identifiers.check_postcode(value, required=required))
    normal = identifiers.normalise_phone(value)
    if not identifiers.check_phone(value, "phone"):
        assert identifiers.check_phone(normal, "phone") == []


@settings(max_examples=examples(200))
@given(st.decimals(allow_nan=False, allow_infinity=False, places=6,
                   min_value=Decimal("-1e12"), max_value=Decimal("1e12")))  # fmt: skip
def test_money_rounding(amount):
    ran("domain: money (round_kr)")
    rounded = money.round_kr(amount)
    assert rounded.as_tuple().exponent == -2
    assert abs(rounded - amount) <= Decimal("0.005")


MEASURE_VALUES = st.one_of(
    ANY_TEXT,
    st.decimals(),
    st.integers(),
    st.floats(),
    st.sampled_from(["NaN", "nan", "sNaN", "Infinity", "-inf", "1e999999", "1E+30", "37,5"]),
    st.none(),
)


@settings(max_examples=examples(400))
@given(st.sampled_from([*acute.MEASUREMENTS, "junk"]), MEASURE_VALUES, MEASURE_VALUES)
@example("crp", 1e27, None)  # found by this test: rounding raised InvalidOperation
@example("blood_pressure", "120", "NaN")
def test_measurement_values(kind, value, value2):
    ran("domain: acute measurement values")
    first, _second, found = acute.check_measurement(kind, value, value2)
    _problems(found)
    if not found:
        assert first is not None and first.is_finite()


@settings(max_examples=examples(300))
@given(st.one_of(ANY_TEXT, st.datetimes().map(dt.datetime.isoformat),
                 st.dates().map(dt.date.isoformat), st.integers(), st.none()))  # fmt: skip
@example("0001-01-01T00:00")  # found by this test: OverflowError moving to UTC
@example("9999-12-31T23:59-05:00")
def test_exchange_date_and_time_readers(value):
    from app.services.exchange import values

    ran("exchange: date and date-time fields")
    for read in (values.parse_moment, values.parse_day):
        try:
            parsed = read(value, "field")
        except values.BadValue as bad:
            assert bad.path == "field" and bad.message
        else:
            assert isinstance(parsed, dt.date)
