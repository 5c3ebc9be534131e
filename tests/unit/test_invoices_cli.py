"""`akutdesk invoices …` and `akutdesk tariffs …` go through the same services (the
product's renderer: demo store → test certificate)."""

from __future__ import annotations

import datetime as dt
import json

from app.cli.main import main
from app.domain import clock
from tests.unit.test_invoices_documents import _ready

LAST_MONTH = (clock.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def test_preview_post_list_export_reprint_credit_and_tariffs(ctx, tmp_path, capsys):
    _ready(ctx, demo=True)
    base = ["--database-url", ctx.store.url.render_as_string(hide_password=False), "--user", "KS"]
    month = LAST_MONTH.strftime("%Y-%m")
    capsys.readouterr()
    assert main([*base, "invoices", "preview", "--month", month, "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    [unit] = preview["units"]
    assert unit["code"] == "OUH" and unit["total_region"] == "10780.00"  # 70 % of 7.000 + 6 × 1.400
    assert main([*base, "invoices", "post", "--month", month, "--expect", preview["fingerprint"]]) == 0  # fmt: skip
    number = capsys.readouterr().out.split()[0]
    assert number == f"{clock.today().year}-0001"
    assert main([*base, "invoices", "export", "--month", month, "--out", str(tmp_path)]) == 0
    assert (tmp_path / month / f"faktura-{number}.xml").exists()
    assert main([*base, "invoices", "reprint", number, "--out", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes() == (tmp_path / month / f"faktura-{number}.pdf").read_bytes()  # fmt: skip
    assert main([*base, "invoices", "credit", number, "--lines", "1", "--reason", "Fejl"]) == 0
    assert "credit_note" in capsys.readouterr().out
    assert main([*base, "invoices", "list", "--json"]) == 0
    assert [i["kind"] for i in json.loads(capsys.readouterr().out)] == ["credit_note", "invoice"]
    assert main([*base, "invoices", "post", "--month", month]) == 1  # nothing left to post

    assert main([*base, "tariffs", "list", "--json"]) == 0
    [pilot] = json.loads(capsys.readouterr().out)
    pilot["label"], pilot["valid_from"] = "Takst 2023", "2023-01-01"
    (tmp_path / "v.json").write_text(json.dumps(pilot), encoding="utf-8")
    assert main([*base, "tariffs", "add-version", str(tmp_path / "v.json")]) == 0
    assert main([*base, "tariffs", "add-version", str(tmp_path / "v.json")]) == 1  # date taken
    assert main([*base, "invoices", "regulate"]) == 0
    assert "0 lines" in capsys.readouterr().out
