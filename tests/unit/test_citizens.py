"""Citizens through the services, on SQLite and PostgreSQL: rules refuse bad input and
write nothing; search; masked CPR; audit of opening and revealing; optimistic locking."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from app.errors import InvalidInput, StaleRecord
from app.models import AuditEntry, Citizen
from app.services import citizens
from app.services.citizens import CitizenInput

JENS = CitizenInput(
    cpr="010150-0007",
    first_name="Jens Peter",
    last_name="Møller Hansen",
    address="Vestergade 3",
    postcode="5000",
    city="Odense C",
    phone="66 11 22 33",
    gp_practice="Lægehuset Vestergade",
    gp_phone="66112244",
)


def count(ctx, model=Citizen) -> int:
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def audit_actions(ctx, uuid):
    with ctx.store.read() as s:
        return [
            a.action
            for a in s.scalars(
                select(AuditEntry).where(AuditEntry.entity_uuid == uuid).order_by(AuditEntry.id)
            )
        ]


def test_register_and_open(ctx):
    detail = citizens.register_citizen(ctx, JENS).value
    assert detail.cpr_masked == "010150-xxxx"
    assert detail.data.cpr == "010150-xxxx"  # the full number is never in a detail view
    assert detail.data.phone == "66112233"
    assert detail.version == 1
    assert "KS" in detail.created
    opened = citizens.open_citizen(ctx, detail.uuid)
    assert opened.name == "Jens Peter Møller Hansen"
    assert audit_actions(ctx, detail.uuid) == ["create", "open"]


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"cpr": "310299-1234"}, "cpr", "cpr.date"),
        ({"cpr": "12345"}, "cpr", "cpr.format"),
        ({"first_name": " "}, "first_name", "name.missing"),
        ({"postcode": "50"}, "postcode", "postcode.invalid"),
        ({"gp_phone": "12"}, "gp_phone", "phone.invalid"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(ctx, change, field, code):
    audit_before = count(ctx, AuditEntry)
    with pytest.raises(InvalidInput) as caught:
        citizens.register_citizen(ctx, dataclasses.replace(JENS, **change))
    assert [(p.field, p.code) for p in caught.value.problems] == [(field, code)]
    assert count(ctx) == 0
    assert count(ctx, AuditEntry) == audit_before


def test_a_cpr_is_registered_once(ctx):
    citizens.register_citizen(ctx, JENS)
    with pytest.raises(InvalidInput) as caught:
        citizens.register_citizen(ctx, dataclasses.replace(JENS, first_name="Other"))
    assert caught.value.problems[0].code == "cpr.duplicate"
    assert "Jens Peter Møller Hansen" in caught.value.message
    assert count(ctx) == 1


def test_modulus_11_failure_is_accepted(ctx):
    detail = citizens.register_citizen(ctx, dataclasses.replace(JENS, cpr="010150-0008")).value
    assert detail.cpr_masked == "010150-xxxx"


def test_reveal_cpr_is_audit_logged(ctx):
    detail = citizens.register_citizen(ctx, JENS).value
    assert citizens.reveal_cpr(ctx, detail.uuid, reason="call to hospital") == "010150-0007"
    with ctx.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "view_cpr")).one()
    assert (entry.user_id, entry.reason, entry.entity_uuid) == (
        ctx.user_id,
        "call to hospital",
        detail.uuid,
    )


def test_update_keeps_cpr_when_not_sent_and_logs_before_after(ctx):
    detail = citizens.register_citizen(ctx, JENS).value
    changed = citizens.update_citizen(
        ctx, detail.uuid, detail.version, dataclasses.replace(JENS, cpr="", phone="70 20 30 40")
    ).value
    assert changed.version == 2
    assert citizens.reveal_cpr(ctx, detail.uuid) == "010150-0007"
    with ctx.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert (entry.before, entry.after) == ({"phone": "66112233"}, {"phone": "70203040"})


def test_second_save_of_the_same_version_is_refused_naming_who(ctx, other_ctx):
    detail = citizens.register_citizen(ctx, JENS).value
    citizens.update_citizen(
        other_ctx, detail.uuid, detail.version, dataclasses.replace(JENS, cpr="", city="Odense")
    )
    with pytest.raises(StaleRecord) as caught:
        citizens.update_citizen(
            ctx, detail.uuid, detail.version, dataclasses.replace(JENS, cpr="", city="Dalum")
        )
    assert "Peter Visitator (PV)" in caught.value.message
    assert citizens.open_citizen(ctx, detail.uuid).data.city == "Odense"


def _add(ctx, cpr, first, last):
    return citizens.register_citizen(
        ctx, CitizenInput(cpr=cpr, first_name=first, last_name=last)
    ).value


def test_search_by_name_words_and_cpr_prefix(ctx):
    _add(ctx, "0101500007", "Jens Peter", "Møller Hansen")
    _add(ctx, "0202600018", "Anne", "Hansen")
    _add(ctx, "0303700011", "Hans", "Jensen")
    _add(ctx, "0404800006", "Åse", "Østergaard")
    names = lambda text: [r.name for r in citizens.search_citizens(ctx, text)]  # noqa: E731
    assert names("hansen") == ["Hansen, Anne", "Møller Hansen, Jens Peter"]
    assert names("HANS") == ["Hansen, Anne", "Jensen, Hans", "Møller Hansen, Jens Peter"]
    assert names("jens hans") == ["Jensen, Hans", "Møller Hansen, Jens Peter"]
    assert names("peter møller") == ["Møller Hansen, Jens Peter"]
    assert names("øster") == ["Østergaard, Åse"]
    assert names("0202") == ["Hansen, Anne"]
    assert names("020260-0018") == ["Hansen, Anne"]
    assert names("0202 jens") == []
    assert names("%") == [] and names("_") == []
    assert len(names("")) == 4
    rows = citizens.search_citizens(ctx, "anne")
    assert rows[0].cpr_masked == "020260-xxxx"


def test_search_pages_through_results(ctx):
    made = [
        _add(ctx, cpr, "Ida", "Ens" + "abcde"[i])
        for i, cpr in enumerate(
            ["0101500007", "0202600018", "0303700011", "0404800006", "0505900003"]
        )
    ]
    first = citizens.search_citizens(ctx, "ida", limit=2)
    second = citizens.search_citizens(ctx, "ida", offset=2, limit=2)
    third = citizens.search_citizens(ctx, "ida", offset=4, limit=2)
    assert [len(first), len(second), len(third)] == [2, 2, 1]
    assert len({r.uuid for r in first + second + third}) == len(made)
