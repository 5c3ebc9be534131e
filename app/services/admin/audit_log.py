"""Reading the audit trail: the administrators' viewer, ``akutdesk audit list`` and the
export for the data protection officer (issue #7, docs/audit.md).

Filters: a date range (Copenhagen days, D42), the user's initials, the action, the entity
and a citizen's CPR number — the citizen's own entries and those of every record that
hangs off the citizen (IV courses, acute episodes, residencies, and their administrations,
CRP checks, measurements, …), found from the foreign keys so new record types join in.
Pages are fetched by sequence number (keyset), never with a growing OFFSET.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, false, or_, select
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain.identifiers import check_cpr, normalise_cpr
from app.domain.problems import clock_range
from app.errors import InvalidInput
from app.models import Base, Citizen, User
from app.models.audit import AuditEntry
from app.services.kernel import audit
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

EXPORT_BATCH = 2000
# Danish column names: the export goes to the municipality's data protection officer.
CSV_HEADER = ("Løbenummer", "Tidspunkt", "Bruger", "Handling", "Type", "Post-id",
              "Begrundelse", "Før", "Efter", "Hash")  # fmt: skip


@dataclass(frozen=True)
class AuditFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    user: str = ""  # initials
    action: str = ""
    entity: str = ""
    cpr: str = ""


@dataclass(frozen=True)
class AuditRow:
    sequence: int
    at: dt.datetime
    user: str  # initials, or "AkutDesk" for entries no user wrote
    action: str
    entity: str
    entity_uuid: str
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    hash: str

    @property
    def uuid(self) -> str:
        return self.entity_uuid


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), clock.COPENHAGEN).astimezone(dt.UTC)


def _citizen_records(session: Session, cpr: str) -> list[str]:
    """The uuids of the citizen and of every record hanging off the citizen (two levels)."""
    number = normalise_cpr(cpr)
    problems = [p for p in check_cpr(cpr, "cpr") if not p.warning]
    if problems:
        raise InvalidInput(problems)
    citizen = session.scalars(select(Citizen).where(Citizen.cpr == number)).one_or_none()
    if citizen is None:
        return []
    uuids = [citizen.uuid]
    parents: dict[str, list[int]] = {"citizens": [citizen.id]}
    for _level in range(2):
        found: dict[str, list[int]] = {}
        for table in Base.metadata.sorted_tables:
            if "uuid" not in table.c or "id" not in table.c:
                continue
            for fk in table.foreign_keys:
                ids = parents.get(fk.column.table.name)
                if ids and fk.column.name == "id":
                    query = select(table.c.id, table.c.uuid).where(fk.parent.in_(ids))
                    for row in session.execute(query):
                        uuids.append(row.uuid)
                        found.setdefault(table.name, []).append(row.id)
        parents = found
    return uuids


def _query(session: Session, f: AuditFilter) -> Select[AuditEntry, str]:
    for name, day in (("date_from", f.date_from), ("date_to", f.date_to)):
        if day and not clock.plausible_day(day):  # its next day or midnight overflows (#13)
            raise InvalidInput([clock_range(name, day.isoformat())])
    query = select(AuditEntry, User.initials).outerjoin(User, User.id == AuditEntry.user_id)
    if f.date_from:
        query = query.where(AuditEntry.at >= _day_start(f.date_from))
    if f.date_to:
        query = query.where(AuditEntry.at < _day_start(f.date_to + dt.timedelta(days=1)))
    if f.user.strip():
        query = query.where(User.initials == f.user.strip().upper())
    if f.action.strip():
        query = query.where(AuditEntry.action == f.action.strip())
    if f.entity.strip():
        query = query.where(AuditEntry.entity == f.entity.strip())
    if f.cpr.strip():
        uuids = _citizen_records(session, f.cpr)
        chunks = [AuditEntry.entity_uuid.in_(uuids[i : i + 500]) for i in range(0, len(uuids), 500)]
        query = query.where(or_(*chunks) if chunks else false())
    return query


def _row(entry: AuditEntry, initials: str | None) -> AuditRow:
    user = initials or ("AkutDesk" if entry.user_id is None else f"#{entry.user_id}")
    return AuditRow(entry.sequence, entry.at, user, entry.action, entry.entity,
                    entry.entity_uuid, entry.reason, entry.before, entry.after,
                    entry.hash)  # fmt: skip


def list_entries(
    ctx: Context, f: AuditFilter, *, before: int | None = None, limit: int = 200
) -> list[AuditRow]:
    """Newest first; ``before`` is the last sequence number of the previous page."""
    require(ctx, "audit.read")
    with ctx.store.read() as session:
        query = _query(session, f)
        if before is not None:
            query = query.where(AuditEntry.sequence < before)
        query = query.order_by(AuditEntry.sequence.desc()).limit(max(0, limit))
        return [_row(entry, initials) for entry, initials in session.execute(query)]


def _stream(session: Session, f: AuditFilter) -> Iterator[Sequence[AuditRow]]:
    last = 0
    while True:
        query = _query(session, f).where(AuditEntry.sequence > last)
        rows = session.execute(query.order_by(AuditEntry.sequence).limit(EXPORT_BATCH)).all()
        if not rows:
            return
        yield [_row(entry, initials) for entry, initials in rows]
        last = rows[-1][0].sequence
        session.expunge_all()


def _cell(text: str) -> str:
    """A text Excel would run as a formula (=, +, -, @ first) is kept as text: a leading
    apostrophe (OWASP "CSV injection"); a reason is typed by any user."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_line(row: AuditRow) -> list[str]:
    at = clock.local(row.at).strftime("%d.%m.%Y %H:%M:%S")

    def text(value: dict[str, Any] | None) -> str:
        return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    return [str(row.sequence), at, _cell(row.user), row.action, row.entity, _cell(row.entity_uuid),
            _cell(row.reason), text(row.before), text(row.after), row.hash]  # fmt: skip


def export_csv(ctx: Context, f: AuditFilter, path: Path) -> int:
    """Write the filtered entries, oldest first, to a CSV file for the data protection
    officer: UTF-8 with BOM and ";" so Danish Excel opens it in columns. The export itself
    is an audit entry. Returns the number of entries written."""
    require(ctx, "audit.export")
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with ctx.store.read() as session, open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(CSV_HEADER)
        for rows in _stream(session, f):
            writer.writerows(_csv_line(row) for row in rows)
            count += len(rows)
    os.replace(tmp, path)
    with ctx.store.session() as session:
        filters = {k: str(v) for k, v in asdict(f).items() if v}
        audit.write(session, ctx, "export", "audit_log",
                    after={"file": str(path), "entries": count, "filter": filters})  # fmt: skip
    return count
