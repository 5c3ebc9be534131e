"""Building blocks for acute-episode tests: a citizen, an episode, a weekday in the past."""

from __future__ import annotations

import datetime as dt

from app.domain import clock
from app.services import citizens
from app.services.acute.contacts import GpContactInput, record_gp_contact
from app.services.acute.episodes import EpisodeInput, register_episode
from app.services.citizens import CitizenInput

TODAY = clock.today()
REFERRER = {1: "gp", 2: "gp", 3: "home_nursing", 4: "hospital_physician"}


def weekday(weeks_ago: int = 1, weekday: int = 2) -> dt.date:
    """A date ``weeks_ago`` weeks back on ``weekday`` (0 = Monday)."""
    monday = TODAY - dt.timedelta(days=TODAY.weekday() + 7 * weeks_ago)
    return monday + dt.timedelta(days=weekday)


def on(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    """Copenhagen wall-clock time (naive, as a person types it)."""
    return dt.datetime.combine(day, dt.time(hh, mm))


def citizen(ctx, cpr: str = "0101500007", first: str = "Else", last: str = "Jensen") -> str:
    return citizens.register_citizen(
        ctx,
        CitizenInput(
            cpr=cpr, first_name=first, last_name=last, gp_name="Læge Lund", gp_practice="Lægehuset"
        ),
    ).value.uuid


def episode_input(citizen_uuid: str, group: int = 2, **changes) -> EpisodeInput:
    values = dict(
        citizen_uuid=citizen_uuid,
        target_group=group,
        referrer_kind=REFERRER[group],
        referrer_name="Læge Lund",
        referred_at=on(weekday(2, 0), 9),
        reason="Feber og tiltagende dyspnø",
        setting="home",
        responsible_doctor="Læge Lund, Lægehuset",
        responsible_phone="66 12 34 56",
    )
    values.update(changes)
    return EpisodeInput(**values)


def episode(ctx, citizen_uuid: str, group: int = 2, **changes) -> str:
    return register_episode(ctx, episode_input(citizen_uuid, group, **changes)).value


def contact(ctx, episode_uuid: str, at: dt.datetime, **changes):
    values = dict(
        at=at,
        channel="phone",
        gp_name="Læge Lund",
        practice="Lægehuset",
        assessed=True,
    )
    values.update(changes)
    return record_gp_contact(ctx, episode_uuid, GpContactInput(**values)).value
