"""Teams: the municipality's acute teams (e.g. one per district), their members and each
citizen's responsible team (issue #7).

Opening a citizen's record or full CPR from outside the citizen's team needs a reason,
which goes into the audit entry with who and when. A citizen without a team is open to
every user allowed to read citizens; a user in no team is outside every team.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.problems import problem
from app.errors import InvalidInput, NotFound
from app.models import Citizen, Team, User, user_teams
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import get_by_uuid

ENTITY = "team"


@dataclass(frozen=True)
class TeamView:
    id: int
    uuid: str
    name: str
    active: bool
    members: int


def add_team(ctx: Context, name: str) -> Done[TeamView]:
    require(ctx, "users.manage")
    name = " ".join(name.split())
    if not name:
        raise InvalidInput([problem("team_name", "team.name")])
    with ctx.store.session() as session:
        if session.scalars(select(Team).where(Team.name == name)).first() is not None:
            raise InvalidInput([problem("team_name", "team.taken", name=name)])
        team = Team(name=name, active=True)
        audit.insert(session, ctx, team, ENTITY, after={"name": name})
        view = TeamView(team.id, team.uuid, team.name, True, 0)
    return Done(view, Changes.of(ENTITY, view.uuid))


def list_teams(ctx: Context) -> list[TeamView]:
    require(ctx, "reference.read")
    with ctx.store.read() as session:
        counts: dict[int, int] = {}
        for team_id in session.scalars(select(user_teams.c.team_id)):
            counts[team_id] = counts.get(team_id, 0) + 1
        return [
            TeamView(t.id, t.uuid, t.name, t.active, counts.get(t.id, 0))
            for t in session.scalars(select(Team).order_by(Team.name))
        ]


def _team(session: Session, name: str) -> Team:
    team = session.scalars(select(Team).where(Team.name == " ".join(name.split()))).first()
    if team is None:
        raise NotFound(ENTITY, name)
    return team


def set_user_teams(ctx: Context, initials: str, names: Iterable[str]) -> Done[tuple[str, ...]]:
    """The teams a user works in (replacing the ones before)."""
    require(ctx, "users.manage")
    with ctx.store.session() as session:
        user = session.scalars(select(User).where(User.initials == initials.upper())).first()
        if user is None:
            raise NotFound("user", initials.upper())
        teams = sorted({t.id: t for t in (_team(session, n) for n in names)}.values(),
                       key=lambda t: t.name)  # fmt: skip
        before = set(session.scalars(select(user_teams.c.team_id).where(user_teams.c.user_id == user.id)))  # fmt: skip
        session.execute(delete(user_teams).where(user_teams.c.user_id == user.id))
        for team in teams:
            session.execute(user_teams.insert().values(user_id=user.id, team_id=team.id))
        for team_id in sorted(before ^ {t.id for t in teams}):
            # a team's members are part of the team: its version moves and the change
            # travels to the offices (issue #15, app/db/journal.py MEMBERS)
            audit.stamp_change(session.get_one(Team, team_id), ctx)
        after = {"teams": [t.name for t in teams]}
        audit.write(session, ctx, "update", "user", user.uuid, after=after)
        chosen, uuid = tuple(t.name for t in teams), user.uuid
    return Done(chosen, Changes.of("user", uuid, also={ENTITY}))  # a team's member count


def set_citizen_team(ctx: Context, citizen_uuid: str, name: str | None) -> Done[None]:
    """The citizen's responsible team (None: no team)."""
    require(ctx, "citizens.team")
    with ctx.store.session() as session:
        citizen = get_by_uuid(session, Citizen, citizen_uuid, "citizen")
        team = _team(session, name) if name else None
        before = {"team": _name(session, citizen.team_id)}
        citizen.team_id = team.id if team else None
        audit.stamp_change(citizen, ctx)
        after = {"team": team.name if team else None}
        audit.write(session, ctx, "update", "citizen", citizen.uuid, before=before, after=after)
    return Done(None, Changes.of("citizen", citizen_uuid))


def _name(session: Session, team_id: int | None) -> str | None:
    team = session.get(Team, team_id) if team_id is not None else None
    return team.name if team else None


def outside_team(ctx: Context, citizen: Citizen) -> bool:
    """Whether the citizen has a responsible team the user does not work in."""
    return citizen.team_id is not None and citizen.team_id not in ctx.teams


def access_reason(ctx: Context, citizen: Citizen, reason: str) -> str:
    """The reason to log for opening ``citizen``: required when outside the user's team."""
    reason = " ".join(reason.split())
    if outside_team(ctx, citizen) and not reason:
        raise InvalidInput(
            [
                problem(
                    "reason",
                    "access.reason_required",
                )
            ]
        )
    return reason


def needs_reason(ctx: Context, citizen_uuid: str) -> bool:
    """For the window: ask for a reason before opening this citizen?"""
    require(ctx, "citizens.read")
    with ctx.store.read() as session:
        return outside_team(ctx, get_by_uuid(session, Citizen, citizen_uuid, "citizen"))
