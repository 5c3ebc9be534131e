"""Issue #13, items 8 and 9: bad input on the command line ends in one line naming what is
wrong (a message id, in English or Danish), a non-zero exit and nothing written — never a
traceback. Each case was a traceback, or a wrong or silent answer, before."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from app.cli import main as cli
from app.services.admin import setup
from app.services.admin.store_key import ENV_KEY, recovery_text
from tests.fuzz.counts import table_counts

EXCHANGE = '{"format": "akutdesk-exchange", "version": 1, "citizens": %s}'
CITIZEN = {"cpr": "0101500007", "first_name": "Else", "last_name": "Jensen"}


@pytest.fixture
def demo(data_dir):  # type: ignore[no-untyped-def]
    assert cli.main(["demo", "--citizens", "3", "--courses", "2"]) == 0
    return data_dir


@pytest.fixture
def refusals(monkeypatch):  # type: ignore[no-untyped-def]
    """The typed errors the command line said (their message ids)."""
    said: list[object] = []
    shown = cli._refused

    def spy(exc, args):  # type: ignore[no-untyped-def]
        said.append(exc)
        return shown(exc, args)

    monkeypatch.setattr(cli, "_refused", spy)
    return said


def counts(data_dir: Path) -> tuple[int, ...]:
    opened, _ = setup.open_store(None, data_dir)
    try:
        return table_counts(types.SimpleNamespace(store=opened))
    finally:
        opened.dispose()


def write(path: Path, text: str, encoding: str = "utf-8") -> str:
    path.write_text(text, encoding=encoding)
    return str(path)


def run(argv, capsys):  # type: ignore[no-untyped-def]
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("akutdesk: "), err
    return lines[0]


# -- item 8: 28 bad inputs that ended in a traceback ------------------------------------------


def _files(tmp: Path) -> dict[str, str]:
    return {
        "version": write(
            tmp / "v.json", EXCHANGE.replace('"version": 1', '"version": ' + "9" * 5000) % "[]"
        ),
        "deep": write(tmp / "d.json", EXCHANGE % ("[" * 200_000 + "]" * 200_000)),
        "tariff": write(tmp / "t.json", "[" * 200_000 + "]" * 200_000),
    }


CASES = [
    (["import", "{version}"], "file.number_too_long"),
    (["import", "{deep}"], "file.too_deep"),
    (["tariffs", "add-version", "{tariff}"], "file.too_deep"),
    (["worklist", "--date", "9999-12-31"], "invalid_input"),
    (["worklist", "--json", "--date", "0001-01-01"], "invalid_input"),
    (["gp-fees", "--month", "9999-12"], "invalid_input"),
    (["gp-fees", "--month", "0001-01"], "invalid_input"),
    (["invoices", "preview", "--month", "9999-12"], "invalid_input"),
    (["invoices", "preview", "--month", "0001-01"], "invalid_input"),
    (["invoices", "list", "--month", "9999-12"], "invalid_input"),
    (["invoices", "post", "--month", "0001-01"], "invalid_input"),
    (["audit", "list", "--to", "9999-12-31"], "invalid_input"),
    (["audit", "list", "--from", "0001-01-01"], "invalid_input"),
    (["audit", "export", "--from", "0001-01-01", "--out", "{tmp}/a.csv"], "invalid_input"),
    (["certificate", "import", "{tmp}/x.p12"], "passphrase_no_terminal"),
    (["--database-url", "garbage://x", "info"], "database_url_invalid"),
    (["--database-url", "mysql://u:secret@h/x", "info"], "database_url_invalid"),
    (["--database-url", "postgresql://u:secret@h:x1/x", "info"], "database_url_invalid"),
    (["--database-url", "sqlite://", "info"], "database_url_invalid"),  # in memory: lost
    (["--database-url", "x", "store-key"], "database_url_invalid"),
    (["--database-url", "postgresql://u:secret@127.0.0.1:1/x", "info"], "database_unreachable"),
]


@pytest.mark.parametrize(("argv", "code"), CASES, ids=[" ".join(a) for a, _ in CASES])
def test_bad_input_is_one_line_and_nothing_written(demo, tmp_path, capsys, refusals, argv, code):
    files = {**_files(tmp_path), "tmp": str(tmp_path)}
    before = counts(demo)
    exit_code, _, err = run([a.format(**files) for a in argv], capsys)
    assert exit_code == 1
    line = one_line(err)
    assert [exc.code for exc in refusals] == [code]
    assert "secret" not in line
    assert counts(demo) == before


@pytest.mark.parametrize("argv", [["info"], []])
def test_a_data_dir_that_is_a_file_is_one_line(tmp_path, capsys, refusals, argv):
    exit_code, _, err = run(["--data-dir", "/etc/passwd", *argv], capsys)
    assert exit_code == 1
    assert one_line(err) == "akutdesk: /etc/passwd is a file, not a folder. Give a folder with --data-dir."  # fmt: skip
    assert [exc.code for exc in refusals] == ["data_dir_is_file"]


def test_the_refusals_are_in_danish_with_lang_da(demo, tmp_path, capsys):
    files = _files(tmp_path)
    code, _, err = run(["--lang", "da", "import", files["deep"]], capsys)
    assert code == 1
    assert "indlejrer lister og objekter mere end 64 niveauer dybt" in one_line(err)
    code, _, err = run(["--lang", "da", "worklist", "--date", "9999-12-31"], capsys)
    assert code == 1
    assert one_line(err) == (
        "akutdesk: date: 9999-12-31 ligger uden for de år, AkutDesk arbejder med (1900–2199)."
    )
    code, _, err = run(["--lang", "da", "--database-url", "garbage://x", "info"], capsys)
    assert one_line(err).startswith("akutdesk: Databaseadressen (garbage://…)")


def test_a_reused_administration_uuid_is_a_problem_not_an_integrity_error(demo, tmp_path, capsys):
    """Two administrations of one file with one uuid, imported into a new store."""
    exported = tmp_path / "all.json"
    assert cli.main(["export", str(exported), "--reason", "test"]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    del document["nursing_homes"]  # the new demo store below has its own
    given = [a for c in document["iv_courses"] for a in c["administrations"]]
    given[1]["uuid"] = given[0]["uuid"]
    for path in demo.glob("akutdesk.sqlite3*"):
        path.unlink()
    assert cli.main(["demo", "--citizens", "0"]) == 0
    capsys.readouterr()
    before = counts(demo)
    exit_code, _, err = run(["import", write(tmp_path / "in.json", json.dumps(document))], capsys)
    assert exit_code == 1
    assert f"The uuid {given[0]['uuid']} already belongs to another record in the store." in err
    assert counts(demo) == before


# -- item 9 ------------------------------------------------------------------------------------


def test_a_byte_order_mark_is_read(demo, tmp_path, capsys):
    """Excel and Notepad save UTF-8 JSON with a byte-order mark."""
    path = write(tmp_path / "bom.json", EXCHANGE % json.dumps([CITIZEN]), encoding="utf-8-sig")
    assert Path(path).read_bytes()[:3] == b"\xef\xbb\xbf"
    code, out, _ = run(["import", path], capsys)
    assert code == 0 and "citizens: 1 created" in out


def test_version_true_is_no_version(demo, tmp_path, capsys, refusals):
    path = write(tmp_path / "t.json", EXCHANGE.replace("1", "true") % "[]")
    assert run(["import", path], capsys)[0] == 1
    assert [exc.code for exc in refusals] == ["exchange.no_version"]


def test_a_key_twice_is_refused_naming_the_key(demo, tmp_path, capsys, refusals):
    text = '{"format": "akutdesk-exchange", "version": 1, "citizens": [{"cpr": "0101500007", "first_name": "A", "first_name": "B", "last_name": "C"}]}'  # fmt: skip
    before = counts(demo)
    code, _, err = run(["import", write(tmp_path / "dup.json", text)], capsys)
    assert code == 1
    assert one_line(err).endswith('names the key "first_name" twice in one object; nothing was read.')  # fmt: skip
    assert [exc.code for exc in refusals] == ["file.duplicate_key"]
    assert counts(demo) == before


def test_a_huge_name_is_not_echoed_whole(demo, tmp_path, capsys):
    name = "A" * 20_000_000
    path = write(tmp_path / "big.json", EXCHANGE % json.dumps([{**CITIZEN, "first_name": name}]))
    code, _, err = run(["import", path], capsys)
    assert code == 1
    assert "is not a name" in err and len(err) < 1000


def test_a_nul_in_a_name_is_not_stored(demo, tmp_path, capsys):
    path = write(tmp_path / "nul.json", EXCHANGE % json.dumps([{**CITIZEN, "first_name": "El\x00se"}]))  # fmt: skip
    before = counts(demo)
    code, _, err = run(["import", path], capsys)
    assert code == 1
    assert "citizens record 1, field first_name" in err and "\x00" not in err
    assert counts(demo) == before


@pytest.mark.parametrize(
    "answer", ["unable to open database file", "attempt to write a readonly database"]
)
def test_a_store_that_cannot_be_opened_is_not_a_wrong_key(
    demo, capsys, refusals, monkeypatch, answer
):
    """A read-only data folder: SQLite cannot make the store's journal files and says so.
    Its answer is given here by a stand-in connection (root, who runs CI, writes into any
    folder); the next test makes a real read-only folder where the user is not root."""
    import sqlcipher3

    from app.services.admin import store_key

    class Refusing:
        def execute(self, *_: object) -> None:
            raise sqlcipher3.OperationalError(answer)

        def close(self) -> None:
            pass

    monkeypatch.setattr(store_key, "connect_cipher", lambda *a, **k: Refusing())
    code, _, err = run(["info"], capsys)
    assert code == 1
    assert [exc.code for exc in refusals] == ["store_unopenable"]
    assert "belongs to another store" not in one_line(err)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_data_folder_is_not_a_wrong_key(demo, capsys, refusals):
    for path in demo.glob("akutdesk.sqlite3-*"):
        path.unlink()
    demo.chmod(0o555)
    try:
        code, _, err = run(["info"], capsys)
    finally:
        demo.chmod(0o755)
    assert code == 1
    assert [exc.code for exc in refusals] == ["store_unopenable"]
    assert "belongs to another store" not in one_line(err)


SETPRIV = shutil.which("setpriv")


@pytest.mark.skipif(os.geteuid() != 0 or SETPRIV is None, reason="root, with setpriv")
def test_a_read_only_data_folder_is_not_a_wrong_key_for_root_either(demo):
    """The same real read-only folder where the suite runs as root (CI, this machine): the
    command runs without CAP_DAC_OVERRIDE, so the folder's mode binds root as any user.
    Before the fix: "The key does not open the store …: it belongs to another store"."""
    opened, _ = setup.open_store(None, demo)
    key = opened.key
    opened.dispose()
    assert key is not None
    for path in demo.glob("akutdesk.sqlite3-*"):
        path.unlink()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, ENV_KEY: recovery_text(key), "PYTHONPATH": str(root)}
    drop = ["--inh-caps=-dac_override", "--bounding-set=-dac_override"]
    demo.chmod(0o555)
    try:
        run = subprocess.run(
            [SETPRIV, *drop, sys.executable, "-m", "app", "--data-dir", str(demo), "info"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
    finally:
        demo.chmod(0o755)
    assert run.returncode == 1, run.stdout + run.stderr
    line = one_line(run.stderr)
    assert "cannot be opened" in line and "belongs to another store" not in line
