"""The JSON exchange format (docs/exchange-format.md): export a store, import a file.

Import checks every record first and reports every problem with its section, record
number (1-based) and field; it writes nothing unless all records are valid, or, with
``skip_invalid``, writes the valid ones and lists the rest. Records are matched on their
natural keys (a citizen's CPR, a unit's code, a department's name within its unit), so
importing the same file twice creates nobody twice.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

import app
from app import files, messages
from app.domain import clock, kinds
from app.domain.problems import problem
from app.errors import AkutDeskError, InvalidInput
from app.models import Citizen, Department, HospitalUnit
from app.services import citizens
from app.services.admin import reference
from app.services.admin.reference import DepartmentInput, UnitInput
from app.services.citizens import CitizenInput
from app.services.exchange.report import ImportReport, RecordProblem, SectionCount, said
from app.services.kernel import audit, json_file
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

FORMAT = "akutdesk-exchange"
VERSION = 5  # 1: units, departments, citizens; 2: + iv_courses; 3: + acute_units, acute_episodes;
# 4: + nursing_homes (sections, fixed-doctor arrangements, residents); 5: + citizens' CAVE

# The case kinds' sections, after the municipality, units and citizens, in the registry's
# order (app.domain.kinds; STYLE §12): the order of the file and of the import.
#: the keys looked up in the store per query (SQLite takes at most 32,766 parameters)
CHUNK = 5000

SECTIONS: tuple[kinds.Section, ...] = tuple(s for kind in kinds.KINDS for s in kind.exchange)


class ImportRejected(AkutDeskError):
    code = "import_rejected"

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        records = len({(p.section, p.record) for p in report.problems})
        params = {
            "problems": messages.phrase("import.problems", n=len(report.problems)),
            "records": messages.phrase("import.records", n=records),
        }
        lines = "\n".join(f"  {p}" for p in report.problems)
        super().__init__(f"{messages.english(self.code, params)}\n{lines}", **params)

    def text(self, translator: messages.Translator, language: str) -> str:
        """The refusal and every problem line in the translator's language."""
        lines = [
            "  " + messages.render(*p.phrase(), translator=translator, language=language)
            for p in self.report.problems
        ]
        return "\n".join([super().text(translator, language), *lines])


# -- export ----------------------------------------------------------------------------------


def export_store(ctx: Context, path: Path, *, reason: str) -> Done[dict[str, int]]:
    """Write the whole store in the exchange format; its value is the counts per section,
    and the one change is the export's audit entry. Every citizen's data leaves the store:
    only the data protection officer's role may, with a reason kept in the audit entry
    (D43); a blank reason is refused, nothing written.

    The file is written through app/files.py (a temporary file beside it, mode 0600,
    fsynced, renamed into place; nothing left on a failure), and the audit records the
    export with the file's SHA-256 in the same step as the file appears: no entry for an
    export that did not happen, no file without its entry (issue #13 §2)."""
    require(ctx, "exchange.export")
    if not reason.strip():
        raise InvalidInput([problem("reason", "exchange.export_reason")])
    files.check_target(path)  # a folder or a missing folder: refused before any work
    with ctx.store.read() as session:
        municipality = reference.municipality_row(session)
        units = session.scalars(
            select(HospitalUnit)
            .options(selectinload(HospitalUnit.departments))
            .order_by(HospitalUnit.code)
        ).all()
        people = session.scalars(select(Citizen).order_by(Citizen.id)).all()
        sections = {section.name: kinds.resolve(section.export)(session) for section in SECTIONS}
        document = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": clock.now_utc().isoformat(timespec="seconds"),
            "exported_by": f"AkutDesk {app.__version__}",
            "municipality": audit.snapshot(municipality, reference.MUNICIPALITY_FIELDS),
            "hospital_units": [
                {
                    **audit.snapshot(u, reference.UNIT_FIELDS),
                    "departments": [
                        audit.snapshot(d, reference.DEPARTMENT_FIELDS) for d in u.departments
                    ],
                }
                for u in units
            ],
            "citizens": [
                {"uuid": c.uuid, **audit.snapshot(c, citizens.DATA_FIELDS)} for c in people
            ],
            **sections,
        }
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    with files.stage(path, data) as staged, ctx.store.session() as session:
        after = {"citizens": len(people), "file": str(path), "sha256": staged.sha256}
        audit.write(session, ctx, "export", "store", after=after, reason=reason.strip())
        session.flush()
        staged.publish()  # committed when the block ends; a failed commit removes the file
    counts = {
        "hospital_units": len(units),
        "citizens": len(people),
        **{name: len(records) for name, records in sections.items()},
    }
    return Done(counts, Changes.of("audit_log"))


