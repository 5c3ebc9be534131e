"""``iv_course_tallies`` (migration 0015, issue #14) is what the administrations add up to,
after any mix of writes — inserts, changes of what is counted, changes of what is not,
moves to another course, deletions — made straight in SQL (as an import, the sync or a
bulk load would), on SQLite and PostgreSQL. The expected figures are counted here in
Python from the administrations themselves."""

from __future__ import annotations

import datetime as dt
import uuid as uuids
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update

from app.domain import clock
from app.models import Administration, CourseTally
from app.services.iv import referrals
from app.services.iv.administrations import AdministrationInput, record_administration

from . import iv_helpers

PLACES = ("home", "municipal_clinic", "nursing_home")
UNITS = ("", "Akutteam Syd", "Klinik Nord, aften", "Akutteam")  # a comma; a prefix of another


def _courses(ctx: Any) -> list[str]:
    dept = iv_helpers.department(ctx)
    found = []
    for n, cpr in enumerate(("0101500007", "0202500003", "0303500009")):
        uuid = iv_helpers.referral(ctx, iv_helpers.citizen(ctx, cpr), dept)
        with ctx.store.read() as s:
            from app.models import IvCourse

            version = s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))
        referrals.accept_referral(ctx, uuid, version, at=iv_helpers.at(-9, 10))
        if n < 2:  # the third course starts with no administration (no tally row)
            data = AdministrationInput(
                iv_helpers.at(-8, 9), iv_helpers.at(-8, 9, 35), "home", "Akutteam Vest"
            )
            record_administration(ctx, uuid, data)
        found.append(uuid)
    return found


def _expected(session: Any) -> dict[int, tuple[Any, ...]]:
    found: dict[int, list[Any]] = {}
    rows = session.execute(
        select(
            Administration.course_id,
            Administration.start_at,
            Administration.end_at,
            Administration.place,
            Administration.performing_unit,
        )
    )
    for course, start, end, place, unit in rows:
        entry = found.setdefault(course, [0, 0, 0, 0, 0, set()])
        entry[0] += 1
        entry[1] += int(end.timestamp()) - int(start.timestamp())
        entry[2 + PLACES.index(place)] += place in PLACES
        if unit:
            entry[5].add(unit)
    return {c: (*e[:5], sorted(e[5])) for c, e in found.items()}


def _tallies(session: Any) -> dict[int, tuple[Any, ...]]:
    found = {}
    for t in session.scalars(select(CourseTally)):
        units = t.units.split("\x1f")
        assert units[0] == "" and units[-1] == "", t.units  # each unit closed by U+001F
        names = units[1:-1]
        assert len(names) == len(set(names)), t.units  # a unit once
        found[t.course_id] = (t.administrations, t.seconds, t.home, t.clinic, t.nursing_home,
                              sorted(names))  # fmt: skip
    return found


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 2), st.sampled_from(PLACES),
                  st.sampled_from(UNITS), st.integers(-3000, 0), st.integers(0, 95),
                  st.integers(0, 59)),
        st.tuples(st.just("place"), st.integers(0, 50), st.sampled_from(PLACES)),
        st.tuples(st.just("unit"), st.integers(0, 50), st.sampled_from(UNITS)),
        st.tuples(st.just("length"), st.integers(0, 50), st.integers(0, 200)),
        st.tuples(st.just("move"), st.integers(0, 50), st.integers(0, 2)),
        st.tuples(st.just("note"), st.integers(0, 50)),
        st.tuples(st.just("delete"), st.integers(0, 50)),
    ),
    min_size=3,
    max_size=20,
)  # fmt: skip


@pytest.fixture
def courses(ctx):
    """Three courses, and an administration's row to copy (the examples may delete all)."""
    found = _courses(ctx)
    with ctx.store.read() as s:
        template = dict(s.execute(select(Administration.__table__)).mappings().first())
    del template["id"]
    return ctx, found, template


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_the_tallies_are_what_the_administrations_add_up_to(courses, ops):
    ctx, uuids_, template = courses
    from app.models import IvCourse

    with ctx.store.session() as s:
        ids = [s.scalar(select(IvCourse.id).where(IvCourse.uuid == u)) for u in uuids_]
        for op, *args in ops:
            rows = s.scalars(select(Administration.id).order_by(Administration.id)).all()
            target = rows[args[0] % len(rows)] if rows and op != "add" else None
            where = Administration.id == target
            if op == "add":
                course, place, unit, minutes, length, second = args
                start = clock.now_utc() + dt.timedelta(minutes=minutes, seconds=second)
                s.execute(insert(Administration), [template | {
                    "uuid": str(uuids.uuid4()), "course_id": ids[course], "place": place,
                    "performing_unit": unit, "start_at": start,
                    "end_at": start + dt.timedelta(minutes=length, microseconds=second * 7919),
                }])  # fmt: skip
            elif target is None:
                continue
            elif op == "place":
                s.execute(update(Administration).where(where).values(place=args[1]))
            elif op == "unit":
                s.execute(update(Administration).where(where).values(performing_unit=args[1]))
            elif op == "length":
                start = s.scalar(select(Administration.start_at).where(where))
                end = start + dt.timedelta(minutes=args[1], seconds=31)
                s.execute(update(Administration).where(where).values(end_at=end))
            elif op == "move":
                s.execute(update(Administration).where(where).values(course_id=ids[args[1]]))
            elif op == "note":  # not counted: the row stays as it is
                s.execute(update(Administration).where(where).values(observations="Tør hud"))
            else:
                s.execute(delete(Administration).where(where))
    with ctx.store.read() as s:
        assert _tallies(s) == _expected(s)


def test_a_use_case_and_the_migration_count_alike(ctx):
    """The administrations a nurse records are counted; a course with none has no row."""
    uuids_ = _courses(ctx)
    with ctx.store.read() as s:
        tallies, expected = _tallies(s), _expected(s)
    assert tallies == expected and len(tallies) == 2
    assert [t[:3] for t in tallies.values()] == [(1, 35 * 60, 1)] * 2
    assert len(uuids_) == 3
