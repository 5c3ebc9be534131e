"""Users: who is working, with which roles, and signing in with a password (issue #7).

Passwords are Argon2id hashes (app/services/security/passwords.py). Five wrong passwords in a row
lock the user for 15 minutes; every refused sign-in is audit-logged. A user of a store
from before issue #7 has no password yet: the first password given at sign-in becomes
theirs (the migration 0005 explains why). Adding users, changing roles and other users'
passwords needs ``users.manage``; the last active administrator cannot lose that role.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, NoReturn, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.store import Store
from app.domain import clock
from app.domain.problems import Problem, problem
from app.errors import AkutDeskError, InvalidInput, NotFound, NotInitialised
from app.models import StoreSetting, Team, User, user_teams
from app.services.kernel import audit, db_roles
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import ROLES, require
from app.services.security import passwords

ENTITY = "user"
MAX_FAILED = 5
LOCK_MINUTES = 15
IDLE_SETTING = "idle_lock_minutes"
IDLE_DEFAULT = 10
T = TypeVar("T")


class SignInRefused(AkutDeskError):
    """Wrong initials or password (the message does not tell which), or a locked user."""

    code = "sign_in_refused"

    def __init__(self, initials: str, locked_until: str = "") -> None:
        if locked_until:
            message = (
                f"Too many wrong passwords: {initials} is locked until {locked_until}. "
                "Try again then, or ask an administrator."
            )
        else:
            message = "Wrong initials or password."
        super().__init__(message, initials=initials, locked_until=locked_until)
        if locked_until:
            self.code = "user_locked"


@dataclass(frozen=True)
class UserView:
    id: int
    uuid: str
    name: str
    initials: str
    active: bool
    roles: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()
    has_password: bool = False
    version: int = 0


def validate_user(name: str, initials: str) -> list[Problem]:
    found: list[Problem] = []
    if not name.strip():
        found.append(problem("user_name", "user.name"))
    if not re.fullmatch(r"[A-ZÆØÅ0-9]{2,12}", initials.strip().upper()):
        found.append(problem("initials", "user.initials"))
    return found


def normalise_roles(roles: Iterable[str]) -> tuple[str, ...]:
    """Known role names in the matrix's order, each once."""
    wanted = {r.strip().lower() for r in roles if r.strip()}
    return tuple(r for r in ROLES if r in wanted)


def validate_roles(roles: Iterable[str]) -> list[Problem]:
    given = {r.strip().lower() for r in roles if r.strip()}
    unknown = sorted(given - set(ROLES))
    if unknown:
        return [problem("roles", "user.role_unknown", role=", ".join(unknown))]
    if not given:
        return [problem("roles", "user.no_role")]
    return []


def role_list(user: User) -> frozenset[str]:
    return frozenset(user.roles.split())


def _team_names(session: Session, user_id: int) -> tuple[str, ...]:
    query = (
        select(Team.name)
        .join(user_teams, user_teams.c.team_id == Team.id)
        .where(user_teams.c.user_id == user_id)
        .order_by(Team.name)
    )
    return tuple(session.scalars(query))


def _view(session: Session, u: User) -> UserView:
    return UserView(
        u.id,
        u.uuid,
        u.name,
        u.initials,
        u.active,
        normalise_roles(u.roles.split()),
        _team_names(session, u.id),
        bool(u.password_hash),
        u.version,
    )


def add_user_in_session(
    session: Session,
    ctx: Context,
    name: str,
    initials: str,
    roles: Iterable[str] = ("nurse",),
    password: str = "",
) -> User:
    """A new user; ``password`` "" only at first start of a store made without one."""
    initials = initials.strip().upper()
    roles = tuple(roles)
    problems = validate_user(name, initials) + validate_roles(roles)
    if password:
        problems += passwords.validate(password)
    if session.scalars(select(User).where(User.initials == initials)).first() is not None:
        problems.append(problem("initials", "user.taken", initials=initials))
    if problems:
        raise InvalidInput(problems)
    user = User(
        name=name.strip(),
        initials=initials,
        active=True,
        roles=" ".join(normalise_roles(roles)),
        password_hash=passwords.hash_password(password) if password else "",
        failed_logins=0,
    )
    after = {"name": user.name, "initials": initials, "roles": user.roles}
    audit.insert(session, ctx, user, ENTITY, after=after)
    return user


def add_user(
    ctx: Context, name: str, initials: str, roles: Iterable[str], password: str
) -> Done[UserView]:
    """An administrator adds a user with their roles and a first password (issue #7)."""
    require(ctx, "users.manage")
    problems = passwords.validate(password)
    if problems:
        raise InvalidInput(problems + validate_user(name, initials) + validate_roles(roles))
    with ctx.store.session() as session:
        view = _view(session, add_user_in_session(session, ctx, name, initials, roles, password))
    return Done(view, Changes.of(ENTITY, view.uuid))