# -- import: reading and checking ------------------------------------------------------------


def _fields_of(
    record: Any,
    cls: type,
    section: str,
    number: int,
    extra: Iterable[str],
    problems: list[RecordProblem],
) -> dict[str, Any] | None:
    """The known fields of one record as strings/bools; unknown fields are problems."""
    if not isinstance(record, dict):
        problems.append(said(section, number, "-", "exchange.not_object"))
        return None
    known = {f.name: f for f in dataclasses.fields(cls)}
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key in extra:
            continue
        if key not in known:
            problems.append(said(section, number, key, "exchange.unknown_field"))
            continue
        wanted = known[key].type
        if wanted in ("bool", bool):
            if not isinstance(value, bool):
                problems.append(said(section, number, key, "exchange.not_bool"))
                continue
        elif wanted in ("int", int):
            if not isinstance(value, int) or isinstance(value, bool):
                problems.append(said(section, number, key, "exchange.not_int"))
                continue
        elif not isinstance(value, str | int) or isinstance(value, bool):
            problems.append(said(section, number, key, "exchange.not_text"))
            continue
        else:
            value = str(value)
        out[key] = value
    required = [n for n, f in known.items() if f.default is dataclasses.MISSING]
    for name in required:
        if name not in record:
            problems.append(said(section, number, name, "exchange.required"))
    # a required field of the wrong type is a problem above and missing from ``out``
    return None if any(n not in out for n in required) else out


def _as_list(document: dict[str, Any], key: str, problems: list[RecordProblem]) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        problems.append(said(key, 0, "-", "exchange.not_list"))
        return []
    return value


@dataclass
class _Plan:
    units: list[tuple[int, UnitInput, list[tuple[int, DepartmentInput]]]] = field(
        default_factory=list
    )
    citizens: list[tuple[int, str | None, CitizenInput]] = field(default_factory=list)
    #: citizens' records that say nothing of CAVE (a file older than version 5)
    no_cave: set[int] = field(default_factory=set)


class NotExchangeFile(AkutDeskError):
    code = "exchange.not_exchange_file"

    def __init__(self, path: Path) -> None:
        super().__init__(path=str(path), format=FORMAT)


class NoVersion(AkutDeskError):
    code = "exchange.no_version"

    def __init__(self, path: Path) -> None:
        super().__init__(path=str(path))


class VersionTooNew(AkutDeskError):
    code = "exchange.too_new"

    def __init__(self, path: Path, version: int) -> None:
        super().__init__(path=str(path), version=version, known=VERSION)


def read_document(path: Path) -> dict[str, Any]:
    """The exchange file's document: any file ends in it or in one typed refusal
    (app/services/kernel/json_file.py: a byte-order mark is read, a duplicate key, a deep
    nesting or a 5,000-digit number refused; issue #13). ``"version": true`` is no
    version (JSON's true is Python's 1)."""
    document = json_file.read(path)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotExchangeFile(path)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NoVersion(path)
    if version > VERSION:
        raise VersionTooNew(path, version)
    return document


def _is_uuid(value: object) -> bool:
    try:
        return isinstance(value, str) and str(UUID(value)) == value.lower()
    except ValueError:
        return False


