"""A machine with no keyring (issue #16): the demo posts and exports signed invoices with no
setting and no prompt; an organisation certificate's passphrase is given when posting (an
environment variable, a prompt), never kept; ``akutdesk setup`` makes a real store without
the window, and ``akutdesk import`` fills it. The keyring is the failing backend throughout
(tests/conftest.py gives every other test an in-memory one)."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import func, select

from app import secrets
from app.cli.main import main
from app.domain import clock
from app.models import Citizen, Invoice, StoreSetting
from app.services.admin import store_key
from app.services.security import certificates
from app.signing import demo
from tests import oioubl_check
from tests.unit.signing_helpers import PASSPHRASE, ca, p12
from tests.unit.test_invoices_documents import _ready

LAST_MONTH = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
MONTH = LAST_MONTH.strftime("%Y-%m")
DEMO_PASSWORD = "akutdesk-demo"


@pytest.fixture(autouse=True)
def no_keyring(memory_keyring):  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert not secrets.available()


def _valid_signature(pdf: bytes, root: object) -> bool:
    reader = PdfFileReader(io.BytesIO(pdf))
    trust = asn1_x509.Certificate.load(root.public_bytes(serialization.Encoding.DER))  # type: ignore[attr-defined]
    context = ValidationContext(trust_roots=[trust], moment=clock.now_utc())
    status = validate_pdf_signature(reader.embedded_signatures[0], context)
    return bool(status.intact and status.valid and status.trusted)


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_the_demo_posts_and_exports_signed_valid_invoices_with_no_setting(
    data_dir, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("AKUTDESK_PASSWORD", DEMO_PASSWORD)
    assert main(["demo", "--citizens", "60", "--courses", "40"]) == 0
    err = capsys.readouterr().err
    assert "readable only by you" in err  # the demo store's key went to its key file
    path = data_dir / "akutdesk.sqlite3"
    assert store_key.file_state(path) == "encrypted" and store_key.in_file(path)
    assert (store_key.key_file(path).stat().st_mode & 0o777) == 0o600
    base = ["--user", "DEMO"]  # no AKUTDESK_STORE_KEY, no passphrase, no terminal
    assert main([*base, "invoices", "post", "--month", MONTH, "--json"]) == 0, capsys.readouterr()
    posted = json.loads(capsys.readouterr().out)
    assert posted and all(p["kind"] == "invoice" for p in posted)
    assert main([*base, "invoices", "export", "--month", MONTH, "--out", str(tmp_path)]) == 0
    pdfs = sorted((tmp_path / MONTH).glob("faktura-*.pdf"))
    xmls = sorted((tmp_path / MONTH).glob("faktura-*.xml"))
    assert len(pdfs) == len(xmls) == len(posted)
    root = demo.demo_ca()
    assert root is not None
    assert all(_valid_signature(pdf.read_bytes(), root) for pdf in pdfs)
    if oioubl_check.available():
        for xml in xmls:
            oioubl_check.assert_valid_oioubl(xml.read_bytes())


def _organisation_store(ctx, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A real store with its certificate; its key typed as the recovery key (no keyring)."""
    if ctx.store.key is not None:  # SQLite (SQLCipher); PostgreSQL has no store key
        monkeypatch.setenv("AKUTDESK_STORE_KEY", store_key.recovery_text(ctx.store.key))
    _ready(ctx, demo=False)
    certificates.import_certificate(ctx, p12(tmp_path), PASSPHRASE)
    url = ctx.store.url.render_as_string(hide_password=False)
    return ["--database-url", url, "--user", "KS"]


def _invoices(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Invoice)) or 0)


def test_an_organisation_certificate_asks_for_its_passphrase(ctx, tmp_path, capsys, monkeypatch):
    base = _organisation_store(ctx, tmp_path, monkeypatch)
    monkeypatch.delenv("AKUTDESK_CERT_PASSPHRASE", raising=False)
    capsys.readouterr()
    assert main([*base, "invoices", "post", "--month", MONTH]) == 1  # no terminal, no variable
    line = _one_line(capsys.readouterr().err)
    assert "AKUTDESK_CERT_PASSPHRASE" in line and "--passphrase-env" in line
    assert main([*base, "--lang", "da", "invoices", "post", "--month", MONTH]) == 1
    assert "Intet blev bogført" in _one_line(capsys.readouterr().err)
    assert main([*base, "invoices", "post", "--month", MONTH, "--passphrase-env", "MINE"]) == 1
    assert "MINE is not set" in _one_line(capsys.readouterr().err)
    monkeypatch.setenv("AKUTDESK_CERT_PASSPHRASE", "not it")
    assert main([*base, "invoices", "post", "--month", MONTH]) == 1
    assert "passphrase" in _one_line(capsys.readouterr().err)
    assert _invoices(ctx) == 0  # every refusal: nothing posted, no number used

    monkeypatch.setenv("MINE", PASSPHRASE)  # a scheduled run names its variable
    assert main([*base, "invoices", "post", "--month", MONTH, "--passphrase-env", "MINE"]) == 0
    assert _invoices(ctx) == 1
    assert main([*base, "invoices", "export", "--month", MONTH, "--out", str(tmp_path)]) == 0
    [pdf] = (tmp_path / MONTH).glob("faktura-*.pdf")
    assert _valid_signature(pdf.read_bytes(), ca().cert)
    for path in (tmp_path / "data").rglob("*"):  # never kept in plain, in any file
        assert not path.is_file() or PASSPHRASE.encode() not in path.read_bytes()


