"""The message catalogue (app/messages, STYLE §14): every code the core raises has one
English template whose placeholders are the parameters its call sites pass, every template
has its Danish, and the command line says a refusal in Danish with ``--lang da`` — plural
forms included — and in English by default."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import app
from app import messages
from app.cli.main import main
from app.cli.say import error_text
from app.domain.problems import problem
from app.errors import AkutDeskError
from app.messages import linguist

ROOT = Path(app.__file__).resolve().parent
CORE = [p for p in ROOT.rglob("*.py") if "views" not in p.parts and "migrations" not in p.parts]
CALLS = ("problem", "warning", "refuse", "BadValue")


def _name(node: ast.expr) -> str:
    return getattr(node, "id", "") or getattr(node, "attr", "")


def problem_calls() -> list[tuple[str, str, set[str]]]:
    """(where, code, keyword names) of every problem()/warning()/refuse() in the core."""
    found = []
    for path in CORE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in CALLS and len(node.args) >= 2:
                code = node.args[1]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    assert len(node.args) == 2, f"{path}:{node.lineno}: a text at the call site"
                    names = {k.arg for k in node.keywords if k.arg}
                    found.append((f"{path.name}:{node.lineno}", code.value, names))
    return found


def error_classes() -> list[tuple[str, str, set[str], bool]]:
    """(class, code, keyword names, whether a message is given) of each typed error that
    passes its parameters to AkutDeskError."""
    found = []
    for path in CORE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            code = next(
                (
                    s.value.value
                    for s in node.body
                    if isinstance(s, ast.Assign)
                    and _name(s.targets[0]) == "code"
                    and isinstance(s.value, ast.Constant)
                ),
                None,
            )
            for call in ast.walk(node):
                if (
                    code
                    and isinstance(call, ast.Call)
                    and _name(call.func) == "__init__"
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Call)
                    and _name(call.func.value.func) == "super"
                ):
                    if any(k.arg is None for k in call.keywords):
                        continue  # **params: checked by the error's own tests
                    names = {k.arg for k in call.keywords if k.arg}
                    found.append((node.name, code, names, bool(call.args)))
    return found


def test_every_code_the_core_uses_has_a_template_with_its_parameters():
    calls = problem_calls()
    assert len(calls) > 170
    for where, code, names in calls:
        assert code in messages.CATALOGUE, f"{where}: {code} has no template in app/messages"
        wanted = messages.placeholders(messages.source(code))
        assert names == wanted, f"{where}: {code} passes {names}, its template needs {wanted}"


def test_every_typed_error_has_a_template_that_fits_its_parameters():
    errors = error_classes()
    assert len(errors) > 20
    for name, code, names, message_given in errors:
        if not message_given:
            assert code in messages.CATALOGUE, f"{name}: {code} has no template"
        if code in messages.CATALOGUE:
            wanted = messages.placeholders(messages.source(code))
            assert wanted <= names, f"{name}: {code} needs {wanted}, passes {names}"


def test_every_template_has_its_danish_and_no_decision_code():
    danish = linguist.translations("da")
    for id, template in messages.CATALOGUE.items():
        assert (template.context, template.text) in danish, f"{id}: no Danish"
        translated = danish[(template.context, template.text)]
        for text in (
            template.text,
            *((translated,) if isinstance(translated, str) else translated),
        ):
            assert not re.search(r"\bD\d+\b|§|DIGEST|Bilag|bilag 3", text), f"{id}: {text!r}"
            said = messages.placeholders(text)
            assert said <= messages.placeholders(template.text), f"{id}: {text!r}"


def test_english_is_the_template_with_its_parameters():
    found = problem("cpr", "cpr.format", value="123")
    assert found.message == "'123' is not a CPR number: it must be 10 digits (ddmmyy-xxxx)."
    assert str(found) == f"cpr: {found.message}"


@pytest.mark.parametrize(("n", "danish"), [(1, "mindst 1 plads."), (30, "mindst 30 pladser.")])
def test_a_count_takes_the_danish_plural_form(n, danish):
    said = messages.render("homes.section_small", {"n": n}, linguist.translator("da"), "da")
    assert said == f"Et afsnit skal have {danish}"
    assert messages.english("homes.section_small", {"n": n}).endswith(f"at least {n} places.")


def test_parameters_are_formatted_for_the_language():
    import datetime as dt
    from decimal import Decimal

    da = linguist.translator("da")
    params = {"value": Decimal("45.5"), "low": Decimal("30"), "high": Decimal("44.5")}
    assert messages.render("iv.vital_range", params, da, "da") == "45,5 ligger uden for 30–44,5."
    assert messages.english("iv.vital_range", params) == "45.5 is outside 30–44.5."
    when = {"end": dt.date(2026, 3, 2)}
    assert messages.render("iv.after_end", when, da, "da") == "Forløbet sluttede 02.03.2026."


def _bad_citizens(tmp_path: Path) -> Path:
    path = tmp_path / "in.json"
    citizens = [
        {"cpr": "0101500007", "first_name": "A", "last_name": "B"},
        {"cpr": "12345", "first_name": "C", "last_name": "D"},
        {"cpr": "3102501234", "first_name": "E", "last_name": "F"},
    ]
    path.write_text(
        json.dumps({"format": "akutdesk-exchange", "version": 1, "citizens": citizens}),
        encoding="utf-8",
    )
    return path


def test_the_command_line_refuses_in_english_by_default(tmp_path, data_dir, capsys):
    assert main(["import", str(_bad_citizens(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "Nothing was imported: 2 problem(s) in 2 record(s)." in err
    assert "citizens record 2, field cpr: '12345' is not a CPR number" in err


def test_the_command_line_refuses_in_danish_with_lang_da(tmp_path, data_dir, capsys):
    assert main(["--lang", "da", "import", str(_bad_citizens(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "Intet blev importeret: 2 problemer i 2 poster." in err
    assert "citizens post 2, felt cpr: '12345' er ikke et CPR-nummer" in err
    assert "is not" not in err


def test_one_problem_is_singular_in_danish(tmp_path, data_dir, capsys):
    path = tmp_path / "one.json"
    citizens = [{"cpr": "12345", "first_name": "C", "last_name": "D"}]
    path.write_text(
        json.dumps({"format": "akutdesk-exchange", "version": 1, "citizens": citizens}),
        encoding="utf-8",
    )
    assert main(["--lang", "da", "import", str(path)]) == 1
    assert "Intet blev importeret: 1 problem i 1 post." in capsys.readouterr().err


def test_the_files_shape_is_refused_in_danish_too(tmp_path, data_dir, capsys):
    path = tmp_path / "shape.json"
    citizens = [
        {"cpr": "0101500007", "first_name": "A", "last_name": "B", "colour": "red"},
        {"cpr": "0101500007", "first_name": "A", "last_name": "B"},
    ]
    path.write_text(
        json.dumps({"format": "akutdesk-exchange", "version": 1, "citizens": citizens}),
        encoding="utf-8",
    )
    assert main(["import", str(path)]) == 1
    english = capsys.readouterr().err
    assert "citizens record 1, field colour: unknown field" in english
    assert main(["--lang", "da", "import", str(path)]) == 1
    danish = capsys.readouterr().err
    assert "citizens post 1, felt colour: ukendt felt" in danish


# -- parameters are codes and phrases, never English (issue #11) -----------------------------

RECORD_CALLS = ("NotFound", "StaleRecord", "get_by_uuid", "load_for_update", "flush_or_stale")


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """The module's NAME = "text" constants (and NAME, NAME = "a", "b")."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            pairs = (
                zip(target.elts, value.elts, strict=False)
                if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple)
                else [(target, value)]
            )
            for name, text in pairs:
                if isinstance(name, ast.Name) and isinstance(text, ast.Constant):
                    found[name.id] = text.value
    return found


