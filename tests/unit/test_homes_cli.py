"""`akutdesk homes …` on a demo store: the list with coverage, the three reports as PDF +
CSV (the demo store signs with its TEST certificate), and registering a sending."""

from __future__ import annotations

import json

from app.cli.main import main
from app.domain import clock
from app.domain import homes as rules
from tests.unit.test_homes_reports import build_register


def test_homes_list_reports_and_sending(tmp_path, data_dir, capsys):
    assert main(["demo", "--citizens", "300", "--courses", "10"]) == 0
    capsys.readouterr()
    assert main(["homes", "list"]) == 0
    out = capsys.readouterr().out
    assert "Bakkegården" in out and "-- no fixed doctor --" in out
    assert "Coverage" in out and "7 of 8 homes = 87.5 %" in out
    year, quarter = rules.quarter_of(clock.today())
    for args in (["klu"], ["coverage", "--year", str(year)],
                 ["changes", "--quarter", f"{year}-Q{quarter}"]):  # fmt: skip
        assert main(["homes", "report", *args, "--out", str(tmp_path)]) == 0
    made = capsys.readouterr().out.splitlines()
    assert len(made) == 3 and all("(signed)" in line for line in made)
    pdfs = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert pdfs[0].startswith("KLU-liste-") and len(pdfs) == 3
    assert all(p.read_bytes().startswith(b"%PDF") for p in tmp_path.glob("*.pdf"))
    uuid = made[0].split()[0]
    assert main(["homes", "report-sent", uuid, "--to", "KLU Odense", "--channel", "e-mail"]) == 0
    assert "sent to KLU Odense" in capsys.readouterr().out
    assert main(["homes", "reports"]) == 0
    assert "KLU Odense" in capsys.readouterr().out
    assert main(["homes", "report", "coverage", "--out", str(tmp_path)]) == 1  # no year


def test_homes_json_on_any_date_and_the_reports_register(ctx, tmp_path, capsys):
    """#16 item 4: the home list with coverage on a chosen date, a report made and the
    register of reports, machine-readable."""
    build_register(ctx)
    base = ["--database-url", ctx.store.url.render_as_string(hide_password=False), "--user", "KS"]
    capsys.readouterr()
    assert main([*base, "homes", "list", "--on", "2026-01-01", "--json"]) == 0
    snap = json.loads(capsys.readouterr().out)
    assert snap["on"] == "2026-01-01" and snap["index"] == "1.0000"
    assert snap["coverage"] == {"homes": 5, "covered": 2, "percent": "40.0", "target": "80",
                                "target_date": "2024-12-31", "met": False}  # fmt: skip
    covered = {h["name"]: h["covered"] for h in snap["homes"]}
    assert covered["Solgården"] and not covered["Lindely"]
    assert all(a["fee"] in {"1935.27", "2902.91"} for a in snap["arrangements"])
    assert main([*base, "homes", "list", "--on", "2025-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["coverage"]["covered"] == 3  # Lindely then
    assert main([*base, "homes", "report", "coverage", "--year", "2026", "--out",
                 str(tmp_path), "--json"]) == 0  # fmt: skip
    made = json.loads(capsys.readouterr().out)
    assert made["kind"] == "coverage" and made["period"] == "2026"
    assert (tmp_path / made["csv"]).name.endswith(".csv") and (tmp_path / made["pdf"]).exists()
    assert main([*base, "homes", "report-sent", made["uuid"], "--to", "PLO Syddanmark"]) == 0
    capsys.readouterr()
    assert main([*base, "homes", "reports", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["uuid"] == made["uuid"] and row["period_start"] == "2026-01-01"
    assert row["sendings"] == [{"sent_on": clock.today().isoformat(),
                                "recipient": "PLO Syddanmark", "channel": "", "note": ""}]  # fmt: skip
    assert row["made_at"][:4] == str(clock.today().year)
