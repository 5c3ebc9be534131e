"""Signing in with the first screen's data read while the password is checked (issue #17,
``users.sign_in_reading``): the read overlaps the Argon2 check, writes nothing, and its
result reaches the caller only when the password matched; a refusal stays a refusal."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, update

from app.models import AuditEntry, Citizen, User
from app.services.security import passwords, users
from app.services.security.users import SignInRefused
from tests.conftest import PASSWORD


def count_citizens(ctx):  # type: ignore[no-untyped-def]
    with ctx.store.read() as s:
        return ctx.initials, s.scalar(select(func.count()).select_from(Citizen))


def failed_logins(store, initials):  # type: ignore[no-untyped-def]
    with store.read() as s:
        return s.scalar(select(User.failed_logins).where(User.initials == initials))


def test_the_right_password_gives_the_context_and_what_was_read(ctx):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    signed, read = users.sign_in_reading(ctx.store, "ns", PASSWORD, count_citizens)
    plain = users.sign_in(ctx.store, "NS", PASSWORD)
    assert (signed.initials, signed.roles, signed.teams) == (
        plain.initials,
        plain.roles,
        plain.teams,
    )
    assert read == ("NS", 0)
    assert signed.store is plain.store  # the real store: the read's refusing one stays inside


def test_a_wrong_password_drops_what_was_read_and_is_counted_and_audited(ctx):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    seen: list[object] = []
    with pytest.raises(SignInRefused) as caught:
        users.sign_in_reading(ctx.store, "NS", "wrong-password", lambda c: seen.append(c))
    assert caught.value.message == "Wrong initials or password."
    assert len(seen) == 1  # it ran, and nothing of it came back
    assert failed_logins(ctx.store, "NS") == 1
    with ctx.store.read() as s:
        refusals = s.scalars(select(AuditEntry).where(AuditEntry.action == "sign_in_refused"))
        assert len(list(refusals)) == 1
    for _ in range(users.MAX_FAILED - 1):
        with pytest.raises(SignInRefused):
            users.sign_in_reading(ctx.store, "NS", "wrong-password", count_citizens)
    with pytest.raises(SignInRefused) as caught:
        users.sign_in_reading(ctx.store, "NS", PASSWORD, lambda c: pytest.fail("read when locked"))
    assert caught.value.code == "user_locked"


def test_the_read_runs_while_the_password_is_checked(ctx, monkeypatch):
    """The check waits for the read to start: done one after the other, it would give up
    after 5 s and refuse the right password."""
    reading = threading.Event()
    check = passwords.verify

    def slow_check(stored_hash: str, password: str) -> bool:
        return reading.wait(5) and check(stored_hash, password)

    def read(c):  # type: ignore[no-untyped-def]
        reading.set()
        return count_citizens(c)

    monkeypatch.setattr(passwords, "verify", slow_check)
    signed, value = users.sign_in_reading(ctx.store, "KS", PASSWORD, read)
    assert signed.initials == "KS" and value == ("KS", 0)


def test_the_read_may_not_write_and_a_failed_read_leaves_the_sign_in_alone(ctx):
    def write(c):  # type: ignore[no-untyped-def]
        with c.store.session() as s:  # refused before anything is written
            s.execute(update(User).values(name="Written before the password was checked"))

    def origin_write(c):  # type: ignore[no-untyped-def]
        with c.store.origin.session() as s:
            s.execute(update(User).values(name="Written through the origin"))

    for read in (write, origin_write, lambda c: 1 / 0):
        signed, value = users.sign_in_reading(ctx.store, "KS", PASSWORD, read)
        assert signed.initials == "KS" and value is None
    with ctx.store.read() as s:
        assert not s.scalar(select(func.count()).where(User.name.like("Written%")))
    with pytest.raises(RuntimeError, match="reading only"):
        write(users.reading_only(ctx))


def test_a_user_from_an_older_store_stores_the_first_password_before_anything_is_read(ctx):
    with ctx.store.session() as s:
        s.execute(update(User).where(User.initials == "KS").values(password_hash=""))
    signed, value = users.sign_in_reading(
        ctx.store, "KS", "chosen-password", lambda c: pytest.fail("read before the store")
    )
    assert signed.initials == "KS" and value is None
    with pytest.raises(SignInRefused):
        users.sign_in_reading(ctx.store, "KS", "another-password", count_citizens)
    assert users.sign_in_reading(ctx.store, "KS", "chosen-password", count_citizens)[1] == (
        "KS",
        0,
    )


def test_the_count_of_wrong_passwords_is_cleared_by_the_right_one(ctx):
    users.add_user(ctx, "Nina Sygeplejerske", "NS", ["nurse"], PASSWORD)
    with pytest.raises(SignInRefused):
        users.sign_in_reading(ctx.store, "NS", "wrong-password", count_citizens)
    assert failed_logins(ctx.store, "NS") == 1
    users.sign_in_reading(ctx.store, "NS", PASSWORD, count_citizens)
    assert failed_logins(ctx.store, "NS") == 0
