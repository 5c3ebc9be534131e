"""The sync journal (issue #15, docs/sync.md): every insert, update and delete of a synced
record is written down in the transaction that makes it.

On an office store (a row in ``sync_state`` with role office) a flush listener writes one
``sync_outbox`` row per changed record, numbered by the office's own gapless sequence; a
later change of a record whose row has not yet gone out is folded into it (its base version
kept). On the server it writes the change straight into ``sync_changes``, numbered under
the ``sync_head`` row lock so a pull never sees a sequence before a smaller one commits.
Rows travel as JSON with every foreign key as the referenced record's **uuid** (row ids
differ per store). A store that is neither (no ``sync_state`` row) writes nothing.

What only the server does (D44 gapless numbers, user accounts and roles, the tariffs,
the reference data): on an office those tables are refused as :class:`~app.errors.
ServerOnly` (nothing written), except what signing in counts on ``users``, which stays
local. Changes the sync itself applies set :data:`APPLYING` on the session and are not
journaled again.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, Table, inspect, select, text
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from app.errors import ServerOnly
from app.models import Base, load_all
from app.models.sync import OFFICE, SERVER, STATE_ID, SyncBasis, SyncChange, SyncOutbox

#: session.info key: the sync applies changes of elsewhere, nothing is journaled
APPLYING = "akutdesk_sync_applying"
_STATE = "akutdesk_sync_state"

#: tables an office receives but never writes: the accounts and teams (a team's row carries
#: its members, ``user_teams``), the tariff catalogue, the billed ledger (D12: an office
#: previews a run with the server's figures) and the reference data
SERVER_ONLY = frozenset(
    {"users", "teams", "user_teams", "tariff_versions", "tariff_items", "billed_items",
     "municipality", "hospital_units", "departments"}
)  # fmt: skip
#: never on an office: the invoices, their posting and numbering (D44: the server's)
OFFICE_REFUSED = frozenset({"invoices", "invoice_lines", "invoice_files", "invoice_sequences"})
#: the server's settings an office keeps a copy of, pulled as they are (services/sync/office.py):
#: the first month invoiced, so that an office's preview of a run is the server's
MIRRORED_SETTINGS = ("invoices.start",)
#: every table an office never writes
NOT_ON_OFFICE = SERVER_ONLY | OFFICE_REFUSED
#: what signing in changes on an office's copy of a user (kept local, never pushed)
SIGNIN_COLUMNS = frozenset(
    {"failed_logins", "locked_until", "password_hash", "version", "updated_at", "updated_by_id"}
)
#: accumulate-only facts: inserted with fresh uuids, never in conflict (docs/sync.md)
FACTS = frozenset(
    {"iv_administrations", "acute_measurements", "acute_gp_contacts", "iv_crp_checks",
     "survey_sheets", "iv_course_type_changes"}
)  # fmt: skip
_NOT_SYNCED = frozenset({"invoices", "sync_outbox", "sync_changes", "sync_bases"})


def is_synced(table: Table) -> bool:
    """Whether the rows of ``table`` travel: they carry a uuid, and the table is not one of
    :data:`_NOT_SYNCED`. Asked of a table itself, so the listeners need no list of every
    table (the models Today does not read load later, app/models/__init__.py)."""
    return "uuid" in table.c and table.name not in _NOT_SYNCED


@dataclass(frozen=True)
class Catalogue:
    """Every synced table, parents before children, by name, with its references."""

    tables: tuple[Table, ...]
    by_name: dict[str, Table]
    #: table name → foreign-key column → the synced table it refers to
    refs: dict[str, dict[str, Table]]


@functools.cache
def catalogue() -> Catalogue:
    """Made the first time the sync asks, with every model loaded first (``load_all``):
    a table whose module was not yet imported would otherwise be left out."""
    load_all()
    tables = tuple(t for t in Base.metadata.sorted_tables if is_synced(t))
    by_name = {t.name: t for t in tables}
    refs = {t.name: _references(t, by_name) for t in tables}
    return Catalogue(tables, by_name, refs)


def _references(table: Table, by_name: dict[str, Table]) -> dict[str, Table]:
    found = {}
    for column in table.c:
        for key in column.foreign_keys:
            target = key.column.table
            if target.name in by_name:
                found[column.name] = by_name[target.name]
    return found


def plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def typed(table: Table, name: str, value: Any) -> Any:
    """A JSON value back as the column's Python value."""
    if value is None:
        return None
    kind = table.c[name].type
    kind = getattr(kind, "impl", kind)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Numeric):
        return decimal.Decimal(value)
    return value


def uuid_of(session: Session, table: Table, row_id: int | None) -> str | None:
    if row_id is None:
        return None
    cache: dict[tuple[str, int], str | None] = session.info.setdefault("akutdesk_uuids", {})
    key = (table.name, row_id)
    if key not in cache:
        found = session.execute(select(table.c.uuid).where(table.c.id == row_id)).scalar()
        cache[key] = found
    return cache[key]


