"""Citizens: register, change, open, search; the full CPR is shown on request (D40)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, SQLCoreOperations

from app.domain import cave as cave_rules
from app.domain import clock
from app.domain.cave import Cave
from app.domain.identifiers import (
    age_on,
    check_cpr,
    check_phone,
    check_postcode,
    mask_cpr,
    normalise_cpr,
    normalise_phone,
)
from app.domain.numerals import ascii_digits
from app.domain.problems import Problem, phrase, problem
from app.errors import InvalidInput
from app.models import Citizen, CitizenNameWord
from app.models.base import new_uuid
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import flush_or_stale, get_by_uuid, load_for_update, user_label
from app.services.security import teams

ENTITY = "citizen"


@dataclass(frozen=True)
class CitizenInput:
    cpr: str
    first_name: str
    last_name: str
    address: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    contact_name: str = ""
    contact_relation: str = ""
    contact_phone: str = ""
    gp_name: str = ""
    gp_practice: str = ""
    gp_phone: str = ""
    # CAVE (issue #12, app/domain/cave.py): an older exchange file has none: "not asked"
    cave_state: str = cave_rules.CaveState.UNKNOWN.value
    cave: str = ""

    def normalised(self) -> CitizenInput:
        strip = {f.name: str(getattr(self, f.name) or "").strip() for f in dataclasses.fields(self)}
        strip["cpr"] = normalise_cpr(strip["cpr"])
        for name in ("phone", "contact_phone", "gp_phone"):
            strip[name] = normalise_phone(strip[name])
        strip["cave_state"], strip["cave"] = cave_rules.normalise(self.cave_state, self.cave)
        return CitizenInput(**strip)

    @property
    def cave_value(self) -> Cave:
        return Cave(self.cave_state, self.cave)


DATA_FIELDS = tuple(f.name for f in dataclasses.fields(CitizenInput))
CAVE_FIELDS = ("cave_state", "cave")


@dataclass(frozen=True)
class CitizenRow:
    """One line of a citizen list: never the full CPR (D40)."""

    uuid: str
    cpr_masked: str
    name: str
    address: str
    phone: str
    gp_practice: str


@dataclass(frozen=True)
class CitizenDetail:
    uuid: str
    version: int
    cpr_masked: str
    age: int | None
    data: CitizenInput
    created: str
    updated: str
    demo: bool

    @property
    def name(self) -> str:
        return f"{self.data.first_name} {self.data.last_name}"

    @property
    def cave(self) -> Cave:
        return self.data.cave_value


def validate(data: CitizenInput, *, today: dt.date | None = None) -> list[Problem]:
    """Field rules for a citizen; warnings (modulus 11, D40) are included, flagged as such."""
    found = list(check_cpr(data.cpr, today=today))
    for name, label in (
        ("first_name", phrase("citizen.first_name")),
        ("last_name", phrase("citizen.last_name")),
    ):
        value = getattr(data, name).strip()
        if not value:
            found.append(problem(name, "name.missing", label=label))
        elif len(value) > 100 or re.search(r"[\d@<>{}\x00-\x1f\x7f]", value):  # control: #13
            found.append(problem(name, "name.invalid", value=value))
    found += check_postcode(data.postcode)
    for name in ("phone", "contact_phone", "gp_phone"):
        found += check_phone(getattr(data, name), name)
    return found + cave_rules.check(data.cave_state, data.cave)


def cave_of(citizen: Citizen) -> Cave:
    """The citizen's CAVE, as every banner, list and document shows it (issue #12)."""
    return Cave(citizen.cave_state, citizen.cave)


def name_key(name: str) -> str:
    return " ".join(name.lower().split())


def name_words(first_name: str, last_name: str) -> set[str]:
    words = re.split(r"[\s-]+", f"{first_name} {last_name}".lower())
    return {w[:100] for w in words if w}


