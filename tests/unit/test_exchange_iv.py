"""IV courses in the exchange format: a spreadsheet history moves in through the same rules
as work recorded in the window; every problem is named by record and field path, nothing is
written on error, and the same file twice changes nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.models import Administration, CrpCheck, IvCourse
from app.services.admin import setup
from app.services.exchange import transfer as exchange
from app.services.exchange.transfer import ImportRejected
from app.services.iv import crp, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.crp import ConferenceInput, CrpInput
from app.services.today.worklist import worklist

from ..conftest import first_start_input
from .iv_helpers import at, citizen, day, department, referral


def count(ctx, model):
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def units():
    return [
        {
            "code": "OUH",
            "name": "Odense Universitetshospital",
            "departments": [{"name": "Infektionsmedicinsk Afdeling Q", "phone_24_7": "65411234"}],
        }
    ]


def people():
    return [{"cpr": "010150-0007", "first_name": "Else", "last_name": "Jensen"}]


def course(**changes):
    record = {
        "citizen_cpr": "010150-0007",
        "unit_code": "OUH",
        "department": "Infektionsmedicinsk Afdeling Q",
        "responsible_doctor": "Overlæge Hansen",
        "course_type": "antibiotic_no_pump",
        "drug": "Cefuroxim",
        "dose": "1,5 g",
        "doses_per_day": 3,
        "planned_days": 5,
        "iv_access": "pvk",
        "closed_system": "codan_mix_add",
        "first_dose_date": day(-10).isoformat(),
        "hospital_doses": 2,
        "place": "home",
        "referred_at": f"{day(-10)}T15:00",
        "visitation": {"decision": "accepted", "at": f"{day(-10)}T16:00"},
        "administrations": [
            {
                "start": f"{day(-9)}T08:00",
                "end": f"{day(-9)}T08:30",
                "place": "home",
                "temperature": 37.9,
            },
            {"start": f"{day(-9)}T14:00", "end": f"{day(-9)}T14:30", "place": "home"},
            {"start": f"{day(-8)}T08:00", "end": f"{day(-8)}T08:30", "place": "home"},
        ],
        "crp_checks": [
            {
                "measured_at": f"{day(-8)}T09:00",
                "value": "38,5",
                "method": "point_of_care",
                "conference": {
                    "with": "Læge Lund",
                    "at": f"{day(-8)}T11:00",
                    "channel": "phone",
                    "decision": "switch_to_oral",
                },
            }
        ],
        "end": {"date": day(-8).isoformat(), "reason": "switched_to_oral"},
    }
    record.update(changes)
    return record


def write(tmp_path, courses, name="file.json"):
    path = tmp_path / name
    path.write_text(
        json.dumps(
            {
                "format": "akutdesk-exchange",
                "version": 2,
                "hospital_units": units(),
                "citizens": people(),
                "iv_courses": courses,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def test_history_imports_through_the_rules_and_twice_changes_nothing(ctx, tmp_path):
    path = write(tmp_path, [course()])
    report = exchange.import_file(ctx, path).value
    assert report.counts["iv_courses"].created == 1
    [row] = views.list_courses(ctx, "all")
    view = views.get_course(ctx, row.uuid)
    assert (view.status, view.end_reason, view.length_days, view.administrations) == (
        "ended",
        "switched_to_oral",
        2,
        3,
    )
    assert view.late_administrations == 0  # no recorded_at: documented in real time
    again = exchange.import_file(ctx, path).value
    assert again.counts["iv_courses"].unchanged == 1
    assert (count(ctx, IvCourse), count(ctx, Administration), count(ctx, CrpCheck)) == (1, 3, 1)


def test_every_rule_broken_in_a_file_is_named_and_nothing_is_written(ctx, tmp_path):
    fourth = course(
        referred_at=f"{day(-10)}T15:01",
        administrations=[
            {"start": f"{day(-9)}T{hh:02d}:00", "end": f"{day(-9)}T{hh:02d}:30", "place": "home"}
            for hh in (8, 12, 16, 20)
        ],
    )
    early = course(
        referred_at=f"{day(-10)}T08:00",
        administrations=[
            {"start": f"{day(-10)}T10:00", "end": f"{day(-10)}T10:30", "place": "home"}
        ],
        crp_checks=[],
        end=None,
    )
    one_dose = course(
        referred_at=f"{day(-10)}T15:03",
        hospital_doses=1,
        administrations=[],
        crp_checks=[],
        end=None,
    )
    fluid_crp = course(
        referred_at=f"{day(-10)}T15:04",
        course_type="fluid",
        drug="NaCl",
        hospital_doses=0,
        administrations=[],
        end=None,
    )
    twice = course()
    with pytest.raises(ImportRejected) as caught:
        exchange.import_file(
            ctx, write(tmp_path, [course(), fourth, early, one_dose, fluid_crp, twice])
        )
    found = [(p.record, p.field, p.message) for p in caught.value.report.problems]
    assert [(r, f) for r, f, _ in found] == [
        (2, "administrations[4].reason"),
        (3, "administrations[1].status"),
        (4, "visitation.hospital_doses"),
        (5, "crp_checks[1].course_type"),
        (6, "referred_at"),
    ]
    assert (
        "at most 3 a day within 07:00–23:00" in found[0][2]
        and "D16" not in found[0][2]  # decision codes are for the docs, not the user
        and "cannot start before" in found[1][2]
        and "at least 2 doses" in found[2][2]
    )
    assert "iv_courses record 2, field administrations[4].reason" in caught.value.message
    assert count(ctx, IvCourse) == 0


def test_skip_invalid_keeps_the_good_courses(ctx, tmp_path):
    bad = course(referred_at=f"{day(-9)}T15:00", hospital_doses=1)
    report = exchange.import_file(ctx, write(tmp_path, [course(), bad]), skip_invalid=True).value
    assert report.counts["iv_courses"].created == 1 and report.counts["iv_courses"].skipped == 1
    assert count(ctx, IvCourse) == 1


def test_rejected_referral_and_unknown_references(ctx, tmp_path):
    rejected = course(
        visitation={
            "decision": "rejected",
            "at": f"{day(-10)}T16:00",
            "reason": "capacity",
            "text": "Ingen kapacitet i weekenden",
        },
        administrations=[],
        crp_checks=[],
        end=None,
    )
    unknown = course(citizen_cpr="020260-0018", referred_at=f"{day(-9)}T10:00")
    nobody = course(unit_code="XYZ", referred_at=f"{day(-8)}T10:00")
    report = exchange.import_file(
        ctx, write(tmp_path, [rejected, unknown, nobody]), skip_invalid=True
    ).value
    assert [(p.record, p.field) for p in report.problems] == [(2, "citizen_cpr"), (3, "department")]
    assert views.list_courses(ctx, "rejected")[0].status == "rejected"


def test_worklist_edges_from_an_imported_file(ctx, tmp_path):
    late = course(
        first_dose_date=day(-12).isoformat(),
        referred_at=f"{day(-8)}T09:00",
        visitation={"decision": "accepted", "at": f"{day(-7)}T10:00"},
        administrations=[{"start": f"{day(-6)}T09:00", "end": f"{day(-6)}T09:30", "place": "home"}],
        crp_checks=[],
        end=None,
    )
    exchange.import_file(ctx, write(tmp_path, [late]))
    [item] = worklist(ctx, day(-5)).crp_checks
    assert (item.status, item.due_date, item.accepted_after_day_3) == ("overdue", day(-6), True)


def test_export_then_import_gives_the_same_courses(ctx, tmp_path, data_dir):
    dept, person = department(ctx), citizen(ctx)
    uuid = referral(ctx, person, dept)
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at=at(-9, 10))
    record_administration(
        ctx,
        uuid,
        AdministrationInput(
            start=at(-9, 12),
            end=at(-9, 12, 30),
            place="home",
            pulse=88,
            complications=("pvk_resited",),
        ),
    )
    check = crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-8, 9), value=21)).value
    crp.record_decision(
        ctx,
        check,
        views.get_course(ctx, uuid).version,
        ConferenceInput(
            conference_with="Læge",
            conference_at=at(-8, 10),
            channel="video",
            decision="continue_iv",
        ),
    )
    waiting = referral(ctx, person, dept, referred_at=at(-1), caller_name="Anne Holm",
                       caller_role="sygeplejerske")  # fmt: skip
    # an ended course with its follow-up: the NORS outcome and a readmission (issue #14)
    from app.services.iv import courses, outcomes

    ended = referral(ctx, person, dept, first_dose_date=day(-13), referred_at=at(-12, 9))
    referrals.accept_referral(ctx, ended, views.get_course(ctx, ended).version, at=at(-12, 10))
    record_administration(ctx, ended, AdministrationInput(start=at(-12, 12), end=at(-12, 12, 40),
                                                          place="home"))  # fmt: skip
    courses.end_course(ctx, ended, views.get_course(ctx, ended).version, day(-11), "completed",
                       outcome="success")  # fmt: skip
    outcomes.record_readmission(ctx, ended, views.get_course(ctx, ended).version, day(-3))
    out = tmp_path / "out.json"
    exchange.export_store(ctx, out, reason="test")
    other, _ = setup.open_store(f"sqlite:///{tmp_path / 'other.sqlite3'}", data_dir)
    other_ctx = setup.first_start(other, first_start_input())
    report = exchange.import_file(other_ctx, out).value
    assert report.counts["iv_courses"].created == 3
    again = tmp_path / "again.json"
    exchange.export_store(other_ctx, again, reason="test")
    mine, theirs = (json.loads(p.read_text(encoding="utf-8"))["iv_courses"] for p in (out, again))
    for records in (mine, theirs):
        for record in records:
            for item in record["administrations"]:
                item.pop("recorded_at")  # the import documents them as of their end
    assert mine == theirs
    assert views.get_course(other_ctx, waiting).status == "referred"
    follow_up = views.get_course(other_ctx, ended)
    assert (follow_up.outcome, follow_up.readmitted_on) == ("success", day(-3))
    # who phoned the referral in travels with it (issue #12)
    assert {(r["caller_name"], r["caller_role"]) for r in mine} == {
        ("", ""), ("Anne Holm", "sygeplejerske")}  # fmt: skip
    moved = views.get_course(other_ctx, waiting)
    assert (moved.caller_name, moved.caller_role) == ("Anne Holm", "sygeplejerske")
    other.dispose()


def test_a_value_measured_at_hospital_before_acceptance_imports(ctx, tmp_path):
    """D5: accepted after treatment day 3, the CRP may be the hospital's, from before."""
    late = course(
        first_dose_date=day(-12).isoformat(),
        referred_at=f"{day(-9)}T09:00",
        visitation={"decision": "accepted", "at": f"{day(-8)}T10:00"},
        administrations=[{"start": f"{day(-8)}T12:00", "end": f"{day(-8)}T12:30", "place": "home"}],
        crp_checks=[
            {"measured_at": f"{day(-10)}T07:00", "value": 64, "method": "measured_at_hospital"}
        ],
        end=None,
    )
    exchange.import_file(ctx, write(tmp_path, [late]))
    [item] = worklist(ctx, day(-7)).crp_checks
    assert item.status == "awaiting_decision"


