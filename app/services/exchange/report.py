"""What an import found and did, per section and record (docs/exchange-format.md): shared by
the file's import (transfer.py) and the replay of each case kind (iv.py, acute.py, homes.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app import messages
from app.domain.problems import Problem, problem
from app.errors import AkutDeskError


@dataclass(frozen=True)
class RecordProblem:
    section: str
    record: int  # 1-based position in the section; 0 = the file itself
    field: str
    message: str
    problem: Problem | None = None  # the rule's problem, when a rule found it (its code, params)

    def __str__(self) -> str:
        return messages.english(*self.phrase())

    def phrase(self) -> tuple[str, dict[str, object]]:
        """The line as a message id and parameters (STYLE §14)."""
        text: object = self.message
        if self.problem is not None and self.problem.code in messages.CATALOGUE:
            text = messages.phrase(self.problem.code, **self.problem.params)
        if self.record == 0:
            return "import.file_problem", {"section": self.section, "message": text}
        return "import.record_problem", {
            "section": self.section, "record": self.record, "field": self.field, "message": text,
        }  # fmt: skip


def said(section: str, record: int, field: str, code: str, /, **params: object) -> RecordProblem:
    """A problem with the file itself, by message id (app/messages/exchange.py)."""
    found = problem(field, code, **params)
    return RecordProblem(section, record, field, found.message, found)


def error_problem(section: str, record: int, exc: AkutDeskError) -> RecordProblem:
    """A typed error met while replaying a record (a workflow's refusal, a stale record) as
    the record's problem, by its message id and parameters when the catalogue says it."""
    path = getattr(exc, "path", "-")
    known = exc.code in messages.CATALOGUE and (
        messages.placeholders(messages.source(exc.code)) <= set(exc.params)
    )
    found = Problem(path, exc.code, exc.message, dict(exc.params)) if known else None
    return RecordProblem(section, record, path, exc.message, found)


@dataclass
class SectionCount:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0


@dataclass
class ImportReport:
    counts: dict[str, SectionCount] = field(default_factory=dict)
    problems: list[RecordProblem] = field(default_factory=list)
    warnings: list[RecordProblem] = field(default_factory=list)
    written: bool = False

    def summary(self) -> str:
        parts = [
            f"{name}: {c.created} created, {c.updated} updated, {c.unchanged} unchanged"
            + (f", {c.skipped} skipped" if c.skipped else "")
            for name, c in self.counts.items()
        ]
        return "; ".join(parts) or "nothing to import"
