"""The closing note from the acute function to the GP, with the content of MedCom XDIS22
"Det gode afslutningsnotat fra kommunens akutfunktion" (OK22 Bilag 3, 001:14174–14191):
the episode and its target group, the treatment-responsible doctor (D20), the measurements,
the GP contacts, the treatment, the status at the end and the end reason; the citizen's
CAVE (allergies and intolerances, issue #12).

Two forms: plain text (to paste into a correspondence message) and a PDF. Danish, with the
full CPR number ``ddmmyy-xxxx``, since the note goes to a named receiver, the GP, who must
identify the patient (D40 as amended; the service audit-logs it), Danish numbers and Copenhagen times (D41, D42); the PDF is deterministic
for the same episode and printed time (STYLE §3).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm

from app.documents import acute_labels as ak
from app.documents import labels as da
from app.documents.layout import Header, facts, frame_width, heading, para, render, table

if TYPE_CHECKING:  # the read models it renders; the use cases import this module
    from app.services.acute.views import EpisodeView

TITLE = "Afslutningsnotat fra akutfunktionen"


# -- content ---------------------------------------------------------------------------------


def sections(view: EpisodeView, cpr: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The note's sections; ``cpr`` is the full number ``ddmmyy-xxxx`` (D40)."""
    return [
        ("Borger", _citizen(view, cpr)),
        ("Forløb i akutfunktionen", _episode(view)),
        ("Lægefagligt behandlingsansvar", _responsible(view)),
        ("Afslutning", _ending(view)),
    ]


def _citizen(view: EpisodeView, cpr: str) -> list[tuple[str, str]]:
    age = f"{view.age} år" if view.age is not None else "–"
    gp = ", ".join(x for x in (view.gp_name, view.gp_practice) if x)
    return [
        ("Navn", view.citizen_name),
        ("CPR-nummer", cpr),
        ("Alder", age),
        ("CAVE", da.cave_cell(view.cave)),  # allergies and intolerances (issue #12)
        ("Egen læge", gp),
    ]


def _episode(view: EpisodeView) -> list[tuple[str, str]]:
    group = f"Målgruppe {view.target_group}: {ak.TARGET_GROUPS.get(view.target_group, '')}"
    referrer = ak.label("referrer_kind", view.referrer_kind)
    if view.referrer_name:
        referrer += f" ({view.referrer_name})"
    setting = ak.label("setting", view.setting)
    if view.acute_unit_name:
        setting += f", {view.acute_unit_name}, plads {view.place_number}"
    return [
        ("Målgruppe", group),
        ("Henvist af", referrer),
        ("Henvist", da.moment(view.referred_at)),
        ("XREF22-henvisning", view.xref22_reference),
        ("Årsag", view.reason),
        ("Sted", setting),
        ("Start", da.moment(view.start_at)),
        ("Slut", da.moment(view.end_at)),
    ]


def _responsible(view: EpisodeView) -> list[tuple[str, str]]:
    # 001:14090–14101: the referring doctor, or the hospital until its treatment is finished.
    holder = "Henvisende læge" if view.target_group in (1, 2) else "Egen læge"
    if view.hospital_responsible:
        holder = "Sygehuset (indtil sygehusbehandlingen er afsluttet)"
    return [
        ("Ansvarlig læge/funktion", view.responsible_doctor),
        ("Telefon", da.phone(view.responsible_phone)),
        ("Ansvaret ligger hos", holder),
    ]


def _ending(view: EpisodeView) -> list[tuple[str, str]]:
    reason = ak.label("end_reason", view.end_reason) if view.end_reason else "Ikke afsluttet"
    if view.end_text:
        reason += f": {view.end_text}"
    return [
        ("Behandling", view.treatment_summary),
        ("Status ved afslutning", view.status_at_end),
        ("Afslutningsårsag", reason),
    ]


def measurement_rows(view: EpisodeView) -> list[list[str]]:
    return [
        [
            da.moment(m.measured_at),
            ak.label("measurement", m.kind),
            ak.value(m.kind, m.value, m.value2),
            m.npu,
        ]
        for m in view.measurements
    ]


def contact_rows(view: EpisodeView) -> list[list[str]]:
    rows = []
    for c in view.contacts:
        what = [
            word
            for flag, word in (
                (c.assessed, "vurdering"),
                (c.treated, "behandling"),
                (c.followed_up, "opfølgning"),
            )
            if flag
        ]
        detail = ", ".join(what).capitalize() or "Orientering"
        if c.note:
            detail += f". {c.note}"
        rows.append(
            [
                da.moment(c.at),
                ak.label("channel", c.channel),
                f"{c.gp_name}, {c.practice}",
                detail,
            ]
        )
    return rows


# -- text ------------------------------------------------------------------------------------


def render_text(municipality: str, view: EpisodeView, cpr: str) -> str:
    lines = [f"{TITLE} – {municipality}", ""]
    for title, pairs in sections(view, cpr):
        lines += [title.upper(), *(f"  {k}: {v or '–'}" for k, v in pairs), ""]
    lines.append("MÅLINGER")
    lines += [f"  {' · '.join(r for r in row if r)}" for row in measurement_rows(view)] or [
        "  Ingen målinger."
    ]
    lines += ["", "KONTAKTER MED EGEN LÆGE"]
    lines += [f"  {' · '.join(row)}" for row in contact_rows(view)] or ["  Ingen kontakter."]
    return "\n".join(lines) + "\n"


# -- PDF -------------------------------------------------------------------------------------


def render_pdf(municipality: str, view: EpisodeView, printed_at: dt.datetime, cpr: str) -> bytes:
    """Only renders: the same view, printed time and CPR give the same bytes."""
    subtitle = f"{view.citizen_name}, {cpr} · Målgruppe {view.target_group}"
    header = Header(municipality, TITLE, subtitle, f"Udskrevet {da.moment(printed_at)}")
    width = frame_width(False)
    story: list[Any] = []
    for title, pairs in sections(view, cpr):
        story += [*heading(title), facts(pairs, width)]
    story += [*heading("Målinger"), _measurements(view, width)]
    story += [*heading("Kontakter med egen læge"), _contacts(view, width)]
    return render(story, header)


def _measurements(view: EpisodeView, width: float) -> Any:
    rows = measurement_rows(view)
    if not rows:
        return para("Ingen målinger i forløbet.", "note")
    widths = (32 * mm, 45 * mm, 40 * mm, width - 117 * mm)
    return table(("Tidspunkt", "Måling", "Værdi", "NPU-kode"), rows, widths)


def _contacts(view: EpisodeView, width: float) -> Any:
    rows = contact_rows(view)
    if not rows:
        return para("Ingen kontakter med egen læge i forløbet.", "note")
    widths = (28 * mm, 22 * mm, 55 * mm, width - 105 * mm)
    return table(("Tidspunkt", "Kanal", "Læge", "Indhold"), rows, widths)
