"""Every file the program writes (issue #13 §2, app/files.py): a temporary file beside the
target with mode 0600, fsynced, renamed into place, removed on any failure; a folder or a
missing folder is one typed refusal; an export is audited only once its file exists, with
the file's SHA-256.

Before: ``export DIR`` wrote every CPR in plaintext to ``DIR.tmp`` (mode 0644), crashed with
IsADirectoryError, left the file and audited an export that did not happen; ``audit export
--out DIR`` did the same; a full disk left 0-byte files.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import sys

import pytest
from sqlalchemy import select

from app import files
from app.cli.main import main
from app.errors import DiskFull, FileNotWritten, FolderMissing, TargetIsFolder
from app.models import AuditEntry
from app.services import citizens
from app.services.admin import audit_log
from app.services.admin.audit_log import AuditFilter
from app.services.citizens import CitizenInput
from app.services.exchange import transfer

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def out(tmp_path):
    """A folder of its own (tmp_path also holds the test's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _listing(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _full_disk_at(monkeypatch, name: str) -> None:
    """``os.write`` or ``os.fsync`` fails as on a full disk (ENOSPC)."""

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, name, full)


# -- the helper ------------------------------------------------------------------------------


@posix_only
def test_a_written_file_is_0600_complete_and_leaves_nothing_beside_it(out):
    target = out / "out.bin"
    os.umask(0o022)  # the usual umask: a plain open() made 0644
    digest = files.write_bytes(target, b"0101500007 Else Jensen")
    assert target.read_bytes() == b"0101500007 Else Jensen"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert digest == hashlib.sha256(b"0101500007 Else Jensen").hexdigest()
    assert _listing(out) == ["out.bin"]


def test_a_folder_is_refused_and_nothing_is_written(out):
    with pytest.raises(TargetIsFolder) as refused:
        files.write_bytes(out, b"data")
    assert refused.value.code == "file_is_folder"
    assert str(out) in refused.value.message
    assert _listing(out) == []
    assert not any(p.name.endswith(".tmp") for p in out.parent.iterdir())


def test_a_missing_folder_is_refused(out):
    with pytest.raises(FolderMissing) as refused:
        files.write_text(out / "nowhere" / "out.csv", "a;b")
    assert refused.value.code == "file_folder_missing"
    assert _listing(out) == []


@pytest.mark.parametrize("call", ["write", "fsync"])
def test_a_full_disk_leaves_no_temporary_file_and_the_old_file_untouched(out, monkeypatch, call):
    target = out / "out.json"
    target.write_text("the old export", encoding="utf-8")
    _full_disk_at(monkeypatch, call)
    with pytest.raises(DiskFull) as refused:
        files.write_bytes(target, b"x" * 100_000)
    monkeypatch.undo()
    assert refused.value.code == "file_disk_full"
    assert _listing(out) == ["out.json"]
    assert target.read_text(encoding="utf-8") == "the old export"


def test_a_full_disk_while_streaming_text_leaves_nothing(out, monkeypatch):
    def lines(out):
        for n in range(50_000):
            out.write(f"{n};row\n")

    _full_disk_at(monkeypatch, "write")
    with pytest.raises(DiskFull):
        files.stage_text(out / "big.csv", lines)
    monkeypatch.undo()
    assert _listing(out) == []
    staged = files.stage_text(out / "big.csv", lines)
    with staged:
        assert not (out / "big.csv").exists()  # not in place before the block ends
    data = (out / "big.csv").read_bytes()
    assert data.startswith(b"0;row\n") and staged.sha256 == hashlib.sha256(data).hexdigest()


def test_a_failure_after_publishing_removes_the_file_again(out):
    target = out / "export.json"
    with pytest.raises(RuntimeError), files.stage(target, b"{}") as staged:
        staged.publish()
        assert target.exists()
        raise RuntimeError("the audit entry could not be committed")
    assert _listing(out) == []


def test_replacing_puts_a_filled_path_in_place_or_nothing(out):
    target = out / "copy.sqlite3"
    with files.replacing(target) as temp:
        temp.write_bytes(b"filled by name")
    assert target.read_bytes() == b"filled by name"
    with pytest.raises(ValueError), files.replacing(target) as temp:
        temp.write_bytes(b"half")
        raise ValueError("the backup's check failed")
    assert target.read_bytes() == b"filled by name"
    assert _listing(out) == ["copy.sqlite3"]


def test_other_os_errors_are_typed_too(out):
    error = files.refusal(OSError(errno.EIO, "Input/output error"), out / "x")
    assert isinstance(error, FileNotWritten) and error.code == "file_write_failed"
    assert "Input/output error" in error.message
    assert files.refusal(OSError(errno.EACCES, "no"), "x").code == "file_not_allowed"


# -- the exports -----------------------------------------------------------------------------


def _exports(ctx) -> list[AuditEntry]:
    with ctx.store.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "export")))


@pytest.fixture
def person(ctx):
    citizens.register_citizen(
        ctx, CitizenInput(cpr="0101500007", first_name="Else", last_name="Jensen")
    )
    return ctx


