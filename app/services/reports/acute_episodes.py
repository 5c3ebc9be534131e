"""``acute.episodes`` (issue #14 item 6): the acute function's episodes by target group and
referrer, their length and how they ended, GP contacts per episode and the OK22 fee
activity per practice (OK22 Bilag 3, DIGEST §2.3; D20–D24).

Counting rules (each table's note says them to the reader):

* an episode counts in the period when it was *active* in it (started before the period
  ended, not ended before it began); the tables by group and referrer count those;
* length (D4-style calendar days: last local day − first local day + 1) and GP contacts
  per episode are counted for the episodes that *ended* in the period — only a finished
  episode has a length and all its contacts;
* the fee activity counts the GP contacts whose Copenhagen day lies in the period, by the
  practice named on the contact, with the billability recorded on each contact when it was
  registered (D21–D23, app/domain/acute.py); the amount is billable contacts × the fee at
  the price level valid on the period's first day (D24), rounded half-up once per practice
  and once for the total (D41) — for a calendar month the same figures as the month's fee
  statement (app/services/acute/fees.py).

The hospital-unit filter does not apply (an episode has no hospital unit); the team filter
counts the citizens of that responsible team.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.domain import acute as rules
from app.domain.money import round_kr
from app.domain.reports import (
    Chart,
    Column,
    Figure,
    Filters,
    Label,
    Progress,
    Report,
    Table,
    mean,
    median,
)
from app.models import AcuteEpisode, GpContact, PriceIndex
from app.services.reports import acute_common as common

T = "reports.acute.episodes."


def _count_by(session: Session, chosen: Filters, column: object) -> list[tuple[object, int, int]]:
    """(value, episodes, of them on an acute place) for the episodes active in the period."""
    lo, hi = common.utc_bounds(chosen)
    on_place = func.sum(case((AcuteEpisode.setting == rules.Setting.ACUTE_PLACE, 1), else_=0))
    query = (
        select(column, func.count(), on_place)  # type: ignore[call-overload]
        .where(common.active_in(lo, hi))
        .group_by(column)
        .order_by(column)
    )
    query = common.of_team(query, AcuteEpisode.citizen_id, chosen.team)
    return [(v, int(n), int(p or 0)) for v, n, p in session.execute(query)]


def _groups(session: Session, chosen: Filters) -> Table:
    rows = tuple(
        (Label(f"reports.acute.group.{g}", str(g)), n, n - p, p)
        for g, n, p in _count_by(session, chosen, AcuteEpisode.target_group)
    )
    return Table(
        "by_group",
        T + "by_group",
        (
            Column("target_group", "reports.col.target_group"),
            Column("episodes", "reports.col.episodes", "count"),
            Column("at_home", "reports.col.at_home", "count"),
            Column("acute_place", "reports.col.acute_place", "count"),
        ),
        rows,
        T + "active_note",
    )


def _referrers(session: Session, chosen: Filters) -> Table:
    rows = tuple(
        (Label(f"reports.acute.referrer.{r}", str(r)), n)
        for r, n, _ in _count_by(session, chosen, AcuteEpisode.referrer_kind)
    )
    return Table(
        "by_referrer",
        T + "by_referrer",
        (
            Column("referrer", "reports.col.referrer"),
            Column("episodes", "reports.col.episodes", "count"),
        ),
        rows,
        T + "active_note",
    )


def _ended(session: Session, chosen: Filters) -> list[tuple[int, str, int, int]]:
    """(episode id, end reason, length in days, GP contacts) of the episodes that ended in
    the period: two columns a row and one count, not the records."""
    lo, hi = common.utc_bounds(chosen)
    contacts = (
        select(func.count())
        .where(GpContact.episode_id == AcuteEpisode.id)
        .correlate(AcuteEpisode)
        .scalar_subquery()
    )
    query = select(
        AcuteEpisode.id, AcuteEpisode.end_reason, AcuteEpisode.start_at, AcuteEpisode.end_at,
        contacts,
    ).where(common.ended_in(lo, hi))  # fmt: skip
    query = common.of_team(query, AcuteEpisode.citizen_id, chosen.team)
    return [
        (i, reason, (common.local_day(end) - common.local_day(start)).days + 1, int(n))
        for i, reason, start, end, n in session.execute(query)
    ]


def _open_at_end(session: Session, chosen: Filters) -> int:
    lo, hi = common.utc_bounds(chosen)
    query = select(func.count()).where(
        common.active_in(lo, hi),
        (AcuteEpisode.end_at.is_(None)) | (AcuteEpisode.end_at >= hi),
    )
    return int(session.scalar(common.of_team(query, AcuteEpisode.citizen_id, chosen.team)) or 0)


def _outcomes(ended: list[tuple[int, str, int, int]], still_open: int) -> Table:
    counts: dict[str, int] = {}
    known = set(rules.EndReason)
    for _, reason, _, _ in ended:  # a code no longer known counts as "other"
        code = reason if reason in known else rules.EndReason.OTHER
        counts[code] = counts.get(code, 0) + 1
    rows = [
        (Label(f"reports.acute.end.{code}", str(code)), counts[code])
        for code in rules.EndReason
        if counts.get(code)
    ]
    rows.append((Label("reports.acute.end.open", "open"), still_open))
    return Table(
        "by_end_reason",
        T + "by_end_reason",
        (
            Column("end_reason", "reports.col.end_reason"),
            Column("episodes", "reports.col.episodes", "count"),
        ),
        tuple(rows),
        T + "end_note",
    )


def _bands(
    key: str, values: list[int], bands: tuple[tuple[int, int | None], ...], column: str
) -> Table:
    rows = tuple(
        (common.band_label(b), n)
        for b, n in zip(bands, common.band_counts(values, bands), strict=True)
    )
    return Table(
        key,
        T + key,
        (
            Column(column, f"reports.col.{column}"),
            Column("episodes", "reports.col.episodes", "count"),
        ),
        rows,
        T + "ended_note",
    )


def fee_at_start(session: Session, chosen: Filters) -> Decimal:
    """D24: the fee at the price level valid on the period's first day (as a month's fee
    statement uses the level of its first day)."""
    levels = [(p.valid_from, p.index) for p in session.scalars(select(PriceIndex))]
    return rules.fee_at(rules.index_on(levels, chosen.start))


def _practices(session: Session, chosen: Filters, fee: Decimal) -> tuple[Table, Table]:
    query = (
        select(GpContact.practice, GpContact.billable, GpContact.not_billable_reason, func.count())
        .where(GpContact.day >= chosen.start, GpContact.day <= chosen.end)
        .group_by(GpContact.practice, GpContact.billable, GpContact.not_billable_reason)
    )
    query = common.of_team(query, GpContact.citizen_id, chosen.team)
    per_practice: dict[str, list[int]] = {}
    reasons: dict[str, int] = {}
    for practice, billable, reason, n in session.execute(query):
        counts = per_practice.setdefault(practice, [0, 0])
        counts[0 if billable else 1] += n
        if not billable:
            reasons[reason] = reasons.get(reason, 0) + n
    rows = tuple(
        (p, b + nb, b, nb, round_kr(fee * b)) for p, (b, nb) in sorted(per_practice.items())
    )
    practices = Table(
        "fees_by_practice",
        T + "fees_by_practice",
        (
            Column("practice", "reports.col.practice"),
            Column("contacts", "reports.col.gp_contacts", "count"),
            Column("billable", "reports.col.billable", "count"),
            Column("not_billable", "reports.col.not_billable", "count"),
            Column("amount", "reports.col.amount", "kr"),
        ),
        rows,
        T + "fees_note",
    )
    not_billable = Table(
        "not_billable",
        T + "not_billable",
        (
            Column("reason", "reports.col.reason"),
            Column("contacts", "reports.col.gp_contacts", "count"),
        ),
        tuple((Label(f"reports.acute.not_billable.{r}", r), n) for r, n in sorted(reasons.items())),
        T + "fees_note",
    )
    return practices, not_billable


def _started(session: Session, chosen: Filters) -> int:
    lo, hi = common.utc_bounds(chosen)
    query = select(func.count()).where(AcuteEpisode.start_at >= lo, AcuteEpisode.start_at < hi)
    return int(session.scalar(common.of_team(query, AcuteEpisode.citizen_id, chosen.team)) or 0)


def build(session: Session, chosen: Filters, progress: Progress) -> Report:
    """The ``acute.episodes`` report (see the module's counting rules)."""
    progress(0, 3)
    groups, referrers = _groups(session, chosen), _referrers(session, chosen)
    active = sum(int(n) for n in groups.values("episodes") if isinstance(n, int))
    ended = _ended(session, chosen)
    progress(1, 3)
    lengths = [length for _, _, length, _ in ended]
    contacts = [n for _, _, _, n in ended]
    fee = fee_at_start(session, chosen)
    practices, not_billable = _practices(session, chosen, fee)
    progress(2, 3)
    billable = sum(int(n) for n in practices.values("billable") if isinstance(n, int))
    amounts = [a for a in practices.values("amount") if isinstance(a, Decimal)]
    figures = (
        Figure("active", T + "fig.active", active),
        Figure("started", T + "fig.started", _started(session, chosen)),
        Figure("ended", T + "fig.ended", len(ended)),
        Figure("median_length", T + "fig.median_length", median(lengths), "days"),
        Figure("mean_length", T + "fig.mean_length", mean(lengths), "days"),
        Figure("mean_contacts", T + "fig.mean_contacts", mean(contacts), "decimal"),
        Figure("billable", T + "fig.billable", billable),
        Figure("fee", T + "fig.fee", fee, "kr"),
        Figure("amount", T + "fig.amount", round_kr(sum(amounts, Decimal(0))), "kr"),
    )
    tables = (
        groups,
        referrers,
        _outcomes(ended, _open_at_end(session, chosen)),
        _bands("length", lengths, common.LENGTH_BANDS, "length_days"),
        _bands("contacts_per_episode", contacts, common.CONTACT_BANDS, "gp_contacts"),
        practices,
        not_billable,
    )
    charts = (
        Chart("by_group", T + "by_group", "by_group", "bar", "target_group", ("episodes",)),
        Chart(
            "by_end_reason",
            T + "by_end_reason",
            "by_end_reason",
            "bar",
            "end_reason",
            ("episodes",),
        ),
        Chart("length", T + "length", "length", "bar", "length_days", ("episodes",)),
        Chart(
            "contacts",
            T + "contacts_per_episode",
            "contacts_per_episode",
            "bar",
            "gp_contacts",
            ("episodes",),
        ),
        Chart("fees", T + "fees_by_practice", "fees_by_practice", "bar", "practice", ("billable",)),
    )
    progress(3, 3)
    return Report(
        "acute.episodes", T + "title", chosen, figures, tables, charts, ("reports.acute.unit_note",)
    )
