"""CAVE on paper (issue #12 item 4): the printed day list gives each visit's CAVE, the course
summary and the closing note to the GP carry it; "not asked" is printed as such."""

from __future__ import annotations

from app.services import cave, citizens
from app.services.acute.closing_note import closing_note_pdf, closing_note_text
from app.services.iv.summary import course_summary_pdf
from app.services.today.daylist import day_list_pdf

from . import acute_helpers
from .iv_helpers import TODAY, at, citizen, day, department, referral
from .test_documents import PRINTED, accept, pdf_text, png_of_page_1


def _cave(ctx, person, state, text=""):
    made = citizens.open_citizen(ctx, person)
    cave.record_cave(ctx, person, made.version, state, text)


def test_the_day_list_gives_each_visits_cave(ctx, tmp_path):
    dept = department(ctx)
    people = {
        "Else": citizen(ctx),
        "Bent": citizen(ctx, "0202400004", "Bent", "Hansen"),
        "Inge": citizen(ctx, "0303300009", "Inge", "Hansen"),
    }
    _cave(ctx, people["Else"], "known", "penicillin (allergi: udslæt)")
    _cave(ctx, people["Bent"], "none")
    for n, person in enumerate(people.values()):
        uuid = referral(ctx, person, dept, first_dose_date=day(-2), referred_at=at(-1, 9, n))
        accept(ctx, uuid, -1)
    data = day_list_pdf(ctx, TODAY, PRINTED)
    text = pdf_text(data, tmp_path)
    assert "CAVE" in text  # the column's heading
    rows = {name: text[text.index(f"{name} ") :][:120] for name in ("Else Jensen", "Bent Hansen")}
    assert "penicillin (allergi: udslæt)" in rows["Else Jensen"]
    assert "Ingen kendte allergier" in rows["Bent Hansen"]
    assert "Ikke oplyst" in text[text.index("Inge Hansen") :][:120]
    png_of_page_1(data, tmp_path, "daylist_cave")


def test_the_course_summary_carries_cave(ctx, tmp_path):
    person = citizen(ctx)
    _cave(ctx, person, "known", "cefuroxim (allergi); latex (allergi)")
    uuid = referral(ctx, person, department(ctx))
    text = pdf_text(course_summary_pdf(ctx, uuid, PRINTED), tmp_path)
    assert "CAVE cefuroxim (allergi); latex (allergi)" in text


def test_the_closing_note_carries_cave(ctx, tmp_path):
    person = acute_helpers.citizen(ctx)
    uuid = acute_helpers.episode(ctx, person)
    assert "CAVE: Ikke oplyst" in closing_note_text(ctx, uuid)
    _cave(ctx, person, "known", "jodholdig kontrast (allergi: åndenød)")
    assert "CAVE: jodholdig kontrast (allergi: åndenød)" in closing_note_text(ctx, uuid)
    text = pdf_text(closing_note_pdf(ctx, uuid, PRINTED), tmp_path)
    assert "CAVE jodholdig kontrast (allergi: åndenød)" in text
