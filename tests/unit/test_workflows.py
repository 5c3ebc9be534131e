"""The declared workflows (app/workflows.py, STYLE §13): complete, and what they
forbid is refused with nothing written."""

from __future__ import annotations

import pytest

from app.billing import lifecycle
from app.domain import acute
from app.domain import iv as iv_rules
from app.errors import InvalidInput
from app.workflows import ACUTE_EPISODE, INVOICE, IV_COURSE, WORKFLOWS, Workflow

# The buttons of the windows (app/views/iv/course_window.py, app/views/acute/episode_window.py).
COURSE_BUTTONS = {"accept", "reject", "administration", "crp", "decision", "type", "end"}
# issue #12: taking back a decision or an end (shown only when the service offers it)
CORRECTIONS = {"correct_decision", "correct_end"}
# issue #14: the outcome and a readmission after the end of an ended course
FOLLOW_UP = {"outcome"}
EPISODE_BUTTONS = {"edit", "measurement", "contact", "correct", "texts", "end"}


@pytest.mark.parametrize("flow", WORKFLOWS, ids=lambda w: w.name)
def test_every_state_is_reachable(flow: Workflow) -> None:
    assert flow.reachable() == set(flow.states)


@pytest.mark.parametrize("flow", WORKFLOWS, ids=lambda w: w.name)
def test_transitions_actions_and_buttons_name_declared_states(flow: Workflow) -> None:
    states = set(flow.states)
    for t in flow.transitions:
        assert t.from_states <= states and t.to_state in states, t
    for a in flow.actions:
        assert a.states <= states and set(a.refused_in) <= states - a.states, a
    for button, where in flow.buttons.items():
        assert where <= states, button
    names = [a.name for a in flow.actions]
    assert len(names) == len(set(names))


def test_the_states_are_the_vocabularies() -> None:
    assert set(IV_COURSE.states) == {s.value for s in iv_rules.Status}
    assert set(ACUTE_EPISODE.states) == {s.value for s in acute.Status}
    assert INVOICE.states == lifecycle.STATES


def test_every_button_of_the_windows_is_declared() -> None:
    assert set(IV_COURSE.buttons) == COURSE_BUTTONS | CORRECTIONS | FOLLOW_UP
    assert set(ACUTE_EPISODE.buttons) == EPISODE_BUTTONS
    # a button that changes the course is backed by an action the service checks
    for button in (COURSE_BUTTONS | CORRECTIONS | FOLLOW_UP) - {"decision"}:
        IV_COURSE.action(button)
    IV_COURSE.action("decision_ending")
    for button in ("update", "end"):
        ACUTE_EPISODE.action(button)


def test_buttons_are_offered_only_where_the_service_allows_them() -> None:
    for state in IV_COURSE.states:
        for button in IV_COURSE.buttons_in(state) - {"decision"}:
            assert IV_COURSE.allows(button, state), (button, state)
    for state in ACUTE_EPISODE.states:
        for button in ACUTE_EPISODE.buttons_in(state) & {"end"}:
            assert ACUTE_EPISODE.allows(button, state)


def test_course_buttons_by_state() -> None:
    assert IV_COURSE.buttons_in("referred") == {"accept", "reject"}
    running = COURSE_BUTTONS - {"accept", "reject"} | {"correct_decision"}
    assert IV_COURSE.buttons_in("accepted") == running
    assert IV_COURSE.buttons_in("active") == running
    assert IV_COURSE.buttons_in("ended") == CORRECTIONS | FOLLOW_UP
    assert IV_COURSE.buttons_in("rejected") == set()
    assert ACUTE_EPISODE.buttons_in("ended") == {"texts"}


def test_refusals_keep_their_codes() -> None:
    assert [p.code for p in IV_COURSE.check("accept", "active")] == ["iv.not_referred"]
    assert IV_COURSE.check("accept", "active")[0].params == {"status": "active"}
    assert [p.code for p in IV_COURSE.check("administration", "referred")] == ["iv.not_accepted"]
    assert [p.code for p in IV_COURSE.check("administration", "rejected")] == ["iv.rejected"]
    assert IV_COURSE.check("administration", "ended") == []
    assert [p.code for p in IV_COURSE.check("end", "referred")] == ["iv.not_running"]
    assert [p.code for p in IV_COURSE.check("type", "ended")] == ["iv.closed"]
    assert [p.code for p in IV_COURSE.check("crp", "ended")] == ["crp.course_closed"]
    assert [p.code for p in ACUTE_EPISODE.check("end", "ended")] == ["acute.ended"]
    assert [p.code for p in ACUTE_EPISODE.check("update", "ended")] == ["acute.ended_change"]
    assert [p.code for p in IV_COURSE.check("decision_ending", "ended")] == ["crp.closed"]
    with pytest.raises(InvalidInput) as refused:
        IV_COURSE.require("reject", "ended")
    assert refused.value.problems[0].code == "iv.not_referred_reject"
    IV_COURSE.require("reject", "referred")


def test_only_a_posted_invoice_is_offered_and_allowed_a_credit_note() -> None:
    """D12: the posted page's "Credit note…" and the service's refusal read one declaration."""
    for state in INVOICE.states:
        offered = "credit" in INVOICE.buttons_in(state)
        assert offered == INVOICE.allows("credit", state) == (state != "draft"), state
    assert [p.code for p in INVOICE.check("credit", "draft")] == ["invoice.not_creditable"]


def test_invoice_transitions() -> None:
    assert sorted(lifecycle.TRANSITIONS) == [("draft", "posted"), ("posted", "exported")]
    lifecycle.check_transition("2026-0001", "draft", "posted")
    with pytest.raises(lifecycle.InvoiceNotModifiable):
        lifecycle.check_transition("2026-0001", "exported", "draft")


def test_an_undeclared_action_or_transition_is_a_bug_not_a_refusal() -> None:
    """A service naming an action the declaration lacks fails loudly (a typo must not pass
    as "allowed"), as does an unknown transition."""
    with pytest.raises(KeyError, match="no action 'teleport'"):
        IV_COURSE.check("teleport", "active")
    with pytest.raises(KeyError, match="no transition 'teleport'"):
        ACUTE_EPISODE.transition("teleport")


def test_allowed_actions_follow_the_state() -> None:
    """D7/D8: a referral is only accepted or rejected (or retyped, D1); an ended course takes
    only a late administration, the correction of a mistaken end (issue #12), or its outcome
    and a readmission after it (issue #14)."""
    assert IV_COURSE.allowed_actions("referred") == {"accept", "reject", "type"}
    assert IV_COURSE.allowed_actions("ended") == {"administration"} | CORRECTIONS | FOLLOW_UP
    assert IV_COURSE.allowed_actions("rejected") == frozenset()
