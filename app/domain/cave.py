"""CAVE: the citizen's allergies and intolerances (issue #12 item 4; docs/cave.md).

Three states, because a nurse giving IV antibiotics must tell "nobody asked" from "asked:
none": ``unknown`` (CAVE not asked — the state of every citizen until someone records it,
and of every citizen in an exchange file older than version 5), ``none`` (asked: no known
allergies) and ``known`` (one or more entries, e.g. "penicillin (allergi: udslæt)").

The entries are kept as one text, one entry per line or separated by ";"; they are written
back joined by "; " so every screen, list and document shows the same line.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from app.domain.problems import Problem, choice_problem, problem

#: the stored text's length (app/models/citizen.py)
MAX_LENGTH = 500


class CaveState(enum.StrEnum):
    UNKNOWN = "unknown"  # not asked
    NONE = "none"  # asked: no known allergies or intolerances
    KNOWN = "known"


@dataclass(frozen=True)
class Cave:
    state: str = CaveState.UNKNOWN.value
    text: str = ""

    @property
    def entries(self) -> tuple[str, ...]:
        return entries(self.text)


def entries(text: str) -> tuple[str, ...]:
    """The separate entries of a CAVE text (lines or ";"), blanks dropped."""
    return tuple(" ".join(e.split()) for e in re.split(r"[;\n\r]+", text) if e.strip())


def normalise(state: str, text: str) -> tuple[str, str]:
    """Trimmed state; entries joined by "; " (what is stored and shown)."""
    return str(state or "").strip().lower(), "; ".join(entries(str(text or "")))


def check(state: str, text: str) -> list[Problem]:
    """A known CAVE names at least one agent; "none" and "unknown" carry no text (a nurse
    must never read "no known allergies" beside an allergy)."""
    found = choice_problem("cave_state", state, [s.value for s in CaveState])
    if found:
        return found
    if state == CaveState.KNOWN and not text.strip():
        found.append(problem("cave", "cave.missing"))
    elif state != CaveState.KNOWN and text.strip():
        found.append(problem("cave", "cave.text_without_allergy", value=text))
    if len(text) > MAX_LENGTH:
        found.append(problem("cave", "cave.too_long", limit=MAX_LENGTH))
    elif re.search(r"[\x00-\x1f\x7f]", text):
        found.append(problem("cave", "cave.invalid", value=text))
    return found


def merge_referral(current: Cave, referral: Cave) -> Cave:
    """What the citizen's CAVE becomes when a hospital referral states one (docs/cave.md):
    a referral never erases or narrows what the citizen's record knows. Its entries are
    added to the known ones (an entry already there, case aside, is not repeated); its
    "no known allergies" only replaces "not asked"; a referral that says nothing changes
    nothing."""
    if referral.state == CaveState.KNOWN:
        have = list(current.entries) if current.state == CaveState.KNOWN else []
        seen = {e.casefold() for e in have}
        added = [e for e in referral.entries if e.casefold() not in seen]
        return Cave(CaveState.KNOWN.value, "; ".join(have + added))
    if referral.state == CaveState.NONE and current.state == CaveState.UNKNOWN:
        return Cave(CaveState.NONE.value, "")
    return current
