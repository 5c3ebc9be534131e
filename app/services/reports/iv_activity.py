"""IV activity (issue #14 item 1; DIGEST §1.15 the municipal registration: type and place of
treatment, start and end of each course "especially when > 14 days", the referring
hospital; D8 rejections; D4 day counting).

Counting rules (the tables' notes say them to the reader):

* a course is **active in the period** when it has a municipal day 1 (D4: its first
  municipal administration) on or before the period's last day and no end before its
  first day; an accepted course without a municipal administration yet is not counted;
* the **length** figures are of the courses that **ended in the period** (end date in
  it): D4's municipal length, end − municipal day 1 + 1 days;
* a course's **type** is its type now (D1: the type at the end, as billing uses);
* **referrals** (accepted or rejected, D8) count in the period of their visitation
  (``decided_at``, Copenhagen days); the referral-to-visitation time is
  ``decided_at − referred_at`` in whole minutes, shown in hours.

:data:`REPORTS` declares the IV kind's reports 1, 2 and 4 (activity, day-3 CRP, the time
study); app.services.reports.iv reads it.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import iv as rules
from app.domain.reports import (
    Cell,
    Chart,
    Column,
    Figure,
    Filters,
    Label,
    Progress,
    Report,
    ReportSpec,
    Table,
    percent,
)
from app.models import Department, HospitalUnit, IvCourse
from app.services.reports import iv_common as common

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("iv.activity", "reports.iv_activity.title", "reports.iv_activity.description",
               "iv", "app.services.reports.iv_activity:build"),
    ReportSpec("iv.crp", "reports.iv_crp.title", "reports.iv_crp.description", "iv",
               "app.services.reports.iv_crp:build"),
    ReportSpec("iv.time", "reports.iv_time.title", "reports.iv_time.description", "iv",
               "app.services.reports.iv_time:build"),
)  # fmt: skip

TYPES = tuple(str(t) for t in rules.CourseType)
TYPE_LABELS = common.labels("course_type", TYPES)
PLACE_LABELS = common.labels("place", tuple(rules.Place))
REASON_LABELS = common.labels("rejection_reason", tuple(rules.RejectionReason))

#: the length distribution's buckets (days, inclusive; None: open-ended)
BUCKETS: tuple[tuple[int, int | None], ...] = ((1, 3), (4, 7), (8, 14), (15, 21), (22, None))
LONG_COURSE = 14  # DIGEST §1.15: "especially when > 14 days"

TYPE_COLUMNS = tuple(Column(f"t_{t}", f"reports.course_type.{t}", "count") for t in TYPES)
TOTAL = Column("courses", "reports.col.courses", "count")


def bucket_label(low: int, high: int | None) -> Label:
    code = f"{low}-{high}" if high is not None else f">{low - 1}"
    return Label(f"reports.iv_activity.bucket_{low}", code)


def build(session: Session, filters: Filters, progress: Progress) -> Report:
    progress(0, 4)
    active = _active(session, filters)
    progress(1, 4)
    lengths = _lengths(session, filters)
    progress(2, 4)
    referrals = _referrals(session, filters)
    progress(3, 4)
    waits = _waits(session, filters)
    progress(4, 4)
    all_lengths: dict[int, int] = {}
    for per_type in lengths.values():
        for days, n in per_type.items():
            common.add(all_lengths, days, n)
    decided = sum(n for *_, n in referrals)
    rejected = sum(n for _, _, _, reason, n in referrals if reason is not None)
    ended = common.total(all_lengths)
    figures = (
        Figure("active", "reports.iv_activity.active", sum(n for *_, n in active)),
        Figure("ended", "reports.iv_activity.ended", ended),
        Figure("median_days", "reports.iv_activity.median_days", common.median_of(all_lengths),
               "days"),
        Figure("mean_days", "reports.iv_activity.mean_days", common.mean_of(all_lengths), "days"),
        Figure("over_14", "reports.iv_activity.over_14",
               percent(common.over(all_lengths, LONG_COURSE), ended), "percent"),
        Figure("decided", "reports.iv_activity.decided", decided),
        Figure("rejected", "reports.iv_activity.rejected", rejected),
        Figure("rejected_share", "reports.iv_activity.rejected_share", percent(rejected, decided),
               "percent"),
        Figure("wait_median", "reports.iv_activity.wait_median",
               common.median_of(waits, 60), "hours"),
        Figure("wait_mean", "reports.iv_activity.wait_mean", common.mean_of(waits, 60), "hours"),
        Figure("wait_p90", "reports.iv_activity.wait_p90",
               common.percentile_of(waits, 90, 60), "hours"),
    )  # fmt: skip
    tables = (
        *_active_tables(active),
        _length_table(lengths, all_lengths),
        _bucket_table(all_lengths),
        *_referral_tables(referrals),
    )
    charts = (
        Chart("by_unit", "reports.iv_activity.by_unit", "by_unit", "stacked_bar", "unit",
              tuple(c.key for c in TYPE_COLUMNS)),
        Chart("by_place", "reports.iv_activity.by_place", "by_place", "stacked_bar", "place",
              tuple(c.key for c in TYPE_COLUMNS)),
        Chart("length", "reports.iv_activity.length_buckets", "length_buckets", "bar", "bucket",
              ("courses",)),
        Chart("reasons", "reports.iv_activity.reasons", "reasons", "bar", "reason",
              ("rejected",)),
    )  # fmt: skip
    return Report("iv.activity", "reports.iv_activity.title", filters, figures, tables, charts,
                  ("reports.iv_activity.note",))  # fmt: skip


# -- the queries: each groups in SQL ---------------------------------------------------------

ActiveRow = tuple[str, str, str, str, str, int]  # unit code, unit name, department, type, place


def _active(session: Session, filters: Filters) -> list[ActiveRow]:
    query = (
        select(HospitalUnit.code, HospitalUnit.name, Department.name, IvCourse.course_type,
               IvCourse.place, func.count())
        .join(Department, Department.id == IvCourse.department_id)
        .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
        .where(IvCourse.start_date.is_not(None), IvCourse.start_date <= filters.end,
               IvCourse.status.not_in((rules.Status.REFERRED, rules.Status.REJECTED)),
               (IvCourse.end_date.is_(None)) | (IvCourse.end_date >= filters.start))
        .group_by(HospitalUnit.code, HospitalUnit.name, Department.name, IvCourse.course_type,
                  IvCourse.place)
    )  # fmt: skip
    rows = session.execute(common.scoped(query, filters))
    return [(code, name, dept, kind, place, n) for code, name, dept, kind, place, n in rows]


def _lengths(session: Session, filters: Filters) -> dict[str, dict[int, int]]:
    """Course type → length in days → courses, of the courses ended in the period."""
    length = common.days_between(session, IvCourse.start_date, IvCourse.end_date) + 1
    query = (
        select(IvCourse.course_type, length, func.count())
        .where(IvCourse.status == rules.Status.ENDED, IvCourse.start_date.is_not(None),
               IvCourse.end_date >= filters.start, IvCourse.end_date <= filters.end)
        .group_by(IvCourse.course_type, length)
    )  # fmt: skip
    found: dict[str, dict[int, int]] = {}
    for kind, days, n in session.execute(common.scoped(query, filters)):
        common.add(found.setdefault(kind, {}), int(days), n)
    return found


#: unit code, department, status is rejected, rejection reason (None: accepted), count
ReferralRow = tuple[str, str, bool, str | None, int]


def _referrals(session: Session, filters: Filters) -> list[ReferralRow]:
    first, after = common.period_moments(filters)
    query = (
        select(HospitalUnit.code, Department.name, IvCourse.status, IvCourse.rejection_reason,
               func.count())
        .join(Department, Department.id == IvCourse.department_id)
        .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
        .where(IvCourse.decided_at >= first, IvCourse.decided_at < after)
        .group_by(HospitalUnit.code, Department.name, IvCourse.status, IvCourse.rejection_reason)
    )  # fmt: skip
    rows: list[ReferralRow] = []
    for unit, dept, status, reason, n in session.execute(common.scoped(query, filters)):
        is_rejected = status == rules.Status.REJECTED
        rows.append((unit, dept, is_rejected, (reason or "other") if is_rejected else None, n))
    return rows


def _waits(session: Session, filters: Filters) -> dict[int, int]:
    """Minutes from referral to visitation → referrals, of the referrals decided in the
    period."""
    first, after = common.period_moments(filters)
    wait = common.minutes_between(session, IvCourse.referred_at, IvCourse.decided_at)
    query = (
        select(wait, func.count())
        .where(IvCourse.decided_at >= first, IvCourse.decided_at < after)
        .group_by(wait)
    )
    found: dict[int, int] = {}
    for minutes, n in session.execute(common.scoped(query, filters)):
        common.add(found, int(minutes), n)
    return found


# -- the tables ------------------------------------------------------------------------------


def _type_cells(per_type: dict[str, int]) -> tuple[Cell, ...]:
    return (*(per_type.get(t, 0) for t in TYPES), sum(per_type.values()))


def _active_tables(rows: list[ActiveRow]) -> tuple[Table, ...]:
    units: dict[tuple[str, str], dict[str, int]] = {}
    depts: dict[tuple[str, str], dict[str, int]] = {}
    places: dict[str, dict[str, int]] = {}
    for code, name, dept, kind, place, n in rows:
        for group in (units.setdefault((code, name), {}), depts.setdefault((code, dept), {}),
                      places.setdefault(place, {})):  # fmt: skip
            group[kind] = group.get(kind, 0) + n
    note = "reports.iv_activity.active_note"
    return (
        Table("by_unit", "reports.iv_activity.by_unit",
              (Column("unit", "reports.col.unit"), Column("unit_name", "reports.col.unit_name"),
               *TYPE_COLUMNS, TOTAL),
              tuple((code, name, *_type_cells(per)) for (code, name), per in sorted(units.items())),
              note),
        Table("by_department", "reports.iv_activity.by_department",
              (Column("unit", "reports.col.unit"), Column("department", "reports.col.department"),
               *TYPE_COLUMNS, TOTAL),
              tuple((code, dept, *_type_cells(per)) for (code, dept), per in sorted(depts.items())),
              note),
        Table("by_place", "reports.iv_activity.by_place",
              (Column("place", "reports.col.place"), *TYPE_COLUMNS, TOTAL),
              tuple((PLACE_LABELS.get(p, Label(p, p)), *_type_cells(places[p]))
                    for p in sorted(places, key=_place_order)),
              note),
    )  # fmt: skip


def _place_order(place: str) -> int:
    order = [str(p) for p in rules.Place]
    return order.index(place) if place in order else len(order)


def _length_table(lengths: dict[str, dict[int, int]], everything: dict[int, int]) -> Table:
    def row(label: Label, counts: dict[int, int]) -> tuple[Cell, ...]:
        n = common.total(counts)
        long = common.over(counts, LONG_COURSE)
        return (label, n, common.median_of(counts), common.mean_of(counts), long,
                percent(long, n))  # fmt: skip

    rows = [row(TYPE_LABELS[t], lengths.get(t, {})) for t in TYPES]
    rows.append(row(Label("reports.col.all", "all"), everything))
    return Table("length", "reports.iv_activity.length",
                 (Column("type", "reports.col.course_type"), TOTAL,
                  Column("median", "reports.col.median_days", "days"),
                  Column("mean", "reports.col.mean_days", "days"),
                  Column("over_14", "reports.col.over_14", "count"),
                  Column("over_14_share", "reports.col.over_14_share", "percent")),
                 tuple(rows), "reports.iv_activity.length_note")  # fmt: skip


def _bucket_table(lengths: dict[int, int]) -> Table:
    n = common.total(lengths)
    rows = []
    for low, high in BUCKETS:
        count = sum(c for d, c in lengths.items() if d >= low and (high is None or d <= high))
        rows.append((bucket_label(low, high), count, percent(count, n)))
    return Table("length_buckets", "reports.iv_activity.length_buckets",
                 (Column("bucket", "reports.col.length_bucket"), TOTAL,
                  Column("share", "reports.col.share", "percent")),
                 tuple(rows), "reports.iv_activity.length_note")  # fmt: skip


def _referral_tables(rows: list[ReferralRow]) -> tuple[Table, Table]:
    reasons: dict[str, int] = {}
    depts: dict[tuple[str, str], list[int]] = {}
    for unit, dept, is_rejected, reason, n in rows:
        counts = depts.setdefault((unit, dept), [0, 0])
        counts[0] += n
        if is_rejected and reason is not None:
            counts[1] += n
            reasons[reason] = reasons.get(reason, 0) + n
    rejected = sum(reasons.values())
    reason_rows = tuple(
        (REASON_LABELS.get(r, Label(r, r)), reasons.get(r, 0), percent(reasons.get(r, 0), rejected))
        for r in (*rules.RejectionReason, *sorted(set(reasons) - set(rules.RejectionReason)))
    )
    note = "reports.iv_activity.referrals_note"
    return (
        Table("reasons", "reports.iv_activity.reasons",
              (Column("reason", "reports.col.rejection_reason"),
               Column("rejected", "reports.col.rejected", "count"),
               Column("share", "reports.col.share", "percent")),
              reason_rows, note),
        Table("referrals_by_department", "reports.iv_activity.referrals_by_department",
              (Column("unit", "reports.col.unit"), Column("department", "reports.col.department"),
               Column("decided", "reports.col.decided", "count"),
               Column("rejected", "reports.col.rejected", "count"),
               Column("share", "reports.col.rejected_share", "percent")),
              tuple((u, d, c[0], c[1], percent(c[1], c[0])) for (u, d), c in sorted(depts.items())),
              note),
    )  # fmt: skip
