"""`akutdesk price-levels …` and `akutdesk fee-scheme …`: the GP fee's reference data on the
command line, JSON in and out, through the window's services and permissions (D24, D25;
issue #16 item 3)."""

from __future__ import annotations

import json

from app.cli.main import main
from app.services.acute import fees
from app.services.security import users
from tests.conftest import PASSWORD
from tests.unit.acute_helpers import citizen, contact, episode, on, weekday


def _base(ctx, initials="KS"):
    return ["--database-url", ctx.store.url.render_as_string(hide_password=False),
            "--user", initials]  # fmt: skip


def test_price_levels_list_and_add_json_in_and_out(ctx, tmp_path, capsys):
    base = _base(ctx)
    capsys.readouterr()
    assert main([*base, "price-levels", "list", "--json"]) == 0
    [shipped] = json.loads(capsys.readouterr().out)
    assert shipped["valid_from"] == "2021-04-01" and shipped["index"] == "1.0000"
    assert shipped["fee"] == "158.61"
    assert main([*base, "price-levels", "add", "--from", "2026-04-01", "--index", "1,1523",
                 "--json"]) == 0  # fmt: skip
    [added] = json.loads(capsys.readouterr().out)
    assert added["index"] == "1.1523" and added["fee"] == "182.77"  # 158.61 × 1.1523, half-up
    file = tmp_path / "levels.json"
    file.write_text(json.dumps([{"valid_from": "2024-04-01", "index": "1.1000"},
                                {"valid_from": "2025-04-01", "index": 1.125}]))  # fmt: skip
    assert main([*base, "price-levels", "add", "--file", str(file)]) == 0
    assert "01.04.2025 added: index 1.1250" in capsys.readouterr().out
    assert main([*base, "price-levels", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [x["valid_from"] for x in listed] == ["2021-04-01", "2024-04-01", "2025-04-01",
                                                 "2026-04-01"]  # fmt: skip
    assert main([*base, "price-levels", "list"]) == 0
    assert "from 01.04.2026  index 1.1523  GP fee   182.77 kr." in capsys.readouterr().out


def test_a_wrong_level_in_a_file_writes_none_and_says_one_line(ctx, tmp_path, capsys):
    base = _base(ctx)
    file = tmp_path / "levels.json"
    file.write_text(json.dumps([{"valid_from": "2024-04-01", "index": "1.1"},
                                {"valid_from": "2024-04-01", "index": "1.2"}]))  # fmt: skip
    capsys.readouterr()
    assert main([*base, "--lang", "da", "price-levels", "add", "--file", str(file)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "prisniveau fra den dato" in err
    assert len(fees.list_price_levels(ctx)) == 1  # the first of the file was not kept
    file.write_text(json.dumps({"from": "2024-04-01"}))
    assert main([*base, "--lang", "da", "price-levels", "add", "--file", str(file)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Intet blev skrevet" in err
    assert main([*base, "price-levels", "add", "--from", "2024-04-01"]) == 1  # no --index
    assert "--from and --index together" in capsys.readouterr().err
    assert main([*base, "price-levels", "add", "--from", "2020-01-01", "--index", "1"]) == 1
    assert "01.04.2021" in capsys.readouterr().err
    assert len(fees.list_price_levels(ctx)) == 1


def test_fee_scheme_show_and_set(ctx, capsys):
    base = _base(ctx)
    capsys.readouterr()
    assert main([*base, "fee-scheme", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["scheme"] == "ok22" and shown["cap"] is None
    assert {s["scheme"] for s in shown["schemes"]} == {"ok22", "midtjylland_trial"}
    assert main([*base, "fee-scheme", "set", "midtjylland_trial"]) == 0
    assert "annual cap 3000000.00 kr." in capsys.readouterr().out
    assert fees.get_fee_scheme(ctx) == "midtjylland_trial"
    assert main([*base, "fee-scheme", "set", "weekly"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert fees.get_fee_scheme(ctx) == "midtjylland_trial"


def test_only_the_manager_changes_the_fee_reference_data(ctx, capsys):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    base = _base(ctx, "NS")
    capsys.readouterr()
    assert main([*base, "price-levels", "add", "--from", "2026-04-01", "--index", "1.2"]) == 1
    assert main([*base, "fee-scheme", "set", "midtjylland_trial"]) == 1
    assert capsys.readouterr().err.count("akutdesk: ") == 2
    assert len(fees.list_price_levels(ctx)) == 1 and fees.get_fee_scheme(ctx) == "ok22"


def test_gp_fees_json_names_each_contact_and_why_it_counts_or_not(ctx, capsys):
    uuid = episode(ctx, citizen(ctx))
    day = weekday(1, 2)
    for hour in (9, 11, 14):  # the third of the day does not count (D22)
        contact(ctx, uuid, on(day, hour))
    contact(ctx, uuid, on(day, 17))  # after 16:00 (D21)
    capsys.readouterr()
    assert main([*_base(ctx), "gp-fees", "--month", f"{day:%Y-%m}", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    # The existing fields are kept as they were (external checks read them).
    assert document["billable"] == 2 and document["total"] == "317.22"
    assert document["not_billable"] == {"limit": 1, "outside_daytime": 1}
    assert [(c["counts"], c["reason"]) for c in document["contacts"]] == [
        (True, ""), (True, ""), (False, "limit"), (False, "outside_daytime")]  # fmt: skip
    first = document["contacts"][0]
    assert first["episode"] == uuid and first["day"] == day.isoformat()
    assert first["at"].startswith(f"{day.isoformat()}T09:00:00+0")  # Copenhagen time (D42)
    assert first["practice"] and first["gp_name"] and first["channel"]
