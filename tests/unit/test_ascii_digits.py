"""Issue #13, item 7: identifiers and typed numbers take ASCII digits only (D40).

Arabic-Indic "٠١٠١١٠١٢٣٤" passes ``str.isdigit()``, ``int()`` and ``\\d`` as "0101101234":
accepted beside it, one person would be two citizens."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from app.billing.tariffs import parse_version
from app.domain import acute
from app.domain.homes import check_provider_number
from app.domain.identifiers import (
    age_on,
    check_cpr,
    check_gln,
    check_phone,
    check_postcode,
    cpr_birth_date,
    normalise_cpr,
)
from app.errors import InvalidInput
from app.services import citizens
from app.services.admin.audit_chain import Anchor
from app.services.citizens import CitizenInput
from app.services.iv import crp

ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SCRIPTS = pytest.mark.parametrize("script", [ARABIC, DEVANAGARI, FULLWIDTH])


def codes(problems):
    return [p.code for p in problems if not p.warning]


@pytest.mark.parametrize("script", [ARABIC, DEVANAGARI])
def test_a_cpr_in_other_digits_is_refused(script):
    number = "0101101234".translate(script)
    assert codes(check_cpr(number)) == ["cpr.format"]
    assert cpr_birth_date(number) is None
    assert age_on(number, cpr_birth_date("0101101234")) is None


def test_a_cpr_in_full_width_digits_is_read_as_the_ascii_number():
    """python-stdnum's compaction maps full-width digits to ASCII: the same number, stored
    in ASCII, so no second citizen (the sign "０" is the digit 0, unlike "٠")."""
    assert normalise_cpr("0101101234".translate(FULLWIDTH)) == "0101101234"


def test_the_arabic_indic_twin_of_a_registered_cpr_is_refused(ctx):
    person = CitizenInput(cpr="0101101234", first_name="Jens", last_name="Hansen")
    citizens.register_citizen(ctx, person)
    with pytest.raises(InvalidInput) as caught:
        citizens.register_citizen(ctx, dataclasses.replace(person, cpr="٠١٠١١٠١٢٣٤"))
    assert [p.code for p in caught.value.problems] == ["cpr.format"]
    assert citizens.count_citizens(ctx) == 1


@SCRIPTS
def test_other_identifiers_in_other_digits_are_refused(script):
    assert codes(check_gln("5790000000005".translate(script))) == ["ean.length"]
    assert codes(check_phone("12345678".translate(script), "phone")) == ["phone.invalid"]
    assert codes(check_phone("+4512345678".translate(script), "phone")) == ["phone.invalid"]
    assert codes(check_postcode("5000".translate(script))) == ["postcode.invalid"]
    assert codes(check_provider_number("123456".translate(script))) == ["homes.provider_number"]
    with pytest.raises(InvalidInput):
        Anchor.parse("12".translate(script) + ":" + "a" * 64)


def test_the_ascii_spellings_still_pass():
    assert check_gln("5790000000005") == []
    assert check_phone("12345678", "phone") == []
    assert check_postcode("5000") == []
    assert check_provider_number("123456") == []
    assert Anchor.parse("12:" + "a" * 64).sequence == 12


@SCRIPTS
def test_numbers_typed_in_other_digits_are_refused(script):
    value, problems = crp.parse_value("38.5".translate(script))
    assert value is None and codes(problems) == ["crp.value"]
    assert crp.parse_value("38.5") == (Decimal("38.5"), [])
    assert acute._number("37,5".translate(script), "temperature", "t", 1)[0] is None
    assert acute._number("37,5", "temperature", "t", 1)[0] == Decimal("37.5")


def test_a_tariff_in_other_digits_or_with_true_as_a_number_is_refused():
    entry = {"code": "X", "description": "x", "unit": "course", "amount": "100.00",
             "course_types": ["fluid"]}  # fmt: skip
    data = {"label": "v", "valid_from": "2026-01-01", "tariffs": [entry]}
    assert parse_version(data)[1] == []
    arabic = {**data, "tariffs": [{**entry, "amount": "100.00".translate(ARABIC)}]}
    assert [p.code for p in parse_version(arabic)[1]] == ["tariff.amount"]
    true_day = {**data, "tariffs": [{**entry, "from_day": True}]}
    assert [p.code for p in parse_version(true_day)[1]] == ["tariff.numbers"]


@pytest.mark.parametrize(
    "argv",
    [
        ["audit", "list", "--limit", "٣"],
        ["users", "idle-minutes", "١٥"],
        ["homes", "report", "coverage", "--year", "٢٠٢٦"],
        ["invoices", "credit", "2026-0001", "--lines", "1,x", "--reason", "r"],
        ["invoices", "credit", "2026-0001", "--lines", "١", "--reason", "r"],
    ],
)
def test_whole_numbers_on_the_command_line_are_ascii(argv, capsys):
    """argparse's ``type=int`` took Arabic-Indic digits; ``--lines 1,x`` was a ValueError."""
    from app.cli.main import build_parser

    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(argv)
    assert exit_.value.code == 2
    assert "is not a whole number (digits 0-9)" in capsys.readouterr().err
