"""Building blocks for nursing-home tests: a home, an arrangement, residents."""

from __future__ import annotations

import datetime as dt

from app.services import citizens
from app.services.citizens import CitizenInput
from app.services.homes import arrangements, register, residents
from app.services.homes.arrangements import ArrangementInput
from app.services.homes.register import HomeInput
from app.services.homes.residents import StayInput

D = dt.date
START = D(2025, 1, 1)


def cpr(i: int) -> str:
    return f"{i % 28 + 1:02d}{i // 28 % 12 + 1:02d}45{1000 + i:04d}"


FIRST = ("Else", "Karen", "Inger", "Poul", "Jens", "Birthe", "Erik", "Ruth", "Aage", "Grethe")


def citizen(ctx, i: int, gp: str = "Læge Lund") -> str:
    first = f"{FIRST[i % 10]} {FIRST[i // 10 % 10]}"
    return citizens.register_citizen(
        ctx, CitizenInput(cpr=cpr(i), first_name=first, last_name="Hansen", gp_name=gp)
    ).value.uuid


def home(ctx, name: str = "Solgården", places: int = 60, **kw) -> str:
    return register.create_home(
        ctx, HomeInput(name=name, ownership=kw.pop("ownership", "municipal"), places=places, **kw)
    ).value.uuid


def arrangement(ctx, home_uuid: str, start: dt.date = START, **kw) -> register.Saved:
    values = dict(
        home_uuid=home_uuid,
        doctor_name="Anne Holm",
        practice_name="Lægerne i Bolbro",
        provider_number="012345",
        start_date=start,
    )
    values.update(kw)
    return arrangements.start_arrangement(ctx, ArrangementInput(**values)).value


def residents_at(ctx, home_uuid: str, count: int, first: int = 0, **kw) -> list[str]:
    out = []
    for i in range(first, first + count):
        values = dict(
            citizen_uuid=citizen(ctx, i),
            home_uuid=home_uuid,
            place_kind="permanent",
            moved_in=D(2025, 2, 1),
            fixed_doctor=True,
        )
        values.update(kw)
        out.append(residents.move_in(ctx, StayInput(**values)).value.uuid)
    return out