def test_the_passphrase_is_typed_at_a_terminal(ctx, tmp_path, capsys, monkeypatch):
    import getpass

    base = _organisation_store(ctx, tmp_path, monkeypatch)
    monkeypatch.delenv("AKUTDESK_CERT_PASSPHRASE", raising=False)
    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    assert main([*base, "invoices", "post", "--month", MONTH]) == 0
    assert asked == ["Passphrase of the organisation certificate: "]
    assert _invoices(ctx) == 1


def test_a_demo_store_never_asks(ctx, tmp_path):
    _ready(ctx, demo=True)
    assert not certificates.passphrase_needed(ctx)


# -- akutdesk setup, then akutdesk import ----------------------------------------------------

SETUP = ["setup", "--municipality", "odense", "--cvr", "35209115", "--ean", "5798007738211",
         "--bank-reg", "2100", "--bank-account", "0123456789", "--admin-name",
         "Karen Sygeplejerske", "--admin-initials", "KS"]  # fmt: skip


def test_setup_then_import_with_no_window_and_no_demo_data(data_dir, tmp_path, capsys):
    assert main([*SETUP, "--key-file"]) == 0
    out = capsys.readouterr().out
    assert "Store set up for Odense Kommune" in out
    path = data_dir / "akutdesk.sqlite3"
    assert store_key.in_file(path)  # opted in: the next command needs no key
    citizens = tmp_path / "citizens.json"
    rows = [{"cpr": "0101500007", "first_name": "Anna", "last_name": "Jensen"},
            {"cpr": "0202600004", "first_name": "Bo", "last_name": "Hansen"}]  # fmt: skip
    citizens.write_text(json.dumps({"format": "akutdesk-exchange", "version": 1,
                                    "citizens": rows}), encoding="utf-8")  # fmt: skip
    assert main(["--user", "KS", "import", str(citizens)]) == 0
    assert "citizens: 2 created" in capsys.readouterr().out
    opened = store_key.open_sqlite(path)
    try:
        with opened.read() as session:
            assert session.scalar(select(func.count()).select_from(Citizen)) == 2
            assert session.get(StoreSetting, "demo").value is False  # type: ignore[union-attr]
            assert session.scalars(select(Invoice.id)).first() is None
    finally:
        opened.dispose()
    assert main(SETUP) == 1  # never over an existing store
    assert "already exists" in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["setup", "--municipality", "Odense"], "--admin-name, --admin-initials"),
        ([*SETUP[:2], "Rødovre", *SETUP[3:]], "not a municipality on the list"),
        ([*SETUP[:6], "5798007738217", *SETUP[7:]], "check digit"),
    ],
)
def test_setup_refuses_with_one_line_and_writes_nothing(data_dir, capsys, argv, says):
    assert main(argv) == 1
    assert says in _one_line(capsys.readouterr().err)
    assert not (data_dir / "akutdesk.sqlite3").exists()


def test_setup_asks_for_what_is_missing_at_a_terminal(data_dir, capsys, monkeypatch):
    import builtins
    import getpass

    monkeypatch.delenv("AKUTDESK_PASSWORD")
    answers = iter(["Svendborg", "", "", "", "5700", "Svendborg", "", "", "", "",
                    "Per Leder", "PL"])  # fmt: skip
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(builtins, "input", lambda prompt: next(answers))
    typed: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: typed.append(prompt) or "Hemmelig-42")
    assert main(["setup"]) == 0
    assert next(answers, None) is None and len(typed) == 2  # the password twice
    assert "Store set up for Svendborg Kommune" in capsys.readouterr().out


def test_keep_in_file_is_the_administrators_opt_in(data_dir, capsys, monkeypatch):
    assert main(SETUP) == 0
    err = capsys.readouterr().err
    recovery = next(line.strip() for line in err.splitlines() if line.count("-") == 13)
    path = data_dir / "akutdesk.sqlite3"
    assert not store_key.in_file(path)  # not asked for: nothing written
    assert main(["info"]) == 1  # the key is needed
    monkeypatch.setenv("AKUTDESK_STORE_KEY", recovery)
    assert main(["--user", "KS", "store-key", "--keep-in-file"]) == 0
    assert "readable only by you" in capsys.readouterr().out
    monkeypatch.delenv("AKUTDESK_STORE_KEY")
    assert main(["info"]) == 0
    assert (store_key.key_file(path).stat().st_mode & 0o777) == 0o600
    assert Path(store_key.key_file(path)).read_text().strip() != recovery


def test_setup_stopped_at_a_prompt_is_one_line_and_nothing_written(data_dir, capsys, monkeypatch):
    import builtins

    def ctrl_d(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(builtins, "input", ctrl_d)
    assert main(["setup"]) == 1
    assert "--municipality" in _one_line(capsys.readouterr().err)
    assert not (data_dir / "akutdesk.sqlite3").exists()
