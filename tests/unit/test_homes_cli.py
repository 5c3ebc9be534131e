"""`akutdesk homes …` on a demo store: the list with coverage, the three reports as PDF +
CSV (the demo store signs with its TEST certificate), and registering a sending."""

from __future__ import annotations

from app.cli.main import main
from app.domain import clock
from app.domain import homes as rules


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
