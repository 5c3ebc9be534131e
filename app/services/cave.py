"""CAVE, the citizen's allergies and intolerances (issue #12 item 4, docs/cave.md): recorded
by a person on the citizen, or brought by a hospital referral, which adds and never erases
(app/domain/cave.py). The state and entries are citizen fields (app/services/citizens.py),
so they are audit-logged and optimistically locked as every citizen change is."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from app.domain import cave as cave_rules
from app.domain.cave import Cave
from app.errors import InvalidInput
from app.models import Citizen
from app.services.citizens import (
    ENTITY,
    CitizenDetail,
    cave_of,
    data_of,
    detail_in_session,
    update_in_session,
)
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import load_for_update


def merge_cave_in_session(
    session: Session, ctx: Context, citizen: Citizen, given: Cave, *, reason: str
) -> bool:
    """A CAVE from outside the citizen's record (a hospital referral) lands on the citizen
    by the rule of :func:`app.domain.cave.merge_referral`: it adds, it never erases; the
    change is audit-logged with ``reason``. Returns whether anything changed."""
    state, text = cave_rules.normalise(given.state, given.text)
    problems = cave_rules.check(state, text)
    if problems:
        raise InvalidInput(problems)
    merged = cave_rules.merge_referral(cave_of(citizen), Cave(state, text))
    data = dataclasses.replace(data_of(citizen), cave_state=merged.state, cave=merged.text)
    return update_in_session(session, ctx, citizen, data, reason=reason)


def record_cave(
    ctx: Context, uuid: str, expected_version: int, state: str, text: str = ""
) -> Done[CitizenDetail]:
    """Record the citizen's CAVE: "not asked", "no known allergies" or the known allergies
    and intolerances (issue #12, app/domain/cave.py). Audit-logged; refused with who/when if
    someone else saved the citizen first (optimistic locking, like every citizen change)."""
    require(ctx, "citizens.edit")
    state, text = cave_rules.normalise(state, text)
    problems = cave_rules.check(state, text)
    if problems:
        raise InvalidInput(problems)
    with ctx.store.session() as session:
        citizen = load_for_update(session, Citizen, uuid, expected_version, ENTITY)
        data = dataclasses.replace(data_of(citizen), cave_state=state, cave=text)
        update_in_session(session, ctx, citizen, data)
        detail = detail_in_session(session, citizen)
    return Done(detail, Changes.of(ENTITY, uuid))
