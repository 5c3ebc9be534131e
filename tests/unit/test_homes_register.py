"""Nursing homes, sections, fixed-doctor arrangements with notice and history, residents
(OK22 Bilag 2; D31–D33) through the use cases, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import Forbidden, InvalidInput, StaleRecord
from app.models import AuditEntry
from app.services.acute import fees
from app.services.homes import arrangements, figures, pages, register, residents
from app.services.homes.arrangements import ChangeInput
from app.services.homes.register import HomeInput
from app.services.homes.residents import StayInput

from .homes_helpers import D, arrangement, citizen, home, residents_at


def codes(exc) -> list[str]:
    return [p.code for p in exc.value.problems]


def test_a_home_is_registered_with_its_contact_nurse_and_checked(ctx):
    uuid = home(
        ctx,
        address="Solvej 2",
        postcode="5000",
        city="Odense C",
        contact_nurse="Sygeplejerske Mette Dahl",
        contact_phone="66112233",
    )
    page = pages.home_page(ctx, uuid, D(2026, 1, 1))
    assert (page.name, page.places, page.contact_nurse, page.contact_phone) == (
        "Solgården",
        60,
        "Sygeplejerske Mette Dahl",
        "66112233",
    )
    with pytest.raises(InvalidInput) as exc:
        register.create_home(
            ctx, HomeInput(name="Solgården", ownership="private", places=0, postcode="50")
        )
    assert codes(exc) == ["choice.invalid", "homes.places", "homes.postcode", "homes.name_taken"]
    with ctx.store.read() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.entity == "nursing_home")) is not None


def test_sections_need_30_places_each_within_the_home(ctx):
    uuid = home(ctx, places=70)
    register.add_section(ctx, uuid, "Afsnit Nord", 35)
    with pytest.raises(InvalidInput) as exc:
        register.add_section(ctx, uuid, "Afsnit Syd", 29)
    assert codes(exc) == ["homes.section_small"]
    with pytest.raises(InvalidInput) as exc:
        register.add_section(ctx, uuid, "Afsnit Syd", 36)
    assert codes(exc) == ["homes.sections_exceed"]
    register.add_section(ctx, uuid, "Afsnit Syd", 35)
    page = pages.home_page(ctx, uuid)
    with pytest.raises(InvalidInput) as exc:  # the home cannot shrink below its sections
        register.update_home(ctx, uuid, page.version, HomeInput("Solgården", "municipal", 69))
    assert codes(exc) == ["homes.sections_exceed"]


def test_one_fixed_doctor_at_a_time_per_home_or_per_section(ctx):
    uuid = home(ctx, places=70)
    north = register.add_section(ctx, uuid, "Nord", 35).value.uuid
    south = register.add_section(ctx, uuid, "Syd", 35).value.uuid
    arrangement(ctx, uuid, section_uuid=north)
    arrangement(ctx, uuid, section_uuid=south, doctor_name="Bo Berg", provider_number="054321")
    with pytest.raises(InvalidInput) as exc:
        arrangement(ctx, uuid)  # the whole home overlaps both sections
    assert codes(exc) == ["homes.arrangement_overlap"]
    with pytest.raises(InvalidInput) as exc:
        arrangement(ctx, uuid, section_uuid=north, provider_number="12")
    assert codes(exc) == ["homes.provider_number", "homes.arrangement_overlap"]


@pytest.mark.parametrize(
    ("registered", "effective"),
    [
        (D(2024, 3, 31), D(2024, 6, 30)),  # last day of a quarter
        (D(2024, 4, 1), D(2024, 9, 30)),  # first day of a quarter
        (D(2024, 2, 29), D(2024, 6, 30)),  # leap day
        (D(2023, 11, 30), D(2024, 3, 31)),  # + 3 months = leap day
    ],
)
def test_termination_takes_effect_after_the_notice_and_keeps_the_history(
    ctx, registered, effective
):
    uuid = home(ctx)
    saved = arrangement(ctx, uuid, start=D(2023, 1, 1))
    assert arrangements.termination_date(registered) == effective
    got = arrangements.terminate_arrangement(
        ctx, saved.uuid, saved.version, "doctor", registered
    ).value
    assert got == effective
    row = pages.home_page(ctx, uuid, effective).arrangements[0]
    assert (row.end_date, row.notice_registered_on, row.running) == (effective, registered, True)
    assert [(e.kind, e.effective_on) for e in row.events] == [
        ("started", D(2023, 1, 1)),
        ("terminated", effective),
    ]
    assert not pages.home_page(ctx, uuid, effective + dt.timedelta(days=1)).arrangements[0].running
    with pytest.raises(InvalidInput) as exc:
        arrangements.terminate_arrangement(ctx, saved.uuid, row.version, "doctor", registered)
    assert codes(exc) == ["homes.already_terminated"]


def test_termination_refuses_a_stale_copy_a_future_notice_and_an_unknown_party(ctx):
    saved = arrangement(ctx, home(ctx))
    with pytest.raises(InvalidInput) as exc:
        arrangements.terminate_arrangement(ctx, saved.uuid, saved.version, "region")
    assert codes(exc) == ["choice.invalid"]
    with pytest.raises(InvalidInput) as exc:
        arrangements.terminate_arrangement(ctx, saved.uuid, saved.version, "doctor", D(2999, 1, 1))
    assert codes(exc) == ["homes.notice_future"]
    arrangements.change_arrangement(
        ctx,
        saved.uuid,
        saved.version,
        ChangeInput("Anne Holm", "Lægehuset Vestergade", "012345", D(2025, 6, 1)),
    )
    with pytest.raises(StaleRecord):
        arrangements.terminate_arrangement(ctx, saved.uuid, saved.version, "doctor")


def test_after_termination_a_new_doctor_may_start_the_next_day(ctx):
    uuid = home(ctx)
    saved = arrangement(ctx, uuid, start=D(2023, 1, 1))
    end = arrangements.terminate_arrangement(
        ctx, saved.uuid, saved.version, "municipality", D(2024, 3, 31)
    ).value
    with pytest.raises(InvalidInput):
        arrangement(ctx, uuid, start=end, doctor_name="Bo Berg")
    arrangement(ctx, uuid, start=end + dt.timedelta(days=1), doctor_name="Bo Berg")
    assert [a.doctor_name for a in pages.home_page(ctx, uuid).arrangements] == [
        "Bo Berg",
        "Anne Holm",
    ]


def test_the_fee_gets_a_third_hour_above_30_attached_residents_temporary_excluded(ctx):
    uuid = home(ctx)
    arrangement(ctx, uuid)
    on = D(2026, 1, 1)
    residents_at(ctx, uuid, 30)
    residents_at(ctx, uuid, 4, first=100, place_kind="respite")  # D33: never attached
    residents_at(ctx, uuid, 1, first=200, place_kind="guest")
    residents_at(ctx, uuid, 1, first=300, place_kind="acute")
    residents_at(ctx, uuid, 2, first=400, fixed_doctor=False)  # kept their own GP
    row = pages.home_page(ctx, uuid, on).arrangements[0]
    assert (row.attached, row.hours, row.fee) == (30, 2, "1935.27")
    line = pages.home_page(ctx, uuid, on).line
    assert (line.permanent, line.temporary) == (32, 6)
    residents_at(ctx, uuid, 1, first=500)
    row = pages.home_page(ctx, uuid, on).arrangements[0]
    assert (row.attached, row.hours, row.fee) == (31, 3, "2902.91")
    fees.add_price_level(ctx, D(2025, 4, 1), "1.1000")  # D24 table, reused (D31)
    assert pages.home_page(ctx, uuid, on).arrangements[0].fee == "3193.20"
    assert pages.home_page(ctx, uuid, D(2025, 3, 1)).arrangements[0].fee == "2902.91"


def test_the_30_rule_counts_per_section(ctx):
    uuid = home(ctx, places=80)
    north = register.add_section(ctx, uuid, "Nord", 40).value.uuid
    south = register.add_section(ctx, uuid, "Syd", 40).value.uuid
    arrangement(ctx, uuid, section_uuid=north)
    arrangement(ctx, uuid, section_uuid=south, doctor_name="Bo Berg", provider_number="054321")
    residents_at(ctx, uuid, 31, section_uuid=north)
    residents_at(ctx, uuid, 30, first=100, section_uuid=south)
    rows = {
        r.section_name: (r.attached, r.hours)
        for r in pages.home_page(ctx, uuid, D(2026, 1, 1)).arrangements
    }
    assert rows == {"Nord": (31, 3), "Syd": (30, 2)}


def test_residents_live_in_one_place_at_a_time_and_their_doctor_shows(ctx):
    uuid = home(ctx)
    arrangement(ctx, uuid)
    c = citizen(ctx, 1, gp="Læge Lund")
    stay = residents.move_in(
        ctx, StayInput(c, uuid, "respite", D(2025, 3, 1), fixed_doctor=False)
    ).value
    other = home(ctx, "Egebo")
    with pytest.raises(InvalidInput) as exc:
        residents.move_in(ctx, StayInput(c, other, "permanent", D(2025, 3, 10)))
    assert codes(exc) == ["homes.stay_overlap"]
    moved = residents.move_out(ctx, stay.uuid, stay.version, D(2025, 3, 14)).value
    residents.move_in(ctx, StayInput(c, other, "permanent", D(2025, 3, 15), fixed_doctor=True))
    with pytest.raises(InvalidInput) as exc:
        residents.move_out(ctx, moved.uuid, moved.version, D(2025, 2, 1))
    assert codes(exc) == ["homes.moved_out_before"]
    first = pages.home_page(ctx, uuid, D(2026, 1, 1)).residents[0]
    assert (first.place_kind, first.moved_out, first.doctor) == (
        "respite",
        D(2025, 3, 14),
        "Læge Lund",
    )
    assert pages.home_page(ctx, other).residents[0].doctor == "Læge Lund"  # no fixed doctor there
    arrangement(ctx, other, doctor_name="Bo Berg")
    assert pages.home_page(ctx, other).residents[0].doctor == "Bo Berg"


def test_a_split_home_needs_the_section_of_each_resident(ctx):
    uuid = home(ctx, places=60)
    register.add_section(ctx, uuid, "Nord", 30)
    with pytest.raises(InvalidInput) as exc:
        residents.move_in(ctx, StayInput(citizen(ctx, 1), uuid, "permanent", D(2025, 1, 1)))
    assert codes(exc) == ["homes.section_needed"]


def test_permissions_are_enforced_in_the_services(ctx):
    nurse = dataclasses.replace(ctx, roles=frozenset({"nurse"}))
    uuid = home(ctx)
    with pytest.raises(Forbidden):
        register.create_home(nurse, HomeInput("Egebo", "municipal", 40))
    with pytest.raises(Forbidden):
        arrangement(nurse, uuid)
    residents_at(nurse, uuid, 1)  # nurses register residents
    assert figures.snapshot(nurse, D(2026, 1, 1)).coverage.homes == 1


def test_coverage_target_is_configurable(ctx):
    assert figures.coverage_target(ctx) == (Decimal(80), D(2024, 12, 31))
    figures.set_coverage_target(ctx, Decimal("75"), D(2023, 12, 31))
    home(ctx)
    c = figures.snapshot(ctx, D(2026, 1, 1)).coverage
    assert (c.target, c.target_date, c.homes, c.covered, c.met) == (
        Decimal(75),
        D(2023, 12, 31),
        1,
        0,
        False,
    )
    with pytest.raises(InvalidInput):
        figures.set_coverage_target(ctx, Decimal("0"), D(2023, 12, 31))
