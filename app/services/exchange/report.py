"""What an import found and did, per section and record (docs/exchange-format.md): shared by
the file's import (transfer.py) and the replay of each case kind (iv.py, acute.py, homes.py)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RecordProblem:
    section: str
    record: int  # 1-based position in the section; 0 = the file itself
    field: str
    message: str

    def __str__(self) -> str:
        if self.record == 0:
            return f"{self.section}: {self.message}"
        return f"{self.section} record {self.record}, field {self.field}: {self.message}"


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