def test_export_to_a_folder_writes_no_plaintext_and_audits_nothing(person, out):
    folder = out / "exports"
    folder.mkdir()
    with pytest.raises(TargetIsFolder):
        transfer.export_store(person, folder, reason="test")
    assert _listing(folder) == [] and _listing(out) == ["exports"]
    assert _exports(person) == []


def test_export_to_a_missing_folder_audits_nothing(person, out):
    with pytest.raises(FolderMissing):
        transfer.export_store(person, out / "gone" / "all.json", reason="test")
    assert _listing(out) == []
    assert _exports(person) == []


def test_export_on_a_full_disk_leaves_nothing_and_audits_nothing(person, out, monkeypatch):
    _full_disk_at(monkeypatch, "fsync")
    with pytest.raises(DiskFull):
        transfer.export_store(person, out / "all.json", reason="test")
    monkeypatch.undo()
    assert _listing(out) == []
    assert _exports(person) == []


@posix_only
def test_an_export_is_0600_and_its_audit_entry_holds_its_sha256(person, out):
    path = out / "all.json"
    transfer.export_store(person, path, reason="test")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _listing(out) == ["all.json"]
    assert json.loads(path.read_text(encoding="utf-8"))["citizens"][0]["cpr"] == "0101500007"
    (entry,) = _exports(person)
    assert entry.after["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert entry.after["file"] == str(path)


def test_audit_export_to_a_folder_or_full_disk_writes_and_audits_nothing(person, out, monkeypatch):
    with pytest.raises(TargetIsFolder):
        audit_log.export_csv(person, AuditFilter(), out)
    with pytest.raises(FolderMissing):
        audit_log.export_csv(person, AuditFilter(), out / "gone" / "audit.csv")
    _full_disk_at(monkeypatch, "write")
    with pytest.raises(DiskFull):
        audit_log.export_csv(person, AuditFilter(), out / "audit.csv")
    monkeypatch.undo()
    assert _listing(out) == []
    assert _exports(person) == []


@posix_only
def test_an_audit_export_is_0600_and_audited_with_its_sha256(person, out):
    path = out / "audit.csv"
    count = audit_log.export_csv(person, AuditFilter(), path).value
    assert count > 0 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Danish Excel wants
    (entry,) = _exports(person)
    assert entry.after["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert entry.after["entries"] == count


def test_the_command_line_says_one_line_for_a_folder(data_dir, out, capsys):
    assert main(["demo", "--citizens", "3"]) == 0
    capsys.readouterr()
    assert main(["export", str(out), "--reason", "test"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "is a folder" in err and "Traceback" not in err
    assert main(["audit", "export", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "is a folder" in err
    assert not any(p.name.endswith(".tmp") for p in out.parent.iterdir())


# -- the other writers -----------------------------------------------------------------------


def test_worklist_pdf_to_a_folder_or_a_missing_path_is_one_line(data_dir, out, capsys):
    assert main(["demo", "--citizens", "3"]) == 0
    capsys.readouterr()
    for target, said in ((out, "is a folder"), (out / "gone" / "day.pdf", "does not exist")):
        assert main(["worklist", "--pdf", str(target)]) == 1
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and said in err and "Traceback" not in err
    assert _listing(out) == []


def test_a_certificate_on_a_full_disk_leaves_no_p12_tmp_and_no_audit_entry(
    ctx, tmp_path, monkeypatch
):
    from app.services.security import certificates
    from app.signing import store as certificate_store

    from .signing_helpers import NOW, PASSPHRASE, p12

    source = p12(tmp_path)
    _full_disk_at(monkeypatch, "fsync")
    with pytest.raises(DiskFull):
        certificates.import_certificate(ctx, source, PASSPHRASE, now=NOW)
    monkeypatch.undo()
    assert _listing(certificate_store.folder()) == []
    with ctx.store.read() as session:
        entity = AuditEntry.entity
        assert session.scalars(select(AuditEntry).where(entity == "certificate")).all() == []


@posix_only
def test_a_backup_and_its_description_are_0600(ctx):
    from app.services.admin import backup

    if not ctx.store.is_sqlite:
        pytest.skip("AkutDesk backs up SQLite stores")
    os.umask(0o022)
    info = backup.create(ctx.store, "manual")
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    meta = info.path.with_name(info.path.name + ".json")
    assert stat.S_IMODE(meta.stat().st_mode) == 0o600
    assert not any(p.name.endswith((".tmp", ".partial")) for p in info.path.parent.iterdir())


def test_a_file_where_a_folder_is_wanted_is_refused(out):
    from app.errors import NotAFolder

    (out / "2026-01").write_text("in the way", encoding="utf-8")
    with pytest.raises(NotAFolder) as refused:
        files.folder(out / "2026-01")
    assert refused.value.code == "file_not_folder"
    assert files.folder(out / "a" / "b").is_dir()


@posix_only
def test_a_new_store_and_its_wal_are_0600(data_dir):
    from app.services.admin import setup

    os.umask(0o022)
    store, _ = setup.open_store(None, data_dir)
    try:
        assert store.path is not None
        with store.session() as session:  # a write: the -wal file exists
            session.execute(select(AuditEntry.id).limit(1))
        made = [store.path, store.path.with_name(store.path.name + "-wal")]
        for path in made:
            assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        store.dispose()
