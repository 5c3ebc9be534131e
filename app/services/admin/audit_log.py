"""Reading the audit trail: the administrators' viewer, ``akutdesk audit list`` and the
export for the data protection officer (issue #7, docs/audit.md).

Filters: a date range (Copenhagen days, D42), the user's initials, the action, the entity
and a citizen's CPR number — the citizen's own entries and those of every record that
hangs off the citizen (IV courses, acute episodes, residencies, and their administrations,
CRP checks, measurements, …), found from the foreign keys so new record types join in.
Pages are fetched by sequence number (keyset), never with a growing OFFSET.

Who sees what (D43, issue #13): the administrator runs the system and reads no patient
data, so for a reader without ``audit.full`` (the data protection officer's permission)
the before/after values of every entry about a patient's records — anything but the
system's own records in :data:`SYSTEM_ENTITIES` — are masked: the field names stay (what
changed), the values read ``***``. A record type not listed is masked (a new kind of
record is patient data until said otherwise). A CPR number in a reason or in a system
record's values (the filter kept in an export's entry) is shown ``ddmmyy-xxxx`` (D40). The citizen filter (a CPR number) is for
readers who may see patient data: ``audit.full`` or ``citizens.read``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Select, false, or_, select
from sqlalchemy.orm import Session

from app import files
from app.domain import clock
from app.domain.identifiers import check_cpr, mask_cpr, normalise_cpr
from app.domain.problems import clock_range
from app.domain.spreadsheets import text_cell
from app.errors import InvalidInput
from app.models import Base, Citizen, User
from app.models.audit import AuditEntry
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import allowed, require

EXPORT_BATCH = 2000
MASK = "***"
# A CPR in free text; digits inside a word (a SHA-256 in hex, a uuid) are no CPR.
_CPR_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])([0-9]{6})-?([0-9]{4})(?![0-9A-Za-z])")
#: the records that are no patient's: their before/after values are shown to every reader
SYSTEM_ENTITIES = frozenset({
    "user", "team", "municipality", "hospital_unit", "department", "acute_unit",
    "nursing_home", "home_section", "fixed_doctor_arrangement", "arrangement_event",
    "tariff_version", "invoice", "invoice_settings", "certificate", "store", "audit_log",
    "demo", "price_index", "setting",
})  # fmt: skip
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


def _masked(values: dict[str, Any] | None) -> dict[str, Any] | None:
    """D43: the field names of a patient record's change, not its values (an empty value
    stays empty, so a new record's blank fields say nothing)."""
    if values is None:
        return None
    return {name: value if _empty(value) else MASK for name, value in values.items()}


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def _without_cpr(value: Any) -> Any:
    """A CPR number anywhere in a text (a reason, a filter kept in an export entry) shown
    as lists show it, ``ddmmyy-xxxx`` (D40)."""
    if isinstance(value, str):
        return _CPR_IN_TEXT.sub(lambda m: mask_cpr(m.group(1) + m.group(2)), value)
    if isinstance(value, dict):
        return {k: _without_cpr(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_cpr(v) for v in value]
    return value


def _row(entry: AuditEntry, initials: str | None, full: bool) -> AuditRow:
    user = initials or ("AkutDesk" if entry.user_id is None else f"#{entry.user_id}")
    before, after, reason = entry.before, entry.after, entry.reason
    if not full:
        if entry.entity in SYSTEM_ENTITIES:
            before, after = _without_cpr(before), _without_cpr(after)
        else:
            before, after = _masked(before), _masked(after)
        reason = _without_cpr(reason)
    return AuditRow(entry.sequence, entry.at, user, entry.action, entry.entity,
                    entry.entity_uuid, reason, before, after, entry.hash)  # fmt: skip


def _may_filter_by_citizen(ctx: Context, f: AuditFilter) -> None:
    """A CPR number names a patient: the filter is for readers who may see patient data."""
    if f.cpr.strip() and not (allowed(ctx, "audit.full") or allowed(ctx, "citizens.read")):
        require(ctx, "audit.full")


def list_entries(
    ctx: Context, f: AuditFilter, *, before: int | None = None, limit: int = 200
) -> list[AuditRow]:
    """Newest first; ``before`` is the last sequence number of the previous page."""
    require(ctx, "audit.read")
    _may_filter_by_citizen(ctx, f)
    full = allowed(ctx, "audit.full")
    with ctx.store.read() as session:
        query = _query(session, f)
        if before is not None:
            query = query.where(AuditEntry.sequence < before)
        query = query.order_by(AuditEntry.sequence.desc()).limit(max(0, limit))
        return [_row(entry, initials, full) for entry, initials in session.execute(query)]


def _stream(session: Session, f: AuditFilter, full: bool) -> Iterator[Sequence[AuditRow]]:
    last = 0
    while True:
        query = _query(session, f).where(AuditEntry.sequence > last)
        rows = session.execute(query.order_by(AuditEntry.sequence).limit(EXPORT_BATCH)).all()
        if not rows:
            return
        yield [_row(entry, initials, full) for entry, initials in rows]
        last = rows[-1][0].sequence
        session.expunge_all()


def _csv_line(row: AuditRow) -> list[str]:
    at = clock.local(row.at).strftime("%d.%m.%Y %H:%M:%S")

    def text(value: dict[str, Any] | None) -> str:
        return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    return [str(row.sequence), at, text_cell(row.user), row.action, row.entity,
            text_cell(row.entity_uuid), text_cell(row.reason), text(row.before), text(row.after),
            row.hash]  # fmt: skip


def export_csv(ctx: Context, f: AuditFilter, path: Path) -> Done[int]:
    """Write the filtered entries, oldest first, to a CSV file for the data protection
    officer: UTF-8 with BOM and ";" so Danish Excel opens it in columns. The export itself
    is an audit entry (the only change), with the file's SHA-256, made in the same step as
    the file appears (app/files.py; issue #13 §2). Returns the number of entries written."""
    require(ctx, "audit.export")
    _may_filter_by_citizen(ctx, f)
    full = allowed(ctx, "audit.full")
    files.check_target(path)  # a folder or a missing folder: refused before any work
    count = 0

    def write(out: TextIO) -> None:
        nonlocal count
        writer = csv.writer(out, delimiter=";")
        writer.writerow(CSV_HEADER)
        with ctx.store.read() as session:
            for rows in _stream(session, f, full):
                writer.writerows(_csv_line(row) for row in rows)
                count += len(rows)

    staged = files.stage_text(path, write, encoding="utf-8-sig", newline="")
    with staged, ctx.store.session() as session:
        filters = {k: str(v) for k, v in asdict(f).items() if v}
        audit.write(session, ctx, "export", "audit_log",
                    after={"file": str(path), "entries": count, "filter": filters,
                           "sha256": staged.sha256,
                           "patient_data": "full" if full else "masked"})  # fmt: skip
        session.flush()
        staged.publish()  # committed when the block ends; a failed commit removes the file
    return Done(count, Changes.of("audit_log"))
