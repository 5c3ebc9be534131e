"""The OK22 GP fee for acute-function contacts: its price level, the scheme, and the
statements (D24, D25, D41).

* D24: 158.61 kr. at the April 2021 price level; the ``price_index`` table (2021-04-01 =
  1.0000 shipped, an administrator adds levels) gives the current amount. A month's
  statement uses the level valid on the first day of that month.
* D25: the scheme is OK22 (no cap) or the Midtjylland trial (3 mio. kr. a year, 50/50
  region/municipalities by activity), chosen per store.
* D41: Decimal kroner, half-up once per line and once per total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import acute as rules
from app.domain import clock
from app.domain.money import round_kr
from app.domain.numerals import ascii_decimal
from app.domain.problems import clock_range, problem
from app.errors import InvalidInput
from app.models import AcuteEpisode, GpContact, PriceIndex, StoreSetting
from app.services.kernel import audit
from app.services.kernel.changes import Changes, Done
from app.services.kernel.context import Context
from app.services.kernel.permissions import require

SCHEME_SETTING = "acute.fee_scheme"


@dataclass(frozen=True)
class PriceLevel:
    uuid: str
    valid_from: dt.date
    index: Decimal
    fee: Decimal  # the OK22 acute fee at this level


@dataclass(frozen=True)
class FeeLine:
    practice: str
    billable: int
    not_billable: int
    fee: Decimal
    amount: Decimal  # billable × fee, rounded once (D41)


@dataclass(frozen=True)
class FeeStatement:
    month: dt.date  # first day
    scheme: str
    index: Decimal
    fee: Decimal
    lines: tuple[FeeLine, ...]
    billable: int
    not_billable: dict[str, int]  # reason code → count (D21–D23)
    total: Decimal


@dataclass(frozen=True)
class ContactLine:
    """One GP contact of a month and why it counts for the fee or not (D21–D23)."""

    uuid: str
    episode_uuid: str
    at: dt.datetime  # UTC
    day: dt.date  # Copenhagen (D42)
    practice: str
    gp_name: str
    channel: str
    billable: bool
    reason: str  # "" when it counts, else the NotBillable code


@dataclass(frozen=True)
class MonthUse:
    month: dt.date
    billable: int
    fee: Decimal
    amount: Decimal


@dataclass(frozen=True)
class TrialStatement:
    year: int
    scheme: str
    months: tuple[MonthUse, ...]
    use: rules.CapUse


# -- price levels (D24) ------------------------------------------------------------------------


def _levels(session: Session) -> list[tuple[dt.date, Decimal]]:
    return [(p.valid_from, p.index) for p in session.scalars(select(PriceIndex))]


def list_price_levels(ctx: Context) -> list[PriceLevel]:
    require(ctx, "acute.statements")
    with ctx.store.read() as session:
        rows = session.scalars(select(PriceIndex).order_by(PriceIndex.valid_from))
        return [PriceLevel(p.uuid, p.valid_from, p.index, rules.fee_at(p.index)) for p in rows]


def add_price_level(ctx: Context, valid_from: dt.date, index: Decimal | str) -> Done[PriceLevel]:
    """D24: an administrator adds a price level valid from a date (April 2021 = 1.0000)."""
    done = add_price_levels(ctx, [(valid_from, index)])
    return Done(done.value[0], done.changes)


def add_price_levels(
    ctx: Context, levels: Sequence[tuple[dt.date, Decimal | str]]
) -> Done[list[PriceLevel]]:
    """D24: several price levels at once (a file on the command line): every one is checked
    in one transaction, so a wrong one leaves none written."""
    require(ctx, "acute.fees")
    added: list[PriceLevel] = []
    with ctx.store.session() as session:
        for valid_from, index in levels:
            added.append(_add_level(session, ctx, valid_from, index))
            session.flush()  # the next level's "taken" check sees this one
    return Done(added, Changes.of("price_index", *(level.uuid for level in added)))


def _add_level(
    session: Session, ctx: Context, valid_from: dt.date, index: Decimal | str
) -> PriceLevel:
    try:
        value = ascii_decimal(str(index).replace(",", ".")).quantize(Decimal("0.0001"))
    except InvalidOperation:
        value = Decimal(0)
    problems = []
    if not Decimal("0.5") <= value <= Decimal(5):
        problems.append(
            problem(
                "index",
                "price.index",
            )
        )
    if valid_from < rules.BASE_INDEX_DATE:
        problems.append(problem("valid_from", "price.before_base"))
    if session.scalar(select(PriceIndex.id).where(PriceIndex.valid_from == valid_from)):
        problems.append(problem("valid_from", "price.taken"))
    if problems:
        raise InvalidInput(problems)
    row = PriceIndex(valid_from=valid_from, index=value)
    audit.insert(
        session,
        ctx,
        row,
        "price_index",
        after={"valid_from": valid_from.isoformat(), "index": str(value)},
    )
    return PriceLevel(row.uuid, valid_from, value, rules.fee_at(value))


def current_fee(ctx: Context, on: dt.date) -> Decimal:
    """D24: the fee at the price level valid on ``on``."""
    require(ctx, "acute.statements")
    with ctx.store.read() as session:
        return rules.fee_at(rules.index_on(_levels(session), on))


# -- scheme (D25) ------------------------------------------------------------------------------


def get_fee_scheme(ctx: Context) -> str:
    require(ctx, "acute.statements")
    with ctx.store.read() as session:
        setting = session.get(StoreSetting, SCHEME_SETTING)
        return str(setting.value) if setting else rules.Scheme.OK22


def set_fee_scheme(ctx: Context, scheme: str) -> Done[None]:
    """D25: OK22 or the Midtjylland trial, for this store's reports."""
    require(ctx, "acute.fees")
    problems = rules.vocabulary_problem("scheme", scheme, list(rules.Scheme))
    if problems:
        raise InvalidInput(problems)
    with ctx.store.session() as session:
        setting = session.get(StoreSetting, SCHEME_SETTING)
        before = setting.value if setting else rules.Scheme.OK22
        if setting is None:
            session.add(StoreSetting(key=SCHEME_SETTING, value=scheme))
        else:
            setting.value = scheme
        audit.write(
            session,
            ctx,
            "update",
            "setting",
            SCHEME_SETTING,
            before={"value": before},
            after={"value": scheme},
        )
    return Done(None, Changes.of("acute_fee_scheme"))


