"""Counts take Danish numerus forms (Qt Linguist, issue #11): a window's own text and a
catalogue message say "1 linje" but "2 linjer", as the command line does for the same
catalogue (tests/unit/test_messages.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.problems import problem
from app.views.components.messages import problem_text


@pytest.mark.parametrize(("n", "said"), [(1, " (1 kommunal dag)"), (12, " (12 kommunale dage)")])
def test_a_course_s_municipal_days_in_danish(qtbot, danish, n, said):
    from app.views.iv.course_details import CourseDetails

    details = CourseDetails()
    qtbot.addWidget(details)
    view = SimpleNamespace(end_date=dt.date(2026, 3, 2), end_reason="completed", end_text="",
                           length_days=n, outcome="", readmitted_on=None)  # fmt: skip
    assert details._end(view).endswith(said)


BACKUP_LACKS = (
    "The backup lacks %n posted invoice(s) that this store has issued: {invoices}.\n\n"
    "Restoring it drops them from the store (their documents stay in the copy of the store made "
    "first, and their numbers are never issued again). Restore it only if the store is damaged."
    "\n\nIs the store damaged?"
)


@pytest.mark.parametrize(
    ("context", "text", "one", "many"),
    [
        ("DraftPanel", "%n line(s)", "1 linje", "3 linjer"),
        ("PostedPanel", "%n posted document(s)", "1 bogført bilag", "3 bogførte bilag"),
        ("AuditTab", "%n entries, chain intact. Chain head: {head}", "1 post,", "3 poster,"),
        (
            "CourseDetails",
            "Day {day} (day 1: first dose {date}; %n dose(s) in hospital)",
            "Dag {day} (dag 1: første dosis {date}; 1 dosis",
            "Dag {day} (dag 1: første dosis {date}; 3 doser",
        ),
        (
            "BackupsDialog",
            BACKUP_LACKS,
            "Sikkerhedskopien mangler 1 bogført faktura,",
            "Sikkerhedskopien mangler 3 bogførte fakturaer,",
        ),
    ],
)
def test_the_window_s_counts_take_the_danish_form(danish, context, text, one, many):
    assert QCoreApplication.translate(context, text, None, 1).startswith(one)
    assert QCoreApplication.translate(context, text, None, 3).startswith(many)


def test_a_catalogue_count_is_danish_in_the_window_too(danish):
    one = problem_text(problem("places", "homes.section_small", n=1))
    many = problem_text(problem("places", "homes.section_small", n=30))
    assert one == "Et afsnit skal have mindst 1 plads."
    assert many == "Et afsnit skal have mindst 30 pladser."
