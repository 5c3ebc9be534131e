"""What screens and documents show of acute episodes: one episode with its measurements and
GP contacts (each with its fee status, D21–D23), and lists of episodes. The responsible
doctor and phone are on every view (D20)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from app.domain import acute as rules
from app.domain import clock, reference
from app.domain.cave import Cave
from app.domain.identifiers import age_on, mask_cpr
from app.errors import NotFound
from app.models import (
    AcuteEpisode,
    AcuteMeasurement,
    AcuteUnit,
    Citizen,
    GpContact,
    Municipality,
)
from app.services import case_lists
from app.services.acute import common
from app.services.citizens import cave_of
from app.services.kernel import audit
from app.services.kernel.cases import CaseRow, Stays, during
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.services.kernel.records import user_label


@dataclass(frozen=True)
class MeasurementView:
    uuid: str
    kind: str
    measured_at: dt.datetime
    value: Decimal
    value2: Decimal | None
    unit: str  # mg/L, mmol/L, °C, …
    npu: str  # NPU code where there is one
    note: str
    by: str


@dataclass(frozen=True)
class ContactView:
    uuid: str
    version: int
    at: dt.datetime
    channel: str
    gp_name: str
    practice: str
    staff: str
    assessed: bool
    treated: bool
    followed_up: bool
    note: str
    billable: bool
    not_billable_reason: str  # rules.NotBillable code; the screen says why (D23)


@dataclass(frozen=True)
class EpisodeView:
    uuid: str
    version: int
    status: str
    citizen_uuid: str
    citizen_name: str
    cpr_masked: str
    age: int | None
    cave: Cave  # issue #12: shown on every screen of the case
    gp_name: str  # the citizen's own GP, for the closing note
    gp_practice: str
    target_group: int
    target_group_label: str
    referrer_kind: str
    referrer_name: str
    referred_at: dt.datetime
    reason: str
    setting: str
    acute_unit_uuid: str
    acute_unit_name: str
    place_number: int | None
    responsible_doctor: str
    responsible_phone: str
    hospital_responsible: bool
    group_1_insured: bool
    xref22_reference: str
    start_at: dt.datetime
    expected_end: dt.date | None
    end_at: dt.datetime | None
    end_reason: str
    end_text: str
    treatment_summary: str
    status_at_end: str
    measurements: tuple[MeasurementView, ...]
    contacts: tuple[ContactView, ...]
    #: the region's out-of-hours service ("Lægevagten 70 11 07 07"), "" when not known
    out_of_hours: str = ""

    @property
    def billable_contacts(self) -> int:
        return sum(1 for c in self.contacts if c.billable)


def load(session: Session, uuid: str) -> AcuteEpisode:
    episode = session.scalars(
        select(AcuteEpisode)
        .where(AcuteEpisode.uuid == uuid)
        .options(selectinload(AcuteEpisode.measurements), selectinload(AcuteEpisode.gp_contacts))
    ).one_or_none()
    if episode is None:
        raise NotFound(common.ENTITY, uuid)
    return episode


def view_in_session(session: Session, episode: AcuteEpisode) -> EpisodeView:
    citizen = session.get(Citizen, episode.citizen_id)
    assert citizen is not None
    unit = session.get(AcuteUnit, episode.acute_unit_id) if episode.acute_unit_id else None
    on = common.local_date(episode.end_at) if episode.end_at else clock.today()
    return EpisodeView(
        uuid=episode.uuid,
        version=episode.version,
        status=episode.status,
        citizen_uuid=citizen.uuid,
        citizen_name=f"{citizen.first_name} {citizen.last_name}",
        cpr_masked=mask_cpr(citizen.cpr),
        age=age_on(citizen.cpr, on),
        cave=cave_of(citizen),
        gp_name=citizen.gp_name,
        gp_practice=citizen.gp_practice,
        target_group=episode.target_group,
        target_group_label=rules.TARGET_GROUP_LABELS.get(episode.target_group, ""),
        referrer_kind=episode.referrer_kind,
        referrer_name=episode.referrer_name,
        referred_at=episode.referred_at,
        reason=episode.reason,
        setting=episode.setting,
        acute_unit_uuid=unit.uuid if unit else "",
        acute_unit_name=unit.name if unit else "",
        place_number=episode.place_number,
        responsible_doctor=episode.responsible_doctor,
        responsible_phone=episode.responsible_phone,
        hospital_responsible=episode.hospital_responsible,
        group_1_insured=episode.group_1_insured,
        xref22_reference=episode.xref22_reference,
        start_at=episode.start_at,
        expected_end=episode.expected_end,
        end_at=episode.end_at,
        end_reason=episode.end_reason,
        end_text=episode.end_text,
        treatment_summary=episode.treatment_summary,
        status_at_end=episode.status_at_end,
        measurements=tuple(_measurement(session, m) for m in episode.measurements),
        contacts=tuple(_contact(session, c) for c in episode.gp_contacts),
        out_of_hours=_out_of_hours(session),
    )


def _out_of_hours(session: Session) -> str:
    """Issue #12: the out-of-hours number of the store's municipality's region."""
    name = session.scalars(select(Municipality.name)).first()
    found = reference.out_of_hours(name) if name else None
    return str(found) if found else ""