def _apply(citizen: Citizen, data: CitizenInput) -> None:
    for name in DATA_FIELDS:
        setattr(citizen, name, getattr(data, name))
    citizen.first_key = name_key(data.first_name)
    citizen.last_key = name_key(data.last_name)


def _write_words(session: Session, citizen: Citizen) -> None:
    session.execute(delete(CitizenNameWord).where(CitizenNameWord.citizen_id == citizen.id))
    session.add_all(
        CitizenNameWord(citizen_id=citizen.id, word=w)
        for w in name_words(citizen.first_name, citizen.last_name)
    )


def _check_unique_cpr(session: Session, cpr: str, own_id: int | None = None) -> list[Problem]:
    other = session.scalars(select(Citizen).where(Citizen.cpr == cpr)).one_or_none()
    if other is None or other.id == own_id:
        return []
    return [
        problem(
            "cpr",
            "cpr.duplicate",
            masked=mask_cpr(cpr),
            name=f"{other.first_name} {other.last_name}",
        )
    ]


def add_in_session(
    session: Session, ctx: Context, data: CitizenInput, *, uuid: str | None = None
) -> Citizen:
    """Insert a validated citizen inside the caller's transaction (used by import too);
    an exchange file's uuid is kept so the citizen is the same record in every store."""
    citizen = Citizen(demo=False)
    _apply(citizen, data)
    audit.insert(
        session, ctx, citizen, ENTITY, after=audit.snapshot(citizen, DATA_FIELDS), uuid=uuid
    )
    _write_words(session, citizen)
    return citizen


def add_many_in_session(
    session: Session, ctx: Context, items: Sequence[tuple[CitizenInput, str | None]]
) -> None:
    """Insert many validated citizens (an import) with no statement per citizen: one
    executemany for the citizens, one for their name words, one for their "create" audit
    entries (chained in order). The caller has checked their CPR numbers and uuids against
    the store and each other (issue #13: 120,000 citizens took over 20 minutes one by one)."""
    now = clock.now_utc()
    rows = []
    for data, uuid in items:
        row = {name: getattr(data, name) for name in DATA_FIELDS}
        rows.append({
            **row, "first_key": name_key(data.first_name), "last_key": name_key(data.last_name),
            "uuid": uuid or new_uuid(), "version": 1, "demo": False, "created_at": now,
            "updated_at": now, "created_by_id": ctx.user_id, "updated_by_id": ctx.user_id,
        })  # fmt: skip
    if not rows:
        return
    session.execute(insert(Citizen), rows)  # no RETURNING: SQLite's is row by row
    ids: dict[str, int] = {}
    made = [r["uuid"] for r in rows]
    for start in range(0, len(made), BATCH):
        query = select(Citizen.uuid, Citizen.id).where(
            Citizen.uuid.in_(made[start : start + BATCH])
        )
        ids.update({uuid: id_ for uuid, id_ in session.execute(query)})
    words = [
        {"citizen_id": ids[r["uuid"]], "word": w}
        for r in rows
        for w in name_words(r["first_name"], r["last_name"])
    ]
    if words:
        session.execute(insert(CitizenNameWord), words)
    audit.write_created(
        session, ctx, ENTITY, ((r["uuid"], {n: r[n] for n in DATA_FIELDS}) for r in rows)
    )


#: keys per IN (...) query: SQLite takes at most 32,766 parameters
BATCH = 5000


def update_in_session(
    session: Session, ctx: Context, citizen: Citizen, data: CitizenInput, *, reason: str = ""
) -> bool:
    """Apply changed fields; returns False when nothing changed (no write, no audit row)."""
    before = audit.snapshot(citizen, DATA_FIELDS)
    after = audit.snapshot(data, DATA_FIELDS)
    old, new = audit.changed(before, after)
    if not new:
        return False
    _apply(citizen, data)
    audit.stamp_change(citizen, ctx)
    flush_or_stale(session, citizen, ENTITY)
    if "first_name" in new or "last_name" in new:
        _write_words(session, citizen)
    audit.write(session, ctx, "update", ENTITY, citizen.uuid, before=old, after=new, reason=reason)
    return True


