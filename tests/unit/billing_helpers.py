"""Building blocks for billing tests: IV courses with given dates, made through the same
services a nurse uses (referral → acceptance → administrations → type change → end), and
a fake document renderer (posting's renderer is a parameter; the product signs with
app.signing, these tests only need stored bytes that depend on the content)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import json

from app.documents.invoice_data import InvoiceDocument
from app.services import citizens
from app.services.admin import reference
from app.services.admin.reference import DepartmentInput
from app.services.citizens import CitizenInput
from app.services.invoices.documents import RenderedFile, file_stem
from app.services.iv import courses, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration

_cprs = itertools.count(1)


def next_cpr() -> str:
    """Fictitious CPR numbers of adults born 1950 (valid dates; modulus 11 only warns)."""
    n = next(_cprs)
    return f"{1 + n % 28:02d}{1 + (n // 28) % 12:02d}50{4000 + n % 6000:04d}"


def department(ctx, unit_code: str = "OUH", name: str = "Infektionsmedicinsk Afdeling Q") -> str:
    unit = next(u for u in reference.list_hospital_units(ctx) if u.code == unit_code)
    return reference.save_department(
        ctx, unit.uuid, DepartmentInput(name=name, phone_24_7="65 41 12 34")
    ).value.uuid


def give_units_ean(ctx) -> None:
    """Region Syddanmark's units as shipped may lack an EAN/GLN; give each a valid one."""
    eans = {"OUH": "5798001234566", "SLB": "5798001234573", "SVS": "5798001234580",
            "SHS": "5798001234597"}  # fmt: skip
    from app.models import HospitalUnit

    with ctx.store.session() as s:
        for unit in s.query(HospitalUnit):
            unit.ean = eans.get(unit.code, unit.ean) or "5798001234603"


def citizen(ctx, first: str = "Else", last: str = "Jensen") -> str:
    return citizens.register_citizen(
        ctx, CitizenInput(cpr=next_cpr(), first_name=first, last_name=last)
    ).value.uuid


def _give(ctx, uuid: str, day: dt.date) -> None:
    record_administration(
        ctx,
        uuid,
        AdministrationInput(
            start=dt.datetime.combine(day, dt.time(9)),
            end=dt.datetime.combine(day, dt.time(9, 30)),
            place="home",
        ),
    )


def course(
    ctx,
    dept: str,
    start: dt.date,
    end: dt.date | None = None,
    *,
    course_type: str = "antibiotic_no_pump",
    last_given: dt.date | None = None,
    change: tuple[dt.date, str] | None = None,
    person: str | None = None,
) -> str:
    """A course with municipal day 1 on ``start`` (D4), ended on ``end`` (None: running,
    last administration on ``last_given``), optionally changing type (D1)."""
    who = person or citizen(ctx)
    referred = dt.datetime.combine(start - dt.timedelta(days=1), dt.time(14))
    uuid = referrals.register_referral(
        ctx,
        referrals.ReferralInput(
            citizen_uuid=who, department_uuid=dept, responsible_doctor="Overlæge Hansen",
            course_type=course_type, drug="Piperacillin/tazobactam", dose="4 g",
            doses_per_day=3, planned_days=7, iv_access="picc", closed_system="codan_mix_add",
            first_dose_date=start - dt.timedelta(days=1), hospital_doses=3, place="home",
            referred_at=referred,
        ),
    ).value  # fmt: skip
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=referred + dt.timedelta(hours=2))
    _give(ctx, uuid, start)
    if last_given and last_given != start:
        _give(ctx, uuid, last_given)
    if change:
        courses.change_course_type(ctx, uuid, version(ctx, uuid), change[1], change[0])
    if end:
        courses.end_course(ctx, uuid, version(ctx, uuid), end, "completed")
    return uuid


def version(ctx, uuid: str) -> int:
    return views.get_course(ctx, uuid, opened=False).version


def fake_renderer(doc: InvoiceDocument) -> list[RenderedFile]:
    """Bytes that depend on the whole content (so a reprint test can fail)."""
    plain = json.dumps(dataclasses.asdict(doc), default=str, sort_keys=True).encode()
    stem = file_stem(doc)
    return [
        RenderedFile("pdf", f"{stem}.pdf", b"%PDF-fake\n" + plain),
        RenderedFile("xml", f"{stem}.xml", b"<Invoice>" + hashlib.sha256(plain).hexdigest().encode() + b"</Invoice>"),
    ]  # fmt: skip


def month_after(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1)
