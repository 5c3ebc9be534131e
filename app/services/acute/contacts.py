"""GP contacts of an episode and whether each counts for the OK22 fee.

The contact is between the GP and the acute nurse, by phone, electronically or by video —
the medium changes neither content nor fee (001:14138–14141). Billability follows D21–D23
through ``app.domain.acute.day_billability``, recomputed for the citizen's whole calendar
day whenever a contact is added or changed, because the limit of two a day (D22) counts
qualifying contacts in time order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import acute as rules
from app.domain import clock
from app.domain.identifiers import age_on
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import AcuteEpisode, Citizen, GpContact, User
from app.services.acute import common
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import flush_or_stale, get_by_uuid, load_for_update

ENTITY = "acute_gp_contact"
FIELDS = ("at", "channel", "gp_name", "practice", "assessed", "treated", "followed_up", "note")


@dataclass(frozen=True)
class GpContactInput:
    at: dt.datetime  # naive = Copenhagen time (D42)
    channel: str
    gp_name: str
    practice: str
    assessed: bool = False
    treated: bool = False
    followed_up: bool = False
    note: str = ""
    staff_initials: str = ""  # the acute nurse; default: the user recording it


@dataclass(frozen=True)
class ContactResult:
    uuid: str
    billable: bool
    not_billable_reason: str  # a rules.NotBillable code, "" when billable


def check_contact(episode: AcuteEpisode, data: GpContactInput, at: dt.datetime) -> list[Problem]:
    found = rules.vocabulary_problem("channel", data.channel, list(rules.Channel))
    if not data.gp_name.strip():
        found.append(problem("gp_name", "contact.gp_name"))
    if not data.practice.strip():
        found.append(problem("practice", "contact.practice"))
    if at < episode.start_at:
        found.append(problem("at", "contact.before_start"))
    if episode.end_at is not None and at > episode.end_at:
        found.append(problem("at", "contact.after_end"))
    if at > clock.now_utc() + dt.timedelta(minutes=5):
        found.append(problem("at", "contact.future"))
    return found


def _staff(session: Session, ctx: Context, initials: str) -> int | None:
    if not initials.strip():
        return ctx.user_id
    user_id = session.scalar(select(User.id).where(User.initials == initials.strip().upper()))
    if user_id is None:
        raise InvalidInput([problem("staff", "contact.staff", i=initials)])
    return user_id


def add_in_session(
    session: Session,
    ctx: Context,
    episode: AcuteEpisode,
    data: GpContactInput,
    *,
    uuid: str | None = None,
) -> GpContact:
    at = common.as_utc(data.at)
    problems = check_contact(episode, data, at)
    if problems:
        raise InvalidInput(problems)
    contact = GpContact(
        episode_id=episode.id,
        citizen_id=episode.citizen_id,
        staff_id=_staff(session, ctx, data.staff_initials),
        **_values(data, at),
    )
    audit.insert(session, ctx, contact, ENTITY, after=audit.snapshot(contact, FIELDS), uuid=uuid)
    common.touch(session, ctx, episode)
    recompute_days(session, episode.citizen_id, {contact.day}, ctx)
    return contact


def _values(data: GpContactInput, at: dt.datetime) -> dict[str, object]:
    return {
        "at": at,
        "day": common.local_date(at),
        "channel": data.channel,
        "gp_name": data.gp_name.strip(),
        "practice": data.practice.strip(),
        "assessed": data.assessed,
        "treated": data.treated,
        "followed_up": data.followed_up,
        "note": data.note.strip(),
    }


def record_gp_contact(ctx: Context, episode_uuid: str, data: GpContactInput) -> Done[ContactResult]:
    """A GP contact; whether it counts for the OK22 fee is decided by D21–D23 and the
    citizen's other contacts that day are re-counted (D22)."""
    require(ctx, "acute.care")
    with ctx.store.session() as session:
        contact = add_in_session(session, ctx, common.episode(session, episode_uuid), data)
        result = ContactResult(contact.uuid, contact.billable, contact.not_billable_reason)
    return Done(result, Changes.of(common.ENTITY, episode_uuid, also={ENTITY}))


def update_gp_contact(
    ctx: Context, contact_uuid: str, expected_version: int, data: GpContactInput
) -> Done[ContactResult]:
    """Correct a contact; the old and the new day are both re-counted (D22)."""
    require(ctx, "acute.care")
    with ctx.store.session() as session:
        contact = load_for_update(session, GpContact, contact_uuid, expected_version, ENTITY)
        episode = contact.episode
        at = common.as_utc(data.at)
        problems = check_contact(episode, data, at)
        if problems:
            raise InvalidInput(problems)
        old_day = contact.day
        before = audit.snapshot(contact, FIELDS)
        for name, value in _values(data, at).items():
            setattr(contact, name, value)
        contact.staff_id = _staff(session, ctx, data.staff_initials) or contact.staff_id
        audit.stamp_change(contact, ctx)
        flush_or_stale(session, contact, ENTITY)
        old, new = audit.changed(before, audit.snapshot(contact, FIELDS))
        audit.write(session, ctx, "update", ENTITY, contact.uuid, before=old, after=new)
        common.touch(session, ctx, episode)
        recompute_days(session, episode.citizen_id, {old_day, contact.day}, ctx)
        result = ContactResult(contact.uuid, contact.billable, contact.not_billable_reason)
        changes = Changes.of(common.ENTITY, episode.uuid, also={ENTITY})
    return Done(result, changes)


def recompute_days(
    session: Session, citizen_id: int, days: Iterable[dt.date], ctx: Context | None = None
) -> None:
    """D21–D23 for every contact of the citizen on each day, across all their episodes; a
    contact whose billability moves gets an audit entry."""
    wanted = sorted(set(days))
    if not wanted:
        return
    session.flush()
    cpr = session.scalar(select(Citizen.cpr).where(Citizen.id == citizen_id)) or ""
    rows = session.execute(
        select(GpContact, AcuteEpisode.hospital_responsible, AcuteEpisode.group_1_insured)
        .join(AcuteEpisode, AcuteEpisode.id == GpContact.episode_id)
        .where(GpContact.citizen_id == citizen_id, GpContact.day.in_(wanted))
        .order_by(GpContact.at, GpContact.id)
    ).all()
    for day in wanted:
        of_day = [(c, hosp, insured) for c, hosp, insured in rows if c.day == day]
        facts = [
            rules.ContactFacts(
                clock.local(c.at).replace(tzinfo=None),
                c.assessed,
                c.treated,
                c.followed_up,
                hosp,
                age_on(cpr, day),
                insured,
            )
            for c, hosp, insured in of_day
        ]
        for (contact, _, _), reason in zip(of_day, rules.day_billability(facts), strict=True):
            _set(session, ctx, contact, str(reason))


def _set(session: Session, ctx: Context | None, contact: GpContact, reason: str) -> None:
    if contact.not_billable_reason == reason and contact.billable == (not reason):
        return
    before = {"billable": contact.billable, "reason": contact.not_billable_reason}
    contact.billable, contact.not_billable_reason = not reason, reason
    if ctx is not None:
        audit.stamp_change(contact, ctx)
        audit.write(
            session,
            ctx,
            "rebill",
            ENTITY,
            contact.uuid,
            before=before,
            after={"billable": not reason, "reason": reason},
        )


def contact_by_uuid(session: Session, uuid: str) -> GpContact:
    return get_by_uuid(session, GpContact, uuid, ENTITY)
