"""Every problem the acute core can raise has its template in the catalogue (app/messages),
with the parameters its call site passes, so it is translated; the codes inside a message (a measurement kind, a referrer)
are shown as labels; every acute vocabulary code has a label."""

from __future__ import annotations

import ast
from pathlib import Path

from app import messages, workflows
from app.domain import acute as rules
from app.domain.problems import problem
from app.views.components import acute_vocabulary as ev
from app.views.components.messages import problem_text

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "app" / "domain" / "acute.py",
    *sorted((ROOT / "app" / "services" / "acute").glob("*.py")),
    ROOT / "app" / "workflows.py",  # the refusals of the declared episode workflow
]
OURS = ("acute",)  # the codes of workflows.py this test covers


def core_problems() -> set[tuple[str, frozenset[str]]]:
    """(code, keyword names) of each problem(...) in the acute core; no call site writes a
    text (it is the catalogue's)."""
    found = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ("problem", "warning")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and (path.name != "workflows.py" or node.args[1].value.split(".")[0] in OURS)
            ):
                assert len(node.args) == 2, f"{path.name}:{node.lineno}: a text at the call site"
                found.add((node.args[1].value, frozenset(k.arg for k in node.keywords if k.arg)))
    return found


def test_every_acute_problem_has_its_exact_template():
    found = core_problems()
    assert len(found) > 30
    for code, names in sorted(found):
        assert code in messages.CATALOGUE, f"{code}: give it a template in app/messages/acute.py"
        assert messages.placeholders(messages.source(code)) == names, code
    assert {"acute.responsible_missing", "acute.responsible_phone_missing"} <= {c for c, _ in found}
    blank = rules.EpisodeFacts(2, "gp", "home", " ", "")
    for problem_found in rules.check_episode(blank):
        assert problem_found.message == messages.source(problem_found.code), problem_found.code


def test_the_reason_for_a_missing_responsible_doctor_is_said(english):
    blank = rules.EpisodeFacts(2, "gp", "home", "", "")
    texts = [problem_text(p) for p in rules.check_episode(blank)]
    assert len(texts) == 2
    for text in texts:
        assert "must always know who holds treatment responsibility" in text
        assert "D20" not in text and "OK22" not in text  # decision codes stay in the docs


def test_codes_inside_acute_messages_are_labels(english):
    mismatch = rules.check_episode(rules.EpisodeFacts(3, "gp", "home", "Dr", "12345678"))[0]
    assert problem_text(mismatch).startswith(
        "Target group 3 is attached by Municipal home nursing, not by The citizen's GP:"
    )
    _value, _second, found = rules.check_measurement("temperature", "45")
    assert problem_text(found[0]) == ("45.0 °C is not a plausible Temperature: expected 30–44 °C.")
    _value, _second, found = rules.check_measurement("crp", "abc")
    assert problem_text(found[0]) == "'abc' is not a number (CRP)."
    # a text the core writes that we do not know is kept as it is
    odd = problem("value", "measure.value", error="odd", kind="pulse")
    assert problem_text(odd) == "odd (Pulse)."


def test_every_acute_vocabulary_code_has_a_label():
    for table, kind in (
        (ev.REFERRERS, rules.ReferrerKind),
        (ev.SETTINGS, rules.Setting),
        (ev.STATUSES, rules.Status),
        (ev.END_REASONS, rules.EndReason),
        (ev.CHANNELS, rules.Channel),
        (ev.NOT_BILLABLE, rules.NotBillable),
        (ev.NOT_BILLABLE_SHORT, rules.NotBillable),
        (ev.SCHEMES, rules.Scheme),
    ):
        assert set(table) == {k.value for k in kind}, kind
    assert set(ev.MEASUREMENTS) == set(rules.MEASUREMENTS)
    assert (
        set(ev.TARGET_GROUPS) == set(ev.TARGET_GROUPS_SHORT) == {g.value for g in rules.TargetGroup}
    )
    for group, text in ev.TARGET_GROUPS.items():  # the protocol's wording, numbered
        assert text == f"{group} · {rules.TARGET_GROUP_LABELS[group]}"


def test_every_declared_acute_refusal_has_its_template():
    """The workflow's refusals (app/workflows.py) are catalogue ids given the state only."""
    refusals = {
        refusal
        for action in workflows.ACUTE_EPISODE.actions
        for refusal in (action.refusal, *action.refused_in.values())
    }
    assert len(refusals) >= 2
    for refusal in refusals:
        assert refusal.code.split(".")[0] in OURS, refusal
        assert refusal.code in messages.CATALOGUE, refusal
        assert messages.placeholders(messages.source(refusal.code)) <= {"status"}, refusal
