"""Only a nurse performs (issue #12 item 3): an administration's "given by" is an active
nurse (tests/unit/test_iv_courses.py), and a measurement — the day-3 CRP of an IV course, a
value taken on an acute episode — is recorded by the signed-in nurse only: a visitator, a
manager, an administrator or a DPO is refused by the service, nothing written, the refusal
naming the nurse in Danish without codes."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.errors import Forbidden
from app.messages import linguist
from app.models import AcuteMeasurement, AuditEntry, CrpCheck, IvCourse, User
from app.services.acute.measurements import MeasurementInput, record_measurement
from app.services.iv import crp, referrals
from app.services.iv.crp import CrpInput
from app.services.security import users
from tests.conftest import PASSWORD

from . import acute_helpers as acute
from .iv_helpers import at, citizen, department, referral

NOT_NURSES = ("visitator", "manager", "administrator", "dpo")


def count(ctx, model) -> int:
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def signed_in(ctx, initials: str, roles: tuple[str, ...]):
    users.add_user(ctx, f"Bruger {initials}", initials, roles, PASSWORD)
    return users.sign_in(ctx.store, initials, PASSWORD)


@pytest.fixture
def course(ctx) -> str:
    uuid = referral(ctx, citizen(ctx), department(ctx))
    with ctx.store.read() as s:
        version = s.scalar(select(IvCourse.version).where(IvCourse.uuid == uuid))
    referrals.accept_referral(ctx, uuid, version, at=at(-9, 10))
    return uuid


@pytest.fixture
def episode(ctx) -> str:
    return acute.episode(ctx, acute.citizen(ctx, cpr="0202600008", first="Ole", last="Hansen"))


@pytest.mark.parametrize("role", NOT_NURSES)
def test_no_one_but_a_nurse_records_a_measurement(ctx, course, episode, role):
    other = signed_in(ctx, "XY", (role,))
    before = count(ctx, AuditEntry)
    value = CrpInput(measured_at=at(-8), value=48)
    taken = MeasurementInput("temperature", acute.on(acute.weekday(1, 1), 9), "38,4")
    for call in (
        lambda: crp.record_crp(other, course, value),
        lambda: record_measurement(other, episode, taken),
    ):
        with pytest.raises(Forbidden) as refused:
            call()
        assert refused.value.message == "Only a nurse may do this; XY does not have that role."
        said = refused.value.text(linguist.translator("da"), "da")
        assert "sygeplejerske" in said and "acute." not in said and "iv." not in said, said
    assert count(ctx, CrpCheck) == count(ctx, AcuteMeasurement) == 0
    assert count(ctx, AuditEntry) == before


def test_a_nurse_records_them_and_is_their_author(ctx, course, episode):
    """The administrator who is also the team's nurse (a small municipality) may."""
    both = signed_in(ctx, "NA", ("nurse", "administrator"))
    crp.record_crp(both, course, CrpInput(measured_at=at(-8), value=48))
    taken = MeasurementInput("pulse", acute.on(acute.weekday(1, 1), 9), 88)
    record_measurement(both, episode, taken)
    with ctx.store.read() as s:
        for model in (CrpCheck, AcuteMeasurement):
            author = s.scalar(select(User.initials).join(model, model.created_by_id == User.id))
            assert author == "NA"
