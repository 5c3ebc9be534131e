"""Free text in a CSV is never read as a formula (app/domain/spreadsheets.py)."""

from __future__ import annotations

import pytest

from app.domain.spreadsheets import text_cell


@pytest.mark.parametrize(
    ("typed", "written"),
    [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+45 1234", "'+45 1234"),
     ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
     ("Akutteam Vest", "Akutteam Vest"), ("", ""), ("a=b", "a=b")],
)  # fmt: skip
def test_a_formula_start_is_kept_as_text(typed, written):
    assert text_cell(typed) == written
