"""What a use case changed (STYLE §14, Anki ``OpChanges``): a mutating use case returns
its value together with the kinds of record it changed and which ones, so the window
announces exactly that on its hub instead of re-reading to guess."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Kinds are the entity names the hub uses ("citizen", "iv_course", ...); ``ids`` are
    (kind, uuid) pairs of the records that moved."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(cls, kind: str, *uuids: str | None, also: Iterable[str] = ()) -> Changes:
        """``kind`` and the given records of it; ``also`` names further kinds that moved
        without a particular record (e.g. a free place on a unit)."""
        return cls(
            frozenset({kind, *also}),
            frozenset((kind, uuid) for uuid in uuids if uuid),
        )

    @classmethod
    def named(cls, names: Iterable[str]) -> Changes:
        """The inverse of ``names()``: "kind" and "kind:uuid" entries."""
        kinds, ids = set(), set()
        for name in names:
            kind, _, uuid = name.partition(":")
            kinds.add(kind)
            if uuid:
                ids.add((kind, uuid))
        return cls(frozenset(kinds), frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def names(self) -> set[str]:
        """What the hub announces: each kind, and ``kind:uuid`` for each record (an open
        page of one record reloads only for its own)."""
        return set(self.kinds) | {f"{kind}:{uuid}" for kind, uuid in self.ids}


NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """A mutating use case's result: its ``value`` (a new record's uuid, a view, or None)
    and what it ``changes``."""

    value: T
    changes: Changes = field(default=NOTHING)