def _check_units(document: dict[str, Any], plan: _Plan, problems: list[RecordProblem]) -> None:
    seen: dict[str, int] = {}
    for number, record in enumerate(_as_list(document, "hospital_units", problems), start=1):
        depts_raw = record.get("departments", []) if isinstance(record, dict) else []
        values = _fields_of(
            record, UnitInput, "hospital_units", number, ("departments", "uuid"), problems
        )
        if values is None:
            continue
        unit = reference.normalise_unit(UnitInput(**values))
        for p in reference.validate_unit(unit):
            problems.append(RecordProblem("hospital_units", number, p.field, p.message, p))
        if unit.code in seen:
            problems.append(
                RecordProblem(
                    "hospital_units", number, "code", f"same code as record {seen[unit.code]}"
                )
            )
        seen[unit.code] = number
        depts: list[tuple[int, DepartmentInput]] = []
        section = f"hospital_units[{number}].departments"
        if not isinstance(depts_raw, list):
            problems.append(said(section, 0, "-", "exchange.not_list"))
            depts_raw = []
        for d_number, d_record in enumerate(depts_raw, start=1):
            d_values = _fields_of(d_record, DepartmentInput, section, d_number, ("uuid",), problems)
            if d_values is None:
                continue
            dept = reference.normalise_department(DepartmentInput(**d_values))
            for p in reference.validate_department(dept):
                problems.append(RecordProblem(section, d_number, p.field, p.message, p))
            depts.append((d_number, dept))
        plan.units.append((number, unit, depts))


def _check_citizens(
    document: dict[str, Any],
    plan: _Plan,
    problems: list[RecordProblem],
    warnings: list[RecordProblem],
) -> None:
    seen: dict[str, int] = {}
    seen_uuids: dict[str, int] = {}
    for number, record in enumerate(_as_list(document, "citizens", problems), start=1):
        values = _fields_of(record, CitizenInput, "citizens", number, ("uuid",), problems)
        if values is None:
            continue
        if "cave_state" not in values and str(values.get("cave", "")).strip():
            values["cave_state"] = "known"  # a spreadsheet's one CAVE column names allergies
        data = CitizenInput(**values).normalised()
        if not any(name in values for name in citizens.CAVE_FIELDS):
            plan.no_cave.add(number)
        for p in citizens.validate(data):
            target = warnings if p.warning else problems
            target.append(RecordProblem("citizens", number, p.field, p.message, p))
        if data.cpr in seen:
            problems.append(
                said("citizens", number, "cpr", "exchange.same_cpr", record=seen[data.cpr])
            )
        seen.setdefault(data.cpr, number)
        uuid = record.get("uuid")
        if uuid is not None and not _is_uuid(uuid):
            problems.append(said("citizens", number, "uuid", "exchange.not_uuid"))
            uuid = None
        if uuid is not None and uuid in seen_uuids:
            problems.append(
                said("citizens", number, "uuid", "exchange.same_uuid", record=seen_uuids[uuid])
            )
        elif uuid is not None:
            seen_uuids[uuid] = number
        plan.citizens.append((number, uuid, data))


# -- import: writing -------------------------------------------------------------------------


def _check_file(path: Path) -> tuple[dict[str, Any], ImportReport, _Plan]:
    document = read_document(path)
    report = ImportReport()
    plan = _Plan()
    _check_units(document, plan, report.problems)
    _check_citizens(document, plan, report.problems, report.warnings)
    return document, report, plan


def check_file(path: Path) -> ImportReport:
    """Check a file's records without a store (what can be known without one)."""
    return _check_file(path)[1]


#: An import may add or change any of these (the file says nothing finer until it is read).
IMPORTED = Changes.of(
    "citizen",
    also={"hospital_unit", "department", *(r for kind in kinds.KINDS for r in kind.records)},
)


def import_file(ctx: Context, path: Path, *, skip_invalid: bool = False) -> Done[ImportReport]:
    """Import an exchange file in one transaction (all or nothing unless ``skip_invalid``).

    Units and citizens are checked first; then each case kind's sections are imported in
    the declared order (:data:`SECTIONS`), replayed through the kind's rules: IV courses
    (app/services/exchange/iv.py), acute units and episodes (app/services/exchange/acute.py),
    nursing homes (app/services/exchange/homes.py). Any problem rolls the whole transaction
    back. What it changed: the reference data, the citizens and every registered kind's
    record types (:data:`IMPORTED`)."""
    require(ctx, "exchange.import")
    document, report, plan = _check_file(path)
    with ctx.store.session() as session:
        _check_against_store(session, plan, report.problems)
        bad = {_record_key(p) for p in report.problems}
        _write_units(session, ctx, plan, bad, report)
        _write_citizens(session, ctx, plan, bad, report)
        session.flush()
        for section in SECTIONS:
            importer = kinds.resolve(section.import_)
            importer(session, ctx, document.get(section.name), report, RecordProblem)
        if report.problems and not skip_invalid:
            raise ImportRejected(report)
        audit.write(
            session, ctx, "import", "store", after={"file": str(path), "summary": report.summary()}
        )
        report.written = True
    return Done(report, IMPORTED)


