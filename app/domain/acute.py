"""Rules of OK22's protocol on municipal acute functions (Bilag 3, DIGEST §2.3), the
Midtjylland trial scheme (DIGEST §3) and the product decisions D20–D25, as pure functions.

The services and the import call these with plain values, so each rule lives in one place.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.domain.money import round_kr
from app.domain.numerals import ascii_decimal
from app.domain.problems import Phrase, Problem, choice_problem, phrase, problem

# -- vocabularies ----------------------------------------------------------------------------


class TargetGroup(enum.IntEnum):
    """The four ways a citizen is attached (OK22 Bilag 3, 001:14055–14082; D20)."""

    GP_ASSESSMENT = 1
    GP_ACUTE_ILLNESS = 2
    HOME_NURSING = 3
    HOSPITAL_DISCHARGE = 4


TARGET_GROUP_LABELS = {
    1: "Referred by the GP for a rapid nursing assessment",
    2: "Referred by the GP for observation, care and/or treatment of acute illness or "
    "worsening of known illness",
    3: "Attached by municipal home nursing itself to avoid acute deterioration",
    4: "Referred by a hospital doctor after discharge with complex care/treatment needs",
}


class ReferrerKind(enum.StrEnum):
    GP = "gp"
    HOME_NURSING = "home_nursing"
    HOSPITAL_PHYSICIAN = "hospital_physician"


# Groups 1–2 come from the GP, 3 from home nursing itself, 4 from a hospital doctor (D20).
GROUP_REFERRER = {
    1: ReferrerKind.GP,
    2: ReferrerKind.GP,
    3: ReferrerKind.HOME_NURSING,
    4: ReferrerKind.HOSPITAL_PHYSICIAN,
}


class Setting(enum.StrEnum):
    """At home or on a municipal acute place (001:12073–12107, 001:14032–14036)."""

    HOME = "home"
    ACUTE_PLACE = "acute_place"


class Status(enum.StrEnum):
    OPEN = "open"
    ENDED = "ended"


class EndReason(enum.StrEnum):
    STABILISED_AT_HOME = "stabilised_at_home"
    ADMITTED = "admitted"
    DIED = "died"
    HANDED_TO_HOME_NURSING = "handed_to_home_nursing"
    OTHER = "other"


class Channel(enum.StrEnum):
    """Phone by default, electronic or video; the medium changes neither content nor fee
    (001:14138–14141)."""

    PHONE = "phone"
    ELECTRONIC = "electronic"
    VIDEO = "video"


class NotBillable(enum.StrEnum):
    """Why a GP contact does not count for the OK22 fee (D21–D23)."""

    HOSPITAL_RESPONSIBLE = "hospital_responsible"  # D21, 001:14085–14086
    OUTSIDE_DAYTIME = "outside_daytime"  # D21, 001:14044
    NO_ASSESSMENT = "no_assessment"  # D21, 001:14153–14157
    UNDER_18 = "under_18"  # D23, 001:14055
    NOT_GROUP_1 = "not_group_1_insured"  # D23, 001:14055
    LIMIT = "limit"  # D22, 001:14159


class Scheme(enum.StrEnum):
    """D25: the national OK22 fee, or the Midtjylland trial with its annual cap."""

    OK22 = "ok22"
    MIDTJYLLAND_TRIAL = "midtjylland_trial"


# -- figures ---------------------------------------------------------------------------------

DAYTIME = (dt.time(8, 0), dt.time(16, 0))  # D21: 08:00 ≤ t < 16:00 (configurable)
WORKDAYS = (0, 1, 2, 3, 4)  # D21: Monday–Friday
# D21: besides the public holidays, these (month, day) are no working days for the fee.
CLOSED_DAYS = ((6, 5), (12, 24), (12, 31))  # Grundlovsdag, juleaftensdag, nytårsaftensdag
ADULT_AGE = 18  # D23, 001:14055
MAX_BILLABLE_PER_DAY = 2  # D22, 001:14159
FEE_APRIL_2021 = Decimal("158.61")  # D24, 001:12113, 14155
BASE_INDEX_DATE = dt.date(2021, 4, 1)  # the price level of the fee (index 1.0000)
TRIAL_CAP = Decimal("3000000.00")  # D25, 000:66–72
TRIAL_REGION_SHARE = Decimal("0.50")  # D25: 50/50 region/municipalities by activity
SCHEME_CAPS: dict[str, Decimal | None] = {Scheme.OK22: None, Scheme.MIDTJYLLAND_TRIAL: TRIAL_CAP}


@dataclass(frozen=True)
class MeasureSpec:
    unit: str
    npu: str
    low: Decimal
    high: Decimal
    decimals: int
    low2: Decimal | None = None  # the diastolic of a blood pressure
    high2: Decimal | None = None


MEASUREMENTS: dict[str, MeasureSpec] = {
    "crp": MeasureSpec("mg/L", "NPU19748", Decimal(0), Decimal(1000), 1),
    "haemoglobin": MeasureSpec("mmol/L", "NPU02319", Decimal(1), Decimal(15), 1),
    "blood_glucose": MeasureSpec("mmol/L", "NPU22089", Decimal("0.5"), Decimal(50), 1),
    "inr": MeasureSpec("", "NPU01685", Decimal("0.5"), Decimal(15), 1),
    "temperature": MeasureSpec("°C", "", Decimal(30), Decimal(44), 1),
    "pulse": MeasureSpec("/min", "", Decimal(20), Decimal(250), 0),
    "blood_pressure": MeasureSpec(
        "mmHg", "", Decimal(50), Decimal(300), 0, Decimal(20), Decimal(200)
    ),
    "respiratory_rate": MeasureSpec("/min", "", Decimal(4), Decimal(70), 0),
    "spo2": MeasureSpec("%", "", Decimal(50), Decimal(100), 0),
}


def vocabulary_problem(field: str, value: object, allowed: Sequence[object]) -> list[Problem]:
    return choice_problem(field, value, allowed)


# -- episodes (D20) --------------------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeFacts:
    target_group: int
    referrer_kind: str
    setting: str
    responsible_doctor: str
    responsible_phone: str


def check_episode(facts: EpisodeFacts) -> list[Problem]:
    """D20: the group (1–4), a referrer who fits it, and the treatment-responsible doctor
    with a phone number — without them an episode cannot be saved (001:14109–14115)."""
    found = vocabulary_problem("target_group", facts.target_group, list(GROUP_REFERRER))
    found += vocabulary_problem("referrer_kind", facts.referrer_kind, list(ReferrerKind))
    found += vocabulary_problem("setting", facts.setting, list(Setting))
    wanted = GROUP_REFERRER.get(facts.target_group)
    if not found and wanted != facts.referrer_kind:
        found.append(
            problem(
                "referrer_kind",
                "acute.referrer_mismatch",
                group=facts.target_group,
                wanted=wanted,
                given=facts.referrer_kind,
            )
        )
    if not facts.responsible_doctor.strip():
        found.append(
            problem(
                "responsible_doctor",
                "acute.responsible_missing",
            )
        )
    if not facts.responsible_phone.strip():
        found.append(
            problem(
                "responsible_phone",
                "acute.responsible_phone_missing",
            )
        )
    return found


def check_end(reason: str, text: str) -> list[Problem]:
    found = vocabulary_problem("end_reason", reason, list(EndReason))
    if reason == EndReason.OTHER and not text.strip():
        found.append(problem("end_text", "acute.end_other"))
    return found


# -- measurements ----------------------------------------------------------------------------


def _number(
    value: object, field: str, kind: str, decimals: int
) -> tuple[Decimal | None, Phrase | None]:
    try:
        number = ascii_decimal(str(value).replace(",", ".").strip())
    except (InvalidOperation, ValueError):
        return None, phrase("measure.not_a_number", value=value)
    if not number.is_finite():
        return None, phrase("measure.not_a_number", value=value)
    try:
        return number.quantize(Decimal(1).scaleb(-decimals)), None
    except InvalidOperation:  # too many digits to round: far outside every range anyway
        return number, None


def check_measurement(
    kind: str, value: object, value2: object = None
) -> tuple[Decimal | None, Decimal | None, list[Problem]]:
    """A value within its plausible range; a blood pressure needs its diastolic below the
    systolic. Returns (value, value2, problems)."""
    spec = MEASUREMENTS.get(kind)
    if spec is None:
        return None, None, vocabulary_problem("kind", kind, list(MEASUREMENTS))
    found: list[Problem] = []
    first = _ranged(value, "value", kind, spec.low, spec.high, spec, found)
    second = None
    if spec.low2 is not None and spec.high2 is not None:
        second = _ranged(value2, "value2", kind, spec.low2, spec.high2, spec, found)
        if first is not None and second is not None and second >= first:
            found.append(
                problem(
                    "value2",
                    "measure.diastolic",
                )
            )
    return first, second, found


def _ranged(
    value: object,
    field: str,
    kind: str,
    low: Decimal,
    high: Decimal,
    spec: MeasureSpec,
    found: list[Problem],
) -> Decimal | None:
    number, error = _number(value, field, kind, spec.decimals)
    if number is None:
        found.append(problem(field, "measure.value", error=error, kind=kind))
        return None
    if not low <= number <= high:
        found.append(
            problem(
                field,
                "measure.range",
                value=number,
                unit=spec.unit,
                kind=kind,
                low=low,
                high=high,
            )
        )
        return None
    return number


# -- GP contacts and the OK22 fee (D21–D23) --------------------------------------------------


@dataclass(frozen=True)
class ContactFacts:
    at: dt.datetime  # Copenhagen wall-clock time
    assessed: bool
    treated: bool
    followed_up: bool
    hospital_responsible: bool
    age: int | None  # on the contact date, from the CPR number
    group_1_insured: bool


@functools.cache
def public_holidays(year: int) -> frozenset[dt.date]:
    """D21: the Danish public holidays of ``year`` (Nytårsdag, Skærtorsdag, Langfredag,
    Påskedag, 2. påskedag, Kristi himmelfartsdag, Pinsedag, 2. pinsedag, Juledag, 2. juledag;
    Store bededag until 2023), from the maintained ``holidays`` calendar, not a table of ours."""
    # lazy: start-up (the calendar package imports ~100 ms of countries; only fees need it)
    from holidays.countries.denmark import Denmark

    return frozenset(Denmark(years=year, categories=("public",)))  # type: ignore[no-untyped-call]


def is_working_day(day: dt.date) -> bool:
    """D21: Monday–Friday, not a Danish public holiday, not 5 June, 24 or 31 December."""
    return (
        day.weekday() in WORKDAYS
        and (day.month, day.day) not in CLOSED_DAYS
        and day not in public_holidays(day.year)
    )


def is_daytime(at: dt.datetime) -> bool:
    """D21: 08:00–16:00 on working days (the agreement covers daytime only, 001:14044);
    a contact on a public holiday or a closed day is outside daytime."""
    return DAYTIME[0] <= at.time() < DAYTIME[1] and is_working_day(at.date())


def excluded(facts: ContactFacts) -> str:
    """Why one contact never counts for the fee, whatever else happened that day; "" if it
    qualifies (D21, D23)."""
    if facts.hospital_responsible:
        return NotBillable.HOSPITAL_RESPONSIBLE
    if facts.age is not None and facts.age < ADULT_AGE:
        return NotBillable.UNDER_18
    if not facts.group_1_insured:
        return NotBillable.NOT_GROUP_1
    if not is_daytime(facts.at):
        return NotBillable.OUTSIDE_DAYTIME
    if not (facts.assessed or facts.treated or facts.followed_up):
        return NotBillable.NO_ASSESSMENT
    return ""


def day_billability(contacts: Sequence[ContactFacts]) -> list[str]:
    """D21–D23 for one citizen's contacts of one calendar day: "" when billable, else the
    reason. The limit of two a day (D22) counts qualifying contacts in time order, so a
    late-entered earlier contact moves it; the result is in the order given."""
    order = sorted(range(len(contacts)), key=lambda i: contacts[i].at)
    reasons = [excluded(c) for c in contacts]
    counted = 0
    for i in order:
        if reasons[i]:
            continue
        counted += 1
        if counted > MAX_BILLABLE_PER_DAY:
            reasons[i] = NotBillable.LIMIT
    return reasons


# -- fee amount and schemes (D24, D25, D41) --------------------------------------------------


def index_on(levels: Sequence[tuple[dt.date, Decimal]], day: dt.date) -> Decimal:
    """D24: the price index valid on ``day`` (the latest ``valid_from`` ≤ day); before any
    row the April 2021 level (1.0000)."""
    valid = [(start, index) for start, index in levels if start <= day]
    return max(valid)[1] if valid else Decimal("1.0000")


def fee_at(index: Decimal) -> Decimal:
    """D24/D41: 158.61 kr. (April 2021) at a price index, rounded half-up to øre."""
    return round_kr(FEE_APRIL_2021 * index)


@dataclass(frozen=True)
class CapUse:
    total: Decimal
    cap: Decimal | None
    covered: Decimal  # within the cap
    over_cap: Decimal
    region: Decimal
    municipalities: Decimal
    used_share: Decimal | None  # of the cap, 0–1+


def cap_use(scheme: str, total: Decimal) -> CapUse:
    """D25: a scheme's cap and split. The Midtjylland trial covers at most 3 mio. kr. a year,
    split 50/50 between the region and the municipalities by activity (000:66–72); OK22 has
    no cap and the region pays the GP fee (here: all of it on the region's side)."""
    cap = SCHEME_CAPS[scheme]
    total = round_kr(total)
    covered = total if cap is None else min(total, cap)
    share = TRIAL_REGION_SHARE if scheme == Scheme.MIDTJYLLAND_TRIAL else Decimal(1)
    region = round_kr(covered * share)
    return CapUse(
        total=total,
        cap=cap,
        covered=covered,
        over_cap=total - covered,
        region=region,
        municipalities=covered - region,
        used_share=None if cap is None else (total / cap).quantize(Decimal("0.0001")),
    )