def list_users(ctx: Context) -> list[UserView]:
    require(ctx, "users.read")
    with ctx.store.read() as session:
        return [_view(session, u) for u in session.scalars(select(User).order_by(User.name))]


def me(ctx: Context) -> UserView:
    """The signed-in user (no permission needed to see oneself)."""
    with ctx.store.read() as session:
        user = session.get(User, ctx.user_id) if ctx.user_id is not None else None
        if user is None:
            raise NotFound(ENTITY, ctx.initials)
        return _view(session, user)


def _user_by_initials(session: Session, initials: str) -> User:
    user = session.scalars(select(User).where(User.initials == initials.strip().upper())).first()
    if user is None:
        raise NotFound(ENTITY, initials.strip().upper())
    return user


def _other_active_administrators(session: Session, user: User) -> int:
    others = session.scalars(select(User).where(User.active.is_(True), User.id != user.id))
    return sum(1 for u in others if "administrator" in role_list(u))


def set_roles(ctx: Context, initials: str, roles: Iterable[str]) -> Done[UserView]:
    """Change a user's roles; the last active administrator keeps that role."""
    require(ctx, "users.manage")
    roles = tuple(roles)
    problems = validate_roles(roles)
    if problems:
        raise InvalidInput(problems)
    with ctx.store.session() as session:
        user = _user_by_initials(session, initials)
        new = " ".join(normalise_roles(roles))
        dropped = "administrator" not in new.split() and "administrator" in role_list(user)
        if dropped and user.active and not _other_active_administrators(session, user):
            raise InvalidInput([_last_admin()])
        before = {"roles": user.roles}
        user.roles = new
        audit.stamp_change(user, ctx)
        audit.write(session, ctx, "update", ENTITY, user.uuid, before=before, after={"roles": new})
        view = _view(session, user)
    return Done(view, Changes.of(ENTITY, view.uuid))


def _last_admin() -> Problem:
    return problem("roles", "user.last_admin")


def set_active(ctx: Context, initials: str, active: bool) -> Done[UserView]:
    """Deactivate (or reactivate) a user: an inactive user cannot sign in."""
    require(ctx, "users.manage")
    with ctx.store.session() as session:
        user = _user_by_initials(session, initials)
        last = "administrator" in role_list(user) and not _other_active_administrators(
            session, user
        )
        if not active and last:
            raise InvalidInput([_last_admin()])
        before = {"active": user.active}
        user.active = active
        audit.stamp_change(user, ctx)
        audit.write(
            session, ctx, "update", ENTITY, user.uuid, before=before, after={"active": active}
        )
        view = _view(session, user)
    return Done(view, Changes.of(ENTITY, view.uuid))


def set_password(ctx: Context, initials: str, new: str, current: str = "") -> Done[None]:
    """Change a password: one's own with the current password, anyone's with
    ``users.manage`` (which also lifts a lock). The hash is not put in the audit entry."""
    problems = passwords.validate(new, "new_password")
    if problems:
        raise InvalidInput(problems)
    with ctx.store.session() as session:
        user = _user_by_initials(session, initials)
        if user.id != ctx.user_id or not user.password_hash:
            require(ctx, "users.manage")
        elif not passwords.verify(user.password_hash, current):
            raise InvalidInput([problem("current_password", "password.wrong")])
        user.password_hash = passwords.hash_password(new)
        user.failed_logins, user.locked_until = 0, None
        audit.stamp_change(user, ctx)
        audit.write(session, ctx, "update", ENTITY, user.uuid, after={"password": "changed"})
        uuid = user.uuid
    return Done(None, Changes.of(ENTITY, uuid))


def sign_in(store: Store, initials: str | None, password: str) -> Context:
    """The context for an active user whose password matches (the first active user when
    no initials are named); refused with one message whatever was wrong. On PostgreSQL the
    context's store connects as the database role of the user's stored roles."""
    return sign_in_reading(store, initials, password, None)[0]


