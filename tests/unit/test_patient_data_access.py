"""Patient data and the administrator (D43, issue #13 item 3): the administrator runs the
system and reads no patient data — the audit trail shows it the field names of a patient
record's change but not the values (list, CSV export); the full trail and the export of
the whole store are the data protection officer's (role ``dpo``), the export with a
reason kept in the audit entry."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.errors import Forbidden, InvalidInput
from app.models.audit import AuditEntry
from app.services import citizens
from app.services.admin import audit_log
from app.services.admin.audit_log import MASK, AuditFilter
from app.services.citizens import CitizenInput
from app.services.exchange import transfer as exchange
from app.services.kernel.permissions import allowed
from app.services.security import users
from tests.conftest import PASSWORD
from tests.unit import iv_helpers

CPR, NAME = "0101500007", "Jensen"


@pytest.fixture
def story(ctx):
    """A citizen with an IV course, a changed address, a user added: entries of both kinds."""
    dept = iv_helpers.department(ctx)
    person = iv_helpers.citizen(ctx, CPR, "Else", NAME)
    iv_helpers.referral(ctx, person, dept)
    record = citizens.open_citizen(ctx, person)
    changed = CitizenInput(cpr="", first_name="Else", last_name=NAME,
                           address="Kongensgade 1, 5000 Odense C")  # fmt: skip
    citizens.update_citizen(ctx, person, record.version, changed)
    users.add_user(ctx, "Anne Andersen", "AA", ["nurse"], PASSWORD)
    return person


def _as(ctx, *roles: str):
    return dataclasses.replace(ctx, roles=frozenset(roles))


def _entries(ctx, **f):
    return audit_log.list_entries(ctx, AuditFilter(**f), limit=1000)


def test_the_administrator_sees_what_changed_in_a_patient_record_but_not_the_values(ctx, story):
    admin = _as(ctx, "administrator")
    rows = _entries(admin)
    text = json.dumps([[r.before, r.after] for r in rows], ensure_ascii=False)
    assert CPR not in text and NAME not in text and "Kongensgade" not in text
    assert "Piperacillin" not in text  # the drug of the IV course
    created = next(r for r in rows if r.entity == "citizen" and r.action == "create")
    assert created.after["cpr"] == MASK and created.after["last_name"] == MASK
    update = next(r for r in rows if r.entity == "citizen" and r.action == "update")
    assert set(update.after) == {"address"} and update.after["address"] == MASK
    course = next(r for r in rows if r.entity == "iv_course" and r.action == "create")
    assert {v for v in course.after.values() if v} == {MASK}
    added = next(r for r in rows if r.entity == "user" and r.action == "create")
    assert "AA" in json.dumps(added.after)  # the system's own records are shown whole
    assert not allowed(admin, "audit.full")


def test_the_data_protection_officer_reads_the_full_trail(ctx, story):
    dpo = _as(ctx, "dpo")
    rows = _entries(dpo)
    created = next(r for r in rows if r.entity == "citizen" and r.action == "create")
    assert created.after["cpr"] == CPR and created.after["last_name"] == NAME
    assert _entries(dpo, cpr="010150-0007")  # the citizen filter
    update = next(r for r in rows if r.entity == "citizen" and r.action == "update")
    assert update.after == {"address": "Kongensgade 1, 5000 Odense C"}


def test_the_administrator_s_audit_export_is_masked_and_says_so(ctx, story, tmp_path):
    admin, dpo = _as(ctx, "administrator"), _as(ctx, "dpo")
    masked, full = tmp_path / "admin.csv", tmp_path / "dpo.csv"
    audit_log.export_csv(admin, AuditFilter(), masked)
    audit_log.export_csv(dpo, AuditFilter(), full)
    admin_text, dpo_text = masked.read_text("utf-8-sig"), full.read_text("utf-8-sig")
    assert CPR not in admin_text and NAME not in admin_text and "Kongensgade" not in admin_text
    assert CPR in dpo_text and "Kongensgade" in dpo_text
    with ctx.store.read() as s:
        exports = s.scalars(select(AuditEntry).where(AuditEntry.entity == "audit_log")
                            .order_by(AuditEntry.sequence)).all()  # fmt: skip
    assert [e.after["patient_data"] for e in exports] == ["masked", "full"]


def test_a_cpr_in_a_reason_or_an_export_s_filter_is_masked_for_the_administrator(ctx, story,
                                                                                  tmp_path):  # fmt: skip
    dpo, admin = _as(ctx, "dpo"), _as(ctx, "administrator")
    citizens.reveal_cpr(ctx, story, f"opkald fra egen læge om {CPR[:6]}-{CPR[6:]}")
    audit_log.export_csv(dpo, AuditFilter(cpr=CPR), tmp_path / "x.csv")
    seen = _entries(admin)
    text = json.dumps([[r.reason, r.before, r.after] for r in seen], ensure_ascii=False)
    assert CPR not in text and f"{CPR[:6]}-{CPR[6:]}" not in text
    assert "opkald fra egen læge om 010150-xxxx" in {r.reason for r in seen}
    export = next(r for r in seen if r.entity == "audit_log")
    assert export.after["filter"] == {"cpr": "010150-xxxx"} and export.after["entries"] > 0
    kept = next(r for r in _entries(dpo) if r.entity == "audit_log")
    assert kept.after["filter"] == {"cpr": CPR}


def test_the_citizen_filter_is_for_readers_who_may_see_patient_data(ctx, story, tmp_path):
    admin = _as(ctx, "administrator")
    with pytest.raises(Forbidden):
        _entries(admin, cpr="010150-0007")
    with pytest.raises(Forbidden):
        audit_log.export_csv(admin, AuditFilter(cpr="010150-0007"), tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    assert _entries(admin)  # without the filter the administrator reads the trail
    both = _as(ctx, "administrator", "nurse")  # a nurse may search citizens anyway
    rows = _entries(both, cpr="010150-0007")
    assert rows and all(CPR not in json.dumps(r.after) for r in rows)  # still masked


def test_only_the_data_protection_officer_exports_the_store_and_says_why(ctx, story, tmp_path):
    out = tmp_path / "store.json"
    with pytest.raises(Forbidden):
        exchange.export_store(_as(ctx, "administrator"), out, reason="backup")
    dpo = _as(ctx, "dpo")
    with pytest.raises(InvalidInput) as blank:
        exchange.export_store(dpo, out, reason="  ")
    assert blank.value.problems[0].field == "reason"
    assert not out.exists()
    with ctx.store.read() as s:
        assert not s.scalars(select(AuditEntry).where(AuditEntry.entity == "store")).all()
    exchange.export_store(dpo, out, reason="Flytning til ny server, sag 2026-117")
    assert CPR in out.read_text(encoding="utf-8")
    with ctx.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "store")).one()
    assert (entry.action, entry.reason) == ("export", "Flytning til ny server, sag 2026-117")


def test_on_the_command_line(ctx, story, tmp_path, capsys):
    users.add_user(ctx, "Ada Admin", "ADMX", ["administrator"], PASSWORD)
    users.add_user(ctx, "Dora Databeskyttelse", "DPOX", ["dpo"], PASSWORD)
    base = ["--database-url", ctx.store.url.render_as_string(hide_password=False)]
    out = tmp_path / "store.json"
    capsys.readouterr()
    assert main([*base, "--user", "ADMX", "export", str(out), "--reason", "x"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Only the data protection officer" in err and not out.exists()
    csv_file = tmp_path / "trail.csv"
    assert main([*base, "--user", "ADMX", "audit", "export", "--out", str(csv_file)]) == 0
    assert CPR not in csv_file.read_text("utf-8-sig") and MASK in csv_file.read_text("utf-8-sig")
    assert main([*base, "--user", "ADMX", "audit", "list", "--citizen", "010150-0007"]) == 1
    assert "Only the data protection officer may" in capsys.readouterr().err
    assert main([*base, "--user", "DPOX", "export", str(out), "--reason", "Til tilsynet"]) == 0
    assert CPR in out.read_text(encoding="utf-8")


def test_the_administrator_reads_no_invoice_but_keeps_the_tariff_catalogue(ctx):
    """Invoice lines and documents name patients (CPR, name): the managers' (D43)."""
    from app.services.invoices import documents, runs, tariffs
    from tests.unit.test_invoice_integrity import LAST_MONTH, _post_two

    [posted, _other] = _post_two(ctx)
    admin = _as(ctx, "administrator")
    with pytest.raises(Forbidden):
        documents.get_document(admin, posted.uuid, "pdf")
    with pytest.raises(Forbidden):
        runs.preview_month(admin, LAST_MONTH)
    assert tariffs.list_versions(admin)  # the catalogue has no patient in it
    assert documents.get_document(_as(ctx, "manager"), posted.uuid, "pdf").content


def test_digits_inside_a_word_are_no_cpr():
    """A SHA-256 in hex or a uuid holding ten digits in a row is shown whole; a CPR in a
    sentence is masked (D40, D43). The audit export's own entry showed a mangled hash."""
    from app.services.admin.audit_log import _without_cpr

    digest = "f1b4748ff151caf2508353283f7b985c806e4f3f9d5e33eaec48104516c9ac3f"
    assert _without_cpr({"sha256": digest}) == {"sha256": digest}
    assert _without_cpr("ringet om 0101500007 i dag") == "ringet om 010150-xxxx i dag"
    assert _without_cpr("cpr:010150-0007.") == "cpr:010150-xxxx."
