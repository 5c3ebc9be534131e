"""Rows as they travel and as they are applied (issue #15, docs/sync.md): a change's data
is every column but the row id, foreign keys as uuids (app/db/journal.py makes it); here it
becomes a row of this store again, its foreign keys looked up by uuid.

Applying runs with the journal switched off (:data:`~app.db.journal.APPLYING`): a pulled
change is not sent back, a pushed one is recorded by the push itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Table, UniqueConstraint, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import journal
from app.models import CitizenNameWord, user_teams
from app.services.citizens import name_words

NAME_WORDS = "citizen_name_words"


class MissingReference(Exception):
    """A record the change refers to is not in this store (``table``, ``uuid``)."""

    def __init__(self, table: str, uuid: str) -> None:
        super().__init__(f"{table} {uuid}")
        self.table, self.uuid = table, uuid


def table(name: str) -> Table:
    return journal.catalogue().by_name[name]


def current(session: Session, name: str, uuid: str) -> tuple[int, dict[str, Any]] | None:
    """The record's version and its data as it travels, or None when it is not here."""
    tab = table(name)
    row = session.execute(select(tab).where(tab.c.uuid == uuid)).first()
    if row is None:
        return None
    values = dict(row._mapping)
    return int(values["version"]), journal.row_data(session, tab, values)


def id_of(session: Session, tab: Table, uuid: str) -> int | None:
    cache: dict[tuple[str, str], int] = session.info.setdefault("akutdesk_ids", {})
    key = (tab.name, uuid)
    if key not in cache:
        found = session.execute(select(tab.c.id).where(tab.c.uuid == uuid)).scalar()
        if found is None:
            return None
        cache[key] = int(found)
    return cache[key]


def values(session: Session, name: str, data: dict[str, Any], own: str) -> dict[str, Any]:
    """The data as column values of this store; a reference to the record itself
    (``own`` uuid: the first user made themself) is left for :func:`apply` to fill."""
    tab = table(name)
    refs = journal.catalogue().refs[name]
    out: dict[str, Any] = {}
    for column, value in data.items():
        if column not in tab.c:
            continue
        if column in refs and value is not None:
            target = refs[column]
            if target.name == name and value == own:
                out[column] = None
                continue
            found = id_of(session, target, str(value))
            if found is None:
                if tab.c[column].nullable:
                    out[column] = None
                    continue
                raise MissingReference(target.name, str(value))
            out[column] = found
        else:
            out[column] = journal.typed(tab, column, value)
    return out


def apply(session: Session, name: str, uuid: str, op: str, data: dict[str, Any] | None) -> None:
    """Make the record as the change says, whatever this store held (a pull applies the
    server's order; the push checked versions before calling this)."""
    tab = table(name)
    here = id_of(session, tab, uuid)
    if op == "delete" or data is None:
        if here is not None:
            if name == "citizens":
                session.execute(delete(_words()).where(_words().c.citizen_id == here))
            session.execute(delete(tab).where(tab.c.id == here))
            session.info.get("akutdesk_ids", {}).pop((name, uuid), None)
        return
    row = values(session, name, data, uuid)
    if here is None:
        here = int(session.execute(insert(tab).values(**row).returning(tab.c.id)).scalar_one())
        session.info.setdefault("akutdesk_ids", {})[(name, uuid)] = here
    else:
        session.execute(update(tab).where(tab.c.id == here).values(**row))
    selfs = {c: v for c, v in data.items() if c in journal.catalogue().refs[name] and v == uuid}
    if selfs:
        session.execute(update(tab).where(tab.c.id == here).values(**dict.fromkeys(selfs, here)))
    if name == "citizens":
        _rewrite_words(session, here, str(data.get("first_name", "")), str(data["last_name"]))
    if name == "teams" and journal.MEMBERS in data:
        _rewrite_members(session, here, list(data[journal.MEMBERS] or []))


Change = tuple[int, str, str, str, dict[str, Any] | None]
#: applied one by one: users refer to themselves, a team brings its members
ONE_BY_ONE = frozenset({"users", "teams"})


def runs(changes: list[Change]) -> Iterator[list[Change]]:
    """The changes in order, as runs of inserts into one table (applied at once by
    :func:`insert_run`) and single other changes."""
    run: list[Change] = []
    for change in changes:
        if run and (change[3] != "insert" or change[1] != run[0][1]):
            yield run
            run = []
        if change[3] == "insert" and change[1] not in ONE_BY_ONE:
            run.append(change)
        else:
            yield [change]
    if run:
        yield run