def sign_in_reading(
    store: Store, initials: str | None, password: str, read: Callable[[Context], T] | None
) -> tuple[Context, T | None]:
    """:func:`sign_in`, with ``read(ctx)`` run while the password hash is checked (issue
    #17: start-up reads Today's data during the ~0.1 s of Argon2, which runs in C without
    the GIL in a thread of its own). ``read`` runs before the password is known to match,
    so its context's store refuses to write (:class:`ReadingOnly`), and its result is
    returned only when the password matched: a refused sign-in drops it, and is counted
    and audited as any other. The result is None when ``read`` failed (the caller reads
    again where the failure is said) or did not run (a user from an older store, whose
    first password is stored before anything is read; no ``read``: :func:`sign_in`)."""
    store = store.origin
    with store.session() as session:
        user = _find_active(session, initials)
        now = clock.now_utc()
        if user is not None and user.locked_until is not None and user.locked_until > now:
            until = clock.format_local(user.locked_until)
            refused = SignInRefused(user.initials, until)
        elif user is not None and read is not None and user.password_hash:
            ctx = _context_of(session, store, user)
            matched, value = passwords.verify_while(
                user.password_hash, password, lambda: read(reading_only(ctx))
            )
            if matched:
                _matched(user, password)
                return ctx, value
            refused = _failed(session, store, user, initials or "", now)
        elif user is not None and _password_matches(session, user, password):
            _matched(user, password)
            return _context_of(session, store, user), None
        else:
            refused = _failed(session, store, user, initials or "", now)
    raise refused


class ReadingOnly:
    """The store of the context :func:`sign_in_reading` gives its ``read``: the signed-in
    user's store for :meth:`read` and everything else, but no writing session (nothing is
    written for a user whose password is not checked yet)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def origin(self) -> ReadingOnly:
        return self  # not a way around: the origin's sessions write

    def session(self) -> NoReturn:
        raise RuntimeError("reading only: the password is being checked")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def reading_only(ctx: Context) -> Context:
    return replace(ctx, store=cast(Store, ReadingOnly(ctx.store)))


def _find_active(session: Session, initials: str | None) -> User | None:
    query = select(User).where(User.active.is_(True))
    if initials:
        return session.scalars(query.where(User.initials == initials.strip().upper())).first()
    user = session.scalars(query.order_by(User.id)).first()
    if user is None:
        raise NotInitialised()
    return user


def _password_matches(session: Session, user: User, password: str) -> bool:
    """Check the password; a user without one yet (store from before issue #7) takes it."""
    if not user.password_hash:
        problems = passwords.validate(password)
        if problems:
            raise InvalidInput(problems)
        user.password_hash = passwords.hash_password(password)
        return True
    return passwords.verify(user.password_hash, password)


def _matched(user: User, password: str) -> None:
    """The password matched: a weak hash upgraded, the count of wrong ones cleared."""
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    if user.failed_logins or user.locked_until is not None:
        user.failed_logins, user.locked_until = 0, None


def _context_of(session: Session, store: Store, user: User) -> Context:
    teams = session.scalars(select(user_teams.c.team_id).where(user_teams.c.user_id == user.id))
    roles = role_list(user)
    # on PostgreSQL the server holds the user to the roles stored for them (issue #13 §6)
    bound = db_roles.bind(store, user.id, user.initials, roles)
    return Context(bound, user.id, user.initials, roles, frozenset(teams))


def _failed(
    session: Session, store: Store, user: User | None, initials: str, now: dt.datetime
) -> SignInRefused:
    """Count a wrong password (lock at the fifth) and audit the refusal."""
    shown = initials.strip().upper()
    after: dict[str, object] = {"initials": shown}
    if user is not None:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED:
            user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            after["locked_until"] = user.locked_until.isoformat()
    who = Context(store, user.id if user else None, shown)
    audit.write(session, who, "sign_in_refused", ENTITY, user.uuid if user else "", after=after)
    return SignInRefused(shown)


def idle_minutes(store: Store) -> int:
    """Minutes without input before the window locks (a per-store setting, default 10)."""
    with store.read() as session:
        setting = session.get(StoreSetting, IDLE_SETTING)
        return int(setting.value) if setting and isinstance(setting.value, int) else IDLE_DEFAULT


def set_idle_minutes(ctx: Context, minutes: int) -> Done[int]:
    require(ctx, "users.manage")
    if not 1 <= minutes <= 240:
        raise InvalidInput([problem("idle_minutes", "user.idle")])
    with ctx.store.session() as session:
        setting = session.get(StoreSetting, IDLE_SETTING)
        before = setting.value if setting else IDLE_DEFAULT
        if setting is None:
            session.add(StoreSetting(key=IDLE_SETTING, value=minutes))
        else:
            setting.value = minutes
        audit.write(
            session, ctx, "update", "setting", IDLE_SETTING,
            before={"minutes": before}, after={"minutes": minutes},
        )  # fmt: skip
    return Done(minutes, Changes.of("setting", IDLE_SETTING))
