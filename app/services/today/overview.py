"""What the Today page shows before the IV-course work list exists: the store at a glance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain import clock
from app.models import Citizen, Department, HospitalUnit, StoreSetting
from app.services.admin.reference import municipality_row
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import user_label


@dataclass(frozen=True)
class Overview:
    today: dt.date
    municipality: str
    user: str
    citizens: int
    units: int
    units_without_ean: tuple[str, ...]
    departments: int
    demo: bool


def today_overview(ctx: Context) -> Overview:
    require(ctx, "worklist.read")
    with ctx.store.read() as session:
        units = session.execute(
            select(HospitalUnit.code, HospitalUnit.ean)
            .where(HospitalUnit.active)
            .order_by(HospitalUnit.code)
        ).all()
        demo = session.get(StoreSetting, "demo")
        return Overview(
            today=clock.today(),
            municipality=municipality_row(session).name,
            user=user_label(session, ctx.user_id),
            citizens=int(session.scalar(select(func.count()).select_from(Citizen)) or 0),
            units=len(units),
            units_without_ean=tuple(code for code, ean in units if not ean),
            departments=int(session.scalar(select(func.count()).select_from(Department)) or 0),
            demo=bool(demo and demo.value),
        )
