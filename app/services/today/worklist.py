"""Today: a nurse's day (IV-course issue, item 5; issue #12, item 5) — administrations
planned per active course with the times of the doses still to give (sorted by time,
app.domain.worklist, D16), CRP checks due and overdue (D4/D5) or awaiting the conference
decision (D6) and since when, courses ending, referrals awaiting visitation, running acute
episodes and the free acute places; each row with its severity (overdue, waiting > 12 h,
normal) and the counts of Today's tiles. Computed as of a date, so yesterday's list reads
as it stood then: as of now for today, the end of a past day, the start of a future one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import and_, case, func, or_, select

from app.domain import acute as acute_rules
from app.domain import clock
from app.domain import iv as rules
from app.domain import worklist as day_rules
from app.domain.cave import Cave
from app.domain.identifiers import mask_cpr, normalise_cpr
from app.domain.problems import clock_range
from app.errors import InvalidInput, NotFound
from app.models import AcuteEpisode, AcuteUnit, Administration, Citizen, IvCourse
from app.services.iv import common
from app.services.iv.courses import crp_state, planned_end
from app.services.kernel.context import Context
from app.services.kernel.permissions import allowed, require
from app.services.today import rows
from app.services.today.rows import ListedCourse

#: Today's tile of administrations counts the doses planned up to this far ahead
DUE_AHEAD = dt.timedelta(hours=2)


@dataclass(frozen=True)
class CourseRef:
    course_uuid: str
    citizen_name: str
    cpr_masked: str
    department: str
    department_phone: str
    course_type: str
    drug: str
    place: str
    cave: Cave  # the citizen's CAVE (issue #12)
    address: str = ""  # the citizen's: where the visit is
    phone: str = ""  # the citizen's


@dataclass(frozen=True)
class PlannedAdministrations:
    course: CourseRef
    doses_per_day: int
    given: int
    remaining: int
    treatment_day: int
    municipal_day: int | None
    planned_times: tuple[dt.datetime, ...] = ()  # UTC, one per remaining dose
    last_dose_at: dt.datetime | None = None
    severity: str = "normal"  # overdue: a planned dose more than an hour late


@dataclass(frozen=True)
class CrpItem:
    course: CourseRef
    due_date: dt.date
    status: str  # due, overdue, awaiting_decision
    treatment_day: int
    accepted_after_day_3: bool
    waiting_since: dt.datetime | None = None  # awaiting_decision: the value's measurement
    severity: str = "normal"  # overdue; waiting: a decision awaited more than 12 hours


@dataclass(frozen=True)
class EndingItem:
    course: CourseRef
    planned_end: dt.date
    status: str  # ends_today, past_planned_end
    severity: str = "normal"  # overdue: past its planned end


@dataclass(frozen=True)
class ReferralItem:
    course: CourseRef
    referred_at: dt.datetime
    first_dose_date: dt.date
    hospital_doses: int
    severity: str = "normal"  # waiting: referred more than 12 hours ago


@dataclass(frozen=True)
class AcuteItem:
    """A running acute episode (OK22 Bilag 3): whose, where, since when, and the
    treatment-responsible doctor with the phone number (D20)."""

    episode_uuid: str
    citizen_name: str
    cpr_masked: str
    address: str
    phone: str
    target_group: int
    setting: str
    unit: str
    place_number: int | None
    start_at: dt.datetime
    expected_end: dt.date | None
    responsible_doctor: str
    responsible_phone: str
    severity: str = "normal"  # overdue: past its expected end


@dataclass(frozen=True)
class Tiles:
    """What Today's tiles count, each the length of the list it opens."""

    crp_overdue: int = 0
    decisions_waiting: int = 0
    decisions_waiting_since: dt.datetime | None = None  # the longest-waiting value
    administrations_due: int = 0  # doses planned up to two hours ahead, not yet given
    administrations_overdue: int = 0  # of those, more than an hour late
    referrals: int = 0
    past_planned_end: int = 0
    acute_running: int = 0
    acute_places: int = 0  # on the active acute units
    acute_free_places: int = 0


@dataclass(frozen=True)
class Worklist:
    date: dt.date
    administrations: tuple[PlannedAdministrations, ...]
    crp_checks: tuple[CrpItem, ...]
    courses_ending: tuple[EndingItem, ...]
    referrals: tuple[ReferralItem, ...]
    acute_episodes: tuple[AcuteItem, ...] = ()
    moment: dt.datetime | None = None  # as of when (UTC)
    tiles: Tiles = Tiles()

    def as_json(self) -> dict[str, Any]:
        """As ``dataclasses.asdict`` gives it, dates as ISO text — without its deep copies
        (a day's ~1,300 rows: issue #17)."""
        return _plain(self)  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    return value


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def as_of(on: dt.date, now: dt.datetime) -> dt.datetime:
    """The moment a day's list is computed as of: ``now`` on the day itself, the end of a
    past day, the start of a future one (UTC)."""
    start = dt.datetime.combine(on, dt.time(0), clock.COPENHAGEN).astimezone(dt.UTC)
    end = dt.datetime.combine(on + dt.timedelta(days=1), dt.time(0), clock.COPENHAGEN)
    return min(max(now, start), end.astimezone(dt.UTC))


