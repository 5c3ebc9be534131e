"""CPR (D40), EAN/GLN, CVR, phone and postcode checks — and stdnum's gaps closed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.identifiers import (
    age_on,
    check_cpr,
    check_cvr,
    check_gln,
    check_phone,
    check_postcode,
    cpr_birth_date,
    gln_check_digit,
    mask_cpr,
    normalise_phone,
)

TODAY = dt.date(2026, 11, 23)


def codes(problems):
    return [(p.code, p.warning) for p in problems]


@pytest.mark.parametrize("cpr", ["211062-5629", "2110625629", " 211062 5629 "])
def test_valid_cpr_with_passing_modulus_11(cpr):
    assert check_cpr(cpr, today=TODAY) == []


def test_modulus_11_failure_only_warns():
    assert codes(check_cpr("211062-5628", today=TODAY)) == [("cpr.mod11", True)]


@pytest.mark.parametrize(
    ("cpr", "code"),
    [
        ("", "cpr.missing"),
        ("21106256", "cpr.format"),
        ("211062-56299", "cpr.format"),
        ("21106a-5629", "cpr.format"),
        ("310299-1234", "cpr.date"),  # 31 February
        ("290201-1234", "cpr.date"),  # 2001 is no leap year (7th digit 1 → 1900s... 1901 neither)
        ("320190-1234", "cpr.date"),
        ("011390-1234", "cpr.date"),
    ],
)
def test_impossible_cpr_is_refused(cpr, code):
    assert codes(check_cpr(cpr, today=TODAY)) == [(code, False)]


def test_century_comes_from_the_seventh_digit():
    assert cpr_birth_date("0101254000") == dt.date(2025, 1, 1)  # 4, year 00-36 → 2000s
    assert cpr_birth_date("0101404000") == dt.date(1940, 1, 1)  # 4, year 37-99 → 1900s
    assert cpr_birth_date("0101575000") == dt.date(2057, 1, 1)  # 5-8, year 00-57 → 2000s
    assert cpr_birth_date("0101585000") == dt.date(1858, 1, 1)  # 5-8, year 58-99 → 1800s
    assert cpr_birth_date("0101605000") == dt.date(1860, 1, 1)  # 5-8, year 58-99 → 1800s
    assert cpr_birth_date("0101600000") == dt.date(1960, 1, 1)  # 0-3 → 1900s


def test_compact_numbers_read_the_birth_date_as_stdnum_does():
    """The fast path for stored (compact) numbers equals stdnum's get_birth_date for every
    7th digit and two-digit year, on real and impossible dates (D40)."""
    from stdnum.dk import cpr as std_cpr
    from stdnum.exceptions import ValidationError

    for seventh in "0123456789":
        for year in range(100):
            for day_month in ("0101", "2902", "3112", "3104", "0013", "0000"):
                number = f"{day_month}{year:02d}{seventh}000"
                try:
                    expected: dt.date | None = std_cpr.get_birth_date(number)
                except (ValidationError, ValueError):
                    expected = None
                assert cpr_birth_date(number) == expected, number
    assert cpr_birth_date("010190-1234") is None  # only digits: callers normalise first


def test_leap_day_depends_on_the_century():
    assert cpr_birth_date("2902004000") == dt.date(2000, 2, 29)
    assert check_cpr("290200-4000", today=TODAY) != [] and all(
        p.warning for p in check_cpr("290200-4000", today=TODAY)
    )
    assert cpr_birth_date("2902000000") is None  # 1900 was not a leap year


def test_future_birth_date_uses_the_copenhagen_date():
    assert codes(check_cpr("241126-4001", today=TODAY)) == [("cpr.future", False)]
    assert all(p.warning for p in check_cpr("231126-4001", today=TODAY))


def test_mask_and_age():
    assert mask_cpr("2110620007") == "211062-xxxx"
    assert mask_cpr(" 211062-0007") == mask_cpr("211062 0007") == "211062-xxxx"
    wide = "２１１０６２０００７"  # not ASCII digits: compacted (to ASCII), as before
    assert mask_cpr(wide) == mask_cpr("２１１０６２-０００７") == "211062-xxxx"
    assert mask_cpr("21106") == "xxxx"
    assert age_on("2110620007", dt.date(2026, 10, 20)) == 63
    assert age_on("2110620007", dt.date(2026, 10, 21)) == 64


def test_gln_needs_13_digits_and_the_gs1_check_digit():
    good = "579000000000" + gln_check_digit("579000000000")
    assert check_gln(good) == []
    assert check_gln(f"{good[:4]} {good[4:]}") == []
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert codes(check_gln(wrong)) == [("ean.check", False)]
    # stdnum accepts EAN-8/12/14; an e-invoice endpoint has 13 digits
    assert codes(check_gln("96385074")) == [("ean.length", False)]
    assert codes(check_gln("")) == []
    assert codes(check_gln("", required=True)) == [("ean.missing", False)]


def test_cvr():
    assert check_cvr("35209115") == []
    assert codes(check_cvr("35209116")) == [("cvr.invalid", False)]
    assert codes(check_cvr("", required=False)) == []


@pytest.mark.parametrize("phone", ["66 11 33 33", "+45 66113333", "004566113333", "+46701234567"])
def test_phone_ok(phone):
    assert check_phone(phone, "phone") == []


@pytest.mark.parametrize("phone", ["6611333", "phone", "+45 6611"])
def test_phone_bad(phone):
    assert codes(check_phone(phone, "phone")) == [("phone.invalid", False)]


def test_phone_normalised_to_8_digits():
    assert normalise_phone("+45 66 11 33 33") == "66113333"


def test_postcode():
    assert check_postcode("5000") == []
    assert codes(check_postcode("0500")) == [("postcode.invalid", False)]
    assert codes(check_postcode("500")) == [("postcode.invalid", False)]


@given(st.text(max_size=40))
def test_validators_never_raise(text):
    for check in (check_cpr, check_gln, check_cvr, check_postcode):
        assert isinstance(check(text), list)
    assert isinstance(check_phone(text, "phone"), list)
    mask_cpr(text)
