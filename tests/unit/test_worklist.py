"""The worklist lists CRP checks exactly by D4/D5, at the edges: due on treatment day 3,
overdue after, accepted after day 3 (due on municipal day 1), fluid courses (never), courses
ended before day 3 (never), values awaiting the conference decision (D6)."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.services.iv import courses, crp, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.crp import ConferenceInput, CrpInput
from app.services.today.worklist import worklist

from .iv_helpers import at, citizen, day, department, referral


def version(ctx, uuid):
    return views.get_course(ctx, uuid).version


def crp_rows(ctx, offset):
    return [
        (row.course.course_uuid, row.status, row.due_date)
        for row in worklist(ctx, day(offset)).crp_checks
    ]


def accept(ctx, uuid, offset, hh=10):
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(offset, hh))


def give(ctx, uuid, offset, hh=12):
    record_administration(
        ctx, uuid, AdministrationInput(start=at(offset, hh), end=at(offset, hh, 30), place="home")
    )


def test_due_on_treatment_day_3_then_overdue_then_awaiting_then_gone(ctx):
    dept, person = department(ctx), citizen(ctx)
    uuid = referral(ctx, person, dept)  # first dose day -10 → treatment day 3 = day -8
    accept(ctx, uuid, -9)
    give(ctx, uuid, -9)
    assert crp_rows(ctx, -9) == []  # upcoming, not yet listed
    assert crp_rows(ctx, -8) == [(uuid, "due", day(-8))]
    assert crp_rows(ctx, -7) == [(uuid, "overdue", day(-8))]
    crp_uuid = crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-6, 9), value=55)).value
    assert crp_rows(ctx, -7) == [(uuid, "overdue", day(-8))]  # as it stood that day
    assert crp_rows(ctx, -6) == [(uuid, "awaiting_decision", day(-8))]
    crp.record_decision(
        ctx,
        crp_uuid,
        version(ctx, uuid),
        ConferenceInput(
            conference_with="Læge", conference_at=at(-5, 9), channel="phone", decision="continue_iv"
        ),
    )
    assert crp_rows(ctx, -6) == [(uuid, "awaiting_decision", day(-8))]
    assert crp_rows(ctx, -5) == []


def test_accepted_after_day_3_is_due_on_municipal_day_1(ctx):
    dept, person = department(ctx), citizen(ctx)
    uuid = referral(ctx, person, dept, first_dose_date=day(-12), referred_at=at(-8))
    accept(ctx, uuid, -7)  # treatment day 6
    assert crp_rows(ctx, -7) == [(uuid, "due", day(-7))]  # not started yet: due on acceptance day
    give(ctx, uuid, -6)  # municipal day 1
    assert crp_rows(ctx, -6) == [(uuid, "due", day(-6))]
    assert crp_rows(ctx, -5) == [(uuid, "overdue", day(-6))]
    assert [c.accepted_after_day_3 for c in worklist(ctx, day(-5)).crp_checks] == [True]


def test_accepted_on_day_3_keeps_day_3(ctx):
    dept, person = department(ctx), citizen(ctx)
    uuid = referral(ctx, person, dept)  # day 3 = day -8
    accept(ctx, uuid, -8, hh=16)
    assert crp_rows(ctx, -8) == [(uuid, "due", day(-8))]


def test_fluid_courses_have_no_crp(ctx):
    dept, person = department(ctx), citizen(ctx)
    uuid = referral(ctx, person, dept, course_type="fluid", drug="Ringer-acetat", hospital_doses=0)
    accept(ctx, uuid, -9)
    give(ctx, uuid, -9)
    assert all(crp_rows(ctx, offset) == [] for offset in range(-9, 1))
    assert [a.course.course_uuid for a in worklist(ctx, day(-8)).administrations] == [uuid]


def test_course_ended_before_day_3_is_never_due(ctx):
    dept, person = department(ctx), citizen(ctx)
    uuid = referral(ctx, person, dept)
    accept(ctx, uuid, -10, hh=18)
    give(ctx, uuid, -9)
    courses.end_course(ctx, uuid, version(ctx, uuid), day(-9), "readmitted")
    assert crp_rows(ctx, -8) == [] and crp_rows(ctx, -7) == []
    assert worklist(ctx, day(-8)).administrations == ()


def test_referrals_and_courses_ending(ctx):
    dept, person = department(ctx), citizen(ctx)
    waiting = referral(ctx, person, dept, referred_at=at(-1, 11), first_dose_date=day(-2))
    today_list = worklist(ctx, day(0))
    assert [r.course.course_uuid for r in today_list.referrals] == [waiting]
    assert worklist(ctx, day(-2)).referrals == ()
    ending = referral(
        ctx, person, dept, first_dose_date=day(-6), planned_days=7, referred_at=at(-5)
    )
    accept(ctx, ending, -5)
    assert [(e.course.course_uuid, e.status) for e in worklist(ctx, day(0)).courses_ending] == [
        (ending, "ends_today")
    ]
    assert [e.status for e in worklist(ctx, day(1)).courses_ending] == ["past_planned_end"]
    planned = {
        p.course.course_uuid: (p.given, p.remaining) for p in worklist(ctx, day(-4)).administrations
    }
    assert planned == {ending: (0, 3)}


def test_cli_worklist_json(ctx, capsys):
    dept, person = department(ctx), citizen(ctx)
    uuid = referral(ctx, person, dept)
    accept(ctx, uuid, -9)
    url = ctx.store.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "worklist", "--date", day(-7).isoformat(), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["date"] == day(-7).isoformat()
    assert [
        (c["course"]["course_uuid"], c["status"], c["due_date"]) for c in data["crp_checks"]
    ] == [(uuid, "overdue", day(-8).isoformat())]
    assert data["crp_checks"][0]["course"]["cpr_masked"].endswith("-xxxx")
    assert main(["--database-url", url, "worklist", "--date", day(-7).isoformat()]) == 0
    text = capsys.readouterr().out
    assert "CRP" in text and "overdue" in text
    with pytest.raises(SystemExit) as stopped:
        main(["--database-url", url, "worklist", "--date", "2026-13-01"])
    assert stopped.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_cli_worklist_of_one_citizen_by_cpr_or_uuid(ctx, capsys):
    """``worklist --citizen``: only that citizen's rows (issue #17: one citizen's list in
    well under a second, whatever the size of the store); an unknown one is one line."""
    dept = department(ctx)
    else_, anna = citizen(ctx), citizen(ctx, "0202600008", "Anna", "Berg")
    mine, theirs = referral(ctx, else_, dept), referral(ctx, anna, dept)
    accept(ctx, mine, -9)
    accept(ctx, theirs, -9)
    url = ctx.store.url.render_as_string(hide_password=False)
    both = worklist(ctx, day(-7))
    assert {c.course.course_uuid for c in both.crp_checks} == {mine, theirs}
    for key in ("020260-0008", anna):
        args = ["--database-url", url, "worklist", "--date", day(-7).isoformat()]
        assert main([*args, "--json", "--citizen", key]) == 0
        data = json.loads(capsys.readouterr().out)
        assert [c["course"]["course_uuid"] for c in data["crp_checks"]] == [theirs]
        assert [a["course"]["course_uuid"] for a in data["administrations"]] == [theirs]
        assert data["tiles"]["crp_overdue"] == 1
    assert main([*args, "--citizen", "0303700009"]) == 1
    err = capsys.readouterr().err
    assert "030370-xxxx" in err and "0303700009" not in err  # the CPR masked (D40)
