"""What the acute screens ask of the core beyond the use cases: the episode list searched by
CPR or name, and the fee a GP contact would get before it is saved (D21–D23)."""

from __future__ import annotations

from app.services.acute import views
from app.services.acute.views import ContactDraft
from tests.unit.acute_helpers import citizen, contact, episode, on, weekday


def test_episode_list_is_searched_by_cpr_and_name(ctx):
    else_ = episode(ctx, citizen(ctx, "0101500007", "Else", "Jensen"))
    bent = episode(ctx, citizen(ctx, "0202600018", "Bent", "Dam"))
    assert {r.uuid for r in views.list_episodes(ctx, "all")} == {else_, bent}
    assert [r.uuid for r in views.list_episodes(ctx, "all", text="jens")] == [else_]
    assert [r.uuid for r in views.list_episodes(ctx, "all", text="020260")] == [bent]
    assert [r.uuid for r in views.list_episodes(ctx, "all", text="bent dam")] == [bent]
    assert views.list_episodes(ctx, "all", text="zzz") == []
    assert views.list_episodes(ctx, "ended", text="jens") == []


def test_preview_says_why_a_contact_would_not_count(ctx):
    uuid = episode(ctx, citizen(ctx))
    day = weekday(1, 2)
    first = contact(ctx, uuid, on(day, 10))
    contact(ctx, uuid, on(day, 11))
    assert first.billable

    def preview(hour: int, assessed: bool = True, editing: str | None = None) -> str:
        draft = ContactDraft(on(day, hour), assessed, False, False, editing)
        return views.preview_billability(ctx, uuid, draft)

    assert preview(12) == "limit"  # D22: a third qualifying contact that day
    assert preview(9) == ""  # an earlier one counts; saving it moves the limit to 11:00
    assert preview(12, editing=first.uuid) == ""  # correcting one of the two
    assert preview(12, assessed=False) == "no_assessment"  # D21
    assert preview(17) == "outside_daytime"  # D21: 08–16 on weekdays
    saturday = ContactDraft(on(weekday(1, 5), 10), True, False, False)
    assert views.preview_billability(ctx, uuid, saturday) == "outside_daytime"
    # the day's other contacts do not decide a contact on another day
    other_day = ContactDraft(on(weekday(1, 3), 10), True, False, False)
    assert views.preview_billability(ctx, uuid, other_day) == ""


def test_preview_follows_responsibility_age_and_insurance(ctx):
    day = weekday(1, 1)
    hospital = episode(ctx, citizen(ctx), 4, hospital_responsible=True)
    child = episode(ctx, citizen(ctx, "0101154007", "Lise", "Holm"))
    uninsured = episode(ctx, citizen(ctx, "0202600018", "Bent", "Dam"), group_1_insured=False)
    draft = ContactDraft(on(day, 10), True, True, False)
    assert views.preview_billability(ctx, hospital, draft) == "hospital_responsible"
    assert views.preview_billability(ctx, child, draft) == "under_18"
    assert views.preview_billability(ctx, uninsured, draft) == "not_group_1_insured"
    # and the preview is what saving gives
    assert contact(ctx, child, on(day, 10)).not_billable_reason == "under_18"


def test_refreshing_an_episode_is_not_a_new_opening(ctx):
    from sqlalchemy import func, select

    from app.models import AuditEntry

    uuid = episode(ctx, citizen(ctx))

    def openings() -> int:
        with ctx.store.read() as session:
            return session.scalar(
                select(func.count()).where(
                    AuditEntry.action == "open", AuditEntry.entity_uuid == uuid
                )
            )

    assert views.get_episode(ctx, uuid).uuid == uuid and openings() == 1
    refreshed = views.get_episode(ctx, uuid, opened=False)
    assert refreshed.responsible_phone and openings() == 1