# -- statements --------------------------------------------------------------------------------


def parse_month(month: dt.date | str) -> dt.date:
    if isinstance(month, dt.date):
        first = month.replace(day=1)
    else:
        try:
            first = dt.date.fromisoformat(f"{month.strip()}-01")
        except ValueError:
            raise InvalidInput([problem("month", "month.invalid", m=month)]) from None
    if not clock.plausible_day(first):
        raise InvalidInput([clock_range("month", first.isoformat()[:7])])
    return first


def _next_month(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1)


def _counts(session: Session, first: dt.date) -> list[tuple[str, bool, str, int]]:
    query = (
        select(GpContact.practice, GpContact.billable, GpContact.not_billable_reason, func.count())
        .where(GpContact.day >= first, GpContact.day < _next_month(first))
        .group_by(GpContact.practice, GpContact.billable, GpContact.not_billable_reason)
    )
    return [(p, b, r, n) for p, b, r, n in session.execute(query)]


def _statement(session: Session, first: dt.date, scheme: str) -> FeeStatement:
    index = rules.index_on(_levels(session), first)
    fee = rules.fee_at(index)
    per_practice: dict[str, list[int]] = {}
    reasons: dict[str, int] = {}
    for practice, billable, reason, n in _counts(session, first):
        counts = per_practice.setdefault(practice, [0, 0])
        counts[0 if billable else 1] += n
        if not billable:
            reasons[reason] = reasons.get(reason, 0) + n
    lines = tuple(
        FeeLine(p, b, nb, fee, round_kr(fee * b)) for p, (b, nb) in sorted(per_practice.items())
    )
    return FeeStatement(
        month=first,
        scheme=scheme,
        index=index,
        fee=fee,
        lines=lines,
        billable=sum(line.billable for line in lines),
        not_billable=dict(sorted(reasons.items())),
        total=round_kr(sum((line.amount for line in lines), Decimal(0))),
    )


def gp_fee_statement(ctx: Context, month: dt.date | str) -> FeeStatement:
    """GP-fee activity per practice for a month: billable contacts × the fee at the month's
    price level (D24), with the count of non-billable contacts by reason (D21–D23)."""
    require(ctx, "acute.statements")
    first = parse_month(month)
    scheme = get_fee_scheme(ctx)
    with ctx.store.read() as session:
        return _statement(session, first, scheme)


def month_contacts(ctx: Context, month: dt.date | str) -> list[ContactLine]:
    """Every GP contact of the month in time order, each with whether it counts for the fee
    and, if not, why (D21–D23): the contacts behind :func:`gp_fee_statement`'s counts."""
    require(ctx, "acute.statements")
    first = parse_month(month)
    query = (
        select(GpContact, AcuteEpisode.uuid)
        .join(AcuteEpisode, AcuteEpisode.id == GpContact.episode_id)
        .where(GpContact.day >= first, GpContact.day < _next_month(first))
        .order_by(GpContact.at, GpContact.id)
    )
    with ctx.store.read() as session:
        return [
            ContactLine(
                c.uuid,
                episode,
                c.at,
                c.day,
                c.practice,
                c.gp_name,
                c.channel,
                c.billable,
                "" if c.billable else c.not_billable_reason,
            )
            for c, episode in session.execute(query)
        ]


def trial_statement(ctx: Context, year: int) -> TrialStatement:
    """D25: the year's fees under the Midtjylland trial — use against the 3 mio. kr. cap and
    the 50/50 split between the region and the municipalities (000:66–72)."""
    require(ctx, "acute.statements")
    scheme = rules.Scheme.MIDTJYLLAND_TRIAL
    months = []
    with ctx.store.read() as session:
        for number in range(1, 13):
            s = _statement(session, dt.date(year, number, 1), scheme)
            months.append(MonthUse(s.month, s.billable, s.fee, s.total))
    total = round_kr(sum((m.amount for m in months), Decimal(0)))
    return TrialStatement(year, scheme, tuple(months), rules.cap_use(scheme, total))
