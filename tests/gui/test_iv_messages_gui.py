"""Every problem the IV core can raise has its template in the catalogue (app/messages), with
the parameters its call site passes, so it is translated; the codes inside a message (a
status, a decision) and the parts of the D16 refusal are shown in Danish too; every
vocabulary code has a label."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from app import messages, workflows
from app.domain import iv
from app.domain.problems import problem
from app.views.components import vocabulary as voc
from app.views.components.messages import problem_text

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "app" / "domain" / "iv.py",
    *sorted((ROOT / "app" / "services" / "iv").glob("*.py")),
    ROOT / "app" / "workflows.py",  # the refusals of the declared course workflow
]
OURS = ("iv", "crp")  # the codes of workflows.py this test covers


def core_codes() -> set[tuple[str, frozenset[str]]]:
    """(code, keyword names) of every problem()/warning() in the IV core."""
    found = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ("problem", "warning")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                names = frozenset(k.arg for k in node.keywords if k.arg)
                found.add((node.args[1].value, names))
    return found


def test_every_iv_problem_has_its_exact_template():
    found = core_codes()
    assert len(found) > 35  # the state refusals are declared in app/workflows.py (below)
    for code, names in sorted(found):
        assert code in messages.CATALOGUE, f"{code}: give it a template in app/messages/iv.py"
        assert messages.placeholders(messages.source(code)) == names, code


def test_codes_inside_messages_are_translated(danish):
    text = problem_text(problem("status", "iv.not_referred_reject", status="ended"))
    assert text == "Kun en henvisning, der venter på visitation, kan afvises (den er Afsluttet)."
    d16 = iv.check_administration_times(
        dt.datetime(2026, 3, 2, 22, 30), dt.datetime(2026, 3, 2, 23, 30), 3, ""
    )[0][0]
    assert "uden for kl. 07.00–23.00 og nr. 4 den 02.03.2026" in problem_text(d16)


def test_every_vocabulary_code_has_a_label(danish):
    for table, kind in (
        (voc.COURSE_TYPES, iv.CourseType),
        (voc.IV_ACCESS, iv.IvAccess),
        (voc.CLOSED_SYSTEMS, iv.ClosedSystem),
        (voc.PLACES, iv.Place),
        (voc.STATUSES, iv.Status),
        (voc.REJECTION_REASONS, iv.RejectionReason),
        (voc.END_REASONS, iv.EndReason),
        (voc.CRP_METHODS, iv.CrpMethod),
        (voc.CHANNELS, iv.Channel),
        (voc.DECISIONS, iv.Decision),
        (voc.COMPLICATIONS, iv.Complication),
    ):
        assert set(table) == {k.value for k in kind}, kind
    assert voc.label(voc.DECISIONS, "switch_to_oral") == "Skift til tabletter (peroral)"


def test_every_declared_iv_refusal_has_its_template():
    """The workflow's refusals (app/workflows.py) are catalogue ids given the state only."""
    refusals = {
        refusal
        for action in workflows.IV_COURSE.actions
        for refusal in (action.refusal, *action.refused_in.values())
    }
    assert len(refusals) >= 8
    for refusal in refusals:
        assert refusal.code.split(".")[0] in OURS, refusal
        assert refusal.code in messages.CATALOGUE, refusal
        assert messages.placeholders(messages.source(refusal.code)) <= {"status"}, refusal
