"""Attaching a citizen to the acute function, changing the episode, and its end.

Rules: OK22 Bilag 3 (DIGEST §2.3): the four target groups and who attaches them
(001:14055–14082), the treatment-responsible doctor with a phone number for every episode
(001:14109–14115; D20), the hospital's responsibility after discharge (001:14096–14101;
D21), group-1 insurance and age (D23), XREF22 for the referral (001:14174–14191).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import acute as rules
from app.domain import clock
from app.domain.identifiers import check_phone, normalise_phone
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import AcuteEpisode, AcuteUnit, Citizen
from app.services.acute import common, contacts
from app.services.acute.units import check_place
from app.services.kernel import audit
from app.services.kernel.changes import NOTHING, Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import get_by_uuid
from app.workflows import ACUTE_EPISODE

FUTURE_SLACK = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class EpisodeInput:
    citizen_uuid: str
    target_group: int
    referrer_kind: str
    referred_at: dt.datetime  # naive = Copenhagen time (D42)
    setting: str
    responsible_doctor: str
    responsible_phone: str
    referrer_name: str = ""
    reason: str = ""
    acute_unit_uuid: str = ""  # with setting "acute_place"
    place_number: int | None = None
    hospital_responsible: bool = False
    group_1_insured: bool = True
    start_at: dt.datetime | None = None  # default: the referral time
    expected_end: dt.date | None = None
    xref22_reference: str = ""


@dataclass(frozen=True)
class EndInput:
    end_at: dt.datetime
    end_reason: str
    end_text: str = ""
    treatment_summary: str = ""
    status_at_end: str = ""


FIELDS = (
    "target_group",
    "referrer_kind",
    "referrer_name",
    "referred_at",
    "reason",
    "setting",
    "acute_unit_id",
    "place_number",
    "responsible_doctor",
    "responsible_phone",
    "hospital_responsible",
    "group_1_insured",
    "start_at",
    "expected_end",
    "xref22_reference",
)


def check_input(
    session: Session, data: EpisodeInput, episode: AcuteEpisode | None
) -> tuple[dict[str, object], list[Problem]]:
    """Every rule of an episode's own fields; returns the column values and the problems."""
    facts = rules.EpisodeFacts(
        data.target_group,
        data.referrer_kind,
        data.setting,
        data.responsible_doctor,
        data.responsible_phone,
    )
    found = rules.check_episode(facts)
    if data.responsible_phone.strip():
        found += check_phone(data.responsible_phone, "responsible_phone")
    referred = common.as_utc(data.referred_at)
    start = common.as_utc(data.start_at) if data.start_at else referred
    found += _check_times(referred, start, data.expected_end)
    unit: AcuteUnit | None = None
    if data.setting == rules.Setting.ACUTE_PLACE:
        unit, place_problems = check_place(
            session, data.acute_unit_uuid, data.place_number, episode
        )
        found += place_problems
    values: dict[str, object] = {
        name: getattr(data, name) for name in FIELDS if hasattr(data, name)
    }
    values.update(
        referred_at=referred,
        start_at=start,
        acute_unit_id=unit.id if unit else None,
        place_number=data.place_number if unit else None,
        responsible_doctor=data.responsible_doctor.strip(),
        responsible_phone=normalise_phone(data.responsible_phone),
        referrer_name=data.referrer_name.strip(),
        reason=data.reason.strip(),
        xref22_reference=data.xref22_reference.strip(),
    )
    return values, found


def _check_times(
    referred: dt.datetime, start: dt.datetime, expected_end: dt.date | None
) -> list[Problem]:
    found = []
    if start < referred:
        found.append(problem("start_at", "acute.start_before_referral"))
    if start > clock.now_utc() + FUTURE_SLACK:
        found.append(problem("start_at", "acute.start_future"))
    if expected_end is not None and expected_end < common.local_date(start):
        found.append(problem("expected_end", "acute.expected_end"))
    return found


def _check_one_open(session: Session, citizen: Citizen, episode: AcuteEpisode | None) -> None:
    other = session.scalar(
        select(AcuteEpisode.uuid).where(
            AcuteEpisode.citizen_id == citizen.id,
            AcuteEpisode.status == rules.Status.OPEN,
            AcuteEpisode.id != (episode.id if episode else -1),
        )
    )
    if other is not None:
        raise InvalidInput(
            [
                problem(
                    "citizen",
                    "acute.already_open",
                )
            ]
        )


def add_episode_in_session(
    session: Session, ctx: Context, data: EpisodeInput, *, uuid: str | None = None
) -> AcuteEpisode:
    citizen = get_by_uuid(session, Citizen, data.citizen_uuid, "citizen")
    values, problems = check_input(session, data, None)
    if problems:
        raise InvalidInput(problems)
    _check_one_open(session, citizen, None)
    episode = AcuteEpisode(citizen_id=citizen.id, status=rules.Status.OPEN, **values)
    audit.insert(
        session, ctx, episode, common.ENTITY, after=audit.snapshot(episode, FIELDS), uuid=uuid
    )
    return episode