def worklist(
    ctx: Context, on: dt.date, now: dt.datetime | None = None, *, citizen: str | None = None
) -> Worklist:
    """The list for ``on`` (a Copenhagen date); a date past the plausible years is refused.
    ``now`` (default: the clock) only matters for today's list: the planned doses due, how
    long a decision has waited. ``citizen`` (a CPR number or a citizen's uuid): only that
    citizen's rows (the tiles count them; the free acute places stay the units')."""
    require(ctx, "worklist.read")
    if not clock.plausible_day(on):
        raise InvalidInput([clock_range("date", on.isoformat())])
    day_end = dt.datetime.combine(on + dt.timedelta(days=1), dt.time(0), clock.COPENHAGEN)
    moment = as_of(on, now or clock.now_utc())
    with ctx.store.read() as session:
        citizen_id = _citizen_id(session, citizen) if citizen is not None else None
        courses = rows.courses(session, on, day_end, citizen_id)
        doses = _doses(session, rows.listed_ids(on, day_end, citizen_id), on)
        planned, crp, ending, referrals = [], [], [], []
        for course in courses:  # by citizen name
            ref = _ref(course)
            accepted_on = common.local_date(course.decided_at) if course.decided_at else None
            if accepted_on is None or accepted_on > on:
                referrals.append(
                    ReferralItem(
                        ref,
                        course.referred_at,
                        course.first_dose_date,
                        course.hospital_doses,
                        day_rules.severity(moment, waiting_since=course.referred_at).value,
                    )
                )
                continue
            planned.append(_planned(course, ref, on, moment, doses.get(course.id, (0, None))))
            due, state = crp_state(cast(IvCourse, course), on)  # reads what an IvCourse has
            if due is not None and state in ("due", "overdue", "awaiting_decision"):
                crp.append(_crp(course, ref, on, moment, due, state, accepted_on))
            end = planned_end(cast(IvCourse, course))
            if end <= on:
                ending.append(
                    EndingItem(
                        ref,
                        end,
                        "ends_today" if end == on else "past_planned_end",
                        "overdue" if end < on else "normal",
                    )
                )
        order = {"overdue": 0, "awaiting_decision": 1, "due": 2}
        crp.sort(key=lambda item: (order[item.status], item.due_date, item.course.citizen_name))
        # by the next planned time; courses with every dose given last
        planned.sort(key=lambda item: (not item.planned_times, item.planned_times[:1]))
        acute, places = (
            _acute(session, on, day_end, moment, citizen_id)
            if allowed(ctx, "acute.read")
            else ((), 0)
        )
        return Worklist(
            on,
            tuple(planned),
            tuple(crp),
            tuple(ending),
            tuple(referrals),
            acute,
            moment,
            _tiles(moment, planned, crp, ending, referrals, acute, places),
        )


def _citizen_id(session: Any, key: str) -> int:
    """The citizen whose uuid or CPR number (D40: with or without the dash) ``key`` is."""
    text = key.strip()
    found = session.scalar(select(Citizen.id).where(Citizen.uuid == text))
    if found is None:
        found = session.scalar(select(Citizen.id).where(Citizen.cpr == normalise_cpr(text)))
    if found is None:
        raise NotFound("citizen", mask_cpr(text) if len(normalise_cpr(text)) == 10 else text)
    return int(found)


def _doses(session: Any, ids: Any, on: dt.date) -> dict[int, tuple[int, Any]]:
    """Per course of ``ids`` (a subquery): the administrations on ``on`` and the start of
    the last one up to it."""
    found = session.execute(
        select(
            Administration.course_id,
            func.sum(case((Administration.day == on, 1), else_=0)),
            func.max(Administration.start_at),
        )
        .where(Administration.day <= on, Administration.course_id.in_(ids))
        .group_by(Administration.course_id)
    ).all()
    return {course_id: (int(count or 0), last) for course_id, count, last in found}


def _utc(local: dt.datetime) -> dt.datetime:
    return local.replace(tzinfo=clock.COPENHAGEN).astimezone(dt.UTC)


def _planned(
    course: ListedCourse, ref: CourseRef, on: dt.date, moment: dt.datetime, doses: tuple[int, Any]
) -> PlannedAdministrations:
    done, last = doses
    if isinstance(last, str):  # an aggregate over a typed column may come back as text
        last = dt.datetime.fromisoformat(last)
    last_local = clock.local(last) if last is not None else None
    times = day_rules.planned_times(
        on,
        course.doses_per_day,
        done,
        last_local.replace(tzinfo=None) if last_local is not None else None,
        clock.local(course.decided_at).replace(tzinfo=None) if course.decided_at else None,
    )
    planned = tuple(_utc(t) for t in times)
    late = planned[0] + day_rules.DOSE_GRACE if planned else None
    return PlannedAdministrations(
        ref,
        course.doses_per_day,
        done,
        max(0, course.doses_per_day - done),
        rules.treatment_day(course.first_dose_date, on),
        rules.municipal_day(course.start_date, on)
        if course.start_date and course.start_date <= on
        else None,
        planned,
        last_local.astimezone(dt.UTC) if last_local is not None else None,
        day_rules.severity(moment, due=late).value,
    )


