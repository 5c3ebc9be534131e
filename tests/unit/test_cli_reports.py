"""``akutdesk reports``: the list, one report as text (English, Danish with --lang da),
--json, the files (CSV, XLSX, PDF, the status report), and bad input refused with one line
and exit code 1, nothing written — with the sample reports of tests/unit/report_samples.py
registered in place of the real ones."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from tests.unit import report_samples

PERIOD = ["--from", "2026-01-01", "--to", "2026-06-30"]


@pytest.fixture
def demo(data_dir, monkeypatch, capsys):
    assert main(["demo", "--citizens", "0"]) == 0
    report_samples.register(monkeypatch)
    capsys.readouterr()


def test_the_list_names_each_report_with_a_line(demo, capsys):
    assert main(["--user", "LED", "reports", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "sample.activity  IV activity (sample): Courses by hospital unit, month and end reason.",
        "sample.crp       Day-3 CRP (sample): CRP on treatment day 3.",
    ]
    assert main(["--user", "LED", "reports", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in listed] == ["sample.activity", "sample.crp"]


def test_a_nurse_may_run_no_report(demo, capsys):
    assert main(["--user", "SYG", "reports", "list"]) == 0
    said = capsys.readouterr()
    assert said.out == "" and said.err.startswith("akutdesk: ")
    assert len(said.err.strip().splitlines()) == 1 and "report" in said.err
    assert main(["--user", "SYG", "reports", "sample.crp", *PERIOD]) == 1
    err = capsys.readouterr().err
    assert err.startswith("akutdesk: ") and len(err.strip().splitlines()) == 1


def test_a_report_as_text_tables_with_numbers_right_aligned(demo, capsys):
    assert main(["--user", "LED", "reports", "sample.activity", *PERIOD]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "IV activity (sample)"
    assert lines[1] == ("Period: 01.01.2026 – 30.06.2026  ·  Hospital unit: All hospital units"
                        "  ·  Team: All teams")  # fmt: skip
    assert "  Share over 14 days                   12.5 %" in lines
    row = next(line for line in lines if line.startswith("  OUH Odense"))
    assert row.split() == ["OUH", "Odense", "212", "1,480", "12.3", "%", "1,935.27", "kr.",
                           "04.01.2026"]  # fmt: skip
    head = lines[lines.index(row) - 2]
    assert head.index("Courses") + len("Courses") == row.index("212") + 3  # right-aligned
    assert "  Sydvestjysk Sygehus" in out and " – " in out


def test_danish_with_lang_da(demo, capsys):
    assert main(["--lang", "da", "--user", "LED", "reports", "sample.activity", *PERIOD]) == 0
    out = capsys.readouterr().out
    assert "Periode: 01.01.2026 – 30.06.2026  ·  Sygehusenhed: Alle sygehusenheder" in out
    assert "Nøgletal" in out and "1.480" in out and "12,5 %" in out and "1.935,27 kr." in out


def test_json_carries_the_codes_and_the_filters(demo, capsys):
    assert main(["--user", "LED", "reports", "sample.activity", *PERIOD, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["name"] == "sample.activity" and data["title"] == "IV activity (sample)"
    assert data["filters"] == {"from": "2026-01-01", "to": "2026-06-30", "unit": None,
                               "team": None}  # fmt: skip
    assert data["figures"]["over_14"] == "12.5"
    assert data["tables"]["reasons"][0] == {"reason": "completed", "courses": 301, "share": "73.1"}


def test_the_files(demo, capsys, tmp_path):
    base = ["--user", "LED", "reports", "sample.activity", *PERIOD]
    assert main([*base, "--csv", str(tmp_path / "a.csv")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    text = (tmp_path / "a-reasons.csv").read_text("utf-8-sig")
    assert text.splitlines()[0] == "End reason;End reason (code);Courses;Share (%)"
    assert main([*base, "--csv", str(tmp_path / "b.csv"), "--table", "by_unit"]) == 0
    assert (tmp_path / "b.csv").exists() and not (tmp_path / "b-by_unit.csv").exists()
    assert main([*base, "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    assert (tmp_path / "a.xlsx").read_bytes()[:2] == b"PK"
    assert main([*base, "--pdf", str(tmp_path / "a.pdf")]) == 0
    assert (tmp_path / "a.pdf").read_bytes()[:5] == b"%PDF-"
    status = ["--user", "LED", "reports", "status", *PERIOD, "--pdf", str(tmp_path / "s.pdf")]
    assert main(status) == 0
    assert (tmp_path / "s.pdf").read_bytes()[:5] == b"%PDF-"
    assert [name for name, _ in report_samples.CALLS][-2:] == ["sample.activity", "sample.crp"]


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["sample.activity"], "Give the first day of the period."),
        (["sample.activity", "--from", "2026-02-01", "--to", "2026-01-01"],
         "The period ends before it begins."),
        (["nonesuch", *PERIOD], "There is no report named nonesuch"),
        (["sample.activity", *PERIOD, "--unit", "XX"], "No hospital unit has the code XX."),
        (["sample.activity", *PERIOD, "--team", "Nowhere"], "There is no team named Nowhere."),
        (["sample.activity", *PERIOD, "--csv", "x.csv", "--table", "nope"],
         "The report has no table nope"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_nothing_is_written(demo, capsys, tmp_path, monkeypatch,
                                                      words, said):  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    report_samples.CALLS.clear()
    assert main(["--user", "LED", "reports", *words]) == 1
    err = capsys.readouterr().err
    assert err.startswith("akutdesk: ") and said in err and len(err.strip().splitlines()) == 1
    assert list(out.iterdir()) == []


def test_a_dataset_is_delivered_through_its_use_case_and_kept_out_of_the_status(
    data_dir, monkeypatch, capsys, tmp_path
):
    assert main(["demo", "--citizens", "0"]) == 0
    report_samples.register(monkeypatch, delivered=True)
    capsys.readouterr()
    assert main(["--user", "LED", "reports", "sample.crp", *PERIOD, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "sample.crp"
    assert report_samples.DELIVERED == ["sample.crp"]
    report_samples.CALLS.clear()
    status = ["--user", "LED", "reports", "status", *PERIOD, "--pdf", str(tmp_path / "s.pdf")]
    assert main(status) == 0
    assert [name for name, _ in report_samples.CALLS] == ["sample.activity"]
    assert report_samples.DELIVERED == ["sample.crp"]


def test_the_status_report_without_reports_is_refused(data_dir, capsys, tmp_path):
    assert main(["demo", "--citizens", "0"]) == 0
    capsys.readouterr()
    status = ["--user", "SYG", "reports", "status", *PERIOD, "--pdf", str(tmp_path / "s.pdf")]
    assert main(status) == 1
    assert "There is no report you may run." in capsys.readouterr().err
    assert not (tmp_path / "s.pdf").exists()


def test_bad_input_in_danish(demo, capsys):
    assert main(["--lang", "da", "--user", "LED", "reports", "sample.activity",
                 "--from", "2026-02-01", "--to", "2026-01-01"]) == 1  # fmt: skip
    assert "Perioden slutter, før den begynder." in capsys.readouterr().err
