"""The printable day list (IV-course issue, item 5): the worklist of one Copenhagen date
(D42) on A4 — CRP checks (overdue first, highlighted; D4/D5/D6), administrations, courses
ending and referrals awaiting visitation. Each row names the citizen with a masked CPR
(D40), the citizen's CAVE (issue #12; a known allergy in bold red) and the responsible
department with its 24/7 phone (DIGEST §1.7, §1.11)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm

from app.documents import labels as da
from app.documents.layout import (
    ALERT_BG,
    NOTICE_BG,
    Header,
    frame_width,
    gap,
    heading,
    para,
    render,
    table,
)

if TYPE_CHECKING:  # the read models it renders; the use cases import this module
    from app.services.today.worklist import CourseRef, Worklist

TITLE = "Dagsliste – IV-behandling"
WHO = ("CPR", "Navn", "CAVE", "Lægemiddel", "Afdeling", "Tlf. døgnet rundt")
WHO_WIDTHS = (19 * mm, 36 * mm, 36 * mm, 34 * mm, 44 * mm, 23 * mm)
CAVE_COLUMN = WHO.index("CAVE") - len(WHO)  # from the end of a row
CAVE_STYLES = {"known": "alert", "unknown": "strong"}  # "not asked" is a question still open


def render_day_list(municipality: str, work: Worklist, printed_at: dt.datetime) -> bytes:
    """Only renders: the same list and printed time give the same bytes."""
    header = Header(
        municipality, TITLE, da.long_date(work.date), f"Udskrevet {da.moment(printed_at)}"
    )
    story: list[Any] = [para(_summary(work), "body"), gap()]
    story += _crp(work) + _administrations(work) + _ending(work) + _referrals(work)
    return render(story, header, wide=True)


def _summary(work: Worklist) -> str:
    overdue = sum(1 for c in work.crp_checks if c.status == "overdue")
    return (
        f"{len(work.crp_checks)} CRP-målinger ({overdue} overskredet) · "
        f"{len(work.administrations)} forløb med administrationer · "
        f"{len(work.courses_ending)} forløb slutter · "
        f"{len(work.referrals)} henvisninger afventer visitation"
    )


def _who(ref: CourseRef) -> list[str]:
    return [
        ref.cpr_masked,
        ref.citizen_name,
        da.cave_cell(ref.cave),
        ref.drug,
        ref.department,
        da.phone(ref.department_phone),
    ]


def _section(
    title: str,
    head: tuple[str, ...],
    widths: tuple[float, ...],
    rows: list[list[str]],
    refs: list[CourseRef],
    **kw: Any,
) -> list[Any]:
    """A section's table; each row ends with the columns of :data:`WHO` for ``refs``' row,
    its known CAVE in bold red, "not asked" in bold (issue #12)."""
    if not rows:
        return [*heading(title), para("Ingen.", "note")]
    scale = frame_width(True) / sum(widths)
    alerts = {
        (r, len(row) + CAVE_COLUMN): CAVE_STYLES[ref.cave.state]
        for r, (row, ref) in enumerate(zip(rows, refs, strict=True))
        if ref.cave.state in CAVE_STYLES
    }
    return [
        *heading(title),
        table(head, rows, [w * scale for w in widths], cell_styles=alerts, **kw),
    ]


def _crp(work: Worklist) -> list[Any]:
    """D5/D6: overdue first and highlighted, then awaiting the decision, then due today."""
    rows, marked = [], {}
    for index, item in enumerate(work.crp_checks):
        status = da.label("crp_status", item.status)
        if item.accepted_after_day_3:
            status += " (accepteret efter dag 3: måles på kommunal dag 1)"
        rows.append([status, da.date(item.due_date), str(item.treatment_day), *_who(item.course)])
        if item.status == "overdue":
            marked[index] = ALERT_BG
    head = ("Status", "Frist", "Beh.dag", *WHO)
    widths = (42 * mm, 19 * mm, 13 * mm, *WHO_WIDTHS)
    return _section(
        "CRP-målinger (dag 3) og konference",
        head,
        widths,
        rows,
        [item.course for item in work.crp_checks],
        marked=marked,
        strong_first=True,
    )


def _administrations(work: Worklist) -> list[Any]:
    rows = [
        [
            f"{item.given} af {item.doses_per_day}",
            str(item.treatment_day),
            str(item.municipal_day) if item.municipal_day is not None else "–",
            da.label("place", item.course.place),
            *_who(item.course),
        ]
        for item in work.administrations
    ]
    head = ("Givet / planlagt", "Beh.dag", "Komm. dag", "Sted", *WHO)
    widths = (18 * mm, 13 * mm, 14 * mm, 25 * mm, *WHO_WIDTHS)
    refs = [item.course for item in work.administrations]
    return _section("Administrationer i dag", head, widths, rows, refs)


def _ending(work: Worklist) -> list[Any]:
    rows, marked = [], {}
    for index, item in enumerate(work.courses_ending):
        rows.append(
            [da.label("ending", item.status), da.date(item.planned_end), *_who(item.course)]
        )
        if item.status == "past_planned_end":
            marked[index] = NOTICE_BG
    head = ("Status", "Planlagt slut", *WHO)
    widths = (40 * mm, 22 * mm, *WHO_WIDTHS)
    refs = [item.course for item in work.courses_ending]
    return _section("Forløb der slutter", head, widths, rows, refs, marked=marked)


def _referrals(work: Worklist) -> list[Any]:
    rows = [
        [
            da.moment(item.referred_at),
            da.date(item.first_dose_date),
            str(item.hospital_doses),
            *_who(item.course),
        ]
        for item in work.referrals
    ]
    head = ("Henvist", "Første IV-dosis", "Doser på sygehus", *WHO)
    widths = (27 * mm, 21 * mm, 17 * mm, *WHO_WIDTHS)
    refs = [item.course for item in work.referrals]
    return _section("Henvisninger der afventer visitation", head, widths, rows, refs)
