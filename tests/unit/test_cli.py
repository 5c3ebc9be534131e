"""The command line uses the same services: demo, import, export, info, --version."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import app
from app.cli.main import main
from app.db import migrate


def test_version_in_a_fresh_process():
    done = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"AkutDesk {app.__version__}"


def test_demo_info_export_import(tmp_path, data_dir, capsys):
    assert main(["demo", "--citizens", "120"]) == 0
    assert "120 citizens" in capsys.readouterr().out
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert "Citizens: 120" in out and "Demo data: yes" in out and migrate.HEAD in out
    exported = tmp_path / "all.json"
    assert main(["export", str(exported), "--reason", "flytning til ny server"]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert len(document["citizens"]) == 120
    assert main(["import", str(exported)]) == 0
    assert "120 unchanged" in capsys.readouterr().out


def test_import_with_an_error_exits_1_and_names_the_record(tmp_path, data_dir, capsys):
    main(["demo", "--citizens", "0"])
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            {
                "format": "akutdesk-exchange",
                "version": 1,
                "citizens": [
                    {"cpr": "0101500007", "first_name": "A", "last_name": "B"},
                    {"cpr": "3102501234", "first_name": "C", "last_name": "D"},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "citizens record 2, field cpr" in err
    assert main(["import", str(path), "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "1 created" in out and "skipped: citizens record 2" in out


def test_commands_on_an_empty_store_say_what_to_do(tmp_path, data_dir, capsys):
    assert main(["export", str(tmp_path / "x.json"), "--reason", "test"]) == 1
    assert "Start AkutDesk once" in capsys.readouterr().err


def test_import_into_a_store_not_set_up_names_the_bad_record_first(tmp_path, data_dir, capsys):
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            {
                "format": "akutdesk-exchange",
                "version": 1,
                "citizens": [
                    {"cpr": "0101500007", "first_name": "A", "last_name": "B"},
                    {"cpr": "3102501234", "first_name": "C", "last_name": "D"},
                ],
            }
        ),
        encoding="utf-8",
    )
    assert main(["import", str(path)]) == 1
    assert "citizens record 2, field cpr" in capsys.readouterr().err


def test_a_reader_that_closes_the_pipe_ends_the_command_quietly(tmp_path):
    """`akutdesk … | head`: no traceback when the reader goes away, the shell's SIGPIPE code."""
    env = {**os.environ, "AKUTDESK_DATA_DIR": str(tmp_path / "piped")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    command = [sys.executable, "-m", "app", "demo", "--citizens", "0"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as run:
        assert run.stdout is not None and run.stderr is not None
        run.stdout.close()
        errors = run.stderr.read().decode()
        assert run.wait(timeout=120) == 141, errors
    assert "Traceback" not in errors and "BrokenPipeError" not in errors
