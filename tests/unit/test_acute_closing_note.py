"""The XDIS22 closing note (OK22 Bilag 3, 001:14174–14191) as text and PDF: the episode,
target group, responsible doctor, measurements, GP contacts, treatment, status and end
reason, in Danish, with the full CPR since the GP must identify the patient (D40 as amended;
each note audit-logged as a disclosure), deterministic for the same printed time."""

from __future__ import annotations

import datetime as dt
import os
import shutil

from sqlalchemy import select

from app.models import AuditEntry
from app.services.acute import measurements, views
from app.services.acute.closing_note import closing_note_pdf, closing_note_text
from app.services.acute.episodes import EndInput, end_episode
from app.services.acute.measurements import MeasurementInput

from .acute_helpers import citizen, contact, episode, on, weekday
from .test_documents import pdf_text, png_of_page_1

PRINTED = dt.datetime(2026, 11, 23, 13, 5, tzinfo=dt.UTC)


def _ended_episode(ctx) -> str:
    uuid = episode(ctx, citizen(ctx), 1, xref22_reference="XREF22-4711")
    day = weekday(1, 1)
    for kind, hh, value, value2 in (
        ("crp", 9, "112,4", None),
        ("temperature", 9, "38.6", None),
        ("blood_pressure", 9, 118, 64),
        ("spo2", 9, 93, None),
    ):
        measurements.record_measurement(
            ctx, uuid, MeasurementInput(kind, on(day, hh), value, value2)
        )
    contact(ctx, uuid, on(day, 9, 30), treated=True, note="Amoxicillin 750 mg x 3 startet")
    contact(ctx, uuid, on(day, 17), channel="video", note="Aftalt kontrol i morgen")
    end_episode(
        ctx,
        uuid,
        views.get_episode(ctx, uuid).version,
        EndInput(
            on(weekday(1, 3), 12),
            "stabilised_at_home",
            treatment_summary="Peroral antibiotika for pneumoni, væsketerapi p.o.",
            status_at_end="Feberfri, SAT 97 % uden ilt, spiser og drikker.",
        ),
    )
    return uuid


def test_closing_note_text_has_the_xdis22_content(ctx):
    text = closing_note_text(ctx, _ended_episode(ctx))
    for fact in (
        "Målgruppe 1: Henvist af egen læge til hurtig sygeplejefaglig udredning",
        "XREF22-4711",
        "Ansvarlig læge/funktion: Læge Lund, Lægehuset",
        "Telefon: 66 12 34 56",
        "CRP · 112,4 mg/L · NPU19748",
        "Blodtryk · 118/64 mmHg",
        "video · Læge Lund, Lægehuset · Vurdering. Aftalt kontrol i morgen",
        "Afslutningsårsag: Stabiliseret i eget hjem",
        "Status ved afslutning: Feberfri",
        "CPR-nummer: 010150-0007",
    ):
        assert fact in text
    assert "010150-xxxx" not in text


def test_closing_note_pdf_facts_and_determinism(ctx, tmp_path):
    uuid = _ended_episode(ctx)
    data = closing_note_pdf(ctx, uuid, PRINTED)
    assert closing_note_pdf(ctx, uuid, PRINTED) == data
    text = pdf_text(data, tmp_path)
    for fact in (
        "Afslutningsnotat fra akutfunktionen",
        "Odense Kommune",
        "Else Jensen, 010150-0007 · Målgruppe 1",
        "Udskrevet 23.11.2026 14:05",
        "66 12 34 56",
        "112,4 mg/L",
        "NPU19748",
        "Stabiliseret i eget hjem",
        "side 1 af 1",
    ):
        assert fact in text
    assert "xxxx" not in text
    png = png_of_page_1(data, tmp_path, "closing_note")
    keep = os.environ.get("AKUTDESK_KEEP_PNG")
    if keep:
        shutil.copy(png, keep)


def test_each_closing_note_is_audit_logged_as_a_full_cpr_disclosure(ctx):
    """D40 as amended: the note carries the full CPR, so making it is logged like showing it
    (on the citizen, naming the document and the episode); the episode screen stays masked."""
    uuid = _ended_episode(ctx)
    closing_note_pdf(ctx, uuid, PRINTED)
    closing_note_text(ctx, uuid)
    view = views.get_episode(ctx, uuid)
    with ctx.store.read() as s:
        entries = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "disclose_cpr")
            .order_by(AuditEntry.sequence)
        ).all()
    assert [(e.entity, e.entity_uuid, e.user_id) for e in entries] == [
        ("citizen", view.citizen_uuid, ctx.user_id)
    ] * 2
    assert [e.after for e in entries] == [
        {"document": "closing_note_pdf", "record": uuid},
        {"document": "closing_note_text", "record": uuid},
    ]
    assert view.cpr_masked == "010150-xxxx"
