"""The exchange format: all-or-nothing import with every problem named, idempotent
re-import, --skip-invalid, and export → import into another store."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.demo import generate as demo
from app.errors import AkutDeskError
from app.models import AuditEntry, Citizen, Department
from app.services.admin import setup
from app.services.exchange import transfer as exchange
from app.services.exchange.transfer import ImportRejected

from ..conftest import first_start_input


def citizen_records(n: int, seed: int = 7) -> list[dict]:
    """n valid citizens made by the demo generator's own pieces (fictitious CPRs)."""
    import datetime as dt
    import random

    rng = random.Random(seed)
    taken: set[str] = set()
    records = []
    for i in range(n):
        cpr = demo.fictitious_cpr(rng, taken, dt.date(2026, 1, 1))
        records.append(
            {
                "cpr": f"{cpr[:6]}-{cpr[6:]}",
                "first_name": f"Borger {chr(65 + i % 26)}",
                "last_name": "Testesen",
                "postcode": "5000",
                "city": "Odense C",
            }
        )
    return records


def write(tmp_path, citizens=(), units=(), **extra) -> object:
    path = tmp_path / "exchange.json"
    document = {
        "format": "akutdesk-exchange",
        "version": 1,
        "citizens": list(citizens),
        "hospital_units": list(units),
        **extra,
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def count(ctx, model=Citizen) -> int:
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_one_impossible_cpr_among_100_writes_nothing_and_names_record_and_field(ctx, tmp_path):
    records = citizen_records(100)
    records[56]["cpr"] = "310299-1234"
    audit_before = count(ctx, AuditEntry)
    with pytest.raises(ImportRejected) as caught:
        exchange.import_file(ctx, write(tmp_path, records))
    problems = caught.value.report.problems
    assert [(p.section, p.record, p.field) for p in problems] == [("citizens", 57, "cpr")]
    assert "citizens record 57, field cpr" in caught.value.message
    assert "no real date" in caught.value.message
    assert count(ctx) == 0
    assert count(ctx, AuditEntry) == audit_before


def test_importing_the_same_file_twice_duplicates_no_one(ctx, tmp_path):
    path = write(tmp_path, citizen_records(100))
    first = exchange.import_file(ctx, path).value
    second = exchange.import_file(ctx, path).value
    assert (first.counts["citizens"].created, second.counts["citizens"].created) == (100, 0)
    assert second.counts["citizens"].unchanged == 100
    assert count(ctx) == 100


def test_changed_record_updates_instead_of_duplicating(ctx, tmp_path):
    records = citizen_records(3)
    exchange.import_file(ctx, write(tmp_path, records))
    records[1]["city"] = "Dalum"
    report = exchange.import_file(ctx, write(tmp_path, records)).value
    assert (report.counts["citizens"].updated, report.counts["citizens"].unchanged) == (1, 2)
    assert count(ctx) == 3


def test_skip_invalid_imports_the_good_ones_and_lists_the_rest(ctx, tmp_path):
    records = citizen_records(5)
    records[1]["cpr"] = "12"
    records[3]["first_name"] = ""
    records[4]["shoe_size"] = 44
    report = exchange.import_file(ctx, write(tmp_path, records), skip_invalid=True).value
    assert [(p.record, p.field) for p in report.problems] == [
        (2, "cpr"),
        (4, "first_name"),
        (5, "shoe_size"),
    ]
    assert report.counts["citizens"].created == 2 and report.counts["citizens"].skipped == 3
    assert count(ctx) == 2


def test_every_problem_of_every_record_is_reported(ctx, tmp_path):
    records = citizen_records(4)
    records[0] = {"cpr": "0101500007", "first_name": "Ok", "last_name": "Name"}
    records[1] = {"first_name": "No CPR", "last_name": "X"}
    records[2] = "not an object"
    records[3]["cpr"] = records[0]["cpr"]
    records[3]["postcode"] = "abc"
    with pytest.raises(ImportRejected) as caught:
        exchange.import_file(ctx, write(tmp_path, records))
    found = [(p.record, p.field) for p in caught.value.report.problems]
    assert found == [(2, "cpr"), (3, "-"), (4, "postcode"), (4, "cpr")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "is not valid JSON (line 1"),
        ('{"format": "csv"}', "is not an AkutDesk exchange file"),
        ('{"format": "akutdesk-exchange", "version": 99}', "version 99"),
        ('{"format": "akutdesk-exchange", "version": 1, "citizens": {}}', "Nothing was imported"),
    ],
)
def test_unreadable_files_are_refused_clearly(ctx, tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AkutDeskError) as caught:
        exchange.import_file(ctx, path)
    assert message in caught.value.message
    assert count(ctx) == 0


def test_units_and_departments_import_and_reimport(ctx, tmp_path):
    units = [
        {
            "code": "OUH",
            "name": "Odense Universitetshospital",
            "ean": "5790000000006",
            "departments": [{"name": "Medicinsk Afdeling M", "phone_24_7": "65 41 11 11"}],
        }
    ]
    with pytest.raises(ImportRejected) as caught:
        exchange.import_file(ctx, write(tmp_path, units=units))
    assert [(p.section, p.field) for p in caught.value.report.problems] == [
        ("hospital_units", "ean")
    ]
    from app.domain.identifiers import gln_check_digit

    units[0]["ean"] = "579000000000" + gln_check_digit("579000000000")
    report = exchange.import_file(ctx, write(tmp_path, units=units)).value
    assert (report.counts["hospital_units"].updated, report.counts["departments"].created) == (1, 1)
    again = exchange.import_file(ctx, write(tmp_path, units=units)).value
    assert (again.counts["hospital_units"].unchanged, again.counts["departments"].unchanged) == (
        1,
        1,
    )
    assert count(ctx, Department) == 1


def test_a_department_without_24_7_phone_is_refused(ctx, tmp_path):
    units = [
        {
            "code": "SLB",
            "name": "Sygehus Lillebælt",
            "departments": [{"name": "Medicinsk Afdeling"}],
        }
    ]
    with pytest.raises(ImportRejected) as caught:
        exchange.import_file(ctx, write(tmp_path, units=units))
    assert [(p.section, p.record, p.field) for p in caught.value.report.problems] == [
        ("hospital_units[1].departments", 1, "phone_24_7")
    ]


def test_export_then_import_into_a_new_store(ctx, tmp_path, data_dir):
    demo.load_demo(ctx, citizens=40)
    out = tmp_path / "export.json"
    counts = exchange.export_store(ctx, out, reason="test").value
    assert (counts["hospital_units"], counts["citizens"]) == (4, 40)
    other, _ = setup.open_store(f"sqlite:///{tmp_path / 'other.sqlite3'}", data_dir)
    other_ctx = setup.first_start(other, first_start_input())
    report = exchange.import_file(other_ctx, out).value
    assert report.counts["citizens"].created == 40
    assert report.counts["departments"].created == counts_departments(ctx)
    with ctx.store.read() as a, other.read() as b:
        mine = set(a.execute(select(Citizen.uuid, Citizen.cpr, Citizen.last_name)).all())
        theirs = set(b.execute(select(Citizen.uuid, Citizen.cpr, Citizen.last_name)).all())
    assert mine == theirs
    other.dispose()


def counts_departments(ctx) -> int:
    return count(ctx, Department)