def record_codes() -> list[tuple[str, object]]:
    """(where, record code) of each record a NotFound/StaleRecord (or the record helpers
    that raise them) names: a constant, or a module constant by name."""
    found = []
    for path in CORE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_strings(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) in RECORD_CALLS):
                continue
            index = {"NotFound": 0, "StaleRecord": 0, "flush_or_stale": 2}.get(
                _name(node.func), 3 if _name(node.func) == "get_by_uuid" else 4
            )
            if len(node.args) <= index:
                continue
            arg = node.args[index]
            where = f"{path.name}:{node.lineno}"
            if isinstance(arg, ast.Constant):
                found.append((where, arg.value))
            elif isinstance(arg, ast.Name) and arg.id in constants:
                found.append((where, constants[arg.id]))
            elif not isinstance(arg, ast.Name | ast.Attribute):
                found.append((where, ast.unparse(arg)))  # an f-string: English at the call
    return found


def test_a_record_is_named_by_its_code_with_a_catalogue_name():
    codes = record_codes()
    assert len(codes) > 30
    for where, code in codes:
        assert isinstance(code, str) and f"record.{code}" in messages.CATALOGUE, (
            f"{where}: {code!r} is not a record code of app/messages/records.py"
        )


def test_every_phrase_the_core_makes_has_a_template_with_its_parameters():
    calls = 0
    for path in CORE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) == "phrase" and node.args:
                code = node.args[0]
                if not isinstance(code, ast.Constant):
                    continue
                calls += 1
                where = f"{path.name}:{node.lineno}"
                assert code.value in messages.CATALOGUE, f"{where}: {code.value} has no template"
                names = {k.arg for k in node.keywords if k.arg}
                wanted = messages.placeholders(messages.source(code.value))
                assert names == wanted, f"{where}: {code.value} passes {names}, needs {wanted}"
    assert calls > 15


