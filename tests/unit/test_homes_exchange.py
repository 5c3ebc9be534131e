"""Nursing homes in the exchange format, version 4: export → import gives the same homes,
arrangements (the notice recomputed by D32) and residents; re-import adds nothing; a bad
record is named by record and field; a version-3 file still imports."""

from __future__ import annotations

import json

import pytest

from app.services.admin import setup
from app.services.exchange import transfer as exchange
from app.services.exchange.transfer import ImportRejected
from app.services.homes import arrangements, figures, pages, register

from ..conftest import first_start_input
from .homes_helpers import D, arrangement, home, residents_at


def _fill(ctx) -> None:
    a = home(ctx, "Solgården", 70, contact_nurse="Mette Dahl")
    north = register.add_section(ctx, a, "Nord", 35).value.uuid
    register.add_section(ctx, a, "Syd", 35)
    saved = arrangement(ctx, a, section_uuid=north, start=D(2024, 1, 1))
    arrangements.terminate_arrangement(ctx, saved.uuid, saved.version, "doctor", D(2024, 2, 29))
    arrangement(ctx, a, section_uuid=north, start=D(2024, 7, 1), doctor_name="Bo Berg")
    residents_at(ctx, a, 3, section_uuid=north)
    residents_at(ctx, a, 1, first=50, section_uuid=north, place_kind="guest", fixed_doctor=False)
    home(ctx, "Egebo", 40, ownership="private_agreement")


def _shape(ctx):
    snap = figures.snapshot(ctx, D(2026, 1, 1))
    out = [snap.homes, snap.arrangements, snap.coverage]
    for h in snap.homes:
        page = pages.home_page(ctx, h.uuid, D(2026, 1, 1))
        out.append(
            [(a.uuid, a.end_date, a.notice_registered_on, a.events) for a in page.arrangements]
        )
        out.append(
            [
                (r.uuid, r.cpr_masked, r.section_name, r.place_kind, r.fixed_doctor)
                for r in page.residents
            ]
        )
    return out


def test_export_import_round_trip_and_idempotent(ctx, tmp_path):
    _fill(ctx)
    path = tmp_path / "out.json"
    assert exchange.export_store(ctx, path, reason="test").value["nursing_homes"] == 2
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 5  # 5: + citizens' CAVE (issue #12)
    assert "end_date" not in json.dumps(document["nursing_homes"])  # D32: computed on import
    before = _shape(ctx)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    other_store, _ = setup.open_store(f"sqlite:///{fresh / 'x.sqlite3'}", fresh)
    other = setup.first_start(other_store, first_start_input())
    report = exchange.import_file(other, path).value
    assert report.counts["nursing_homes"].created == 2, report.problems
    assert _shape(other) == before
    again = exchange.import_file(other, path).value
    assert again.counts["nursing_homes"].unchanged == 2
    assert _shape(other) == before
    other_store.dispose()
    assert exchange.import_file(ctx, path).value.counts["nursing_homes"].unchanged == 2


def test_a_refused_home_names_record_and_field(ctx, tmp_path):
    good = {
        "name": "Lindely",
        "ownership": "municipal",
        "places": 40,
        "arrangements": [
            {
                "doctor_name": "Anne Holm",
                "practice_name": "Lægehuset",
                "provider_number": "012345",
                "start_date": "2025-01-01",
                "termination": {"registered_on": "2025-04-01", "terminated_by": "doctor"},
            }
        ],
    }
    bad = {
        "name": "Egebo",
        "ownership": "municipal",
        "places": 40,
        "arrangements": [
            {
                "doctor_name": "Bo Berg",
                "practice_name": "Lægehuset",
                "provider_number": "12",
                "start_date": "2025-01-01",
            }
        ],
    }
    worse = {
        "name": "Bakken",
        "ownership": "municipal",
        "places": 40,
        "residents": [
            {"citizen_cpr": "010145-1000", "place_kind": "permanent", "moved_in": "2025-01-01"}
        ],
    }
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            {"format": "akutdesk-exchange", "version": 4, "nursing_homes": [good, bad, worse]}
        ),
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as exc:
        exchange.import_file(ctx, path)
    assert [(p.record, p.field) for p in exc.value.report.problems] == [
        (2, "arrangements[1].provider_number"),
        (3, "residents[1].citizen_cpr"),
    ]
    assert figures.snapshot(ctx, D(2026, 1, 1)).homes == ()
    report = exchange.import_file(ctx, path, skip_invalid=True).value
    assert report.counts["nursing_homes"].created == 1
    (row,) = pages.home_page(ctx, figures.snapshot(ctx, D(2026, 1, 1)).homes[0].uuid).arrangements
    assert row.end_date == D(2025, 9, 30)  # D32 from the notice date


def test_a_version_3_file_without_homes_still_imports(ctx, tmp_path):
    path = tmp_path / "v3.json"
    path.write_text(
        json.dumps(
            {
                "format": "akutdesk-exchange",
                "version": 3,
                "citizens": [{"cpr": "010150-0007", "first_name": "Else", "last_name": "Jensen"}],
            }
        ),
        encoding="utf-8",
    )
    report = exchange.import_file(ctx, path).value
    assert report.counts["citizens"].created == 1 and "nursing_homes" not in report.counts
