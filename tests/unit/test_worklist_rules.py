"""The pure rules of the nurse's day (app.domain.worklist): the planned times of the doses
left on a day (from the doses a day and the last dose, within D16's 07:00–23:00) and the
severity of a row (overdue, waiting more than 12 hours, normal)."""

from __future__ import annotations

import datetime as dt

from app.domain.worklist import Severity, planned_times, severity, worst

DAY = dt.date(2026, 12, 3)


def at(hh: int, mm: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


def hours(times):
    return [f"{t:%H:%M}" for t in times]


def test_no_dose_yet_starts_at_seven_spread_over_the_window():
    assert hours(planned_times(DAY, 3, 0, None)) == ["07:00", "15:00", "23:00"]
    assert hours(planned_times(DAY, 2, 0, None)) == ["07:00", "19:00"]
    assert hours(planned_times(DAY, 1, 0, None)) == ["07:00"]


def test_no_dose_yet_on_the_day_of_acceptance_starts_at_the_acceptance():
    assert hours(planned_times(DAY, 3, 0, None, at(15, 10))) == ["15:10", "19:05", "23:00"]
    # accepted on an earlier day: the plan starts at 07:00
    yesterday = DAY - dt.timedelta(days=1)
    assert hours(planned_times(DAY, 3, 0, None, at(15, 10, yesterday))) == [
        "07:00",
        "15:00",
        "23:00",
    ]
    # accepted before the window opens: still 07:00
    assert hours(planned_times(DAY, 2, 0, None, at(5))) == ["07:00", "19:00"]


def test_every_eight_hours_after_the_last_dose():
    assert hours(planned_times(DAY, 3, 1, at(7, 30))) == ["15:30", "23:00"]
    assert hours(planned_times(DAY, 3, 2, at(14))) == ["22:00"]
    assert planned_times(DAY, 3, 3, at(22)) == ()
    assert planned_times(DAY, 3, 4, at(22)) == ()  # a fourth dose given (D16 exception)


def test_last_dose_late_evening_moves_the_first_to_seven():
    yesterday = DAY - dt.timedelta(days=1)
    assert hours(planned_times(DAY, 3, 0, at(22, 30, yesterday))) == ["07:00", "15:00", "23:00"]
    # a missed night dose from yesterday afternoon is not planned at night either
    assert hours(planned_times(DAY, 3, 0, at(15, 0, yesterday))) == ["07:00", "15:00", "23:00"]


def test_nothing_is_planned_after_23():
    # the last dose of today at 21:00 with one left: at 23:00, not at 05:00 tomorrow
    assert hours(planned_times(DAY, 3, 2, at(21))) == ["23:00"]
    # four a day (outside the agreement, D16): squeezed into the window
    assert hours(planned_times(DAY, 4, 0, None)) == ["07:00", "12:20", "17:40", "23:00"]
    assert all(at(7) <= t <= at(23) for t in planned_times(DAY, 6, 0, None))


def test_severity_overdue_then_waiting_then_normal():
    now = at(12)
    assert severity(now) is Severity.NORMAL
    assert severity(now, due=at(11)) is Severity.OVERDUE
    assert severity(now, due=at(12)) is Severity.NORMAL  # at the moment itself: not yet
    assert severity(now, waiting_since=at(0)) is Severity.NORMAL  # exactly 12 hours
    assert severity(now, waiting_since=at(0) - dt.timedelta(minutes=1)) is Severity.WAITING
    # overdue outranks waiting
    assert severity(now, due=at(11), waiting_since=at(0, 0, DAY - dt.timedelta(days=2))) is (
        Severity.OVERDUE
    )


def test_worst_of_a_list():
    assert worst([]) == "normal"
    assert worst(["normal", "waiting"]) == "waiting"
    assert worst(["waiting", "overdue", "normal"]) == "overdue"
