"""Acute units and episodes in the exchange format (v3): export → import gives the same
episodes with the fee status recomputed by D21–D23; a refused file names record and field
path; the same file twice changes nothing."""

from __future__ import annotations

import json

import pytest

from app.services.acute import measurements, units, views
from app.services.acute.measurements import MeasurementInput
from app.services.acute.units import AcuteUnitInput
from app.services.admin import setup
from app.services.exchange import transfer as exchange
from app.services.exchange.transfer import ImportRejected

from ..conftest import first_start_input
from .acute_helpers import citizen, contact, episode, on, weekday


def _fill(ctx) -> None:
    unit = units.save_acute_unit(ctx, AcuteUnitInput("Akutpladser Hjallese", 6)).value
    first = episode(
        ctx, citizen(ctx), setting="acute_place", acute_unit_uuid=unit.uuid, place_number=3
    )
    day = weekday(1, 2)
    measurements.record_measurement(
        ctx, first, MeasurementInput("blood_pressure", on(day, 9), 128, 76)
    )
    for hh in (9, 10, 11):
        contact(ctx, first, on(day, hh))
    second = episode(ctx, citizen(ctx, "0202420008", "Jens", "Olsen"), 4, hospital_responsible=True)
    contact(ctx, second, on(day, 12))
    from app.services.acute.episodes import EndInput, end_episode

    end_episode(
        ctx,
        second,
        views.get_episode(ctx, second).version,
        EndInput(on(day, 16), "handed_to_home_nursing", status_at_end="Stabil"),
    )


def _shape(ctx):
    out = []
    for row in views.list_episodes(ctx, "all"):
        v = views.get_episode(ctx, row.uuid)
        out.append(
            (
                v.uuid,
                v.status,
                v.acute_unit_name,
                v.place_number,
                v.end_reason,
                v.status_at_end,
                [(m.kind, m.value, m.value2) for m in v.measurements],
                [(c.at, c.billable, c.not_billable_reason) for c in v.contacts],
            )
        )
    return sorted(out)


def test_export_import_round_trip_and_idempotent(ctx, store, tmp_path, database_url, data_dir):
    _fill(ctx)
    path = tmp_path / "out.json"
    counts = exchange.export_store(ctx, path, reason="test").value
    assert (counts["acute_units"], counts["acute_episodes"]) == (1, 2)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == exchange.VERSION >= 3
    assert "billable" not in json.dumps(document["acute_episodes"])  # computed on import
    before = _shape(ctx)
    # Into a fresh store.
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    other_store, _ = setup.open_store(f"sqlite:///{fresh / 'x.sqlite3'}", fresh)
    other = setup.first_start(other_store, first_start_input())
    report = exchange.import_file(other, path).value
    assert report.counts["acute_episodes"].created == 2, report.problems
    assert _shape(other) == before
    again = exchange.import_file(other, path).value
    assert again.counts["acute_episodes"].unchanged == 2
    assert again.counts["acute_units"].unchanged == 1
    assert _shape(other) == before
    other_store.dispose()
    # Into the same store: nothing changes.
    assert exchange.import_file(ctx, path).value.counts["acute_episodes"].unchanged == 2


def test_a_refused_file_names_record_and_field(ctx, tmp_path):
    citizen(ctx)
    citizen(ctx, "0202420008", "Jens", "Olsen")
    day = weekday(1, 2)
    good = {
        "citizen_cpr": "010150-0007",
        "target_group": 1,
        "referrer_kind": "gp",
        "referred_at": on(day, 8).isoformat(timespec="minutes"),
        "responsible_doctor": "Læge Lund",
        "responsible_phone": "66123456",
        "measurements": [{"kind": "crp", "measured_at": on(day, 9).isoformat(), "value": 40}],
    }
    bad = dict(
        good,
        referred_at=on(day, 7).isoformat(),
        responsible_phone="",
        gp_contacts=[
            {"at": on(day, 10).isoformat(), "channel": "fax", "gp_name": "X", "practice": "Y"}
        ],
    )
    worse = dict(
        good,
        citizen_cpr="0202420008",
        measurements=[{"kind": "spo2", "measured_at": on(day, 9).isoformat(), "value": 101}],
    )
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            {"format": "akutdesk-exchange", "version": 3, "acute_episodes": [good, bad, worse]}
        ),
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:
        exchange.import_file(ctx, path)
    text = str(caught.value)
    assert "acute_episodes record 2, field responsible_phone: Give the phone number" in text
    assert (
        "acute_episodes record 3, field measurements[1].value: 101 % is not a plausible SpO₂"
        in text
    )
    assert views.list_episodes(ctx, "all") == []


def test_a_changed_time_with_a_known_uuid_is_refused_not_a_crash(ctx, tmp_path):
    """Found by fuzzing: a measurement (or GP contact) whose time was changed in the file
    looked new, but its uuid is already in the store — a named problem, nothing written."""
    _fill(ctx)
    path = tmp_path / "x.json"
    exchange.export_store(ctx, path, reason="test")
    data = json.loads(path.read_text(encoding="utf-8"))
    record = next(e for e in data["acute_episodes"] if e.get("measurements"))
    record["measurements"][0]["measured_at"] = "2026-01-05T09:30:00+01:00"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = _shape(ctx)
    with pytest.raises(ImportRejected) as refused:
        exchange.import_file(ctx, path)
    assert any(
        p.field.endswith("measurements[1].uuid") and "already" in p.message
        for p in refused.value.report.problems
    )
    assert _shape(ctx) == before
