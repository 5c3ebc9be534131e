"""Reading the audit trail: filters of the viewer and `akutdesk audit list`, the CSV export
for the data protection officer, and `akutdesk audit verify` naming a changed entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from sqlalchemy import select, update

from app.domain import clock
from app.errors import Forbidden, InvalidInput
from app.models.audit import AuditEntry
from app.services import citizens
from app.services.admin import audit_log
from app.services.admin.audit_log import AuditFilter
from tests.unit import iv_helpers


@pytest.fixture
def admin(ctx):  # type: ignore[no-untyped-def]
    return dataclasses.replace(ctx, roles=frozenset({"administrator", "nurse", "visitator"}))


@pytest.fixture
def story(admin):  # type: ignore[no-untyped-def]
    """Two citizens; Else gets an IV course and her CPR is revealed once."""
    dept = iv_helpers.department(admin)
    else_ = iv_helpers.citizen(admin)
    other = iv_helpers.citizen(admin, "0202600001", "Hans", "Hansen")
    course = iv_helpers.referral(admin, else_, dept)
    citizens.reveal_cpr(admin, else_, "telefon fra egen læge")
    return {"else": else_, "other": other, "course": course}


def _list(ctx, **f):  # type: ignore[no-untyped-def]
    return audit_log.list_entries(ctx, AuditFilter(**f), limit=1000)


def test_filters_by_action_entity_user_and_date(admin, story):
    everything = _list(admin)
    assert [r.sequence for r in everything] == sorted(
        (r.sequence for r in everything), reverse=True
    )
    reveal = _list(admin, action="view_cpr")
    assert [(r.entity_uuid, r.reason, r.user) for r in reveal] == [
        (story["else"], "telefon fra egen læge", "KS")
    ]
    assert {r.entity for r in _list(admin, entity="citizen")} == {"citizen"}
    assert len(_list(admin, user="ks")) == len([r for r in everything if r.user == "KS"]) > 0
    assert _list(admin, user="XX") == []
    today = clock.today()
    assert len(_list(admin, date_from=today, date_to=today)) == len(everything)
    assert _list(admin, date_to=today - dt.timedelta(days=1)) == []
    assert _list(admin, date_from=today + dt.timedelta(days=1)) == []


def test_a_citizen_filter_finds_the_records_hanging_off_the_citizen(admin, story):
    rows = _list(admin, cpr="010150-0007")
    assert {r.entity_uuid for r in rows} == {story["else"], story["course"]}
    assert {r.action for r in rows} >= {"create", "view_cpr"}
    assert story["other"] not in {r.entity_uuid for r in rows}
    assert _list(admin, cpr="0303700003") == []  # valid, but no such citizen
    with pytest.raises(InvalidInput):
        _list(admin, cpr="12")


def test_pages_follow_on_by_sequence(admin, story):
    everything = _list(admin)
    first = audit_log.list_entries(admin, AuditFilter(), limit=3)
    rest = audit_log.list_entries(admin, AuditFilter(), before=first[-1].sequence, limit=1000)
    assert first + rest == everything


def test_the_export_is_a_danish_excel_csv_and_is_itself_audited(admin, story, tmp_path):
    out = tmp_path / "revision.csv"
    count = audit_log.export_csv(admin, AuditFilter(cpr="0101500007"), out).value
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == ";".join(audit_log.CSV_HEADER) and count == 3 and len(lines) == 4
    assert "telefon fra egen læge" in lines[-1] and story["else"] in lines[-1]
    export = _list(admin, action="export", entity="audit_log")[0]
    assert export.after == {
        "file": str(out),
        "entries": 3,
        "filter": {"cpr": "010150-xxxx"},
        "sha256": hashlib.sha256(raw).hexdigest(),
        "patient_data": "masked",
    }  # D43: no full CPR for the administrator


def test_a_reason_excel_would_run_as_a_formula_is_exported_as_text(admin, story, tmp_path):
    citizens.reveal_cpr(admin, story["other"], '=HYPERLINK("http://x","klik")')
    out = tmp_path / "x.csv"
    audit_log.export_csv(admin, AuditFilter(action="view_cpr"), out)
    assert ';"\'=HYPERLINK(""http://x"",""klik"")";' in out.read_text(encoding="utf-8-sig")


def test_reading_and_exporting_are_for_administrators(admin, story, tmp_path):
    nurse = dataclasses.replace(admin, roles=frozenset({"nurse"}))
    with pytest.raises(Forbidden):
        _list(nurse)
    with pytest.raises(Forbidden):
        audit_log.export_csv(nurse, AuditFilter(), tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_cli_verify_list_and_export(data_dir, tmp_path, capsys):
    from app.cli.main import main

    assert main(["demo", "--citizens", "20"]) == 0
    capsys.readouterr()
    assert main(["audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "entries, chain intact." in out and "Chain head" in out
    anchor = out.split("later): ")[1].strip()
    assert main(["audit", "list", "--limit", "3"]) == 0
    assert "(3 entries, newest first)" in capsys.readouterr().out
    csv_file = tmp_path / "dpo.csv"
    assert main(["audit", "export", "--from", "2020-01-01", "--action", "demo",
                 "--out", str(csv_file)]) == 0  # fmt: skip
    assert "audit entries written to" in capsys.readouterr().out and csv_file.exists()
    assert main(["audit", "verify", "--anchor", anchor]) == 0
    from app.services.admin import setup

    store, _ = setup.open_store(None, data_dir)
    with store.session() as s:
        victim = s.scalars(select(AuditEntry).where(AuditEntry.sequence == 5)).one()
        s.execute(update(AuditEntry).where(AuditEntry.id == victim.id).values(reason="edited"))
    store.dispose()
    capsys.readouterr()
    assert main(["audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"Entry 5 (id {victim.id}, " in err and victim.entity_uuid in err