def test_a_missing_or_changed_record_is_named_in_danish():
    import datetime as dt

    from app.errors import NotFound, StaleRecord

    da = linguist.translator("da")
    missing = NotFound("iv_course", "u1")
    assert missing.message == "No IV course with u1."
    assert missing.text(da, "da") == "Posten (IV-forløb) findes ikke; den kan være slettet."
    when = dt.datetime(2026, 3, 2, 13, 5, tzinfo=dt.UTC)
    stale = StaleRecord("resident_stay", "Peter Visitator (PV)", when)
    assert stale.message.startswith(
        "The stay was changed by Peter Visitator (PV) at 02.03.2026 14:05"
    )
    assert stale.text(da, "da").startswith("Posten (ophold) blev ændret af Peter Visitator (PV)")
    same = StaleRecord("citizen")  # who is not known: said without a blank (issue #13)
    assert same.message.startswith("The citizen was changed by another user after you opened")
    assert "af en anden bruger" in same.text(da, "da")
    with pytest.raises(KeyError):
        NotFound("IV course", "u1")  # English is no record code


def test_backup_and_e_invoice_details_are_said_in_danish():
    from app.einvoice.oioubl import EInvoiceIncomplete
    from app.errors import BackupFailed, RestoreRefused

    da = linguist.translator("da")
    refused = RestoreRefused("x.sqlite3", messages.phrase("restore.newer", schema="0042"))
    assert refused.message == (
        "x.sqlite3 cannot be restored: it was written by a newer AkutDesk (schema 0042); "
        "install that. Nothing was changed."
    )
    assert refused.text(da, "da") == (
        "x.sqlite3 kan ikke gendannes: den er skrevet af en nyere AkutDesk (skema 0042); "
        "installér den. Intet er ændret."
    )
    failed = BackupFailed("b.sqlite3", messages.phrase("backup.check", check="malformed"))
    assert "(kopien fejler kontrollen: malformed)" in failed.text(da, "da")
    incomplete = EInvoiceIncomplete("2026-0001", ["seller_cvr", "bank_reg"])
    assert "the municipality's CVR number, the municipality's bank reg. no. missing" in (
        incomplete.message
    )
    assert "kommunens CVR-nummer, kommunens bankregistreringsnummer mangler" in incomplete.text(
        da, "da"
    )


def test_the_command_line_s_own_refusals_are_said_in_danish(data_dir, monkeypatch, capsys):
    from app.cli.common import password

    monkeypatch.delenv("AKUTDESK_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(AkutDeskError) as caught:
        password("KS")
    assert caught.value.message == (
        "No password: set AKUTDESK_PASSWORD or run the command in a terminal."
    )
    assert error_text(caught.value, "da") == (
        "Ingen adgangskode: sæt AKUTDESK_PASSWORD, eller kør kommandoen i en terminal."
    )


def test_a_draft_invoice_s_refusal_names_no_english_in_danish():
    from app.billing.lifecycle import check_transition

    with pytest.raises(AkutDeskError) as caught:
        check_transition("", "draft", "exported")
    said = error_text(caught.value, "da")
    assert said.startswith("Faktura (kladde) er bogført") and "is not allowed" not in said
    assert "kladde → eksporteret er ikke tilladt" in said  # the states in words too
    assert "draft → exported is not allowed" in caught.value.message


@pytest.mark.parametrize(
    ("invoices", "danish"),
    [
        (("2026-0001",), "mangler 1 bogført faktura,"),
        (("2026-0001", "2026-0002"), "mangler 2 bogførte fakturaer,"),
    ],
)
def test_a_restore_that_drops_invoices_counts_them_in_danish(invoices, danish):
    from app.errors import RestoreDropsInvoices

    refused = RestoreDropsInvoices("b.sqlite3", invoices)
    assert danish in refused.text(linguist.translator("da"), "da")
    assert f"lacks {len(invoices)} posted invoice(s)" in refused.message


def test_a_vocabulary_code_is_said_in_words_on_the_command_line_too():
    """The window's labels of a course's status, a decision, a measurement and a referrer
    are the catalogue's (app/messages/vocabulary.py): ``--lang da`` says "Afsluttet", not
    the code "ended"; a text that is no code, or a code in another message's ``kind``, is
    said as it is."""
    da = linguist.translator("da")
    said = messages.render("iv.not_referred", {"status": "ended"}, da, "da")
    assert said.endswith("(den er Afsluttet).")
    assert messages.english("iv.not_referred", {"status": "ended"}).endswith("(it is Ended).")
    assert messages.render("crp.decided", {"decision": "readmit"}, da, "da").endswith(
        "(Genindlæggelse)."
    )
    assert messages.render("measure.value", {"error": "x", "kind": "crp"}, da, "da") == "x (CRP)."
    assert messages.render("iv.closed", {"status": "paused"}, da, "da") == "Forløbet er paused."
    assert messages.english("invoice.document", {"kind": "inr"}) == "its stored inr document"
