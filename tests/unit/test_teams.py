"""Teams (issue #7): opening a citizen's record or full CPR from outside the citizen's team
needs a reason, which the audit entry keeps with who and when."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import Forbidden, InvalidInput, NotFound
from app.models import AuditEntry
from app.services import citizens
from app.services.citizens import CitizenInput
from app.services.security import teams, users
from tests.conftest import PASSWORD


@pytest.fixture
def setup_teams(ctx):
    teams.add_team(ctx, "Akutteam Nord")
    teams.add_team(ctx, "Akutteam  Syd")  # spaces are normalised
    users.add_user(ctx, "Nora Nord", "NN", ["nurse"], PASSWORD)
    users.add_user(ctx, "Sune Syd", "SS", ["nurse"], PASSWORD)
    teams.set_user_teams(ctx, "NN", ["Akutteam Nord"])
    teams.set_user_teams(ctx, "SS", ["Akutteam Syd"])
    citizen = citizens.register_citizen(
        ctx, CitizenInput(cpr="0101401234", first_name="Else", last_name="Hansen")
    ).value
    teams.set_citizen_team(ctx, citizen.uuid, "Akutteam Nord")
    nord = users.sign_in(ctx.store, "NN", PASSWORD)
    syd = users.sign_in(ctx.store, "SS", PASSWORD)
    return citizen.uuid, nord, syd


def _opened(store, uuid):
    with store.read() as s:
        query = select(AuditEntry).where(
            AuditEntry.entity_uuid == uuid, AuditEntry.action.in_(["open", "view_cpr"])
        )
        return [(e.user_id, e.action, e.reason) for e in s.scalars(query.order_by(AuditEntry.id))]


def test_own_team_opens_without_a_reason_another_team_must_give_one(setup_teams):
    uuid, nord, syd = setup_teams
    assert not teams.needs_reason(nord, uuid) and teams.needs_reason(syd, uuid)
    citizens.open_citizen(nord, uuid)
    with pytest.raises(InvalidInput) as caught:
        citizens.open_citizen(syd, uuid, "  ")
    assert caught.value.problems[0].code == "access.reason_required"
    with pytest.raises(InvalidInput):
        citizens.reveal_cpr(syd, uuid)
    citizens.open_citizen(syd, uuid, "Covering the night shift for Nord")
    assert citizens.reveal_cpr(syd, uuid, "Phoning the hospital") == "010140-1234"
    assert _opened(nord.store, uuid) == [
        (nord.user_id, "open", ""),
        (syd.user_id, "open", "Covering the night shift for Nord"),
        (syd.user_id, "view_cpr", "Phoning the hospital"),
    ]


def test_a_citizen_without_a_team_is_open_to_all(setup_teams, ctx):
    uuid, _, syd = setup_teams
    teams.set_citizen_team(ctx, uuid, None)
    citizens.open_citizen(syd, uuid)
    assert [t.name for t in teams.list_teams(ctx)] == ["Akutteam Nord", "Akutteam Syd"]


def test_only_the_visitation_sets_a_citizens_team(setup_teams, ctx):
    uuid, nord, _ = setup_teams
    with pytest.raises(Forbidden):
        teams.set_citizen_team(nord, uuid, None)
    with pytest.raises(NotFound):
        teams.set_user_teams(ctx, "NN", ["No Such Team"])


def test_team_names_are_required_and_unique(ctx):
    teams.add_team(ctx, "Akutteam Nord")
    for name, code in (("", "team.name"), ("Akutteam Nord", "team.taken")):
        with pytest.raises(InvalidInput) as caught:
            teams.add_team(ctx, name)
        assert caught.value.problems[0].code == code


def test_opening_an_iv_course_of_another_teams_citizen_needs_a_reason(setup_teams, ctx):
    from app.services.iv import views
    from tests.unit.iv_helpers import department, referral

    uuid, nord, syd = setup_teams
    course = referral(ctx, uuid, department(ctx))
    views.get_course(nord, course)
    views.get_course(syd, course, opened=False)  # a refresh of an open course: no reason
    with pytest.raises(InvalidInput):
        views.get_course(syd, course)
    assert views.get_course(syd, course, reason="Covering Nord").uuid == course
    with ctx.store.read() as s:
        query = select(AuditEntry.user_id, AuditEntry.reason).where(
            AuditEntry.entity_uuid == course, AuditEntry.action == "open"
        )
        assert list(s.execute(query.order_by(AuditEntry.id))) == [
            (nord.user_id, ""),
            (syd.user_id, "Covering Nord"),
        ]
