"""One record registered in two places (issue #15, docs/sync.md "One citizen, two
offices"): the same CPR registered offline at two offices. The server accepts the first
office's citizen and refuses the second's as a ``duplicate`` conflict; when the second office
then pulls the server's citizen, its unique CPR meets the office's own record.

The pull then merges the office's record into the server's, in the pull's transaction,
losing nothing:

1. the server's record is applied; every local row that refers to the office's record (each
   foreign key to its table, from the metadata) now refers to the server's record;
2. the office's own version is kept in a ``duplicate`` conflict (the server's, or a new one
   when the server never saw the office's version), so a user sees both and chooses:
   *mine* writes the office's values onto the server's record (``conflicts.py``);
3. the office's record is removed here without a tombstone (the server never had it); its
   outbox rows are dropped, waiting changes that name it are rewritten to name the server's
   record, and the records under it the server lacks (refused as ``missing``, or waiting)
   are queued again as inserts, parents first, so they reach the server at the next push.

Only a record the server does not hold is merged (its insert waits in the outbox or was
refused); otherwise the pull stops as before (``sync_pull_collides``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from app.db import journal
from app.models import Base, load_all
from app.models.sync import SyncConflict, SyncOutbox
from app.services.sync import rows, server

DUPLICATE = "duplicate"


class Server(Protocol):
    """What the merge asks of the server (read only)."""

    def holds(self, table: str, uuids: Iterable[str]) -> set[str]: ...

    def has_conflict(self, table: str, record_uuid: str) -> bool: ...


class RemoteServer:
    """:class:`Server` over a read session of the server's store."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def holds(self, table: str, uuids: Iterable[str]) -> set[str]:
        wanted = list(uuids)
        if not wanted:
            return set()
        tab = rows.table(table)
        return {str(u) for u in self.session.scalars(select(tab.c.uuid).where(tab.c.uuid.in_(wanted)))}  # fmt: skip

    def has_conflict(self, table: str, record_uuid: str) -> bool:
        query = select(SyncConflict.id).where(
            SyncConflict.table_name == table,
            SyncConflict.record_uuid == record_uuid,
            SyncConflict.kind == DUPLICATE,
        )
        return self.session.scalar(query.limit(1)) is not None


def merge(
    session: Session, remote: Server, origin: str, name: str, uuid: str, data: dict[str, Any]
) -> bool:
    """Apply the server's record ``uuid`` (``data``) whose unique value a record of this
    office holds, merging that record into it (the module's steps); False when there is
    nothing to merge (no such record, or the server holds it: the caller stops)."""
    found = rows.holder(session, name, data, uuid)
    if found is None or remote.holds(name, [found[1]]):
        return False
    local_id, local_uuid = found
    tab = rows.table(name)
    here = rows.current(session, name, local_uuid)
    mine = here[1] if here is not None else None
    waiting = session.scalar(
        select(SyncOutbox.origin_seq)
        .where(SyncOutbox.table_name == name, SyncOutbox.uuid == local_uuid)
        .limit(1)
    )
    ids: dict[tuple[str, str], int] = session.info.setdefault("akutdesk_ids", {})
    ids.pop((name, local_uuid), None)
    session.info.get("akutdesk_uuids", {}).pop((name, local_id), None)
    target = rows.id_of(session, tab, uuid)
    if target is None:  # the office's row becomes the server's record: its children follow
        session.execute(update(tab).where(tab.c.id == local_id).values(uuid=uuid))
        ids[(name, uuid)] = target = local_id
    else:
        repoint(session, name, local_id, target)
        session.execute(delete(tab).where(tab.c.id == local_id))
    rows.apply(session, name, uuid, "update", data)
    session.execute(
        delete(SyncOutbox).where(SyncOutbox.table_name == name, SyncOutbox.uuid == local_uuid)
    )
    _rename_in_outbox(session, name, local_uuid, uuid)
    _requeue(session, remote, name, target)
    if waiting is not None or not remote.has_conflict(name, local_uuid):
        _new_conflict(session, origin, name, local_uuid, mine, data)
    return True