def _measurement(session: Session, m: AcuteMeasurement) -> MeasurementView:
    spec = rules.MEASUREMENTS[m.kind]
    by = user_label(session, m.created_by_id)
    return MeasurementView(
        m.uuid, m.kind, m.measured_at, m.value, m.value2, spec.unit, spec.npu, m.note, by
    )


def _contact(session: Session, c: GpContact) -> ContactView:
    return ContactView(
        c.uuid,
        c.version,
        c.at,
        c.channel,
        c.gp_name,
        c.practice,
        user_label(session, c.staff_id),
        c.assessed,
        c.treated,
        c.followed_up,
        c.note,
        c.billable,
        c.not_billable_reason,
    )


def get_episode(ctx: Context, uuid: str, *, opened: bool = True) -> EpisodeView:
    """An episode with its measurements and contacts. Opening it is audit-logged; a screen
    that refreshes an episode it already shows passes ``opened=False`` (no new entry)."""
    require(ctx, "acute.read")
    if not opened:
        with ctx.store.read() as session:
            return view_in_session(session, load(session, uuid))
    with ctx.store.session() as session:
        episode = load(session, uuid)
        audit.write(session, ctx, "open", common.ENTITY, uuid)
        return view_in_session(session, episode)


# -- lists -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeRow:
    """One line of the episode list (masked CPR, D40; responsible doctor always shown, D20)."""

    uuid: str
    status: str
    citizen_name: str
    cpr_masked: str
    target_group: int
    setting: str
    acute_unit_name: str
    place_number: int | None
    responsible_doctor: str
    responsible_phone: str
    start_at: dt.datetime
    expected_end: dt.date | None
    end_at: dt.datetime | None
    end_reason: str


def list_episodes(
    ctx: Context,
    status: str = "open",
    *,
    citizen_uuid: str | None = None,
    text: str = "",
    offset: int = 0,
    limit: int = 200,
) -> list[EpisodeRow]:
    """Episodes, newest start first; ``status`` is "open", "ended" or "all"; ``text``
    filters by the citizen's CPR or name as the citizen list searches."""
    require(ctx, "acute.read")
    with ctx.store.read() as session:
        query = episodes_query(
            session, status, citizen_uuid=citizen_uuid, text=text, offset=offset, limit=limit
        )
        return [
            EpisodeRow(
                uuid, status, f"{first} {last}", mask_cpr(cpr), group, setting, unit or "", *rest
            )
            for uuid, status, first, last, cpr, group, setting, unit, *rest in session.execute(
                query
            )
        ]


#: the status filters of the episode list ("all": no filter)
LIST_FILTERS = (rules.Status.OPEN.value, rules.Status.ENDED.value, "all")


LIST = case_lists.CaseTable(
    AcuteEpisode,
    AcuteEpisode.id,
    AcuteEpisode.status,
    (AcuteEpisode.start_at.desc(), AcuteEpisode.id.desc()),
    AcuteEpisode.citizen_id,
    by_status="ix_acute_episodes_list_status",
    by_sort="ix_acute_episodes_list_start",
    by_citizen="ix_acute_episodes_list_citizen",
)


