"""CAVE (issue #12 item 4): "not asked" is not "no known allergies"; a known CAVE names its
agents; every change is audit-logged and optimistically locked; a referral's CAVE adds to
the citizen's and never erases it; the exchange format carries it, and a file older than
version 5 imports as "not asked" without erasing what a store knows."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.domain import cave as rules
from app.domain.cave import Cave
from app.errors import InvalidInput, StaleRecord
from app.models import AuditEntry, Citizen
from app.services import cave, citizens
from app.services.admin import setup
from app.services.exchange import transfer as exchange
from app.services.iv import views

from ..conftest import first_start_input
from . import iv_helpers

ELSE = citizens.CitizenInput(cpr="0101500007", first_name="Else", last_name="Jensen")


def test_a_new_citizen_was_not_asked(ctx):
    made = citizens.register_citizen(ctx, ELSE).value
    assert made.cave == Cave("unknown", "")


@pytest.mark.parametrize(
    ("state", "text", "code"),
    [
        ("known", "  ", "cave.missing"),
        ("none", "penicillin", "cave.text_without_allergy"),
        ("unknown", "penicillin", "cave.text_without_allergy"),
        ("maybe", "", "choice.invalid"),
        ("known", "x" * 501, "cave.too_long"),
        ("known", "penicillin\x00", "cave.invalid"),
    ],
)
def test_bad_cave_is_refused_and_nothing_written(ctx, state, text, code):
    made = citizens.register_citizen(ctx, ELSE).value
    with pytest.raises(InvalidInput) as caught:
        cave.record_cave(ctx, made.uuid, made.version, state, text)
    assert [p.code for p in caught.value.problems] == [code]
    with pytest.raises(InvalidInput):
        citizens.register_citizen(ctx, citizens.CitizenInput(
            cpr="0202500003", first_name="Anna", last_name="Berg", cave_state=state, cave=text
        ))  # fmt: skip
    with ctx.store.read() as s:
        assert s.scalars(select(Citizen.cave_state)).all() == ["unknown"]


def test_record_cave_is_audit_logged_and_locked(ctx, other_ctx):
    made = citizens.register_citizen(ctx, ELSE).value
    done = cave.record_cave(
        ctx, made.uuid, made.version, "known", "penicillin (allergi)\n laktose  (intolerans);"
    )
    assert done.value.cave == Cave("known", "penicillin (allergi); laktose (intolerans)")
    assert done.value.cave.entries == ("penicillin (allergi)", "laktose (intolerans)")
    with ctx.store.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "update").order_by(AuditEntry.id)
        ).one()
    assert entry.before == {"cave_state": "unknown", "cave": ""}
    assert entry.after["cave_state"] == "known"
    with pytest.raises(StaleRecord):  # someone saved the citizen first
        cave.record_cave(other_ctx, made.uuid, made.version, "none")
    none = cave.record_cave(ctx, made.uuid, done.value.version, "none").value
    assert none.cave == Cave("none", "") and none.version == done.value.version + 1


def test_the_citizen_dialogs_save_keeps_cave(ctx):
    made = citizens.register_citizen(ctx, ELSE).value
    data = citizens.CitizenInput(**{
        **{n: getattr(ELSE, n) for n in citizens.DATA_FIELDS}, "cpr": "",
        "cave_state": "known", "cave": "latex",
    })  # fmt: skip
    changed = citizens.update_citizen(ctx, made.uuid, made.version, data).value
    assert citizens.open_citizen(ctx, changed.uuid).cave == Cave("known", "latex")


@pytest.mark.parametrize(
    ("current", "referral", "result"),
    [
        (Cave(), Cave(), Cave()),
        (Cave(), Cave("none"), Cave("none")),
        (Cave("known", "latex"), Cave("none"), Cave("known", "latex")),  # never erased
        (Cave("none"), Cave("known", "penicillin"), Cave("known", "penicillin")),
        (Cave("known", "Penicillin; latex"), Cave("known", "penicillin; jod"),
         Cave("known", "Penicillin; latex; jod")),
        (Cave("known", "latex"), Cave(), Cave("known", "latex")),
    ],
)  # fmt: skip
def test_a_referrals_cave_adds_and_never_erases(current, referral, result):
    assert rules.merge_referral(current, referral) == result


def test_the_referral_carries_cave_to_the_citizen(ctx):
    person = iv_helpers.citizen(ctx)
    dept = iv_helpers.department(ctx)
    uuid = iv_helpers.referral(ctx, person, dept, cave_state="known", cave="penicillin (allergi)")
    course = views.get_course(ctx, uuid)
    assert course.cave == Cave("known", "penicillin (allergi)")
    with ctx.store.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_uuid == person, AuditEntry.action == "update"
            )
        ).one()
    assert entry.reason == f"referral {uuid}"
    # a later referral saying "no known allergies" does not erase the allergy
    iv_helpers.referral(ctx, person, dept, cave_state="none", referred_at=iv_helpers.at(-5, 9))
    assert citizens.open_citizen(ctx, person).cave == Cave("known", "penicillin (allergi)")


def test_a_referrals_bad_cave_is_refused_and_nothing_written(ctx):
    person = iv_helpers.citizen(ctx)
    dept = iv_helpers.department(ctx)
    with pytest.raises(InvalidInput) as caught:
        iv_helpers.referral(ctx, person, dept, cave_state="known", cave="")
    assert [p.field for p in caught.value.problems] == ["cave"]
    assert citizens.open_citizen(ctx, person).cave == Cave()


def _write(tmp_path, version, records):
    path = tmp_path / f"v{version}.json"
    document = {"format": "akutdesk-exchange", "version": version, "citizens": records}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_exchange_round_trip_keeps_cave(ctx, tmp_path, data_dir):
    kept = citizens.register_citizen(ctx, ELSE).value
    cave.record_cave(ctx, kept.uuid, kept.version, "known", "jod (allergi: åndenød)")
    asked = citizens.register_citizen(
        ctx, citizens.CitizenInput(cpr="0202500003", first_name="Anna", last_name="Berg")
    ).value
    cave.record_cave(ctx, asked.uuid, asked.version, "none")
    out = tmp_path / "out.json"
    exchange.export_store(ctx, out, reason="test")
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["version"] == exchange.VERSION == 5
    assert {r["cpr"]: r["cave_state"] for r in written["citizens"]} == {
        "0101500007": "known", "0202500003": "none"
    }  # fmt: skip
    other, _ = setup.open_store(f"sqlite:///{tmp_path / 'other.sqlite3'}", data_dir)
    other_ctx = setup.first_start(other, first_start_input())
    exchange.import_file(other_ctx, out)
    with other.read() as s:
        got = set(s.execute(select(Citizen.cpr, Citizen.cave_state, Citizen.cave)).all())
    assert got == {("0101500007", "known", "jod (allergi: åndenød)"), ("0202500003", "none", "")}
    other.dispose()


def test_an_older_file_imports_as_not_asked_and_erases_nothing(ctx, tmp_path):
    kept = citizens.register_citizen(ctx, ELSE).value
    cave.record_cave(ctx, kept.uuid, kept.version, "known", "latex")
    old = [
        {"cpr": "010150-0007", "first_name": "Else", "last_name": "Jensen", "city": "Odense"},
        {"cpr": "020250-0003", "first_name": "Anna", "last_name": "Berg"},
    ]
    report = exchange.import_file(ctx, _write(tmp_path, 4, old)).value
    assert report.counts["citizens"].updated == 1 and report.counts["citizens"].created == 1
    with ctx.store.read() as s:
        got = dict(s.execute(select(Citizen.cpr, Citizen.cave_state + ":" + Citizen.cave)).all())
    assert got == {"0101500007": "known:latex", "0202500003": "unknown:"}


def test_a_spreadsheets_cave_column_alone_means_known(ctx, tmp_path):
    rows = [{"cpr": "020250-0003", "first_name": "Anna", "last_name": "Berg", "cave": "latex"}]
    exchange.import_file(ctx, _write(tmp_path, 5, rows))
    with ctx.store.read() as s:
        assert s.execute(select(Citizen.cave_state, Citizen.cave)).one() == ("known", "latex")