def referring(name: str) -> list[tuple[Table, str]]:
    """Every (table, column) of the metadata with a foreign key to table ``name`` (every
    model loaded first: a table of a model not yet imported would be missed)."""
    load_all()
    return [
        (tab, column.name)
        for tab in Base.metadata.sorted_tables
        for column in tab.c
        if any(k.column.table.name == name for k in column.foreign_keys)
    ]


def repoint(session: Session, name: str, old: int, new: int) -> None:
    """Every local row that refers to row ``old`` of ``name`` now refers to ``new``; the
    citizens' search words (derived, rows.py) of ``old`` are dropped."""
    for tab, column in referring(name):
        if tab.name == rows.NAME_WORDS:
            session.execute(delete(tab).where(tab.c[column] == old))
        else:
            session.execute(update(tab).where(tab.c[column] == old).values({column: new}))
    session.info.pop("akutdesk_uuids", None)


def _rename_in_outbox(session: Session, name: str, old: str, new: str) -> None:
    """Waiting changes that name record ``old`` of ``name`` name ``new`` instead."""
    columns: dict[str, list[str]] = {}
    for child, refs in journal.catalogue().refs.items():
        for column, target in refs.items():
            if target.name == name:
                columns.setdefault(child, []).append(column)
    if not columns:
        return
    query = select(SyncOutbox).where(SyncOutbox.table_name.in_(list(columns)))
    for row in session.scalars(query):
        data = dict(row.data or {})
        moved = [c for c in columns[row.table_name] if data.get(c) == old]
        if moved:
            data.update(dict.fromkeys(moved, new))
            session.execute(
                update(SyncOutbox).where(SyncOutbox.origin_seq == row.origin_seq).values(data=data)
            )


def _requeue(session: Session, remote: Server, name: str, row_id: int) -> None:
    """The records under row ``row_id`` of ``name`` (children, their children, …) that the
    server lacks and no waiting change carries — refused as ``missing`` while their parent
    was the office's — as new inserts, parents first."""
    todo, seen, changes = [(name, row_id)], {(name, row_id)}, []
    while todo:
        parent, parent_id = todo.pop(0)
        for tab, column in referring(parent):
            if not journal.is_synced(tab):
                continue
            found = [dict(r._mapping) for r in session.execute(select(tab).where(tab.c[column] == parent_id))]  # fmt: skip
            if not found:
                continue
            uuids = [str(v["uuid"]) for v in found]
            waiting = set(
                session.scalars(
                    select(SyncOutbox.uuid).where(
                        SyncOutbox.table_name == tab.name, SyncOutbox.uuid.in_(uuids)
                    )
                )
            )
            held = remote.holds(tab.name, [u for u in uuids if u not in waiting])
            for values in found:
                key = (tab.name, int(values["id"]))
                if values["uuid"] in waiting or values["uuid"] in held or key in seen:
                    continue
                seen.add(key)
                todo.append(key)
                changes.append({
                    "table_name": tab.name, "uuid": values["uuid"], "op": "insert",
                    "base_version": 0, "version": int(values["version"]),
                    "data": journal.row_data(session, tab, values),
                })  # fmt: skip
    if changes:
        journal.write_outbox(session, changes)


def _new_conflict(
    session: Session,
    origin: str,
    name: str,
    record_uuid: str,
    mine: dict[str, Any] | None,
    theirs: dict[str, Any],
) -> None:
    """A ``duplicate`` conflict made here (the office's version the server never saw),
    journaled so that it travels to every store like the server's conflicts."""
    change = {"table_name": name, "uuid": record_uuid, "origin_seq": 0, "base_version": 0}
    values = server.new_conflict({**change, "data": mine}, origin, DUPLICATE, theirs)
    tab = journal.catalogue().by_name["sync_conflicts"]
    session.execute(insert(tab).values(**values))
    journal.write_outbox(session, [{
        "table_name": tab.name, "uuid": values["uuid"], "op": "insert", "base_version": 0,
        "version": 1, "data": journal.row_data(session, tab, values),
    }])  # fmt: skip