def register_episode(ctx: Context, data: EpisodeInput) -> Done[str]:
    """Attach a citizen to the acute function (D20: group, referrer, responsible doctor and
    phone are required; an acute place must be free)."""
    require(ctx, "acute.episodes")
    with ctx.store.session() as session:
        uuid = add_episode_in_session(session, ctx, data).uuid
    return Done(uuid, Changes.of(common.ENTITY, uuid, also={"acute_unit"}))


def update_in_session(
    session: Session, ctx: Context, episode: AcuteEpisode, data: EpisodeInput
) -> bool:
    ACUTE_EPISODE.require("update", episode.status)
    values, problems = check_input(session, data, episode)
    if problems:
        raise InvalidInput(problems)
    old, new = audit.changed(
        audit.snapshot(episode, FIELDS), {k: audit.as_plain(v) for k, v in values.items()}
    )
    if not new:
        return False
    for name in new:
        setattr(episode, name, values[name])
    common.touch(session, ctx, episode)
    audit.write(session, ctx, "update", common.ENTITY, episode.uuid, before=old, after=new)
    if {"hospital_responsible", "group_1_insured"} & set(new):
        # D21/D23: who holds responsibility and insurance decide every contact's fee.
        contacts.recompute_days(
            session, episode.citizen_id, {c.day for c in episode.gp_contacts}, ctx
        )
    return True


def update_episode(
    ctx: Context, uuid: str, expected_version: int, data: EpisodeInput
) -> Done[bool]:
    """Change an open episode (the citizen stays); a change of responsibility or insurance
    recomputes the fee of every contact (D21, D23). Its value is whether anything changed."""
    require(ctx, "acute.episodes")
    with ctx.store.session() as session:
        moved = update_in_session(
            session, ctx, common.episode(session, uuid, expected_version), data
        )
    return Done(moved, Changes.of(common.ENTITY, uuid, also={"acute_unit"}) if moved else NOTHING)


def end_in_session(session: Session, ctx: Context, episode: AcuteEpisode, data: EndInput) -> None:
    end = common.as_utc(data.end_at)
    problems = rules.check_end(data.end_reason, data.end_text)
    problems += ACUTE_EPISODE.check("end", episode.status)
    if end < episode.start_at:
        problems.append(problem("end_at", "acute.end_before_start"))
    if end > clock.now_utc() + FUTURE_SLACK:
        problems.append(problem("end_at", "acute.end_future"))
    last = max(
        [m.measured_at for m in episode.measurements] + [c.at for c in episode.gp_contacts],
        default=None,
    )
    if last is not None and end < last:
        problems.append(
            problem(
                "end_at",
                "acute.end_before_last",
                at=last,
            )
        )
    if problems:
        raise InvalidInput(problems)
    episode.status, episode.end_at = ACUTE_EPISODE.transition("end").to_state, end
    episode.end_reason, episode.end_text = data.end_reason, data.end_text.strip()
    episode.treatment_summary = data.treatment_summary.strip() or episode.treatment_summary
    episode.status_at_end = data.status_at_end.strip() or episode.status_at_end
    common.touch(session, ctx, episode)
    audit.write(
        session,
        ctx,
        "end",
        common.ENTITY,
        episode.uuid,
        after={"end_at": end.isoformat(), "reason": data.end_reason, "text": episode.end_text},
    )


def end_episode(ctx: Context, uuid: str, expected_version: int, data: EndInput) -> Done[None]:
    """End the episode with a reason (stabilised at home, admitted, died, handed to home
    nursing, other + text); an acute place becomes free. The treatment and the status at
    the end go into the XDIS22 closing note (001:14174–14191)."""
    require(ctx, "acute.episodes")
    with ctx.store.session() as session:
        end_in_session(session, ctx, common.episode(session, uuid, expected_version), data)
    return Done(None, Changes.of(common.ENTITY, uuid, also={"acute_unit"}))  # a place is free


def save_closing_texts(
    ctx: Context, uuid: str, expected_version: int, treatment_summary: str, status_at_end: str
) -> Done[None]:
    """The treatment given and the status at the end, for the closing note (XDIS22)."""
    require(ctx, "acute.care")
    with ctx.store.session() as session:
        episode = common.episode(session, uuid, expected_version)
        before = audit.snapshot(episode, ("treatment_summary", "status_at_end"))
        episode.treatment_summary = treatment_summary.strip()
        episode.status_at_end = status_at_end.strip()
        common.touch(session, ctx, episode)
        after = audit.snapshot(episode, ("treatment_summary", "status_at_end"))
        audit.write(session, ctx, "update", common.ENTITY, uuid, before=before, after=after)
    return Done(None, Changes.of(common.ENTITY, uuid))
