"""The course summary for the municipal record (D7): who, the responsible department and
its 24/7 phone (DIGEST §1.7), type and type changes (D1), treatment and the hospital's plan
(§1.10), referral and visitation (§1.11, D8), municipal start, end and reason (D7), length
(end − start + 1 days, D4), administrations (late / flagged, D16), CRP values with the
conference and decision (D5/D6), and the full timeline; the citizen's CAVE (issue #12). It
carries the full CPR number ``ddmmyy-xxxx``: the summary goes to a named clinical receiver
(the hospital), who must identify the patient (D40 as amended; the service audit-logs it)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm

from app.documents import labels as da
from app.documents.layout import Header, facts, frame_width, gap, heading, para, render, table
from app.domain import clock

if TYPE_CHECKING:  # the read models it renders; the use cases import this module
    from app.services.iv.views import CourseView, TimelineEvent

TITLE = "Forløbsresumé – kommunal IV-behandling"
DATE_ONLY = ("type_change", "ended")  # events that carry a date, not a time


def render_course_summary(
    municipality: str, view: CourseView, printed_at: dt.datetime, cpr: str
) -> bytes:
    """Only renders: the same view, printed time and CPR (``ddmmyy-xxxx``) give the same
    bytes."""
    subtitle = f"{view.citizen_name}, {cpr} · {da.label('course_type', view.course_type)}"
    header = Header(municipality, TITLE, subtitle, f"Udskrevet {da.moment(printed_at)}")
    width = frame_width(False)
    story: list[Any] = []
    for title, pairs in _sections(view, cpr):
        story += [*heading(title), facts(pairs, width)]
    story += [*heading("CRP og konference"), _crp(view, width)]
    story += [*heading("Tidslinje"), _timeline(view, width), gap()]
    return render(story, header)


def _sections(view: CourseView, cpr: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        ("Borger", _citizen(view, cpr)),
        ("Lægefagligt ansvar", _responsible(view)),
        ("Behandling", _treatment(view)),
        ("Sygehusets plan", _plan(view)),
        ("Henvisning og visitation", _visitation(view)),
        ("Kommunalt forløb", _course(view)),
    ]


def _citizen(view: CourseView, cpr: str) -> list[tuple[str, str]]:
    age = f"{view.age} år" if view.age is not None else "–"
    return [
        ("Navn", view.citizen_name),
        ("CPR-nummer", cpr),
        ("Alder", age),
        ("CAVE", da.cave_cell(view.cave)),  # allergies and intolerances (issue #12)
    ]


def _responsible(view: CourseView) -> list[tuple[str, str]]:
    return [
        ("Sygehusenhed", view.unit_name),
        ("Afdeling", view.department_name),
        ("Ansvarlig læge", view.responsible_doctor),
        ("Telefon døgnet rundt", da.phone(view.department_phone)),
    ]


def _treatment(view: CourseView) -> list[tuple[str, str]]:
    changes = [
        f"{da.date(clock.local(e.at).date())}: {da.label('course_type', e.data.get('from', ''))} til "
        f"{da.label('course_type', e.data.get('to', ''))}"
        + (f" ({e.data['reason']})" if e.data.get("reason") else "")
        for e in view.timeline
        if e.kind == "type_change"
    ]
    return [
        ("Forløbstype", da.label("course_type", view.course_type)),
        ("Typeskift", "\n".join(changes) or "Ingen"),
        ("Lægemiddel / væske", view.drug),
        ("Dosis", view.dose),
        ("Doser pr. døgn", str(view.doses_per_day)),
        ("IV-adgang", da.label("iv_access", view.iv_access)),
        ("Lukket system", da.label("closed_system", view.closed_system)),
        ("Behandlingssted", da.label("place", view.place)),
        ("Må være alene under infusion", "Ja" if view.may_be_left_alone else "Nej"),
    ]


def _plan(view: CourseView) -> list[tuple[str, str]]:
    return [
        ("Første IV-dosis (beh.dag 1)", da.date(view.first_dose_date)),
        ("Doser givet på sygehuset", str(view.hospital_doses)),
        ("Planlagte behandlingsdage", str(view.planned_days)),
        ("Planlagt slut", da.date(view.planned_end)),
        ("Skift til tabletter", view.plan_oral_switch),
        ("Blodprøver", view.plan_blood_tests),
        ("Kontroller", view.plan_controls),
    ]


def _visitation(view: CourseView) -> list[tuple[str, str]]:
    caller = ", ".join(x for x in (view.caller_name, view.caller_role) if x)
    pairs = [("Henvist", da.moment(view.referred_at))]
    pairs += [("Ringet ind af", caller)] if caller else []
    pairs.append(("Henvisningsnote", view.referral_note))
    if view.decided_at is None:
        return [*pairs, ("Visitation", "Afventer visitation")]
    verdict = "Afvist" if view.status == "rejected" else "Accepteret"
    pairs.append(("Visitation", f"{verdict} {da.moment(view.decided_at)} af {view.decided_by}"))
    if view.status == "rejected":
        reason = da.label("rejection_reason", view.rejection_reason)
        pairs.append(("Afvisningsårsag", f"{reason}: {view.rejection_text}"))
    return pairs


def _course(view: CourseView) -> list[tuple[str, str]]:
    end = ""
    if view.end_reason:
        end = da.label("end_reason", view.end_reason)
        end += f": {view.end_text}" if view.end_text else ""
    length = (
        f"{da.days(view.length_days)} (slut − start + 1)" if view.length_days is not None else "–"
    )
    given = (
        f"{da.number(view.administrations)} i alt; {da.number(view.late_administrations)} "
        f"registreret for sent; {da.number(view.flagged_administrations)} med undtagelse "
        "(over 3 i døgnet eller uden for kl. 07–23)"
    )
    return [
        ("Status", da.label("status", view.status)),
        ("Kommunal start (dag 1)", da.date(view.start_date)),
        ("Slut", da.date(view.end_date)),
        ("Slutårsag", end),
        ("Længde", length),
        ("Administrationer", given),
    ]


def _crp(view: CourseView, width: float) -> Any:
    rows = []
    for e in view.timeline:
        if e.kind == "crp":
            value = f"{da.number(Decimal(e.data['value']), 1)} mg/L"
            rows.append([da.moment(e.at), "CRP", value, da.label("method", e.data["method"]), ""])
        elif e.kind == "conference":
            channel = da.label("channel", e.data["channel"])
            decision = da.label("decision", e.data["decision"])
            note = f"{decision}. {e.data['note']}" if e.data.get("note") else decision
            rows.append([da.moment(e.at), "Konference", note, channel, e.data["with"]])
    if not rows:
        return para("Ingen CRP-måling i forløbet.", "note")
    head = ("Tidspunkt", "Hændelse", "Værdi / beslutning", "Metode / kanal", "Med")
    widths = (27 * mm, 20 * mm, 58 * mm, 30 * mm, 47 * mm)
    scale = width / sum(widths)
    return table(head, rows, [w * scale for w in widths])


def _timeline(view: CourseView, width: float) -> Any:
    rows = [
        [
            da.date(clock.local(e.at).date()) if e.kind in DATE_ONLY else da.moment(e.at),
            da.label("event", e.kind),
            _detail(e),
        ]
        for e in view.timeline
    ]
    widths = (27 * mm, 25 * mm, width - 52 * mm)
    return table(("Tidspunkt", "Hændelse", "Detaljer"), rows, widths)


def _detail(e: TimelineEvent) -> str:
    d = e.data
    if e.kind == "administration":
        return _administration(e)
    if e.kind == "referred":
        return f"{d.get('drug', '')} fra {d.get('department', '')}"
    if e.kind == "accepted":
        return f"Accepteret af {d.get('by', '')}"
    if e.kind == "rejected":
        reason = da.label("rejection_reason", d.get("reason", ""))
        return f"{reason}: {d.get('text', '')} ({d.get('by', '')})"
    if e.kind == "type_change":
        change = f"{da.label('course_type', d['from'])} til {da.label('course_type', d['to'])}"
        return f"{change}. {d['reason']}" if d.get("reason") else change
    if e.kind == "crp":
        return f"CRP {da.number(Decimal(d['value']), 1)} mg/L ({da.label('method', d['method'])})"
    if e.kind == "conference":
        text = f"{da.label('decision', d['decision'])}; med {d['with']} ({da.label('channel', d['channel'])})"
        return f"{text}. {d['note']}" if d.get("note") else text
    if e.kind == "ended":
        reason = da.label("end_reason", d.get("reason", ""))
        return f"{reason}: {d['text']}" if d.get("text") else reason
    return e.text


def _administration(e: TimelineEvent) -> str:
    d = e.data
    parts = [f"Kl. {d['start']}–{d['end']}, {da.label('place', d['place'])}, {d['nurse']}"]
    if d.get("vitals"):
        parts.append(da.decimal_commas(d["vitals"]))
    if d.get("observations"):
        parts.append(d["observations"])
    if e.flags:
        parts.append("Bemærk: " + ", ".join(da.label("flag", f) for f in e.flags))
    for key in ("exception_reason", "complication_text"):
        if d.get(key):
            parts.append(d[key])
    return ". ".join(parts)