#: columns that name a record of the server's alone (the invoice line an item was billed
#: on: an office holds no invoice); they travel empty
LOCAL_COLUMNS = {"billed_items": frozenset({"line_id"})}
#: a team's row carries its members (``user_teams`` has no uuid of its own): the users'
#: uuids, so a change of membership is a change of the team (services/security/teams.py)
MEMBERS = "members"


def row_data(session: Session, table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """A row as it travels: every column but the row id, foreign keys as uuids; a team
    with its members (:data:`MEMBERS`)."""
    refs = catalogue().refs[table.name]
    local = LOCAL_COLUMNS.get(table.name, frozenset())
    out: dict[str, Any] = {}
    for column in table.c:
        if column.name == "id":
            continue
        value = values.get(column.name)
        if column.name in local:
            out[column.name] = None
        elif column.name in refs:
            out[column.name] = uuid_of(session, refs[column.name], value)
        else:
            out[column.name] = plain(value)
    if table.name == "teams":
        out[MEMBERS] = members(session, values.get("id"))
    return out


def members(session: Session, team_id: int | None) -> list[str]:
    """The uuids of a team's members, sorted."""
    if team_id is None:
        return []
    users, links = Base.metadata.tables["users"], Base.metadata.tables["user_teams"]
    query = (
        select(users.c.uuid)
        .join(links, links.c.user_id == users.c.id)
        .where(links.c.team_id == team_id)
        .order_by(users.c.uuid)
    )
    return [str(u) for u in session.execute(query).scalars()]


def state(session: Session) -> tuple[str, str] | None:
    """(role, origin) of this store, read once per transaction; None: not synced."""
    transaction = session.get_transaction()
    cached = session.info.get(_STATE)
    if cached is not None and cached[0] is transaction:
        found: tuple[str, str] | None = cached[1]
        return found
    connection = session.connection()
    found = None
    if _has_state_table(connection):
        row = connection.execute(
            text("SELECT role, origin FROM sync_state WHERE id = :id"), {"id": STATE_ID}
        ).first()
        found = (row[0], row[1]) if row is not None else None
    session.info[_STATE] = (transaction, found)
    return found


_KNOWN: set[int] = set()


def _has_state_table(connection: Any) -> bool:
    key = id(connection.engine)
    if key in _KNOWN:
        return True
    if inspect(connection).has_table("sync_state"):
        _KNOWN.add(key)
        return True
    return False


def forget_state(session: Session) -> None:
    session.info.pop(_STATE, None)


def after_flush(session: Session, _context: UOWTransaction) -> None:
    if session.info.get(APPLYING):
        return
    changes = []
    for obj, op in _flushed(session):
        table = getattr(type(obj), "__table__", None)
        if not isinstance(table, Table):
            continue
        if table.name in NOT_ON_OFFICE or is_synced(table):
            changes.append((table, obj, op))
    if not changes:
        return
    found = state(session)
    if found is None:
        return
    role, origin = found
    rows = []
    for table, obj, op in changes:
        if role == OFFICE and not _office_may(table, obj, op):
            continue
        if not is_synced(table):
            continue
        rows.append(_change(session, table, obj, op))
    if rows:
        if role == OFFICE:
            write_outbox(session, rows)
        elif role == SERVER:
            write_changes(session, origin, rows)


def _flushed(session: Session) -> list[tuple[Any, str]]:
    out: list[tuple[Any, str]] = [(obj, "insert") for obj in session.new]
    for obj in session.dirty:
        if "version" in inspect(obj).attrs and session.is_modified(obj, include_collections=False):
            out.append((obj, "update"))
    out += [(obj, "delete") for obj in session.deleted]
    return out


def _office_may(table: Table, obj: Any, op: str) -> bool:
    """An office writes no invoice, user, team, tariff or reference record (they are the
    server's, docs/sync.md); signing in may count failures on its copy of a user."""
    if table.name not in NOT_ON_OFFICE:
        return True
    if table.name == "users" and op == "update":
        attrs = inspect(obj).attrs
        moved = {a.key for a in attrs if a.history.has_changes()}
        if moved <= SIGNIN_COLUMNS:
            return False  # local only
    raise ServerOnly(table.name)


def _change(session: Session, table: Table, obj: Any, op: str) -> dict[str, Any]:
    values = {c.name: getattr(obj, _attr(obj, c.name)) for c in table.c}
    if op == "insert":
        base = 0
    elif op == "update":
        base = int(values["version"]) - 1  # the version column counts each UPDATE
    else:
        base = int(values["version"])
    return {
        "table_name": table.name,
        "uuid": values["uuid"],
        "op": op,
        "base_version": base,
        "version": int(values["version"]),
        "data": None if op == "delete" else row_data(session, table, values),
    }


def _attr(obj: Any, column: str) -> str:
    prop = inspect(type(obj)).get_property_by_column(inspect(type(obj)).local_table.c[column])
    return str(prop.key)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def write_outbox(session: Session, rows: list[dict[str, Any]]) -> None:
    """Each change as an outbox row, or folded into the record's row not yet sent. A new
    row made on the office's own last change of the record (``sync_bases``) names it
    (docs/sync.md "A version's identity"); the record's basis is then this row."""
    connection = session.connection()
    fresh = []
    for row in rows:
        pending = connection.execute(
            text(
                "SELECT origin_seq, op, base_version FROM sync_outbox "
                "WHERE table_name = :t AND uuid = :u AND sent = :f"
            ),
            {"t": row["table_name"], "u": row["uuid"], "f": False},
        ).first()
        if pending is None:
            fresh.append(row)
            continue
        op = row["op"]
        if pending[1] == "insert" and op == "update":
            op = "insert"
        connection.execute(
            OUTBOX.update()
            .where(OUTBOX.c.origin_seq == pending[0])
            .values(op=op, version=row["version"], data=row["data"])
        )
    if not fresh:
        return
    last = connection.execute(
        text("UPDATE sync_state SET next_seq = next_seq + :n WHERE id = :id RETURNING next_seq"),
        {"n": len(fresh), "id": STATE_ID},
    ).scalar_one()
    first = int(last) - len(fresh)
    at = now()
    made = []
    for i, row in enumerate(fresh):
        own = None
        if row["op"] != "insert":
            own = connection.execute(
                text("SELECT origin_seq FROM sync_bases WHERE record_uuid = :u"),
                {"u": row["uuid"]},
            ).scalar()
        made.append({**row, "origin_seq": first + i, "at": at, "sent": False, "after_own": own})
    connection.execute(OUTBOX.insert(), made)
    bases = {r["uuid"]: r["origin_seq"] for r in made}
    connection.execute(BASES.delete().where(BASES.c.record_uuid.in_(list(bases))))
    connection.execute(
        BASES.insert(), [{"record_uuid": u, "origin_seq": seq} for u, seq in bases.items()]
    )


OUTBOX: Table = SyncOutbox.__table__  # type: ignore[assignment]
BASES: Table = SyncBasis.__table__  # type: ignore[assignment]
CHANGES: Table = SyncChange.__table__  # type: ignore[assignment]


_NEXT = text("UPDATE sync_head SET server_seq = server_seq + :n WHERE id = 1 RETURNING server_seq")


def next_server_seqs(session: Session, count: int) -> int:
    """The first of ``count`` new server sequences; the head row stays locked until the
    transaction ends. On PostgreSQL the audit chain's head is locked first: every writer
    takes the two locks in the same order (a use case that writes its audit entry before
    its first flush would otherwise deadlock with one that flushes first)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT id FROM audit_chain_head WHERE id = 1 FOR UPDATE"))
    last = connection.execute(_NEXT, {"n": count}).scalar_one()
    return int(last) - count + 1


def write_changes(
    session: Session, origin: str, rows: list[dict[str, Any]], status: str = "accepted"
) -> None:
    """The server's own changes, straight into ``sync_changes`` (origin_seq = server_seq)."""
    first = next_server_seqs(session, len(rows))
    at = now()
    session.connection().execute(
        CHANGES.insert(),
        [
            {**row, "server_seq": first + i, "origin": origin, "origin_seq": first + i,
             "status": status, "at": at}
            for i, row in enumerate(rows)
        ],
    )  # fmt: skip


def bulk_insert(execute: ORMExecuteState) -> Any:
    """An insert of many rows at once (an import, the demo data) is journaled like a flush:
    the rows are read back by their uuids after the statement. A bulk update or delete of a
    synced table is not made by any use case (tests/unit/test_sync.py checks the imports)."""
    session = execute.session
    if session.info.get(APPLYING):
        return None
    table = getattr(execute.statement, "table", None)
    if execute.is_update or execute.is_delete:
        _refuse_on_office(execute, table)
        return None
    if not execute.is_insert:
        return None
    if isinstance(table, Table) and not is_synced(table):
        _refuse_on_office(execute, table)
    if not isinstance(table, Table) or not is_synced(table):
        return None
    params = execute.parameters
    rows = params if isinstance(params, list) else [params] if isinstance(params, dict) else []
    uuids = [r.get("uuid") for r in rows]
    if not rows or None in uuids:
        return None
    found = state(session)
    if found is None:
        return None
    result = execute.invoke_statement()
    role, origin = found
    if role == OFFICE and table.name in NOT_ON_OFFICE:
        raise ServerOnly(table.name)
    changes = []
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        for values in session.connection().execute(select(table).where(table.c.uuid.in_(chunk))):
            mapping = dict(values._mapping)
            changes.append({
                "table_name": table.name, "uuid": mapping["uuid"], "op": "insert",
                "base_version": 0, "version": int(mapping["version"]),
                "data": row_data(session, table, mapping),
            })  # fmt: skip
    if role == OFFICE:
        write_outbox(session, changes)
    else:
        write_changes(session, origin, changes)
    return result


def _refuse_on_office(execute: ORMExecuteState, table: Any) -> None:
    """A statement that writes the server's tables outside a flush (a team's members) is
    refused on an office like a flush of them (:class:`~app.errors.ServerOnly`)."""
    if not isinstance(table, Table) or table.name not in NOT_ON_OFFICE or table.name == "users":
        return  # signing in counts on the office's copy of a user (see _office_may)
    found = state(execute.session)
    if found is not None and found[0] == OFFICE:
        raise ServerOnly(table.name)
