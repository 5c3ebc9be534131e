"""The KLU list, the coverage statement (D30) and the quarterly changes: their figures
reconcile with the register computed independently here; each report is kept as made
(PDF + CSV) with the register of sendings; the nursing-home cases of a home."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.models import FixedDoctorArrangement, NursingHome, ResidentStay
from app.services.homes import arrangements, pages, register, reports

from .homes_helpers import D, arrangement, citizen, home, residents_at


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def build_register(ctx) -> None:
    """Five homes: two covered, one split with one section covered, one terminated before
    the date, one without a doctor; residents with temporary places mixed in."""
    a = home(ctx, "Solgården", 60)
    arrangement(ctx, a, start=D(2024, 1, 1))
    residents_at(ctx, a, 33, moved_in=D(2025, 1, 10))
    residents_at(ctx, a, 3, first=100, place_kind="respite", moved_in=D(2025, 1, 10))
    b = home(ctx, "Egebo", 40, ownership="private_agreement")
    arrangement(ctx, b, start=D(2024, 6, 1), doctor_name="Bo Berg", provider_number="054321")
    residents_at(ctx, b, 12, first=200, moved_in=D(2025, 5, 1))
    c = home(ctx, "Rosenhaven", 80)
    north = register.add_section(ctx, c, "Nord", 40).value.uuid
    register.add_section(ctx, c, "Syd", 40)
    arrangement(
        ctx,
        c,
        section_uuid=north,
        start=D(2024, 1, 1),
        provider_number="077777",
        doctor_name="Carl Dam",
    )
    residents_at(ctx, c, 31, first=300, section_uuid=north, moved_in=D(2025, 1, 1))
    d = home(ctx, "Lindely", 45)
    saved = arrangement(
        ctx, d, start=D(2023, 1, 1), doctor_name="Dorte Krog", provider_number="088888"
    )
    arrangements.terminate_arrangement(ctx, saved.uuid, saved.version, "doctor", D(2025, 6, 30))
    home(ctx, "Bakkegården", 30)


def independent_counts(ctx, on: dt.date) -> dict[str, tuple[int, int]]:
    """Per running arrangement (by provider number): (places covered, attached residents),
    straight from the tables, without the services or the rules module."""
    out = {}
    with ctx.store.read() as s:
        for a in s.scalars(select(FixedDoctorArrangement)):
            if not (a.start_date <= on and (a.end_date is None or on <= a.end_date)):
                continue
            home_ = s.get(NursingHome, a.home_id)
            places = home_.places
            stays = s.scalars(select(ResidentStay).where(ResidentStay.home_id == a.home_id)).all()
            if a.section_id is not None:
                places = next(x.places for x in home_.sections if x.id == a.section_id)
                stays = [x for x in stays if x.section_id == a.section_id]
            attached = [
                x
                for x in stays
                if x.place_kind == "permanent"
                and x.fixed_doctor
                and x.moved_in <= on
                and (x.moved_out is None or x.moved_out >= on)
            ]
            out[a.provider_number] = (places, len(attached))
    return out


def test_the_klu_list_reconciles_with_the_register(ctx):
    build_register(ctx)
    on = D(2026, 1, 1)
    made = reports.make_report(ctx, reports.period_for("klu", on=on)).value
    _pdf, text = reports.report_files(ctx, made.uuid)
    rows = rows_of(text)
    assert rows[0][:3] == ["Plejehjem", "Afsnit", "Pladser"]
    got = {r[5]: (int(r[2]), int(r[6])) for r in rows[1:]}
    assert got == independent_counts(ctx, on)
    assert got == {"012345": (60, 33), "054321": (40, 12), "077777": (40, 31)}
    hours = {r[5]: (r[7], r[8]) for r in rows[1:]}
    assert hours == {
        "012345": ("3", "2.902,91"),
        "054321": ("2", "1.935,27"),
        "077777": ("3", "2.902,91"),
    }


def test_the_coverage_statement_as_of_1_january(ctx):
    build_register(ctx)
    made = reports.make_report(ctx, reports.period_for("coverage", year=2026)).value
    assert (made.period, made.period_start) == ("2026", D(2026, 1, 1))
    rows = rows_of(reports.report_files(ctx, made.uuid)[1])
    covered = {r[0]: r[8] for r in rows[1:-1]}
    # Lindely's doctor left on 30.09.2025 (notice 30.06.2025); Rosenhaven is only half covered
    assert covered == {
        "Bakkegården": "nej",
        "Egebo": "ja",
        "Lindely": "nej",
        "Rosenhaven": "nej",
        "Solgården": "ja",
    }
    assert rows[-1][8] == "2 af 5 = 40,0 % (mål 80,0 %)"
    # the total's figures in columns of their own, for a spreadsheet (issue #16)
    total = dict(zip(rows[0], rows[-1], strict=True))
    assert total["Plejehjem"] == "I alt"
    assert total["Pladser"] == str(sum(int(r[2]) for r in rows[1:-1]))
    assert (total["Dækkede plejehjem"], total["Plejehjem i alt"]) == ("2", "5")
    assert (total["Dækningsgrad (%)"], total["Mål (%)"]) == ("40,0", "80,0")
    assert total["Måldato"] == "31.12.2024"
    assert all(len(r) == len(rows[0]) for r in rows)
    # independently: homes with every unit covered on 1 January
    with ctx.store.read() as s:
        homes = s.scalars(select(NursingHome)).all()
        running = [
            a
            for a in s.scalars(select(FixedDoctorArrangement))
            if a.start_date <= D(2026, 1, 1) and (a.end_date is None or a.end_date >= D(2026, 1, 1))
        ]

        def full(h):
            mine = [a for a in running if a.home_id == h.id]
            if any(a.section_id is None for a in mine):
                return True
            return bool(h.sections) and {x.id for x in h.sections} <= {a.section_id for a in mine}

        assert sum(1 for h in homes if full(h)) == 2
    # a year earlier Lindely still had its doctor
    earlier = reports.make_report(ctx, reports.period_for("coverage", year=2025)).value
    assert rows_of(reports.report_files(ctx, earlier.uuid)[1])[-1][8].startswith("3 af 5 = 60,0 %")


def test_the_quarterly_changes_since_the_last_report(ctx, monkeypatch):
    from app.domain import clock

    today = {"d": D(2025, 3, 15)}
    monkeypatch.setattr(clock, "today", lambda: today["d"])
    a = home(ctx, "Solgården", 60)
    first = arrangement(ctx, a, start=D(2025, 4, 1))
    q1 = reports.make_report(ctx, reports.period_for("changes", year=2025, quarter=1)).value
    assert q1.period_end == D(2025, 3, 15)  # made before the quarter ended
    assert [r[0] for r in rows_of(reports.report_files(ctx, q1.uuid)[1])[1:]] == ["started"]
    today["d"] = D(2025, 3, 31)  # registered on the quarter's last day, after the Q1 report
    arrangements.change_arrangement(
        ctx,
        first.uuid,
        first.version,
        arrangements.ChangeInput("Anne Holm", "Lægehuset Vestergade", "012345", D(2025, 4, 1)),
    )
    today["d"] = D(2025, 5, 2)
    b = home(ctx, "Egebo", 40)
    second = arrangement(
        ctx, b, start=D(2025, 6, 1), doctor_name="Bo Berg", provider_number="054321"
    )
    arrangements.terminate_arrangement(ctx, second.uuid, second.version, "municipality")
    with pytest.raises(InvalidInput):
        reports.period_for("changes", year=2025, quarter=3)  # not begun on 02.05.2025
    q2 = reports.make_report(ctx, reports.period_for("changes", year=2025, quarter=2)).value
    rows = rows_of(reports.report_files(ctx, q2.uuid)[1])[1:]
    # since the day after the Q1 report (16.03): the change of 31.03 is not lost
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("changed", "31.03.2025", "01.04.2025"),
        ("started", "02.05.2025", "01.06.2025"),
        ("terminated", "02.05.2025", "30.09.2025"),
    ]
    # a skipped quarter: the Q4 report reaches back to the day after the Q2 report
    today["d"] = D(2025, 8, 1)
    residents_at(ctx, a, 1)
    arrangements.change_arrangement(
        ctx,
        first.uuid,
        first.version + 1,
        arrangements.ChangeInput("Anne Holm", "Lægehuset Vestergade", "012346", D(2025, 8, 1)),
    )
    today["d"] = D(2025, 10, 3)
    q4 = reports.make_report(ctx, reports.period_for("changes", year=2025, quarter=4)).value
    assert (q4.period_start, q4.period_end) == (D(2025, 10, 1), D(2025, 10, 3))
    rows = rows_of(reports.report_files(ctx, q4.uuid)[1])[1:]
    assert [(r[0], r[1]) for r in rows] == [("changed", "01.08.2025")]
    assert "012345 → 012346" in rows[0][-1]


def test_a_report_is_kept_as_made_and_its_sendings_are_registered(ctx):
    build_register(ctx)
    when = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    made = reports.make_report(ctx, reports.period_for("klu", on=D(2026, 1, 1)), when).value
    again = reports.make_report(ctx, reports.period_for("klu", on=D(2026, 1, 1)), when).value
    pdf, _ = reports.report_files(ctx, made.uuid)
    assert pdf.startswith(b"%PDF") and pdf == reports.report_files(ctx, again.uuid)[0]
    assert made.sha256 == again.sha256 and not made.signed
    sent = reports.mark_sent(ctx, made.uuid, D(2026, 1, 6), "KLU, Odense Kommune", "e-mail").value
    assert [(s.sent_on, s.recipient) for s in sent.sendings] == [
        (D(2026, 1, 6), "KLU, Odense Kommune")
    ]
    with pytest.raises(InvalidInput) as exc:
        reports.mark_sent(ctx, made.uuid, D(2026, 1, 4), " ")
    assert [p.code for p in exc.value.problems] == ["homes.recipient", "homes.sent_before_made"]
    assert [r.uuid for r in reports.list_reports(ctx, "klu")] == [again.uuid, made.uuid]
    with pytest.raises(InvalidInput):
        reports.period_for("changes", year=2026, quarter=5)


def test_the_nursing_home_cases_follow_the_residents_stay(ctx):
    from app.services.acute.episodes import register_episode
    from app.services.iv.referrals import accept_referral

    from .acute_helpers import episode_input
    from .iv_helpers import at, day, department, referral

    uuid = home(ctx)
    c = citizen(ctx, 1)
    moved_in = day(-20)
    from app.services.homes.residents import StayInput, move_in

    move_in(ctx, StayInput(c, uuid, "permanent", moved_in, fixed_doctor=True))
    dept = department(ctx)
    at_home = referral(ctx, c, dept, place="nursing_home")
    elsewhere = referral(ctx, c, dept, place="home", referred_at=at(-9, 14))
    for uuid_ in (at_home, elsewhere):
        accept_referral(ctx, uuid_, 1)
    register_episode(ctx, episode_input(c))
    cases = pages.home_page(ctx, uuid).cases
    kinds = sorted((x.kind, x.uuid) for x in cases)
    assert ("iv", at_home) in kinds and ("iv", elsewhere) not in kinds
    assert [k for k, _ in kinds].count("acute") == 1


def test_a_demo_store_signs_the_report_with_its_test_certificate(ctx, tmp_path):
    """PAdES through app.signing: the demo store's fictitious TEST certificate."""
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from app.models import StoreSetting
    from app.signing.demo import demo_ca

    with ctx.store.session() as s:
        s.merge(StoreSetting(key="demo", value=True))
    build_register(ctx)
    made = reports.make_report(ctx, reports.period_for("coverage", year=2026)).value
    assert made.signed
    pdf, _ = reports.report_files(ctx, made.uuid)
    import io
    import os

    if os.environ.get("HOMES_SIGNED_PDF"):  # to look at it: pdftoppm
        with open(os.environ["HOMES_SIGNED_PDF"], "wb") as f:
            f.write(pdf)
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    trust = next(iter(load_certs_from_pemder_data(demo_ca().public_bytes(Encoding.DER))))
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=[trust]))
    assert status.intact and status.valid and status.coverage.name == "ENTIRE_FILE"
    assert "TEST" in str(signature.signer_cert.subject.human_friendly)
