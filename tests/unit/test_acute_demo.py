"""`akutdesk demo` also makes a year of acute-function episodes (issue 5, item 7): every
target group with a fitting referrer, the responsible doctor and phone on each, episodes on
acute places without double occupancy, some open today, and every reason a GP contact does
not count — each contact's fee status the same as the rule computes it (D21–D23)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from app.demo import generate as demo
from app.domain import acute as rules
from app.models import AcuteEpisode, AcuteMeasurement, GpContact
from app.services.acute import contacts, units

CITIZENS = 300


def test_demo_episodes_follow_the_rules(ctx):
    result = demo.load_demo(ctx, citizens=CITIZENS, courses=10)
    assert result.acute.episodes == CITIZENS // 10
    with ctx.store.read() as s:
        episodes = s.scalars(select(AcuteEpisode)).all()
        stored = {c.uuid: (c.billable, c.not_billable_reason) for c in s.scalars(select(GpContact))}
        kinds = set(s.scalars(select(AcuteMeasurement.kind)))
    assert {e.target_group for e in episodes} == {1, 2, 3, 4}
    assert all(rules.GROUP_REFERRER[e.target_group] == e.referrer_kind for e in episodes)
    assert all(e.responsible_doctor and e.responsible_phone for e in episodes)
    assert len({e.citizen_id for e in episodes}) == len(episodes)
    assert any(e.status == "open" for e in episodes)
    assert any(e.setting == "acute_place" for e in episodes)
    assert kinds == set(rules.MEASUREMENTS)
    reasons = Counter(reason for _, reason in stored.values())
    assert set(reasons) >= {"", "hospital_responsible", "outside_daytime", "no_assessment",
                            "not_group_1_insured", "limit"}  # fmt: skip
    # Recounting every day with the service changes nothing: the demo used the same rule.
    with ctx.store.session() as s:
        for e in s.scalars(select(AcuteEpisode)):
            contacts.recompute_days(s, e.citizen_id, {c.day for c in e.gp_contacts})
        again = {c.uuid: (c.billable, c.not_billable_reason) for c in s.scalars(select(GpContact))}
        s.rollback()
    assert again == stored
    board = units.occupancy_board(ctx)
    assert [u.unit.name for u in board] == ["Akutpladser Hjallese", "Akutpladser Tarup"]
    assert sum(u.occupied for u in board) == sum(
        1 for e in episodes if e.status == "open" and e.setting == "acute_place"
    )
