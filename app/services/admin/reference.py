"""Reference data: the municipality, hospital units and their departments (DIGEST §5.7, D9)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.identifiers import (
    check_cvr,
    check_gln,
    check_phone,
    check_postcode,
    normalise_digits,
    normalise_phone,
)
from app.domain.numerals import ascii_digits
from app.domain.problems import Problem, problem
from app.domain.reference import REGION_NAME, RSD_HOSPITAL_UNITS
from app.errors import InvalidInput, NotFound, NotInitialised
from app.models import Department, HospitalUnit, Municipality
from app.services.kernel import audit
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import flush_or_stale, get_by_uuid, load_for_update


@dataclass(frozen=True)
class MunicipalityInput:
    name: str
    cvr: str = ""
    ean: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    bank_reg: str = ""
    bank_account: str = ""
    payment_days: int = 30
    ean_fictitious: bool = False

    def normalised(self) -> MunicipalityInput:
        return dataclasses.replace(
            self,
            name=self.name.strip(),
            cvr=normalise_digits(self.cvr),
            ean=normalise_digits(self.ean),
            address=self.address.strip(),
            postcode=self.postcode.strip(),
            city=self.city.strip(),
            phone=normalise_phone(self.phone),
            email=self.email.strip(),
            bank_reg=normalise_digits(self.bank_reg),
            bank_account=normalise_digits(self.bank_account),
        )


MUNICIPALITY_FIELDS = tuple(f.name for f in dataclasses.fields(MunicipalityInput))


@dataclass(frozen=True)
class MunicipalityView:
    uuid: str
    version: int
    data: MunicipalityInput


def validate_municipality(data: MunicipalityInput) -> list[Problem]:
    found: list[Problem] = []
    if not data.name.strip():
        found.append(problem("name", "municipality.name"))
    found += check_cvr(data.cvr, required=False)
    found += check_gln(data.ean)
    found += check_postcode(data.postcode)
    found += check_phone(data.phone, "phone")
    if data.bank_reg and not (ascii_digits(data.bank_reg) and len(data.bank_reg) == 4):
        found.append(problem("bank_reg", "bank.reg"))
    if data.bank_account and not (ascii_digits(data.bank_account) and len(data.bank_account) <= 10):
        found.append(problem("bank_account", "bank.account"))
    if not 0 < int(data.payment_days) <= 90:
        found.append(problem("payment_days", "payment.days"))
    return found


def municipality_row(session: Session) -> Municipality:
    found = session.scalars(select(Municipality)).first()
    if found is None:
        raise NotInitialised()
    return found


def get_municipality(ctx: Context) -> MunicipalityView:
    require(ctx, "reference.read")
    with ctx.store.read() as session:
        m = municipality_row(session)
        return MunicipalityView(
            m.uuid, m.version, MunicipalityInput(**{f: getattr(m, f) for f in MUNICIPALITY_FIELDS})
        )


def create_municipality_in_session(
    session: Session, ctx: Context, data: MunicipalityInput
) -> Municipality:
    m = Municipality(**{f: getattr(data, f) for f in MUNICIPALITY_FIELDS})
    audit.insert(session, ctx, m, "municipality", after=audit.snapshot(m, MUNICIPALITY_FIELDS))
    return m


def update_municipality(
    ctx: Context, expected_version: int, data: MunicipalityInput
) -> Done[MunicipalityView]:
    require(ctx, "reference.edit")
    data = data.normalised()
    problems = [p for p in validate_municipality(data) if not p.warning]
    if problems:
        raise InvalidInput(problems)
    with ctx.store.session() as session:
        m = municipality_row(session)
        m = load_for_update(session, Municipality, m.uuid, expected_version, "municipality")
        old, new = audit.changed(
            audit.snapshot(m, MUNICIPALITY_FIELDS), audit.snapshot(data, MUNICIPALITY_FIELDS)
        )
        if new:
            for name in MUNICIPALITY_FIELDS:
                setattr(m, name, getattr(data, name))
            audit.stamp_change(m, ctx)
            flush_or_stale(session, m, "municipality")
            audit.write(session, ctx, "update", "municipality", m.uuid, before=old, after=new)
        view = MunicipalityView(m.uuid, m.version, data)
    return Done(view, Changes.of("municipality", view.uuid) if new else NOTHING)


# -- hospital units and departments ---------------------------------------------------------


@dataclass(frozen=True)
class DepartmentView:
    uuid: str
    version: int
    name: str
    ean: str
    ean_fictitious: bool
    phone_24_7: str
    active: bool


@dataclass(frozen=True)
class HospitalUnitView:
    uuid: str
    version: int
    code: str
    name: str
    region: str
    ean: str
    ean_fictitious: bool
    phone: str
    active: bool
    departments: tuple[DepartmentView, ...]

    @property
    def billable(self) -> bool:
        """An invoice needs the receiver's EAN (e-invoice endpoint, D9)."""
        return bool(self.ean)


@dataclass(frozen=True)
class UnitInput:
    code: str
    name: str
    ean: str = ""
    phone: str = ""
    region: str = REGION_NAME
    ean_fictitious: bool = False
    active: bool = True


@dataclass(frozen=True)
class DepartmentInput:
    name: str
    phone_24_7: str
    ean: str = ""
    ean_fictitious: bool = False
    active: bool = True


UNIT_FIELDS = tuple(f.name for f in dataclasses.fields(UnitInput))
DEPARTMENT_FIELDS = tuple(f.name for f in dataclasses.fields(DepartmentInput))


def validate_unit(data: UnitInput) -> list[Problem]:
    found: list[Problem] = []
    if not data.code.strip():
        found.append(problem("code", "unit.code"))
    if not data.name.strip():
        found.append(problem("name", "unit.name"))
    found += check_gln(data.ean)
    found += check_phone(data.phone, "phone")
    return found


