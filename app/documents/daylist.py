"""The printable day list (IV-course issue, item 5): the worklist of one Copenhagen date
(D42) on A4 — CRP checks (overdue first, highlighted; D4/D5/D6), administrations, courses
ending and referrals awaiting visitation. Each row names the citizen with a masked CPR
(D40), the citizen's CAVE (issue #12; a known allergy in bold red) and the responsible
department with its 24/7 phone (DIGEST §1.7, §1.11). The administrations are the day's
visits: one row per dose still to give, by its planned time (app.domain.worklist), with the
citizen's address and phone and a box to tick."""

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
    tick_box,
)
from app.domain import clock

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
    story += _acute(work)
    return render(story, header, wide=True)


def _summary(work: Worklist) -> str:
    overdue = sum(1 for c in work.crp_checks if c.status == "overdue")
    visits = sum(len(item.planned_times) for item in work.administrations)
    return (
        f"{len(work.crp_checks)} CRP-målinger ({overdue} overskredet) · "
        f"{visits} besøg med administration i {len(work.administrations)} forløb · "
        f"{len(work.courses_ending)} forløb slutter · "
        f"{len(work.referrals)} henvisninger afventer visitation · "
        f"{len(work.acute_episodes)} akutforløb i gang"
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
    rows: list[list[Any]],
    refs: list[CourseRef] | None = None,
    *,
    cave_at: int | None = None,
    **kw: Any,
) -> list[Any]:
    """A section's table. With ``refs`` (one per row) each row's CAVE cell — at ``cave_at``,
    or among the columns of :data:`WHO` that end the row — shows a known CAVE in bold red
    and "not asked" in bold (issue #12)."""
    if not rows:
        return [*heading(title), para("Ingen.", "note")]
    scale = frame_width(True) / sum(widths)
    alerts = (
        {
            (r, len(row) + CAVE_COLUMN if cave_at is None else cave_at): CAVE_STYLES[ref.cave.state]
            for r, (row, ref) in enumerate(zip(rows, refs, strict=True))
            if ref.cave.state in CAVE_STYLES
        }
        if refs is not None
        else {}
    )
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
    """One row per visit (a dose still to give), by planned time, with a box to tick; the
    courses whose doses are all given are counted under the table."""
    visits = sorted(
        ((moment, item) for item in work.administrations for moment in item.planned_times),
        key=lambda visit: visit[0],
    )
    rows: list[list[Any]] = []
    marked: dict[int, Any] = {}
    for index, (moment, item) in enumerate(visits):
        rows.append(
            [
                tick_box(),
                da.moment(moment)[-5:],
                f"{item.given} af {item.doses_per_day}",
                da.label("place", item.course.place),
                item.course.cpr_masked,
                item.course.citizen_name,
                da.cave_cell(item.course.cave),
                item.course.address or "–",
                da.phone(item.course.phone) if item.course.phone else "–",
                item.course.drug,
                item.course.department,
                da.phone(item.course.department_phone),
            ]
        )
        if item.severity == "overdue" and moment == item.planned_times[0]:
            marked[index] = ALERT_BG
    head = (
        "Afkryds",
        "Kl.",
        "Givet / planlagt",
        "Sted",
        "CPR",
        "Navn",
        "CAVE",
        "Adresse",
        "Tlf.",
        "Lægemiddel",
        "Afdeling",
        "Tlf. døgnet rundt",
    )
    # "Sygeplejeklinik" whole in the place column; the tick box and department give way
    widths = tuple(w * mm for w in (14, 11, 15, 24, 19, 30, 28, 42, 18, 26, 30, 23))
    done = sum(1 for item in work.administrations if not item.planned_times)
    refs = [item.course for _, item in visits]
    story = _section(
        "Administrationer i dag",
        head,
        widths,
        rows,
        refs,
        cave_at=head.index("CAVE"),
        marked=marked,
    )
    if done:
        story.append(para(f"{done} forløb har fået alle dagens doser.", "note"))
    return story


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


def _acute(work: Worklist) -> list[Any]:
    """Running acute episodes: where (unit and place, or at home — then the address), the
    citizen's phone, the treatment-responsible doctor and phone (D20), a box to tick. None
    running: no section (the summary line says 0)."""
    if not work.acute_episodes:
        return []
    rows: list[list[Any]] = []
    marked: dict[int, Any] = {}
    for index, item in enumerate(work.acute_episodes):
        where = f"{item.unit}, plads {item.place_number}" if item.unit else "Eget hjem"
        rows.append(
            [
                tick_box(),
                where,
                item.cpr_masked,
                item.citizen_name,
                item.address or "–",
                da.phone(item.phone) if item.phone else "–",
                da.date(clock.local(item.start_at).date()),
                da.date(item.expected_end) if item.expected_end else "–",
                item.responsible_doctor,
                da.phone(item.responsible_phone),
            ]
        )
        if item.severity == "overdue":
            marked[index] = ALERT_BG
    head = (
        "Afkryds",
        "Hvor",
        "CPR",
        "Navn",
        "Adresse",
        "Tlf.",
        "Siden",
        "Forventet slut",
        "Behandlingsansvarlig læge",
        "Tlf.",
    )
    widths = tuple(w * mm for w in (16, 34, 19, 32, 40, 18, 17, 17, 50, 23))
    return _section("Akutforløb i gang", head, widths, rows, marked=marked)