def data_of(citizen: Citizen) -> CitizenInput:
    return CitizenInput(**{name: getattr(citizen, name) for name in DATA_FIELDS})


def register_citizen(ctx: Context, data: CitizenInput) -> Done[CitizenDetail]:
    """Register a new citizen. CPR per D40; a CPR can be registered once."""
    require(ctx, "citizens.edit")
    data = data.normalised()
    with ctx.store.session() as session:
        problems = [p for p in validate(data) if not p.warning]
        if not problems:
            problems = _check_unique_cpr(session, data.cpr)
        if problems:
            raise InvalidInput(problems)
        citizen = add_in_session(session, ctx, data)
        detail = detail_in_session(session, citizen)
    return Done(detail, Changes.of(ENTITY, detail.uuid))


def update_citizen(
    ctx: Context, uuid: str, expected_version: int, data: CitizenInput
) -> Done[CitizenDetail]:
    """Change a citizen; refused with who/when if someone else saved it first.

    An empty ``cpr`` keeps the stored number: a form that never revealed the full CPR
    (D40) does not send it."""
    require(ctx, "citizens.edit")
    data = data.normalised()
    with ctx.store.session() as session:
        citizen = load_for_update(session, Citizen, uuid, expected_version, ENTITY)
        if not data.cpr:
            data = dataclasses.replace(data, cpr=citizen.cpr)
        problems = [p for p in validate(data) if not p.warning]
        if not problems:
            problems = _check_unique_cpr(session, data.cpr, citizen.id)
        if problems:
            raise InvalidInput(problems)
        update_in_session(session, ctx, citizen, data)
        detail = detail_in_session(session, citizen)
    return Done(detail, Changes.of(ENTITY, uuid))


def open_citizen(ctx: Context, uuid: str, reason: str = "") -> CitizenDetail:
    """Open a citizen's record: audit-logged with who and when, and with a reason, which is
    required when the citizen belongs to another team (issue #7, app/services/security/teams.py)."""
    require(ctx, "citizens.read")
    with ctx.store.session() as session:
        citizen = get_by_uuid(session, Citizen, uuid, ENTITY)
        reason = teams.access_reason(ctx, citizen, reason)
        audit.write(session, ctx, "open", ENTITY, uuid, reason=reason)
        return detail_in_session(session, citizen)


def reveal_cpr(ctx: Context, uuid: str, reason: str = "") -> str:
    """The full CPR number, on request only; every reveal is audit-logged (D40), with a
    reason when the citizen belongs to another team (issue #7)."""
    require(ctx, "citizens.cpr")
    with ctx.store.session() as session:
        citizen = get_by_uuid(session, Citizen, uuid, ENTITY)
        reason = teams.access_reason(ctx, citizen, reason)
        audit.write(session, ctx, "view_cpr", ENTITY, uuid, reason=reason)
        return f"{citizen.cpr[:6]}-{citizen.cpr[6:]}"


def disclose_cpr(ctx: Context, uuid: str, document: str, record_uuid: str) -> str:
    """The full CPR number ``ddmmyy-xxxx`` for a document to a named clinical receiver (the
    closing note to the GP, the course summary to the hospital): the receiver must identify
    the patient (D40 as amended). Audit-logged as a disclosure of the full CPR, like showing
    it (``disclose_cpr`` on the citizen, naming the document and its record); the caller has
    already opened the record through its read permission."""
    require(ctx, "citizens.read")
    with ctx.store.session() as session:
        citizen = get_by_uuid(session, Citizen, uuid, ENTITY)
        after = {"document": document, "record": record_uuid}
        audit.write(session, ctx, "disclose_cpr", ENTITY, uuid, after=after)
        return f"{citizen.cpr[:6]}-{citizen.cpr[6:]}"


