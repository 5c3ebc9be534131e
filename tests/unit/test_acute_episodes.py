"""Acute-function episodes under OK22 Bilag 3 (DIGEST §2.3, D20–D23): a story per target
group, the responsible doctor always known, the referrer matching the group, measurements
within range, acute places and optimistic locking."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain import acute as rules
from app.errors import InvalidInput, StaleRecord
from app.services.acute import episodes, measurements, units, views
from app.services.acute.closing_note import closing_note_text
from app.services.acute.episodes import EndInput
from app.services.acute.measurements import MeasurementInput
from app.services.acute.units import AcuteUnitInput

from .acute_helpers import citizen, contact, episode, episode_input, on, weekday


@pytest.mark.parametrize("group", [1, 2, 3, 4])
def test_a_story_per_target_group(ctx, group):
    person = citizen(ctx)
    hospital = group == 4  # discharged, the ward still treats: never counts (D21)
    uuid = episode(ctx, person, group, hospital_responsible=hospital)
    day = weekday(1, 1)
    measurements.record_measurement(ctx, uuid, MeasurementInput("crp", on(day, 9), "84,5"))
    measurements.record_measurement(
        ctx, uuid, MeasurementInput("blood_pressure", on(day, 9, 5), 132, 78)
    )
    result = contact(ctx, uuid, on(day, 10), treated=True)
    assert result.billable is not hospital
    assert result.not_billable_reason == ("hospital_responsible" if hospital else "")
    view = views.get_episode(ctx, uuid)
    episodes.end_episode(
        ctx,
        uuid,
        view.version,
        EndInput(on(day, 15), "stabilised_at_home", treatment_summary="Antibiotika p.o."),
    )
    view = views.get_episode(ctx, uuid)
    assert (view.status, view.target_group_label) == ("ended", rules.TARGET_GROUP_LABELS[group])
    assert view.responsible_doctor and view.responsible_phone == "66123456"
    assert [m.kind for m in view.measurements] == ["crp", "blood_pressure"]
    assert view.measurements[0].value == Decimal("84.5") and view.measurements[0].npu == "NPU19748"
    text = closing_note_text(ctx, uuid)
    assert f"Målgruppe {group}" in text and "010150-0007" in text  # to the GP: full CPR (D40)
    assert view.cpr_masked == "010150-xxxx"  # the screen keeps masking


def test_an_episode_needs_the_responsible_doctor_and_phone_and_says_why(ctx):
    person = citizen(ctx)
    data = episode_input(person, responsible_doctor=" ", responsible_phone="")
    with pytest.raises(InvalidInput) as caught:
        episodes.register_episode(ctx, data)
    by_field = {p.field: p for p in caught.value.problems}
    assert set(by_field) == {"responsible_doctor", "responsible_phone"}
    for p in by_field.values():
        assert "must always know who holds treatment responsibility" in p.message
        assert "001:14109" not in p.message and "D20" not in p.message  # the docs cite it
    assert by_field["responsible_doctor"].code == "acute.responsible_missing"
    assert by_field["responsible_phone"].code == "acute.responsible_phone_missing"
    assert views.list_episodes(ctx, "all") == []


def test_the_referrer_must_fit_the_target_group(ctx):
    person = citizen(ctx)
    with pytest.raises(InvalidInput) as caught:
        episodes.register_episode(ctx, episode_input(person, 3, referrer_kind="gp"))
    [p] = caught.value.problems
    assert (p.field, p.code) == ("referrer_kind", "acute.referrer_mismatch")
    assert "group 3 by home nursing" in p.message


def test_one_open_episode_per_citizen(ctx):
    person = citizen(ctx)
    episode(ctx, person)
    with pytest.raises(InvalidInput) as caught:
        episode(ctx, person)
    assert caught.value.problems[0].code == "acute.already_open"


def test_measurements_outside_a_plausible_range_are_refused(ctx):
    uuid = episode(ctx, citizen(ctx))
    at = on(weekday(1, 1), 9)
    with pytest.raises(InvalidInput) as caught:
        measurements.record_measurement(ctx, uuid, MeasurementInput("spo2", at, 130))
    assert "expected 50–100 %" in caught.value.problems[0].message
    with pytest.raises(InvalidInput) as caught:
        measurements.record_measurement(ctx, uuid, MeasurementInput("blood_pressure", at, 80, 95))
    assert caught.value.problems[0].code == "measure.diastolic"
    for hour, value in ((9, "38,9"), (13, "38.1"), (8, "39.4")):
        measurements.record_measurement(
            ctx, uuid, MeasurementInput("temperature", on(weekday(1, 1), hour), value)
        )
    points = measurements.trend(ctx, uuid, "temperature")
    assert [p.value for p in points] == [Decimal("39.4"), Decimal("38.9"), Decimal("38.1")]


def test_acute_places_occupancy_board(ctx):
    unit = units.save_acute_unit(ctx, AcuteUnitInput("Akutpladser Tarup", 2)).value
    first = citizen(ctx)
    second = citizen(ctx, "0202420008", "Jens", "Olsen")
    third = citizen(ctx, "0303330003", "Inge", "Holm")
    place = dict(setting="acute_place", acute_unit_uuid=unit.uuid, expected_end=weekday(0, 4))
    uuid = episode(ctx, first, place_number=1, **place)
    with pytest.raises(InvalidInput) as caught:
        episode(ctx, second, place_number=1, **place)
    assert caught.value.problems[0].code == "acute.place_occupied"
    with pytest.raises(InvalidInput) as caught:
        episode(ctx, second, place_number=3, **place)
    assert caught.value.problems[0].code == "acute.place_range"
    episode(ctx, second, place_number=2, **place)
    [board] = units.occupancy_board(ctx)
    assert (board.free, board.occupied) == (0, 2)
    assert board.places[0].cpr_masked == "010150-xxxx" and board.places[0].expected_end
    with pytest.raises(InvalidInput):
        episode(ctx, third, place_number=2, **place)
    with pytest.raises(InvalidInput) as caught:
        units.save_acute_unit(ctx, AcuteUnitInput("Akutpladser Tarup", 1), unit.uuid)
    assert (
        caught.value.problems[0].code == "acute.unit_occupied"
        or caught.value.problems[0].field == "places"
    )
    view = views.get_episode(ctx, uuid)
    episodes.end_episode(ctx, uuid, view.version, EndInput(on(weekday(1, 0), 12), "admitted"))
    [board] = units.occupancy_board(ctx)
    assert board.free == 1 and board.places[0].episode_uuid is None
    episode(ctx, third, place_number=1, **place)


def test_a_stale_episode_is_refused_and_names_who(ctx, other_ctx):
    uuid = episode(ctx, citizen(ctx))
    view = views.get_episode(ctx, uuid)
    data = episode_input(view.citizen_uuid, reason="Ny årsag")
    episodes.update_episode(other_ctx, uuid, view.version, data)
    with pytest.raises(StaleRecord) as caught:
        episodes.update_episode(ctx, uuid, view.version, data)
    assert "Peter Visitator" in caught.value.message


def test_an_end_reason_other_needs_text(ctx):
    uuid = episode(ctx, citizen(ctx))
    version = views.get_episode(ctx, uuid).version
    with pytest.raises(InvalidInput) as caught:
        episodes.end_episode(ctx, uuid, version, EndInput(on(weekday(1, 0), 12), "other"))
    assert caught.value.problems[0].field == "end_text"
    contact(ctx, uuid, on(weekday(1, 1), 10))
    with pytest.raises(InvalidInput) as caught:
        episodes.end_episode(ctx, uuid, version + 1, EndInput(on(weekday(1, 0), 12), "died"))
    assert caught.value.problems[0].code == "acute.end_before_last"


def test_start_defaults_to_the_referral(ctx):
    uuid = episode(ctx, citizen(ctx))
    view = views.get_episode(ctx, uuid)
    assert view.start_at == view.referred_at
    assert view.start_at.astimezone(dt.UTC).tzinfo is not None
