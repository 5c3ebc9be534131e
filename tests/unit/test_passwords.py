"""Passwords (issue #7): Argon2id hashes only, one refusal message, a lock after five wrong
passwords, the first password of a user from an older store, the last administrator, the
idle-lock setting."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from app.domain import clock
from app.errors import Forbidden, InvalidInput
from app.models import AuditEntry, User
from app.services.security import passwords, users
from app.services.security.users import SignInRefused
from tests.conftest import PASSWORD


def test_the_real_hasher_is_argon2id_and_memory_hard(monkeypatch):
    monkeypatch.undo()  # the tests' cheap hasher (tests/conftest.py) off
    hashed = passwords.hash_password("correct horse")
    assert hashed.startswith("$argon2id$")
    params = dict(p.split("=") for p in hashed.split("$")[3].split(","))
    assert int(params["m"]) >= 64 * 1024 and int(params["t"]) >= 3
    assert passwords.verify(hashed, "correct horse")
    assert not passwords.verify(hashed, "correct horsE")
    assert not passwords.verify("", "") and not passwords.verify("garbage", "x")


def test_only_a_hash_is_stored_and_nothing_plain_is_logged(ctx):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], "plain-secret-1")
    with pytest.raises(SignInRefused):
        users.sign_in(ctx.store, "NS", "wrong-secret-2")
    with ctx.store.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.initials == "NS"))
        entries = [repr((e.before, e.after, e.reason)) for e in s.scalars(select(AuditEntry))]
    assert stored and "plain-secret-1" not in stored
    assert not any("secret" in e or "$argon2" in e for e in entries)


def test_wrong_password_and_unknown_user_get_the_same_message(ctx):
    for initials, password in (("KS", "not-it-at-all"), ("ZZ", PASSWORD)):
        with pytest.raises(SignInRefused) as caught:
            users.sign_in(ctx.store, initials, password)
        assert caught.value.message == "Wrong initials or password."
    assert users.sign_in(ctx.store, "ks", PASSWORD).initials == "KS"


def test_five_wrong_passwords_lock_the_user_for_a_while(ctx):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    for _ in range(users.MAX_FAILED):
        with pytest.raises(SignInRefused):
            users.sign_in(ctx.store, "NS", "wrong-password")
    with pytest.raises(SignInRefused) as caught:
        users.sign_in(ctx.store, "NS", PASSWORD)  # right, but locked
    assert caught.value.code == "user_locked" and "locked until" in caught.value.message
    with ctx.store.read() as s:
        refusals = s.scalars(select(AuditEntry).where(AuditEntry.action == "sign_in_refused"))
        assert len(list(refusals)) == users.MAX_FAILED
    with ctx.store.session() as s:
        past = clock.now_utc() - dt.timedelta(minutes=1)
        s.execute(update(User).where(User.initials == "NS").values(locked_until=past))
    assert users.sign_in(ctx.store, "NS", PASSWORD).roles == {"nurse"}


def test_an_administrator_sets_a_password_and_lifts_the_lock(ctx):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    for _ in range(users.MAX_FAILED):
        with pytest.raises(SignInRefused):
            users.sign_in(ctx.store, "NS", "wrong-password")
    users.set_password(ctx, "NS", "brand-new-pass")
    assert users.sign_in(ctx.store, "NS", "brand-new-pass").initials == "NS"


def test_own_password_change_needs_the_current_one(ctx):
    with pytest.raises(InvalidInput) as caught:
        users.set_password(ctx, "KS", "brand-new-pass", "not-the-current")
    assert caught.value.problems[0].code == "password.wrong"
    with pytest.raises(InvalidInput) as caught:
        users.set_password(ctx, "KS", "short", PASSWORD)
    assert caught.value.problems[0].code == "password.too_short"
    users.set_password(ctx, "KS", "brand-new-pass", PASSWORD)
    with pytest.raises(SignInRefused):
        users.sign_in(ctx.store, "KS", PASSWORD)


def test_a_user_from_an_older_store_chooses_a_password_at_first_sign_in(ctx):
    with ctx.store.session() as s:
        s.execute(update(User).where(User.initials == "KS").values(password_hash=""))
    with pytest.raises(InvalidInput):
        users.sign_in(ctx.store, "KS", "short")
    assert users.sign_in(ctx.store, "KS", "chosen-password").initials == "KS"
    with pytest.raises(SignInRefused):
        users.sign_in(ctx.store, "KS", "another-password")


def test_a_weak_hash_is_upgraded_at_sign_in(ctx, monkeypatch):
    weak = passwords.hash_password(PASSWORD)  # the tests' cheap parameters
    monkeypatch.undo()
    users.sign_in(ctx.store, "KS", PASSWORD)
    with ctx.store.read() as s:
        upgraded = s.scalar(select(User.password_hash).where(User.initials == "KS"))
    assert upgraded != weak and not passwords.needs_rehash(upgraded)


def test_inactive_users_cannot_sign_in_and_the_last_administrator_stays(ctx):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    users.set_active(ctx, "NS", False)
    with pytest.raises(SignInRefused):
        users.sign_in(ctx.store, "NS", PASSWORD)
    for change in (
        lambda: users.set_roles(ctx, "KS", ["nurse"]),
        lambda: users.set_active(ctx, "KS", False),
    ):
        with pytest.raises(InvalidInput) as caught:
            change()
        assert caught.value.problems[0].code == "user.last_admin"
    users.add_user(ctx, "Anna Admin", "AA", ["administrator"], PASSWORD)
    assert users.set_roles(ctx, "KS", ["nurse", "manager"]).value.roles == ("nurse", "manager")


def test_roles_are_checked(ctx):
    for roles, code in (([], "user.no_role"), (["nurse", "boss"], "user.role_unknown")):
        with pytest.raises(InvalidInput) as caught:
            users.add_user(ctx, "Nina", "NS", roles, PASSWORD)
        assert [p.code for p in caught.value.problems] == [code]


def test_the_idle_lock_is_a_store_setting_the_administrator_changes(ctx):
    assert users.idle_minutes(ctx.store) == users.IDLE_DEFAULT == 10
    assert users.set_idle_minutes(ctx, 3).value == 3 and users.idle_minutes(ctx.store) == 3
    with pytest.raises(InvalidInput):
        users.set_idle_minutes(ctx, 0)
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    with pytest.raises(Forbidden):
        users.set_idle_minutes(users.sign_in(ctx.store, "NS", PASSWORD), 60)
    assert users.idle_minutes(ctx.store) == 3
