"""The head of the Today page: the date, the municipality, who is signed in, whether the
store is the demo, and — for whoever posts invoices — the hospital units still without an
EAN. What is due is the work list's (app/services/today/worklist.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.domain import clock
from app.models import HospitalUnit, StoreSetting
from app.services.admin.reference import municipality_row
from app.services.kernel.context import Context
from app.services.kernel.permissions import allowed, require
from app.services.kernel.records import user_label


@dataclass(frozen=True)
class Overview:
    today: dt.date
    municipality: str
    user: str
    units_without_ean: tuple[str, ...]
    demo: bool
    invoices: bool  # the user posts invoices: the missing EANs are theirs to fix


def today_overview(ctx: Context) -> Overview:
    require(ctx, "worklist.read")
    with ctx.store.read() as session:
        missing = session.scalars(
            select(HospitalUnit.code)
            .where(HospitalUnit.active, HospitalUnit.ean == "")
            .order_by(HospitalUnit.code)
        ).all()
        demo = session.get(StoreSetting, "demo")
        return Overview(
            today=clock.today(),
            municipality=municipality_row(session).name,
            user=user_label(session, ctx.user_id),
            units_without_ean=tuple(missing),
            demo=bool(demo and demo.value),
            invoices=allowed(ctx, "invoices.post"),
        )
