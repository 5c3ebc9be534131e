"""PostgreSQL roles that mirror the permission matrix (issue #13 §6,
app/services/kernel/db_roles.py, docs/postgresql-roles.md): a context given roles by hand
passes the application's check, and the server refuses it; what a role holds it may do."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from app.errors import DatabaseRolesNeeded, Forbidden
from app.models import Base, Invoice, InvoiceSequence, User, load_all
from app.services.admin import setup
from app.services.invoices import post as invoices_post
from app.services.kernel import db_roles
from app.services.kernel.context import Context
from app.services.kernel.permissions import MATRIX, ROLES
from app.services.security import users
from tests.conftest import PASSWORD
from tests.unit import billing_helpers as h

POSTGRES = [pytest.param("postgresql", marks=pytest.mark.postgres)]
on_postgres = pytest.mark.parametrize("database_url", POSTGRES, indirect=True)

MONTH = (dt.date.today().replace(day=1) - dt.timedelta(days=40)).replace(day=1)
PEOPLE = {
    "nurse": "SYG",
    "visitator": "VIS",
    "manager": "LED",
    "administrator": "ADM",
    "dpo": "DPO",
}


@pytest.fixture
def billable(ctx):
    """The first user (every role) registers one course to bill last month but one, and
    adds one user per role."""
    h.give_units_ean(ctx)
    dept = h.department(ctx)
    h.course(ctx, dept, MONTH + dt.timedelta(days=2), MONTH + dt.timedelta(days=4))
    for role, initials in PEOPLE.items():
        users.add_user(ctx, f"Demo {role}", initials, [role], PASSWORD)
    return ctx


def signed_in(ctx, role: str) -> Context:
    return users.sign_in(ctx.store, PEOPLE[role], PASSWORD)


def post(ctx):
    return invoices_post.post_month(ctx, MONTH, renderer=h.fake_renderer).value


def counts(store) -> tuple[int, int]:
    with store.read() as s:
        invoices = s.scalar(select(func.count()).select_from(Invoice))
        numbers = s.scalar(select(func.coalesce(func.sum(InvoiceSequence.last_number), 0)))
    return invoices, numbers


# -- the matrix, on any backend -------------------------------------------------------------


def test_every_table_has_its_writers_declared():
    """A new table must say who writes it (else only reading is granted, and a forgotten
    billing table is not writable by every role by default)."""
    declared = {*db_roles.WRITERS, *db_roles.APPEND_ONLY, db_roles.CHAIN_HEAD, "alembic_version"}
    declared |= {db_roles.JOURNAL, db_roles.JOURNAL_HEAD, *db_roles.SYNC_ONLY}
    load_all()
    assert set(Base.metadata.tables) - declared == set()
    assert set(db_roles.WRITERS) <= set(Base.metadata.tables)


def test_posting_numbering_and_users_are_written_only_by_the_matrix_roles():
    for table in ("invoices", "invoice_lines", "billed_items", "invoice_files"):
        assert db_roles.writers(table) == MATRIX["invoices.post"] == {"manager"}
    assert db_roles.writers("invoice_sequences") == MATRIX["invoices.post"]
    for table in ("users", "teams", "user_teams"):
        assert db_roles.writers(table) == MATRIX["users.manage"] == {"administrator"}
    assert db_roles.writers("audit_log") == frozenset()  # append-only: INSERT, never UPDATE
    grants = "\n".join(db_roles.statements())
    assert "GRANT INSERT, UPDATE, DELETE ON invoice_sequences TO akutdesk_manager" in grants
    assert "ON invoice_sequences TO akutdesk_nurse" not in grants
    assert "ON audit_log TO akutdesk_" not in grants.replace("INSERT ON audit_log", "")


def test_a_user_connects_as_the_combination_of_their_roles():
    assert db_roles.combination({"manager"}) == "akutdesk_as_manager"
    assert db_roles.combination({"nurse", "administrator"}) == "akutdesk_as_nurse_administrator"
    assert db_roles.combination(set()) == db_roles.MEMBER
    assert len(db_roles.combinations()) == 2 ** len(ROLES) - 1


def test_sqlite_is_left_as_it_was(tmp_path):
    from app.db.store import Store

    store = Store.sqlite(tmp_path / "s.sqlite3")
    assert db_roles.bind(store, 1, "KS", frozenset({"nurse"})) is store
    assert db_roles.ensure(store) is False
    with pytest.raises(ValueError):
        store.as_role("akutdesk_as_nurse", {}, Forbidden)
    store.dispose()


# -- the server refuses what the application refuses ----------------------------------------


@on_postgres
@pytest.mark.parametrize("role", ["nurse", "visitator", "administrator"])
def test_a_hand_built_manager_context_cannot_post_invoices(billable, role):
    """The issue's finding: a nurse's session with the manager role put in by hand posted
    invoices. The application's check passes; the server refuses, nothing is written and
    no number is taken."""
    mine = signed_in(billable, role)
    forged = dataclasses.replace(mine, roles=frozenset({"manager"}))
    with pytest.raises(Forbidden) as refused:
        post(forged)
    assert refused.value.params["permission"] == "invoices.post"
    assert refused.value.params["initials"] == PEOPLE[role]
    assert counts(billable.store) == (0, 0)
    # a context naming the manager's user id changes nothing: the store is the nurse's
    manager_id = signed_in(billable, "manager").user_id
    with pytest.raises(Forbidden):
        post(Context(mine.store, manager_id, "LED", frozenset({"manager"})))
    assert counts(billable.store) == (0, 0)


@on_postgres
def test_the_manager_posts_and_numbering_goes_only_through_posting(billable):
    nurse = signed_in(billable, "nurse")
    forged = dataclasses.replace(nurse, roles=frozenset({"manager"}))
    with pytest.raises(Forbidden):
        post(forged)
    [posted] = post(signed_in(billable, "manager"))
    assert posted.number == f"{dt.date.today().year}-0001"  # the refused try took no number
    assert counts(billable.store) == (1, 1)
    for role in ("nurse", "visitator", "administrator"):
        with pytest.raises(Forbidden) as refused, signed_in(billable, role).store.session() as s:
            s.execute(text("UPDATE invoice_sequences SET last_number = last_number - 1"))
        assert refused.value.params["permission"] == "invoices.post"
        with pytest.raises(Forbidden), signed_in(billable, role).store.session() as s:
            s.execute(text("UPDATE invoices SET total_tariff = 99999"))
    assert counts(billable.store) == (1, 1)


@on_postgres
def test_user_management_only_by_the_administrator_role(billable):
    nurse = signed_in(billable, "nurse")
    forged = dataclasses.replace(nurse, roles=frozenset({"administrator"}))
    with pytest.raises(Forbidden) as refused:
        users.add_user(forged, "Ny Bruger", "NYB", ["manager"], PASSWORD)
    assert refused.value.params["permission"] == "users.manage"
    with pytest.raises(Forbidden):
        users.set_roles(forged, "SYG", ["nurse", "administrator"])
    with pytest.raises(Forbidden):  # another user's password: the trigger refuses it
        users.set_password(forged, "ADM", "taken-over-1")
    with pytest.raises(Forbidden):
        users.set_active(forged, "ADM", False)
    admin = signed_in(billable, "administrator")
    with admin.store.read() as s:
        assert s.scalar(select(User.roles).where(User.initials == "SYG")) == "nurse"
        assert s.scalar(select(func.count()).select_from(User).where(User.initials == "NYB")) == 0
    # the administrator may; a nurse changes only their own password
    users.add_user(admin, "Ny Bruger", "NYB", ["manager"], PASSWORD)
    users.set_roles(admin, "NYB", ["manager", "nurse"])
    users.set_password(admin, "SYG", "new-password-1")
    again = users.sign_in(billable.store, "SYG", "new-password-1")
    users.set_password(again, "SYG", PASSWORD, current="new-password-1")
    assert users.sign_in(billable.store, "NYB", PASSWORD).roles == {"manager", "nurse"}


@on_postgres
def test_the_audit_trail_is_append_only_for_every_role(billable):
    for role in ROLES:
        with pytest.raises(Forbidden), signed_in(billable, role).store.session() as s:
            s.execute(text("UPDATE audit_log SET reason = 'rewritten'"))
        with pytest.raises(Forbidden), signed_in(billable, role).store.session() as s:
            s.execute(text("DELETE FROM audit_log"))


@on_postgres
def test_each_role_does_its_own_work_through_its_database_role(billable):
    """What each role's use cases write, each user alone (not the fixtures' every-role
    user): the grants hold no less than the matrix."""
    from app.demo import generate
    from app.services.acute import units
    from app.services.security import teams
    from tests.unit import acute_helpers, homes_helpers

    nurse, visitator = signed_in(billable, "nurse"), signed_in(billable, "visitator")
    manager, admin = signed_in(billable, "manager"), signed_in(billable, "administrator")
    dept = h.department(billable, "OUH", "Medicinsk Afdeling M")
    h.course(nurse, dept, MONTH + dt.timedelta(days=1), MONTH + dt.timedelta(days=3))
    person = acute_helpers.citizen(visitator, cpr="0202500008")
    episode = acute_helpers.episode(visitator, person)
    acute_helpers.contact(nurse, episode, acute_helpers.on(acute_helpers.weekday(1, 1), 10))
    teams.add_team(admin, "Akutteam Nord")
    teams.set_citizen_team(visitator, person, "Akutteam Nord")
    units.save_acute_unit(visitator, units.AcuteUnitInput(name="Akutpladser Syd", places=4))
    home = homes_helpers.home(manager)
    homes_helpers.arrangement(manager, home)
    homes_helpers.residents_at(nurse, home, 1)
    generate.load_demo(admin, citizens=12)
    assert len(post(manager)) >= 1


@on_postgres
def test_a_manager_given_the_nurse_role_by_hand_records_no_treatment(billable):
    from app.services.iv.administrations import AdministrationInput, record_administration

    forged = dataclasses.replace(signed_in(billable, "manager"), roles=frozenset({"nurse"}))
    with billable.store.read() as s:
        course = s.scalar(text("SELECT uuid FROM iv_courses LIMIT 1"))
    start = dt.datetime.combine(MONTH + dt.timedelta(days=3), dt.time(13))
    data = AdministrationInput(start=start, end=start + dt.timedelta(minutes=30), place="home")
    with pytest.raises(Forbidden) as refused:
        record_administration(forged, course, data)
    assert refused.value.params["permission"] == "iv.administer", refused.value
    with pytest.raises(Forbidden):
        h.citizen(forged)


# -- the login role the workstations use ----------------------------------------------------


@pytest.fixture
def login_url(billable, database_url):
    """A NOINHERIT login role set up as docs/postgresql-roles.md says (the owner runs
    akutdesk_grant_login)."""
    name = f"akutdesk_test_login_{uuid.uuid4().hex[:8]}"
    owner = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text(f"CREATE ROLE {name} LOGIN NOINHERIT PASSWORD 'secret'"))
        conn.execute(text("SELECT akutdesk_grant_login(:name)"), {"name": name})
    yield make_url(database_url).set(username=name, password="secret").render_as_string(False)
    with owner.connect() as conn:
        conn.execute(text(f"DROP OWNED BY {name}"))
        conn.execute(text(f"DROP ROLE {name}"))
    owner.dispose()


@on_postgres
def test_the_login_role_signs_in_and_can_do_nothing_else(login_url, data_dir):
    store, _ = setup.open_store(login_url, data_dir)
    try:
        with pytest.raises(users.SignInRefused):
            users.sign_in(store, "LED", "wrong-password")  # counted and audited
        manager = users.sign_in(store, "LED", PASSWORD)
        [posted] = post(manager)
        assert posted.number.endswith("-0001")
        # the login role's own connection, given every role by hand: refused
        forged = Context(store, manager.user_id, "LED", frozenset(ROLES))
        with pytest.raises(Forbidden):
            post(forged)
        with pytest.raises(Forbidden), store.read() as s:
            s.execute(text("SELECT cpr FROM citizens")).all()
        with pytest.raises(Forbidden):
            users.add_user(forged, "Ny Bruger", "NYB", ["manager"], PASSWORD)
    finally:
        store.dispose()


@on_postgres
def test_grant_login_refuses_a_role_that_inherits(ctx, database_url):
    name = f"akutdesk_test_inherit_{uuid.uuid4().hex[:8]}"
    owner = create_engine(database_url, isolation_level="AUTOCOMMIT")
    try:
        with owner.connect() as conn:
            conn.execute(text(f"CREATE ROLE {name} LOGIN"))
            with pytest.raises(Exception, match="NOINHERIT"):
                conn.execute(text("SELECT akutdesk_grant_login(:name)"), {"name": name})
    finally:
        with owner.connect() as conn:
            conn.execute(text(f"DROP ROLE {name}"))
        owner.dispose()


@on_postgres
def test_roles_are_renewed_once_and_a_login_role_cannot_renew_them(login_url, ctx, data_dir):
    store = ctx.store.origin
    assert db_roles.installed(store) == db_roles.fingerprint()
    assert db_roles.ensure(store) is False  # in place: one query
    with store.engine.begin() as conn:
        conn.execute(text("COMMENT ON TABLE alembic_version IS 'akutdesk roles old'"))
    with pytest.raises(DatabaseRolesNeeded):
        setup.open_store(login_url, data_dir)
    assert db_roles.ensure(store) is True  # the owner renews them (and the login's grants)
    opened, _ = setup.open_store(login_url, data_dir)
    try:
        assert users.sign_in(opened, "LED", PASSWORD).roles == {"manager"}
    finally:
        opened.dispose()


@on_postgres
def test_a_refused_sign_in_still_locks_through_the_login_role(login_url, data_dir):
    store, _ = setup.open_store(login_url, data_dir)
    try:
        for _ in range(users.MAX_FAILED):
            with pytest.raises(users.SignInRefused):
                users.sign_in(store, "SYG", "wrong-password")
        with pytest.raises(users.SignInRefused) as locked:
            users.sign_in(store, "SYG", PASSWORD)
        assert locked.value.code == "user_locked"
    finally:
        store.dispose()


def test_bad_roles_are_refused_before_any_connection():
    from app.db.store import Store

    store = Store("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(ValueError):
        store.as_role('x"; DROP TABLE users; --', {}, Forbidden)
    store.dispose()