def episodes_query(
    session: Session,
    status: str = "open",
    *,
    citizen_uuid: str | None = None,
    text: str = "",
    offset: int = 0,
    limit: int = 200,
) -> Select[*tuple[Any, ...]]:
    """The statement of :func:`list_episodes` (bench/lists.py runs it bare too): the page's
    episode ids from the list indexes alone (app/services/case_lists.py, issue #17), then
    only those episodes joined and read."""
    statuses = [status] if status in (rules.Status.OPEN, rules.Status.ENDED) else []
    page = case_lists.page_ids(
        session, LIST, statuses, text, citizen_uuid=citizen_uuid, offset=offset, limit=limit
    )
    return (
        select(
            AcuteEpisode.uuid,
            AcuteEpisode.status,
            Citizen.first_name,
            Citizen.last_name,
            Citizen.cpr,
            AcuteEpisode.target_group,
            AcuteEpisode.setting,
            AcuteUnit.name,
            AcuteEpisode.place_number,
            AcuteEpisode.responsible_doctor,
            AcuteEpisode.responsible_phone,
            AcuteEpisode.start_at,
            AcuteEpisode.expected_end,
            AcuteEpisode.end_at,
            AcuteEpisode.end_reason,
        )
        .join(Citizen, Citizen.id == AcuteEpisode.citizen_id)
        .outerjoin(AcuteUnit, AcuteUnit.id == AcuteEpisode.acute_unit_id)
        .where(AcuteEpisode.id.in_(page))
        .order_by(*LIST.newest)
    )


# -- the fee a contact would get (D21–D23), before it is saved ---------------------------------


@dataclass(frozen=True)
class ContactDraft:
    """What the GP-contact screen has typed so far (naive ``at`` = Copenhagen time, D42)."""

    at: dt.datetime
    assessed: bool
    treated: bool
    followed_up: bool
    contact_uuid: str | None = None  # the contact being corrected, if any


def preview_billability(ctx: Context, episode_uuid: str, draft: ContactDraft) -> str:
    """Whether a contact as typed would count for the OK22 fee: "" when it would, else the
    rules.NotBillable code — so the screen can say why before saving (D21–D23). The
    citizen's other contacts that calendar day, in every episode, take part in the limit
    of two a day (D22), exactly as ``contacts.recompute_days`` counts them on saving."""
    require(ctx, "acute.read")
    day = draft.at.date()
    with ctx.store.read() as session:
        episode = common.episode(session, episode_uuid)
        cpr = session.scalar(select(Citizen.cpr).where(Citizen.id == episode.citizen_id)) or ""
        rows = session.execute(
            select(GpContact, AcuteEpisode.hospital_responsible, AcuteEpisode.group_1_insured)
            .join(AcuteEpisode, AcuteEpisode.id == GpContact.episode_id)
            .where(GpContact.citizen_id == episode.citizen_id, GpContact.day == day)
        ).all()
        others = [
            rules.ContactFacts(
                clock.local(c.at).replace(tzinfo=None),
                c.assessed,
                c.treated,
                c.followed_up,
                hospital,
                age_on(cpr, day),
                insured,
            )
            for c, hospital, insured in rows
            if c.uuid != draft.contact_uuid
        ]
        facts = rules.ContactFacts(
            draft.at,
            draft.assessed,
            draft.treated,
            draft.followed_up,
            episode.hospital_responsible,
            age_on(cpr, day),
            episode.group_1_insured,
        )
    return str(rules.day_billability([*others, facts])[-1])


def cases_of_residents(session: Session, stays: Stays, day: dt.date) -> list[CaseRow]:
    """The acute kind's residents hook (app.domain.kinds; the nursing-home page): the
    episodes at the citizen's home (setting "home", for a resident the nursing home) that
    overlap a stay in the home (``stays``); an open episode counts until ``day``."""
    query = (
        select(AcuteEpisode, Citizen)
        .join(Citizen, Citizen.id == AcuteEpisode.citizen_id)
        .where(AcuteEpisode.citizen_id.in_(list(stays)), AcuteEpisode.setting == "home")
    )
    rows = []
    for episode, c in session.execute(query):
        start = common.local_date(episode.start_at)
        end = common.local_date(episode.end_at) if episode.end_at else None
        if during(stays[c.id], start, end or day):
            rows.append(
                CaseRow(
                    "acute",
                    episode.uuid,
                    f"{c.first_name} {c.last_name}",
                    mask_cpr(c.cpr),
                    start,
                    end,
                    episode.reason,
                    episode.status,
                )
            )
    return rows
