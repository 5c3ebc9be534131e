"""Users: who is working. Passwords and roles arrive with the security issue."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.store import Store
from app.domain.problems import Problem, problem
from app.models import User
from app.services import audit
from app.services.context import Context
from app.services.errors import InvalidInput, NotFound, NotInitialised


@dataclass(frozen=True)
class UserView:
    id: int
    uuid: str
    name: str
    initials: str
    active: bool


def validate_user(name: str, initials: str) -> list[Problem]:
    found: list[Problem] = []
    if not name.strip():
        found.append(problem("user_name", "user.name", "The user's name is required."))
    if not re.fullmatch(r"[A-ZÆØÅ0-9]{2,12}", initials.strip().upper()):
        found.append(
            problem("initials", "user.initials", "Initials are 2 to 12 letters or digits.")
        )
    return found


def _view(u: User) -> UserView:
    return UserView(u.id, u.uuid, u.name, u.initials, u.active)


def add_user_in_session(session: Session, ctx: Context, name: str, initials: str) -> User:
    initials = initials.strip().upper()
    problems = validate_user(name, initials)
    if session.scalars(select(User).where(User.initials == initials)).first() is not None:
        problems.append(
            problem(
                "initials", "user.taken", "The initials {initials} are taken.", initials=initials
            )
        )
    if problems:
        raise InvalidInput(problems)
    user = User(name=name.strip(), initials=initials, active=True)
    audit.insert(session, ctx, user, "user", after={"name": user.name, "initials": initials})
    return user


def add_user(ctx: Context, name: str, initials: str) -> UserView:
    with ctx.store.session() as session:
        return _view(add_user_in_session(session, ctx, name, initials))


def list_users(ctx: Context) -> list[UserView]:
    with ctx.store.read() as session:
        return [_view(u) for u in session.scalars(select(User).order_by(User.name))]


def sign_in(store: Store, initials: str | None) -> Context:
    """The context for a user by initials, or the first active user when none is named."""
    with store.read() as session:
        query = select(User).where(User.active.is_(True))
        if initials:
            user = session.scalars(query.where(User.initials == initials.strip().upper())).first()
            if user is None:
                raise NotFound("user", f"initials {initials.upper()}")
        else:
            user = session.scalars(query.order_by(User.id)).first()
            if user is None:
                raise NotInitialised()
        return Context(store, user.id, user.initials)
