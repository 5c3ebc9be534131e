"""Administrations: what the agreement asks the municipality to register (DIGEST §1.15):
type, place, time spent, who, observations — at most 3 a day within 07:00–23:00 unless a
reason is given (D16); entries made long after the event are marked late (§1.5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain import iv as rules
from app.domain.numerals import ascii_decimal
from app.domain.problems import Problem, problem
from app.errors import InvalidInput
from app.models import Administration, IvCourse, User
from app.services.iv import common
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require
from app.workflows import IV_COURSE

NURSE = "nurse"  # issue #12: only an active user with this role gives an administration

VITAL_RANGES: dict[str, tuple[Decimal, Decimal]] = {
    "temperature": (Decimal("30.0"), Decimal("45.0")),
    "pulse": (Decimal(20), Decimal(250)),
    "bp_systolic": (Decimal(40), Decimal(300)),
    "bp_diastolic": (Decimal(20), Decimal(200)),
    "spo2": (Decimal(50), Decimal(100)),
}
FIELDS = (
    "day",
    "start_at",
    "end_at",
    "performing_unit",
    "place",
    "observations",
    "temperature",
    "pulse",
    "bp_systolic",
    "bp_diastolic",
    "spo2",
    "complications",
    "complication_text",
    "exception_flags",
    "exception_reason",
    "late",
)


@dataclass(frozen=True)
class AdministrationInput:
    start: dt.datetime  # naive = Copenhagen wall-clock time
    end: dt.datetime
    place: str
    performing_unit: str = ""
    observations: str = ""
    temperature: Decimal | str | None = None
    pulse: int | None = None
    bp_systolic: int | None = None
    bp_diastolic: int | None = None
    spo2: int | None = None
    complications: tuple[str, ...] = ()
    complication_text: str = ""
    exception_reason: str = ""
    nurse_initials: str = ""  # default: the user recording it
    recorded_at: dt.datetime | None = None  # imports: when it was originally recorded


def _vitals(data: AdministrationInput) -> tuple[Decimal | None, list[Problem]]:
    found: list[Problem] = []
    temperature = None
    if data.temperature not in (None, ""):
        try:
            temperature = ascii_decimal(str(data.temperature).replace(",", ".")).quantize(
                Decimal("0.1")
            )
            if not temperature.is_finite():  # "NaN" quantizes, then fails every comparison
                raise InvalidOperation
        except InvalidOperation:
            temperature = None
            found.append(
                problem(
                    "temperature",
                    "iv.vital",
                    value=data.temperature,
                )
            )
    for name, (low, high) in VITAL_RANGES.items():
        value = temperature if name == "temperature" else getattr(data, name)
        if value is not None and not low <= value <= high:
            found.append(
                problem(
                    name,
                    "iv.vital_range",
                    value=value,
                    low=low,
                    high=high,
                )
            )
    return temperature, found


def check_course_open(course: IvCourse, start: dt.datetime) -> list[Problem]:
    """A course cannot start before it is accepted (DIGEST §1.11), nor go on after its end."""
    refused = IV_COURSE.check("administration", course.status)
    if refused:
        return refused
    if course.decided_at is not None and start < course.decided_at:
        return [
            problem(
                "start",
                "iv.before_acceptance",
                accepted=course.decided_at,
            )
        ]
    if course.end_date is not None and common.local_date(start) > course.end_date:
        return [
            problem(
                "start",
                "iv.after_end",
                end=course.end_date,
            )
        ]
    return []


def add_in_session(
    session: Session,
    ctx: Context,
    course: IvCourse,
    data: AdministrationInput,
    *,
    uuid: str | None = None,
) -> Administration:
    start, end = common.as_utc(data.start), common.as_utc(data.end)
    local_start, local_end = clock.local(start), clock.local(end)
    problems = check_course_open(course, start)
    problems += rules.vocabulary_problem("place", data.place, rules.Place)
    for code in data.complications:
        problems += rules.vocabulary_problem("complications", code, rules.Complication)
    if rules.Complication.OTHER in data.complications and not data.complication_text.strip():
        problems.append(problem("complication_text", "iv.complication_other"))
    now = clock.now_utc()
    if start > now + dt.timedelta(minutes=5):
        problems.append(problem("start", "iv.future"))
    same_day = (
        session.scalar(
            select(func.count())
            .select_from(Administration)
            .where(Administration.course_id == course.id, Administration.day == local_start.date())
        )
        or 0
    )
    time_problems, flags = rules.check_administration_times(
        local_start, local_end, same_day, data.exception_reason
    )
    temperature, vital_problems = _vitals(data)
    nurse_id = ctx.user_id
    if data.nurse_initials:
        initials = data.nurse_initials.strip().upper()
        performer = session.execute(
            select(User.id, User.roles, User.active).where(User.initials == initials)
        ).first()
        if performer is None:
            problems.append(problem("nurse", "iv.nurse", initials=data.nurse_initials))
        elif not performer.active or NURSE not in performer.roles.split():
            problems.append(problem("nurse", "iv.performer_not_nurse", initials=initials))
        else:
            nurse_id = performer.id
    problems += time_problems + vital_problems
    if problems:
        raise InvalidInput(problems)
    recorded = common.as_utc(data.recorded_at) if data.recorded_at else now
    admin = Administration(
        course_id=course.id,
        day=local_start.date(),
        start_at=start,
        end_at=end,
        nurse_id=nurse_id,
        performing_unit=data.performing_unit.strip(),
        place=data.place,
        observations=data.observations.strip(),
        temperature=temperature,
        pulse=data.pulse,
        bp_systolic=data.bp_systolic,
        bp_diastolic=data.bp_diastolic,
        spo2=data.spo2,
        complications=list(data.complications),
        complication_text=data.complication_text.strip(),
        exception_flags=flags,
        exception_reason=data.exception_reason.strip() if flags else "",
        late=rules.is_late(end, recorded),
        recorded_at=recorded,
    )
    audit.insert(
        session, ctx, admin, "iv_administration", after=audit.snapshot(admin, FIELDS), uuid=uuid
    )
    if course.start_date is None or admin.day < course.start_date:
        course.start_date = admin.day  # D4: municipal day 1
    day_one = IV_COURSE.transition("start")  # D4: the first municipal administration
    if course.status in day_one.from_states:
        course.status = day_one.to_state
    common.touch(session, ctx, course)
    return admin


def record_administration(ctx: Context, course_uuid: str, data: AdministrationInput) -> Done[str]:
    """Log one administration; the first one is municipal day 1 (D4)."""
    require(ctx, "iv.administer")
    with ctx.store.session() as session:
        course = common.course(session, course_uuid)
        uuid = add_in_session(session, ctx, course, data).uuid
    return Done(uuid, Changes.of(common.ENTITY, course_uuid, also={"iv_administration"}))


def nurse_label(session: Session, user_id: int) -> str:
    user = session.get(User, user_id)
    return user.initials if user else "?"