def _record_key(p: RecordProblem) -> tuple[str, int]:
    """The top-level record a problem belongs to: a department's problem is its unit's."""
    if p.section.startswith("hospital_units["):
        return "hospital_units", int(p.section.split("[")[1].split("]")[0])
    return p.section, p.record


def _check_against_store(session: Session, plan: _Plan, problems: list[RecordProblem]) -> None:
    uuids = [u for _, u, _ in plan.citizens if u]
    by_uuid: dict[str, tuple[str, str]] = {}
    for start in range(0, len(uuids), CHUNK):  # SQLite takes at most 32,766 parameters
        query = select(Citizen.uuid, Citizen.cpr).where(
            Citizen.uuid.in_(uuids[start : start + CHUNK])
        )
        by_uuid.update({u: (u, cpr) for u, cpr in session.execute(query)})
    for number, uuid, data in plan.citizens:
        other = by_uuid.get(uuid or "")
        if other is not None and other[1] != data.cpr:
            problems.append(
                RecordProblem(
                    "citizens", number, "uuid", "this uuid belongs to another citizen in the store"
                )
            )


def _count(report: ImportReport, section: str) -> SectionCount:
    return report.counts.setdefault(section, SectionCount())


def _write_units(
    session: Session, ctx: Context, plan: _Plan, bad: set[tuple[str, int]], report: ImportReport
) -> None:
    if not plan.units:
        return
    existing = {u.code: u for u in session.scalars(select(HospitalUnit))}
    for number, data, depts in plan.units:
        count = _count(report, "hospital_units")
        if ("hospital_units", number) in bad:
            count.skipped += 1
            continue
        unit = existing.get(data.code)
        if unit is None:
            unit = reference.add_unit_in_session(session, ctx, data)
            count.created += 1
        elif reference.update_record(
            session, ctx, unit, data, reference.UNIT_FIELDS, "hospital_unit"
        ):
            count.updated += 1
        else:
            count.unchanged += 1
        _write_departments(session, ctx, unit, depts, report)


def _write_departments(
    session: Session,
    ctx: Context,
    unit: HospitalUnit,
    depts: list[tuple[int, DepartmentInput]],
    report: ImportReport,
) -> None:
    existing = {
        d.name: d for d in session.scalars(select(Department).where(Department.unit_id == unit.id))
    }
    count = _count(report, "departments")
    for _number, data in depts:
        dept = existing.get(data.name)
        if dept is None:
            reference.add_department_in_session(session, ctx, unit, data)
            count.created += 1
        elif reference.update_record(
            session, ctx, dept, data, reference.DEPARTMENT_FIELDS, "department"
        ):
            count.updated += 1
        else:
            count.unchanged += 1


def _write_citizens(
    session: Session, ctx: Context, plan: _Plan, bad: set[tuple[str, int]], report: ImportReport
) -> None:
    count = _count(report, "citizens")
    existing = citizens.existing_by_cpr(session, [d.cpr for _, _, d in plan.citizens])
    new: list[tuple[CitizenInput, str | None]] = []
    for number, uuid, data in plan.citizens:
        if ("citizens", number) in bad:
            count.skipped += 1
            continue
        current = existing.get(data.cpr)
        if current is not None and number in plan.no_cave:
            # A record silent on CAVE never erases what the store knows (issue #12).
            data = dataclasses.replace(data, cave_state=current.cave_state, cave=current.cave)
        if current is None:
            new.append((data, uuid))
            count.created += 1
        elif citizens.update_in_session(session, ctx, current, data):
            count.updated += 1
        else:
            count.unchanged += 1
    if new:
        citizens.add_many_in_session(session, ctx, new)
