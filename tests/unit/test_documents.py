"""The printable day list and course summary (app.documents): built from data made through
the services, read back with pdftotext — key facts in Danish formats, the masked CPR on the
day list and the full CPR on the course summary to the hospital (D40 as amended),
the department's 24/7 phone, "side x af y", the header on every page — rendered to PNG, and
byte-identical for the same data and printed time."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from app.cli.main import main
from app.demo.words import FEMALE, LAST
from app.documents import labels as da
from app.domain import clock
from app.services import citizens
from app.services.citizens import CitizenInput
from app.services.iv import courses, crp, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.crp import ConferenceInput, CrpInput
from app.services.iv.summary import course_summary_pdf
from app.services.today.daylist import day_list_pdf

from . import acute_helpers
from .iv_helpers import TODAY, at, citizen, day, department, referral

PRINTED = dt.datetime(2026, 11, 23, 13, 5, tzinfo=dt.UTC)  # 14:05 in Copenhagen
PHONE = "65 41 12 34"  # iv_helpers.department's 24/7 phone


def pdf_text(data: bytes, tmp_path: Path, page: int | None = None) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())  # wrapped cells read on


def page_count(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages"))
    )


def png_of_page_1(data: bytes, tmp_path: Path, name: str) -> Path:
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)],
        check=True,
    )
    return next(tmp_path.glob(f"{name}*.png"))


def version(ctx, uuid):
    return views.get_course(ctx, uuid).version


def give(ctx, uuid, offset, hh, mm=0, *, late=False, reason=""):
    start, end = at(offset, hh, mm), at(offset, hh, mm + 30)
    recorded = end + (dt.timedelta(hours=5) if late else dt.timedelta(minutes=10))
    record_administration(
        ctx,
        uuid,
        AdministrationInput(
            start=start,
            end=end,
            place="home",
            temperature="37.4",
            pulse=78,
            recorded_at=recorded,
            exception_reason=reason,
        ),
    )


def accept(ctx, uuid, offset, hh=10):
    referrals.accept_referral(ctx, uuid, version(ctx, uuid), at=at(offset, hh))


@pytest.fixture
def switched(ctx):
    """A pump course: pump removed, a 4th dose with a reason (D16), one late entry, CRP on
    day 3 and the conference deciding to switch to tablets (D5/D6) — 2 municipal days."""
    dept, person = department(ctx), citizen(ctx)
    uuid = referral(
        ctx,
        person,
        dept,
        course_type="antibiotic_pump",
        closed_system="elastomeric_pump",
        dose="8 g/12 t",
        doses_per_day=2,
    )
    accept(ctx, uuid, -10, 16)
    for hh in (8, 12, 16):
        give(ctx, uuid, -9, hh, late=hh == 12)
    give(ctx, uuid, -9, 20, reason="Ordineret 4 gange dagligt af afdelingen")
    courses.change_course_type(
        ctx, uuid, version(ctx, uuid), "antibiotic_no_pump", day(-8), "Pumpe fjernet"
    )
    give(ctx, uuid, -8, 7)
    crp_uuid = crp.record_crp(ctx, uuid, CrpInput(measured_at=at(-8, 8), value="38,5")).value
    crp.record_decision(
        ctx,
        crp_uuid,
        version(ctx, uuid),
        ConferenceInput(
            conference_with="Læge K. Lund, Infektionsmedicinsk Afd. Q",
            conference_at=at(-8, 11),
            channel="phone",
            decision="switch_to_oral",
            note="Tabl. amoxicillin/clavulansyre 500/125 mg ×3",
        ),
    )
    return uuid


def test_danish_formats():
    assert da.long_date(dt.date(2026, 11, 23)) == "mandag 23. november 2026"
    assert da.long_date(dt.date(2027, 5, 1)) == "lørdag 1. maj 2027"
    assert da.date(dt.date(2026, 1, 2)) == "02.01.2026"
    assert da.number("1234.5", 1) == "1.234,5"
    assert da.number(7000, 2) == "7.000,00"
    assert da.moment(PRINTED) == "23.11.2026 14:05"
    assert da.phone("65411234") == PHONE and da.phone("+45 1234") == "+45 1234"
    assert da.decimal_commas("T 37.4 °C, SAT 97 %") == "T 37,4 °C, SAT 97 %"


def test_course_summary_holds_the_record(ctx, switched, tmp_path):
    data = course_summary_pdf(ctx, switched, PRINTED)
    assert data == course_summary_pdf(ctx, switched, PRINTED)  # byte-identical reprint
    text = pdf_text(data, tmp_path)
    view = views.get_course(ctx, switched)
    for fact in (
        "Forløbsresumé",
        "Odense Kommune",
        "Else Jensen, 010150-0007",
        "CPR-nummer 010150-0007",
        f"{view.age} år",
        "Infektionsmedicinsk Afdeling Q",
        PHONE,
        "Overlæge Hansen",
        "IV-antibiotika med pumpe til IV-antibiotika uden pumpe",
        "Pumpe fjernet",
        "Piperacillin/tazobactam",
        "PICC-line",
        "Elastomerisk pumpe",
        "Eget hjem",
        "38,5 mg/L",
        "Skift til tabletter",
        "Læge K. Lund",
        "telefon",
        "Skiftet til tabletter",
        "2 dage",
        "5 i alt; 1 registreret for sent; 1 med undtagelse",
        "mere end 3 gange i døgnet",
        "Ordineret 4 gange dagligt",
        "T 37,4 °C",
        day(-9).strftime("%d.%m.%Y"),
        day(-8).strftime("%d.%m.%Y"),
        "Udskrevet 23.11.2026 14:05",
        "side 1 af",
    ):
        assert fact in text, fact
    assert "xxxx" not in text  # D40 as amended: the hospital must identify the patient
    assert view.cpr_masked == "010150-xxxx"  # the course window keeps masking
    png = png_of_page_1(data, tmp_path, "summary")
    assert png.stat().st_size > 20_000


def day_list_story(ctx):
    """Overdue, awaiting the decision and due today (D5/D6), a course ending today, and a
    referral awaiting visitation."""
    dept = department(ctx)
    else_jensen = citizens.register_citizen(
        ctx,
        CitizenInput(
            cpr="0101500007",
            first_name="Else",
            last_name="Jensen",
            address="Skovvej 12",
            postcode="5000",
            city="Odense C",
            phone="20304050",
        ),
    ).value.uuid
    overdue = referral(ctx, else_jensen, dept, first_dose_date=day(-3), referred_at=at(-2, 9))
    accept(ctx, overdue, -2)
    give(ctx, overdue, -2, 15)
    people = [
        citizen(ctx, cpr, first, "Hansen")
        for cpr, first in (("0202400004", "Bent"), ("0303300009", "Inge"), ("0404450002", "Ole"))
    ]
    due = referral(ctx, people[0], dept, first_dose_date=day(-2), referred_at=at(-1, 9))
    accept(ctx, due, -1)
    ending = referral(
        ctx, people[1], dept, first_dose_date=day(-6), planned_days=7, referred_at=at(-5, 9)
    )
    accept(ctx, ending, -5)
    give(ctx, ending, -5, 14)
    check = crp.record_crp(ctx, ending, CrpInput(measured_at=at(-4, 8), value="61,2")).value
    assert check
    referral(ctx, people[2], dept, first_dose_date=day(-1), referred_at=at(-1, 13))
    at_home = citizens.register_citizen(
        ctx,
        CitizenInput(
            cpr="0505900041",
            first_name="Lis",
            last_name="Berg",
            address="Havnegade 3",
            postcode="5000",
            city="Odense C",
            phone="30405060",
        ),
    ).value.uuid
    acute_helpers.episode(ctx, at_home, referred_at=at(-1, 11))
    return overdue


def test_day_list_sections_and_facts(ctx, tmp_path):
    day_list_story(ctx)
    data = day_list_pdf(ctx, TODAY, PRINTED)
    assert data == day_list_pdf(ctx, TODAY, PRINTED)
    text = pdf_text(data, tmp_path)
    for fact in (
        "Odense Kommune",
        "Dagsliste",
        da.long_date(TODAY),
        "Udskrevet 23.11.2026 14:05",
        "side 1 af",
        "CRP-målinger",
        "Overskredet",
        "Afventer beslutning",
        "Skal måles i dag",
        "Administrationer i dag",
        "Slutter i dag",
        "Henvisninger der afventer visitation",
        "Else Jensen",
        "010150-xxxx",
        "Ole Hansen",
        "Infektionsmedicinsk Afdeling Q",
        PHONE,
        day(-1).strftime("%d.%m.%Y"),
        "Eget hjem",
        # the visits: a box to tick, the planned time, the citizen's address and phone
        "Afkryds",
        "Skovvej 12, 5000 Odense C",
        "20 30 40 50",
        # the running acute episode, at home: address, phone, the responsible doctor (D20)
        "Akutforløb i gang",
        "Eget hjem 050590-xxxx Lis Berg Havnegade 3, 5000 Odense C 30 40 50 60",
        "Læge Lund, Lægehuset",
        "66 12 34 56",
    ):
        assert fact in text, fact
    assert text.index("Overskredet") < text.index("Afventer beslutning") < text.index("Skal måles")
    for planned in ("07:00", "15:00", "23:00"):  # one visit per dose left, by its time, with CAVE
        assert (
            f"{planned} 0 af 3 Eget hjem 010150-xxxx Else Jensen Ikke oplyst Skovvej 12" in text
        ), planned
    assert "0101500007" not in text and "0202400004" not in text
    # a drug name too long for its column wraps after its "/", not inside a word
    assert "Piperacillin/ " in text and " tazobactam " in text and "tazob " not in text
    assert png_of_page_1(data, tmp_path, "daylist").stat().st_size > 20_000


def test_a_cell_wraps_after_a_slash_only_when_it_must():
    from reportlab.lib.units import mm

    from app.documents.layout import at_slashes

    assert at_slashes("Piperacillin/tazobactam", 26 * mm) == "Piperacillin/\ntazobactam"
    assert at_slashes("Piperacillin/tazobactam", 80 * mm) == "Piperacillin/tazobactam"
    assert at_slashes("Ceftriaxon", 5 * mm) == "Ceftriaxon"  # no "/": reportlab's own wrap
    assert at_slashes("a/b\nc", 1 * mm) == "a/b\nc"  # broken already: as it is


def test_a_long_day_list_repeats_its_header_on_every_page(ctx, tmp_path):
    dept = department(ctx)
    for n in range(45):
        first, last = FEMALE[n % len(FEMALE)], LAST[n % len(LAST)]
        person = citizen(ctx, f"{(n % 28) + 1:02d}0{n // 28 + 1}501234", first, last)
        referral(ctx, person, dept, first_dose_date=day(-1), referred_at=at(-1, 8, n))
    data = day_list_pdf(ctx, TODAY, PRINTED)
    pages = page_count(data, tmp_path)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = pdf_text(data, tmp_path, page)
        assert "Odense Kommune" in text and "Dagsliste" in text and da.long_date(TODAY) in text
        assert f"side {page} af {pages}" in text
        assert "Henvist" in text and "Tlf. døgnet rundt" in text  # the table's header row too


def test_cli_writes_both_documents(ctx, switched, tmp_path, capsys):
    url = ctx.store.url.render_as_string(hide_password=False)
    day_pdf, summary = tmp_path / "dag.pdf", tmp_path / "forloeb.pdf"
    date = clock.today().isoformat()
    assert main(["--database-url", url, "worklist", "--date", date, "--pdf", str(day_pdf)]) == 0
    assert main(["--database-url", url, "course-summary", switched, "--out", str(summary)]) == 0
    assert "Dagsliste" in pdf_text(day_pdf.read_bytes(), tmp_path)
    assert "Skiftet til tabletter" in pdf_text(summary.read_bytes(), tmp_path)
    assert main(["--database-url", url, "course-summary", "no-such", "--out", str(summary)]) == 1
    assert "no-such" in capsys.readouterr().err