def _crp(
    course: ListedCourse,
    ref: CourseRef,
    on: dt.date,
    moment: dt.datetime,
    due: dt.date,
    state: str,
    accepted_on: dt.date,
) -> CrpItem:
    since = None
    if state == "awaiting_decision":
        since = max(
            clock.local(c.measured_at).astimezone(dt.UTC)
            for c in course.crp_checks
            if common.local_date(c.measured_at) <= on
        )
    due_end = _utc(dt.datetime.combine(due + dt.timedelta(days=1), dt.time(0)))
    return CrpItem(
        ref,
        due,
        state,
        rules.treatment_day(course.first_dose_date, on),
        rules.accepted_after_crp_day(course.first_dose_date, accepted_on),
        since,
        day_rules.severity(
            moment, due=due_end if state != "awaiting_decision" else None, waiting_since=since
        ).value,
    )


def _acute(
    session: Any, on: dt.date, day_end: dt.datetime, moment: dt.datetime, citizen_id: int | None
) -> tuple[tuple[AcuteItem, ...], int]:
    """The episodes running as of ``moment`` (started by the end of the day), and the
    places of the active acute units (their number today: a unit's places keep no history)."""
    running = AcuteEpisode.status == acute_rules.Status.OPEN
    if moment >= day_end:  # a past day: as it stood then
        running = or_(
            running,
            and_(AcuteEpisode.status == acute_rules.Status.ENDED, AcuteEpisode.end_at > moment),
        )
    if citizen_id is not None:
        running = and_(AcuteEpisode.citizen_id == citizen_id, running)
    rows = session.execute(
        select(AcuteEpisode, Citizen, AcuteUnit.name)
        .join(Citizen, Citizen.id == AcuteEpisode.citizen_id)
        .outerjoin(AcuteUnit, AcuteUnit.id == AcuteEpisode.acute_unit_id)
        .where(running, AcuteEpisode.start_at < day_end)
        .order_by(AcuteEpisode.start_at, AcuteEpisode.id)
    ).all()
    items = tuple(
        AcuteItem(
            e.uuid,
            f"{person.first_name} {person.last_name}",
            mask_cpr(person.cpr),
            _address(person),
            person.phone,
            e.target_group,
            e.setting,
            unit or "",
            e.place_number,
            e.start_at,
            e.expected_end,
            e.responsible_doctor,
            e.responsible_phone,
            "overdue" if e.expected_end is not None and e.expected_end < on else "normal",
        )
        for e, person, unit in rows
    )
    places = session.scalar(
        select(func.coalesce(func.sum(AcuteUnit.places), 0)).where(AcuteUnit.active.is_(True))
    )
    return items, int(places or 0)


def _tiles(
    moment: dt.datetime,
    planned: list[PlannedAdministrations],
    crp: list[CrpItem],
    ending: list[EndingItem],
    referrals: list[ReferralItem],
    acute: tuple[AcuteItem, ...],
    places: int,
) -> Tiles:
    waiting = [c.waiting_since for c in crp if c.waiting_since is not None]
    soon = moment + DUE_AHEAD
    due = [t for item in planned for t in item.planned_times if t <= soon]
    taken = sum(1 for a in acute if a.setting == acute_rules.Setting.ACUTE_PLACE and a.unit)
    return Tiles(
        crp_overdue=sum(1 for c in crp if c.status == "overdue"),
        decisions_waiting=sum(1 for c in crp if c.status == "awaiting_decision"),
        decisions_waiting_since=min(waiting) if waiting else None,
        administrations_due=len(due),
        administrations_overdue=sum(1 for t in due if moment > t + day_rules.DOSE_GRACE),
        referrals=len(referrals),
        past_planned_end=sum(1 for e in ending if e.status == "past_planned_end"),
        acute_running=len(acute),
        acute_places=places,
        acute_free_places=max(0, places - taken),
    )


def _address(person: Any) -> str:
    town = " ".join(part for part in (person.postcode, person.city) if part)
    return ", ".join(part for part in (person.address, town) if part)


def _ref(course: ListedCourse) -> CourseRef:
    return CourseRef(
        course.uuid,
        f"{course.first_name} {course.last_name}",
        mask_cpr(course.cpr),
        course.department,
        course.department_phone,
        course.course_type,
        course.drug,
        course.place,
        Cave(course.cave_state, course.cave),
        _address(course),
        course.phone,
    )