def validate_department(data: DepartmentInput) -> list[Problem]:
    found: list[Problem] = []
    if not data.name.strip():
        found.append(problem("name", "department.name"))
    found += check_gln(data.ean)
    found += check_phone(data.phone_24_7, "phone_24_7", required=True)
    return found


def _unit_view(u: HospitalUnit) -> HospitalUnitView:
    return HospitalUnitView(
        u.uuid,
        u.version,
        u.code,
        u.name,
        u.region,
        u.ean,
        u.ean_fictitious,
        u.phone,
        u.active,
        tuple(
            DepartmentView(
                d.uuid, d.version, d.name, d.ean, d.ean_fictitious, d.phone_24_7, d.active
            )
            for d in u.departments
        ),
    )


def list_hospital_units(ctx: Context) -> list[HospitalUnitView]:
    require(ctx, "reference.read")
    with ctx.store.read() as session:
        units = session.scalars(
            select(HospitalUnit)
            .options(selectinload(HospitalUnit.departments))
            .order_by(HospitalUnit.name)
        )
        return [_unit_view(u) for u in units]


def normalise_unit(data: UnitInput) -> UnitInput:
    return dataclasses.replace(
        data,
        code=data.code.strip().upper(),
        name=data.name.strip(),
        ean=normalise_digits(data.ean),
        phone=normalise_phone(data.phone),
    )


def normalise_department(data: DepartmentInput) -> DepartmentInput:
    return dataclasses.replace(
        data,
        name=data.name.strip(),
        ean=normalise_digits(data.ean),
        phone_24_7=normalise_phone(data.phone_24_7),
    )


def add_unit_in_session(session: Session, ctx: Context, data: UnitInput) -> HospitalUnit:
    unit = HospitalUnit(**{f: getattr(data, f) for f in UNIT_FIELDS})
    audit.insert(session, ctx, unit, "hospital_unit", after=audit.snapshot(unit, UNIT_FIELDS))
    return unit


def add_default_units(session: Session, ctx: Context) -> None:
    """Region Syddanmark's four units, without EANs (the user enters those)."""
    for default in RSD_HOSPITAL_UNITS:
        add_unit_in_session(session, ctx, UnitInput(code=default.code, name=default.name))


def save_unit(
    ctx: Context, data: UnitInput, uuid: str | None = None, expected_version: int = 0
) -> Done[HospitalUnitView]:
    """Add a hospital unit, or change one (optimistic locking on ``expected_version``)."""
    require(ctx, "reference.edit")
    data = normalise_unit(data)
    problems = validate_unit(data)
    with ctx.store.session() as session:
        same_code = session.scalars(
            select(HospitalUnit).where(HospitalUnit.code == data.code)
        ).one_or_none()
        if same_code is not None and same_code.uuid != uuid:
            problems.append(problem("code", "unit.code_taken", code=data.code))
        if problems:
            raise InvalidInput(problems)
        if uuid is None:
            unit = add_unit_in_session(session, ctx, data)
        else:
            unit = load_for_update(session, HospitalUnit, uuid, expected_version, "hospital_unit")
            update_record(session, ctx, unit, data, UNIT_FIELDS, "hospital_unit")
        session.refresh(unit)
        view = _unit_view(unit)
    return Done(view, Changes.of("hospital_unit", view.uuid))


def update_record(
    session: Session,
    ctx: Context,
    record: object,
    data: object,
    fields: tuple[str, ...],
    entity: str,
) -> bool:
    old, new = audit.changed(audit.snapshot(record, fields), audit.snapshot(data, fields))
    if not new:
        return False
    for name in fields:
        setattr(record, name, getattr(data, name))
    audit.stamp_change(record, ctx)
    flush_or_stale(session, record, entity)
    audit.write(session, ctx, "update", entity, record.uuid, before=old, after=new)  # type: ignore[attr-defined]
    return True


def add_department_in_session(
    session: Session, ctx: Context, unit: HospitalUnit, data: DepartmentInput
) -> Department:
    dept = Department(unit_id=unit.id, **{f: getattr(data, f) for f in DEPARTMENT_FIELDS})
    audit.insert(session, ctx, dept, "department", after=audit.snapshot(dept, DEPARTMENT_FIELDS))
    return dept


def save_department(
    ctx: Context,
    unit_uuid: str,
    data: DepartmentInput,
    uuid: str | None = None,
    expected_version: int = 0,
) -> Done[DepartmentView]:
    """Add a department to a unit, or change one. The 24/7 phone is mandatory (DIGEST §1.7)."""
    require(ctx, "reference.edit")
    data = normalise_department(data)
    problems = validate_department(data)
    with ctx.store.session() as session:
        unit = get_by_uuid(session, HospitalUnit, unit_uuid, "hospital_unit")
        clash = session.scalars(
            select(Department).where(Department.unit_id == unit.id, Department.name == data.name)
        ).one_or_none()
        if clash is not None and clash.uuid != uuid:
            problems.append(
                problem(
                    "name",
                    "department.taken",
                    unit=unit.code,
                    name=data.name,
                )
            )
        if problems:
            raise InvalidInput(problems)
        if uuid is None:
            dept = add_department_in_session(session, ctx, unit, data)
        else:
            dept = load_for_update(session, Department, uuid, expected_version, "department")
            if dept.unit_id != unit.id:
                raise NotFound("department", uuid)
            update_record(session, ctx, dept, data, DEPARTMENT_FIELDS, "department")
        view = DepartmentView(
            dept.uuid,
            dept.version,
            dept.name,
            dept.ean,
            dept.ean_fictitious,
            dept.phone_24_7,
            dept.active,
        )
    return Done(view, Changes.of("department", view.uuid))
