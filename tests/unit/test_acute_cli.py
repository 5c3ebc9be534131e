"""`akutdesk closing-note` and `akutdesk gp-fees` go through the same services."""

from __future__ import annotations

import json

from app.cli.main import main
from app.domain import clock
from app.services.acute import views
from app.services.admin import setup
from app.services.security import users
from tests.conftest import PASSWORD


def test_closing_note_and_gp_fees(tmp_path, data_dir, capsys):
    assert main(["demo", "--citizens", "60", "--courses", "5"]) == 0
    store, _ = setup.open_store(None, data_dir)
    ctx = users.sign_in(store, None, PASSWORD)
    uuid = views.list_episodes(ctx, "all")[0].uuid
    store.dispose()
    capsys.readouterr()
    assert main(["closing-note", uuid, "--out", str(tmp_path / "note.pdf")]) == 0
    assert (tmp_path / "note.pdf").read_bytes().startswith(b"%PDF")
    assert main(["closing-note", uuid, "--out", str(tmp_path / "note.txt")]) == 0
    assert "Afslutningsnotat" in (tmp_path / "note.txt").read_text(encoding="utf-8")
    capsys.readouterr()
    month = clock.today().strftime("%Y-%m")
    assert main(["gp-fees", "--month", month, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["fee"] == "158.61" and document["month"] == month
    assert main(["gp-fees", "--month", month]) == 0
    assert "kr. per contact" in capsys.readouterr().out
    assert main(["gp-fees", "--month", "2026-13"]) == 1