def test_a_refused_file_of_courses_only_leaves_nothing_behind(ctx, tmp_path):
    """The first course's savepoint must not commit on its own (SQLite BEGIN handling)."""
    exchange.import_file(ctx, write(tmp_path, []))  # units and citizens exist already
    path = tmp_path / "courses.json"
    bad = course(referred_at=f"{day(-9)}T15:00", hospital_doses=1)
    path.write_text(
        json.dumps(
            {"format": "akutdesk-exchange", "version": 2, "iv_courses": [course(), bad]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected):
        exchange.import_file(ctx, path)
    assert count(ctx, IvCourse) == 0


def test_a_refused_course_file_is_said_in_danish(ctx, tmp_path):
    """Every refusal of the replay is a message id: the Danish catalogue says all of it."""
    from app.messages import linguist

    unknown = course(citizen_cpr="020260-0018", referred_at=f"{day(-9)}T10:00")
    bad_day = course(referred_at="yesterday")
    undecided = course(
        referred_at=f"{day(-7)}T08:00",
        visitation={"decision": "maybe", "at": f"{day(-7)}T09:00", "by": "ZZ"},
    )
    with pytest.raises(ImportRejected) as caught:
        exchange.import_file(
            ctx, write(tmp_path, [course(), course(), unknown, bad_day, undecided])
        )
    danish = caught.value.text(linguist.translator("da"), "da")
    assert "iv_courses post 2, felt uuid: samme forløb som post 1" in danish or (
        "iv_courses post 2, felt referred_at: samme forløb som post 1" in danish
    )
    assert "ingen borger med CPR-nummer 020260-xxxx i databasen eller filen" in danish
    assert "'yesterday' er ikke en dato og et klokkeslæt" in danish
    assert "iv_courses post 5, felt visitation.by: ingen bruger med initialerne ZZ" in danish
    english = caught.value.message
    assert "no citizen with CPR 020260-xxxx in the store or the file" in english
    for word in ("same course", "no citizen", "is not a date", "must be", "cannot"):
        assert word not in danish, danish
