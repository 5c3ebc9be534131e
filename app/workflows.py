"""The states of the IV course, the acute episode and the invoice, declared once (STYLE §13,
Tryton ``_transitions`` / ``_buttons``).

Per workflow: its states, its transitions (name → from-states → to-state), the actions
the services accept in which states — with the problem they give when refused, so the
codes and messages are the ones the views already translate — and the buttons the windows
offer in which states. Pure: no queries, no Qt. The services call ``check``/``require``
before they change anything; the windows show their buttons from ``buttons_in(state)``.

IV course (DIGEST §1, D5–D8)::

    referred ──accept──▶ accepted ──start (municipal day 1)──▶ active
        │                    └──────────────end (D7)──────────────┴──▶ ended
        └──reject (D8)──▶ rejected      (a rejected referral is never a course, D7/D8)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.domain import acute
from app.domain import iv as iv_rules
from app.domain.problems import Problem, problem
from app.errors import InvalidInput


@dataclass(frozen=True)
class Refusal:
    """The problem an action gives in a state it is not allowed in: a message id of the
    catalogue (app/messages), given the current ``status``; ``detail`` adds the invoice
    errors' wording (number, detail) where the refusal is an invoice's."""

    field: str
    code: str

    def as_problem(self, state: str) -> Problem:
        return problem(self.field, self.code, status=state)


@dataclass(frozen=True)
class Transition:
    name: str
    from_states: frozenset[str]
    to_state: str


@dataclass(frozen=True)
class Action:
    """Something a service does; allowed in ``states``, otherwise refused with the refusal
    for that state (``refused_in``) or the default ``refusal``."""

    name: str
    states: frozenset[str]
    refusal: Refusal
    refused_in: Mapping[str, Refusal] = field(default_factory=dict)


@dataclass(frozen=True)
class Workflow:
    name: str
    states: tuple[str, ...]
    initial: tuple[str, ...]
    transitions: tuple[Transition, ...]
    actions: tuple[Action, ...]
    buttons: Mapping[str, frozenset[str]]  # button → states the window offers it in

    def action(self, name: str) -> Action:
        for action in self.actions:
            if action.name == name:
                return action
        raise KeyError(f"{self.name} has no action {name!r}")

    def transition(self, name: str) -> Transition:
        for transition in self.transitions:
            if transition.name == name:
                return transition
        raise KeyError(f"{self.name} has no transition {name!r}")

    def allows(self, action: str, state: str) -> bool:
        return state in self.action(action).states

    def check(self, action: str, state: str) -> list[Problem]:
        """The problem the declaration gives for ``action`` in ``state`` (none if allowed)."""
        declared = self.action(action)
        if state in declared.states:
            return []
        return [declared.refused_in.get(state, declared.refusal).as_problem(state)]

    def require(self, action: str, state: str) -> None:
        """Refuse (``InvalidInput``, the same problem code as before) what the declaration
        forbids; call it before anything is written."""
        problems = self.check(action, state)
        if problems:
            raise InvalidInput(problems)

    def allowed_actions(self, state: str) -> frozenset[str]:
        return frozenset(a.name for a in self.actions if state in a.states)

    def buttons_in(self, state: str) -> frozenset[str]:
        """The buttons the window offers in ``state``."""
        return frozenset(b for b, states in self.buttons.items() if state in states)

    def can_move(self, from_state: str, to_state: str) -> bool:
        return any(from_state in t.from_states and t.to_state == to_state for t in self.transitions)

    def reachable(self) -> set[str]:
        seen = set(self.initial)
        frontier = list(self.initial)
        while frontier:
            state = frontier.pop()
            for t in self.transitions:
                if state in t.from_states and t.to_state not in seen:
                    seen.add(t.to_state)
                    frontier.append(t.to_state)
        return seen


def _states(*states: str) -> frozenset[str]:
    return frozenset(states)


# -- the IV course (DIGEST §1.3, §1.11; D5–D8) -----------------------------------------------

S = iv_rules.Status
_RUNNING = _states(S.ACCEPTED, S.ACTIVE)

IV_COURSE = Workflow(
    name="iv_course",
    states=tuple(s.value for s in S),
    initial=(S.REFERRED,),
    transitions=(
        Transition("accept", _states(S.REFERRED), S.ACCEPTED),
        Transition("reject", _states(S.REFERRED), S.REJECTED),  # D8
        Transition("start", _states(S.ACCEPTED), S.ACTIVE),  # D4: municipal day 1
        Transition("end", _RUNNING, S.ENDED),  # D7
        # issue #12: an end (or an ending decision) recorded by mistake, corrected the same
        # day; the course runs again as it did before it ended
        Transition("reopen", _states(S.ENDED), S.ACTIVE),
        Transition("reopen_unstarted", _states(S.ENDED), S.ACCEPTED),
    ),
    actions=(
        Action(
            "accept",
            _states(S.REFERRED),
            Refusal("status", "iv.not_referred"),
        ),
        Action(
            "reject",
            _states(S.REFERRED),
            Refusal("status", "iv.not_referred_reject"),
        ),
        # An ended course still takes a late record of an administration up to its end (D7;
        # the date is checked by the service), so "ended" is allowed here.
        Action(
            "administration",
            _states(S.ACCEPTED, S.ACTIVE, S.ENDED),
            Refusal("status", "iv.not_accepted"),
            refused_in={S.REJECTED: Refusal("status", "iv.rejected")},
        ),
        Action(  # D5
            "crp",
            _RUNNING,
            Refusal("status", "crp.course_closed"),
        ),
        Action(  # D6: a decision that ends the course needs a running one
            "decision_ending",
            _RUNNING,
            Refusal("decision", "crp.closed"),
        ),
        Action(  # D1
            "type",
            _states(S.REFERRED, S.ACCEPTED, S.ACTIVE),
            Refusal("status", "iv.closed"),
        ),
        Action(  # D7
            "end",
            _RUNNING,
            Refusal("status", "iv.not_running"),
        ),
        Action(  # issue #14: the outcome and a readmission after the end
            "outcome",
            _states(S.ENDED),
            Refusal("status", "iv.outcome_not_ended"),
        ),
        Action(  # issue #12: take back an end recorded by mistake
            "correct_end",
            _states(S.ENDED),
            Refusal("status", "iv.not_ended"),
        ),
        Action(  # issue #12: take back a conference decision (an ending one reopens)
            "correct_decision",
            _states(S.ACCEPTED, S.ACTIVE, S.ENDED),
            Refusal("decision", "crp.correct_closed"),
        ),
    ),
    buttons={
        "accept": _states(S.REFERRED),
        "reject": _states(S.REFERRED),
        "administration": _RUNNING,
        "crp": _RUNNING,  # and a CRP check applies (D5: not for fluid courses)
        "decision": _RUNNING,  # and a value awaits its decision (D6)
        "type": _RUNNING,
        "end": _RUNNING,
        "correct_end": _states(S.ENDED),  # and the end was recorded today
        "outcome": _states(S.ENDED),
        "correct_decision": _states(S.ACCEPTED, S.ACTIVE, S.ENDED),  # and decided today
    },
)

# -- the acute episode -----------------------------------------------------------------------

A = acute.Status
_OPEN = _states(A.OPEN)

ACUTE_EPISODE = Workflow(
    name="acute_episode",
    states=tuple(s.value for s in A),
    initial=(A.OPEN,),
    transitions=(Transition("end", _OPEN, A.ENDED),),
    actions=(
        Action("update", _OPEN, Refusal("status", "acute.ended_change")),
        Action("end", _OPEN, Refusal("status", "acute.ended")),
    ),
    buttons={
        "edit": _OPEN,
        "measurement": _OPEN,
        "contact": _OPEN,
        "correct": _OPEN,
        "texts": _states(A.OPEN, A.ENDED),  # the closing texts are written after the end
        "end": _OPEN,
    },
)

# -- the invoice (STYLE §3, Tryton account_invoice; app/billing/lifecycle.py) ---------------

DRAFT, POSTED, EXPORTED = "draft", "posted", "exported"
# app/billing/lifecycle.py turns a refusal into InvoiceNotModifiable (the typed error as before)
_NOT_MODIFIABLE = Refusal("state", "invoice.state")
# D12: only what is posted is corrected by a credit note (app/services/invoices/credit.py)
_NOT_CREDITABLE = Refusal("invoice", "invoice.not_creditable")

INVOICE = Workflow(
    name="invoice",
    states=(DRAFT, POSTED, EXPORTED),
    initial=(DRAFT,),
    transitions=(
        Transition("post", _states(DRAFT), POSTED),
        Transition("export", _states(POSTED), EXPORTED),
    ),
    actions=(
        Action("post", _states(DRAFT), _NOT_MODIFIABLE),
        # exporting again writes the stored bytes once more and keeps the state
        Action("export", _states(POSTED, EXPORTED), _NOT_MODIFIABLE),
        Action("credit", _states(POSTED, EXPORTED), _NOT_CREDITABLE),
    ),
    buttons={"credit": _states(POSTED, EXPORTED)},  # the posted page's "Credit note…"
)

WORKFLOWS = (IV_COURSE, ACUTE_EPISODE, INVOICE)