def detail_in_session(session: Session, c: Citizen) -> CitizenDetail:
    data = data_of(c)
    masked = dataclasses.replace(data, cpr=mask_cpr(c.cpr))
    return CitizenDetail(
        uuid=c.uuid,
        version=c.version,
        cpr_masked=mask_cpr(c.cpr),
        age=age_on(c.cpr, clock.today()),
        data=masked,
        created=f"{clock.format_local(c.created_at)} {user_label(session, c.created_by_id)}",
        updated=f"{clock.format_local(c.updated_at)} {user_label(session, c.updated_by_id)}",
        demo=c.demo,
    )


def prefix_range(column: SQLCoreOperations[str], prefix: str) -> ColumnElement[bool]:
    """``column LIKE 'prefix%'`` written as an index range (byte-wise keys, see search_text).
    The next character after the prefix's last skips the surrogates (not encodable) and
    there is none after U+10FFFF (found by tests/fuzz)."""
    last = ord(prefix[-1])
    if last == 0x10FFFF:
        shorter = prefix_range(column, prefix[:-1]) if len(prefix) > 1 else None
        return column >= prefix if shorter is None else and_(column >= prefix, shorter)
    upper = prefix[:-1] + chr(0xE000 if last + 1 == 0xD800 else last + 1)
    return and_(column >= prefix, column < upper)


def search_terms(text: str) -> tuple[list[str], list[str]]:
    """Split what the user typed into CPR prefixes (digits) and name-word prefixes."""
    digits: list[str] = []
    words: list[str] = []
    for token in re.split(r"[\s,\x00]+", text.strip().lower()):  # NUL: PostgreSQL refuses it
        if not token:
            continue
        compact = token.replace("-", "")
        if ascii_digits(compact):
            digits.append(compact[:10])
        else:
            words += [w for w in re.split(r"-+", token) if w]
    return digits, words


def search_citizens(
    ctx: Context, text: str = "", *, offset: int = 0, limit: int = 200
) -> list[CitizenRow]:
    """Citizens whose CPR starts with the digits typed and whose names have words starting
    with each word typed, sorted by name. Lists show the masked CPR only (D40)."""
    require(ctx, "citizens.read")
    digits, words = search_terms(text)
    query = select(
        Citizen.uuid,
        Citizen.cpr,
        Citizen.first_name,
        Citizen.last_name,
        Citizen.address,
        Citizen.postcode,
        Citizen.city,
        Citizen.phone,
        Citizen.gp_practice,
    )
    for prefix in digits:
        query = query.where(prefix_range(Citizen.cpr, prefix))
    for word in words:
        matching = select(CitizenNameWord.citizen_id).where(
            prefix_range(CitizenNameWord.word, word)
        )
        query = query.where(Citizen.id.in_(matching))
    query = (
        query.order_by(Citizen.last_key, Citizen.first_key, Citizen.id).offset(offset).limit(limit)
    )
    with ctx.store.read() as session:
        return [
            CitizenRow(
                uuid=r.uuid,
                cpr_masked=mask_cpr(r.cpr),
                name=f"{r.last_name}, {r.first_name}",
                address=", ".join(x for x in (r.address, f"{r.postcode} {r.city}".strip()) if x),
                phone=r.phone,
                gp_practice=r.gp_practice,
            )
            for r in session.execute(query)
        ]


def count_citizens(ctx: Context) -> int:
    require(ctx, "citizens.read")
    with ctx.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Citizen)) or 0)


def existing_by_cpr(session: Session, cprs: Sequence[str]) -> dict[str, Citizen]:
    found: dict[str, Citizen] = {}
    for start in range(0, len(cprs), 500):
        chunk = list(cprs[start : start + 500])
        found.update(
            {c.cpr: c for c in session.scalars(select(Citizen).where(Citizen.cpr.in_(chunk)))}
        )
    return found
