"""Today's tiles (issue #12, item 5): each counts the rows of the list it opens — overdue CRP
checks, decisions waiting and since when, doses planned in the next two hours, referrals
awaiting visitation, courses past their planned end, running acute episodes and free acute
places — and each row carries its planned times and its severity."""

from __future__ import annotations

import datetime as dt

from app.domain import clock
from app.services.acute.units import AcuteUnitInput, save_acute_unit
from app.services.iv import crp, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.crp import CrpInput
from app.services.today.worklist import worklist

from . import acute_helpers
from .iv_helpers import TODAY, at, citizen, day, department, referral


def utc(local: dt.datetime) -> dt.datetime:
    return local.replace(tzinfo=clock.COPENHAGEN).astimezone(dt.UTC)


def accept(ctx, uuid, offset, hh=9):
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at=at(offset, hh))


def give(ctx, uuid, offset, hh, mm=0):
    record_administration(
        ctx,
        uuid,
        AdministrationInput(start=at(offset, hh, mm), end=at(offset, hh, mm + 20), place="home"),
    )


def test_tiles_count_what_is_due_and_rows_carry_their_severity(ctx, monkeypatch):
    dept = department(ctx)
    # a CRP of 106.8 measured 36 hours ago, no decision yet: waiting, amber
    waiting = referral(ctx, citizen(ctx), dept, first_dose_date=day(-4), referred_at=at(-3, 9))
    accept(ctx, waiting, -3)
    give(ctx, waiting, -3, 15)
    crp.record_crp(ctx, waiting, CrpInput(measured_at=at(-2, 0), value="106,8"))
    # day 3 passed without a CRP: overdue; its last dose yesterday at 22:30
    late = referral(
        ctx,
        citizen(ctx, "0202600018", "Bent", "Dam"),
        dept,
        first_dose_date=day(-3),
        referred_at=at(-2, 9),
        planned_days=3,
    )
    accept(ctx, late, -2)
    give(ctx, late, -1, 22, 30)
    # a referral waiting since yesterday morning
    referral(
        ctx,
        citizen(ctx, "0303700029", "Ida", "Lund"),
        dept,
        first_dose_date=day(-1),
        referred_at=at(-1, 8),
    )
    # acute: one episode on a place of a 3-place unit, one at home
    unit = save_acute_unit(ctx, AcuteUnitInput("Akutpladser Tarup", 3)).value
    on_place = acute_helpers.citizen(ctx, "0404800030", "Ole", "Holm")
    acute_helpers.episode(
        ctx,
        on_place,
        setting="acute_place",
        acute_unit_uuid=unit.uuid,
        place_number=2,
        referred_at=at(-1, 10),
    )
    acute_helpers.episode(
        ctx, acute_helpers.citizen(ctx, "0505900041", "Lis", "Berg"), referred_at=at(-1, 11)
    )

    now = utc(at(0, 12))
    work = worklist(ctx, TODAY, now)
    assert work.moment == now
    states = {c.course.citizen_name: (c.status, c.severity) for c in work.crp_checks}
    assert states == {
        "Bent Dam": ("overdue", "overdue"),
        "Else Jensen": ("awaiting_decision", "waiting"),
    }
    awaiting = next(c for c in work.crp_checks if c.status == "awaiting_decision")
    assert awaiting.waiting_since == utc(at(-2, 0))  # 36 hours before noon

    doses = {a.course.citizen_name: a for a in work.administrations}
    # after yesterday's 22:30 dose: 06:30 moves to 07:00 (D16 window), then every 8 hours
    assert doses["Bent Dam"].planned_times == (utc(at(0, 7)), utc(at(0, 15)), utc(at(0, 23)))
    assert doses["Bent Dam"].severity == "overdue"  # 07:00 not given by noon
    # sorted by time: both start at 07:00, then by name
    assert [a.course.citizen_name for a in work.administrations] == ["Bent Dam", "Else Jensen"]

    tiles = work.tiles
    assert (tiles.crp_overdue, tiles.decisions_waiting) == (1, 1)
    assert tiles.decisions_waiting_since == utc(at(-2, 0))
    # up to 14:00: each course's 07:00 dose (both over an hour late)
    assert (tiles.administrations_due, tiles.administrations_overdue) == (2, 2)
    assert tiles.referrals == 1
    assert [r.severity for r in work.referrals] == ["waiting"]  # 28 hours
    assert tiles.past_planned_end == 1  # Bent Dam: 3 days from day -3 ended yesterday
    assert [e.severity for e in work.courses_ending] == ["overdue"]
    assert tiles.acute_running == 2 and len(work.acute_episodes) == 2
    assert (tiles.acute_places, tiles.acute_free_places) == (3, 2)

    # Bent Dam's dose given at 12:30: his next is at 20:30; by 13:00 + 2 h Else Jensen's
    # 07:00 (late) and 15:00 are due. Recorded at 13:00 today: a dose is not recorded
    # before it happens, so the clock says 13:00 whenever the suite runs
    monkeypatch.setattr(clock, "now_utc", lambda: utc(at(0, 13)))
    give(ctx, late, 0, 12, 30)
    later = worklist(ctx, TODAY, utc(at(0, 13)))
    assert [a.planned_times for a in later.administrations if a.given] == [
        (utc(at(0, 20, 30)), utc(at(0, 23)))
    ]
    assert (later.tiles.administrations_due, later.tiles.administrations_overdue) == (2, 1)

    # one citizen's list (issue #17, ``worklist --citizen``): Ole Holm's episode alone
    ole = worklist(ctx, TODAY, now, citizen="040480-0030")
    assert [a.citizen_name for a in ole.acute_episodes] == ["Ole Holm"]
    assert (ole.administrations, ole.crp_checks, ole.referrals) == ((), (), ())
    assert (ole.tiles.acute_running, ole.tiles.acute_free_places) == (1, 2)


def test_the_json_only_adds_fields(ctx):
    dept = department(ctx)
    uuid = referral(ctx, citizen(ctx), dept)
    accept(ctx, uuid, -9)
    data = worklist(ctx, day(-7)).as_json()
    assert {"date", "administrations", "crp_checks", "courses_ending", "referrals"} <= set(data)
    assert data["tiles"]["crp_overdue"] == 1 and data["acute_episodes"] == []
    item = data["administrations"][0]
    assert {"doses_per_day", "given", "remaining", "treatment_day", "municipal_day"} <= set(item)
    # a past day: as of its end, the three doses from 07:00 (no dose yet)
    assert item["planned_times"] == [utc(at(-7, h)).isoformat() for h in (7, 15, 23)]
    assert item["severity"] == "overdue"
    assert {"course_uuid", "cpr_masked", "department_phone", "address", "phone"} <= set(
        item["course"]
    )


def test_the_missing_eans_are_for_whoever_posts_invoices(ctx):
    from app.services.security import users
    from app.services.today.overview import today_overview
    from tests.conftest import PASSWORD

    assert today_overview(ctx).invoices and today_overview(ctx).units_without_ean
    users.add_user(ctx, "Nina Sygeplejerske", "NS", frozenset({"nurse"}), PASSWORD)
    nurse = users.sign_in(ctx.store, "NS", PASSWORD)
    assert not today_overview(nurse).invoices
