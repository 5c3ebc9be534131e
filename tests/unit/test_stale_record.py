"""The stale-record refusal names who saved the record last and when (issue #13 §11): a
change that slips in between the version check and the write (StaleDataError at flush)
said "changed by another user at  after you opened it", with a blank for the time."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from app.errors import StaleRecord
from app.models import Citizen
from app.services import citizens
from app.services.citizens import CitizenInput
from app.services.kernel.records import flush_or_stale


def _raced(ctx, uuid: str) -> StaleRecord:
    """Another version is written between loading the citizen and flushing its change."""
    with pytest.raises(StaleRecord) as refused, ctx.store.session() as session:
        citizen = session.query(Citizen).filter_by(uuid=uuid).one()
        session.execute(
            update(Citizen)
            .where(Citizen.id == citizen.id)
            .values(version=Citizen.version + 1)
            .execution_options(synchronize_session=False)
        )
        citizen.first_name = "Anna"
        flush_or_stale(session, citizen, "citizen")
    return refused.value


def test_a_change_at_flush_names_who_and_when(ctx):
    uuid = citizens.register_citizen(
        ctx, CitizenInput(cpr="0101500007", first_name="Else", last_name="Jensen")
    ).value.uuid
    error = _raced(ctx, uuid)
    assert error.code == "stale_record"
    assert error.params["changed_by"] == "Karen Sygeplejerske (KS)"
    assert error.params["changed_at"]  # dd.mm.yyyy hh:mm
    assert "at  after" not in error.message
    assert "Karen Sygeplejerske (KS) at " in error.message


def test_a_record_gone_meanwhile_is_said_without_a_blank():
    error = StaleRecord("citizen", "", None)
    assert error.code == "stale_record_unknown"
    assert error.message == (
        "The citizen was changed by another user after you opened it. "
        "Your input is kept; reload to see their change, then save again."
    )
    assert "  " not in error.message


def test_the_danish_text_has_no_blank_either():
    from app.messages import linguist

    text = StaleRecord("citizen", "", None).text(linguist.translator("da"), "da")
    assert text.startswith("Posten blev ændret af en anden bruger, efter du åbnede den.")