def insert_run(session: Session, run: list[Change]) -> list[Change]:
    """Insert the run's records that are not here at once (an office's first copy of a
    server is 200,000 citizens: one statement a run, not four a record); what is left
    for :func:`apply`, in order (all of it when the run fails)."""
    name = run[0][1]
    tab = table(name)
    uuids = [c[2] for c in run]
    here = set(session.scalars(select(tab.c.uuid).where(tab.c.uuid.in_(uuids))))
    fresh = [c for c in run if c[2] not in here and c[4] is not None]
    if len(fresh) < 2:
        return run
    try:
        with session.begin_nested():
            values_list = [values(session, name, dict(c[4] or {}), c[2]) for c in fresh]
            session.execute(insert(tab), values_list)
            found = session.execute(select(tab.c.uuid, tab.c.id).where(tab.c.uuid.in_(uuids)))
            ids = {str(uuid): int(row_id) for uuid, row_id in found}
            cache = session.info.setdefault("akutdesk_ids", {})
            for uuid, row_id in ids.items():
                cache[(name, uuid)] = int(row_id)
            if name == "citizens":
                words = [
                    {"citizen_id": ids[c[2]], "word": w}
                    for c in fresh
                    for w in name_words(
                        str((c[4] or {}).get("first_name", "")), str((c[4] or {})["last_name"])
                    )
                ]
                if words:
                    session.execute(insert(_words()), words)
    except (MissingReference, IntegrityError):
        session.info.pop("akutdesk_ids", None)
        return run
    done = {c[0] for c in fresh}
    return [c for c in run if c[0] not in done]


def _links() -> Table:
    return user_teams


def _words() -> Table:
    found: Table = CitizenNameWord.__table__  # type: ignore[assignment]
    return found


def _rewrite_words(session: Session, citizen_id: int, first: str, last: str) -> None:
    """The search words are derived from the name (app/services/citizens.py), not synced."""
    words = _words()
    session.execute(delete(words).where(words.c.citizen_id == citizen_id))
    rows = [{"citizen_id": citizen_id, "word": w} for w in name_words(first, last)]
    if rows:
        session.execute(insert(words), rows)


def _rewrite_members(session: Session, team_id: int, member_uuids: list[str]) -> None:
    """A team's members as the server has them (``user_teams`` travels in the team's row,
    app/db/journal.py); a user not here yet is left out (the server sends users first)."""
    links = _links()
    session.execute(delete(links).where(links.c.team_id == team_id))
    users = table("users")
    ids = [id_of(session, users, u) for u in member_uuids]
    found = [{"user_id": i, "team_id": team_id} for i in ids if i is not None]
    if found:
        session.execute(insert(links), found)


def unique_sets(tab: Table) -> list[tuple[str, ...]]:
    """The table's unique column sets other than its uuid (for citizens: the CPR)."""
    found: list[tuple[str, ...]] = [(c.name,) for c in tab.c if c.unique]
    found += [tuple(c.name for c in k.columns) for k in tab.constraints if isinstance(k, UniqueConstraint)]  # fmt: skip
    found += [tuple(c.name for c in i.columns) for i in tab.indexes if i.unique]
    return [s for s in dict.fromkeys(found) if "uuid" not in s]


def holder(session: Session, name: str, data: dict[str, Any], uuid: str) -> tuple[int, str] | None:
    """The record here (row id, uuid) other than ``uuid`` that holds one of the unique
    values of ``data`` (as it travels), or None."""
    tab = table(name)
    try:
        found_values = values(session, name, data, uuid)
    except MissingReference:
        return None
    for columns in unique_sets(tab):
        if any(found_values.get(c) is None for c in columns):
            continue
        query = select(tab.c.id, tab.c.uuid).where(
            tab.c.uuid != uuid, *[tab.c[c] == found_values[c] for c in columns]
        )
        found = session.execute(query.limit(1)).first()
        if found is not None:
            return int(found[0]), str(found[1])
    return None


def differing(mine: dict[str, Any] | None, theirs: dict[str, Any] | None) -> list[str]:
    """The fields two versions differ in (the stamps and the version left out)."""
    if mine is None or theirs is None:
        return []
    skip = {"version", "updated_at", "updated_by_id", "created_at", "created_by_id"}
    return sorted(k for k in {*mine, *theirs} - skip if mine.get(k) != theirs.get(k))
