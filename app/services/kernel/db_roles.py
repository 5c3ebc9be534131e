"""PostgreSQL roles that mirror the permission matrix, so the server refuses what the
application refuses (issue #13 §6; for the DBA: docs/postgresql-roles.md).

The use cases check the matrix (app/services/kernel/permissions.py) before they touch the
store; on PostgreSQL the database checks it again. A context made by hand — a nurse's
session given the manager role — passes ``require()`` but not the server:

- one NOLOGIN *group role* per application role (``akutdesk_nurse``, ``akutdesk_visitator``,
  ``akutdesk_manager``, ``akutdesk_administrator``), each a member of ``akutdesk_member``
  (what every signed-in user may: read the tables, append to the audit trail, change their
  own password);
- a table's INSERT/UPDATE/DELETE go to the groups whose application role holds the
  permission that guards the table (:data:`WRITERS`): posting and numbering
  (``invoices``, ``invoice_lines``, ``billed_items``, ``invoice_files``,
  ``invoice_sequences``) only ``invoices.post``'s roles, user management (``users``,
  ``teams``, ``user_teams``) only ``users.manage``'s, reference data, tariffs, fees, acute
  units and settings likewise; the audit trail is append-only for everyone;
- one NOLOGIN role per combination of application roles (``akutdesk_as_nurse_manager``),
  a member of those groups: a signed-in user's store connects with ``SET ROLE`` to the
  combination of the roles *stored for that user* (:func:`bind`), and sets
  ``akutdesk.user_id`` so a trigger refuses a password change of another user to anyone
  but an administrator;
- the application's login role (``NOINHERIT``, so it uses no privilege of the roles it may
  become) holds only what signing in needs; ``akutdesk_grant_login('role')``, run by the
  owner, gives it that and the right to ``SET ROLE`` to the combinations.

Reading is the application's to narrow (every role reads the tables: the billing rules
read invoices while a nurse saves an administration, an export reads everything). The
trust model is written down in docs/postgresql-roles.md. SQLite is unchanged: one file,
one user of the operating system, no server to ask.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db.store import INSUFFICIENT_PRIVILEGE, Store
from app.errors import DatabaseRolesNeeded, Forbidden
from app.models import Base, load_all
from app.services.kernel.permissions import MATRIX, ROLES, who_may

GROUP_PREFIX = "akutdesk_"
MEMBER = "akutdesk_member"
#: marker role: its members are the application's login roles (akutdesk_grant_login)
SIGNIN = "akutdesk_signin"
COMBINATION_PREFIX = "akutdesk_as_"
#: the custom setting that names the signed-in user on a bound connection
USER_SETTING = "akutdesk.user_id"
GRANT_LOGIN_FUNCTION = "akutdesk_grant_login"
#: stored as the comment of alembic_version: the grants of this version are in place
FINGERPRINT_PREFIX = "akutdesk roles "

#: the administrator writes the case records through an import and the demo data
BULK = ("exchange.import", "demo.load")
CITIZENS = ("citizens.edit", "citizens.team", *BULK)
IV = ("iv.referrals", "iv.administer", "iv.crp", "iv.course", *BULK)
ACUTE = ("acute.episodes", "acute.care", *BULK)
HOMES = ("homes.edit", *BULK)

# table -> the permissions whose roles write it (INSERT, UPDATE, DELETE), the first one named
# in a refusal: a manager records no treatment, a nurse changes no nursing home, only the
# manager posts and numbers, only the administrator manages users
WRITERS: dict[str, tuple[str, ...]] = {
    # the case records
    "citizens": CITIZENS,
    "citizen_name_words": CITIZENS,
    "iv_courses": IV,
    "iv_course_type_changes": ("iv.course", *IV),
    "iv_administrations": ("iv.administer", *IV),
    # kept by triggers on iv_administrations (migration 0015): whoever writes those
    "iv_course_tallies": ("iv.administer", *IV),
    "iv_crp_checks": ("iv.crp", *IV),
    "acute_episodes": ACUTE,
    "acute_measurements": ("acute.care", *ACUTE),
    "acute_gp_contacts": ("acute.care", *ACUTE),
    "nursing_homes": HOMES,
    "home_sections": HOMES,
    "fixed_doctor_arrangements": HOMES,
    "arrangement_events": HOMES,
    "resident_stays": ("homes.residents", *BULK),
    # the anonymous satisfaction survey (DIGEST §1.16): no citizen, no case kind
    "survey_sheets": ("reports.survey",),
    # posting and numbering (D9, D12, STYLE §3)
    "invoices": ("invoices.post", "invoices.export"),
    "invoice_lines": ("invoices.post",),
    "billed_items": ("invoices.post",),
    "invoice_files": ("invoices.post", "invoices.export"),
    "invoice_sequences": ("invoices.post",),
    "tariff_versions": ("tariffs.edit",),
    "tariff_items": ("tariffs.edit",),
    # user management
    "users": ("users.manage",),
    "teams": ("users.manage",),
    "user_teams": ("users.manage",),
    # reference data and the rest
    "municipality": ("reference.edit",),
    "hospital_units": ("reference.edit",),
    "departments": ("reference.edit",),
    "acute_units": ("acute.units",),
    "price_index": ("acute.fees",),
    "home_reports": ("homes.reports",),
    "home_report_sendings": ("homes.reports",),
    # a conflict is resolved by whoever may write the record's table (app/services/sync)
    "sync_conflicts": ("citizens.edit", "homes.edit", "acute.units", "reference.edit"),
    "store_settings": (
        "tariffs.edit", "invoices.post", "acute.fees", "homes.reports", "users.manage",
    ),
}  # fmt: skip
#: the sync journal on a server (issue #15, app/db/journal.py): every write of a synced
#: record appends its change and moves the head on, whoever makes it
JOURNAL = "sync_changes"
JOURNAL_HEAD = "sync_head"
#: written only by the sync's own connection (an office's push, ``sync setup``), which the
#: DBA grants (docs/sync.md); no signed-in role writes them
SYNC_ONLY = ("sync_state", "sync_outbox", "sync_bases", "sync_audit")
#: every signed-in role appends; nobody changes or deletes an entry (docs/audit.md)
APPEND_ONLY = ("audit_log",)
#: the audit chain's head row: taken FOR UPDATE and moved on by every append
CHAIN_HEAD = "audit_chain_head"
#: the columns of ``users`` any signed-in user may change: their own password (the trigger
#: refuses another user's to all but an administrator) and what signing in counts
OWN_USER_COLUMNS = (
    "password_hash", "failed_logins", "locked_until", "version", "updated_at", "updated_by_id",
)  # fmt: skip
SIGNIN_COLUMNS = ("password_hash", "failed_logins", "locked_until", "version")
#: what the login role reads before anyone has signed in
SIGNIN_READS = ("alembic_version", "municipality", "users", "teams", "user_teams", "store_settings")


def group(role: str) -> str:
    return GROUP_PREFIX + role


def combination(roles: Iterable[str]) -> str:
    """The role a user with ``roles`` connects as (``akutdesk_member`` for none)."""
    held = [r for r in ROLES if r in set(roles)]
    return COMBINATION_PREFIX + "_".join(held) if held else MEMBER


def combinations() -> list[tuple[str, ...]]:
    return [c for n in range(1, len(ROLES) + 1) for c in itertools.combinations(ROLES, n)]


def writers(table: str) -> frozenset[str]:
    """The application roles that write ``table`` (none: read only)."""
    found: set[str] = set()
    for permission in WRITERS.get(table, ()):
        found |= MATRIX[permission]
    return frozenset(found)


def tables() -> list[str]:
    """The store's tables: the models' and Alembic's own."""
    load_all()  # every model's table (app/models/__init__.py)
    return sorted([*Base.metadata.tables, "alembic_version"])


def _create_role(name: str) -> str:
    # two stores set up at once on one cluster: the second finds the role made
    return (
        f"DO $$ BEGIN CREATE ROLE {name} NOLOGIN; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
    )


def _login_grants() -> list[str]:
    """What a login role gets (``{login}``: its quoted name)."""
    reads = ", ".join(SIGNIN_READS)
    return [
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {login}",
        f"GRANT SELECT ON {reads} TO {{login}}",
        f"GRANT UPDATE ({', '.join(SIGNIN_COLUMNS)}) ON users TO {{login}}",
        f"GRANT INSERT ON {', '.join(APPEND_ONLY)} TO {{login}}",
        *(f"GRANT SELECT (id) ON {table} TO {{login}}" for table in APPEND_ONLY),  # RETURNING
        f"GRANT SELECT, INSERT, UPDATE ON {CHAIN_HEAD} TO {{login}}",
        f"GRANT INSERT ON {JOURNAL} TO {{login}}",
        f"GRANT SELECT, UPDATE ON {JOURNAL_HEAD}, sync_state TO {{login}}",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {login}",
        f"GRANT {SIGNIN}, {MEMBER} TO {{login}}",
        *(f"GRANT {combination(c)} TO {{login}}" for c in combinations()),
    ]


_USERS_GUARD = f"""
CREATE OR REPLACE FUNCTION akutdesk_users_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  me text := current_setting('{USER_SETTING}', true);
BEGIN
  IF coalesce(me, '') <> '' AND NEW.id::text <> me
     AND NEW.password_hash IS DISTINCT FROM OLD.password_hash
     AND NOT pg_has_role(current_user, '{group("administrator")}', 'USAGE') THEN
    RAISE EXCEPTION 'permission denied for table users: another user''s password'
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$"""


def _grant_login_function() -> str:
    steps = "\n".join(
        f"  EXECUTE format('{g.replace('{login}', '%I')}', login);" for g in _login_grants()
    )
    return f"""
CREATE OR REPLACE FUNCTION {GRANT_LOGIN_FUNCTION}(login name) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT rolinherit FROM pg_roles WHERE rolname = login) IS DISTINCT FROM false THEN
    RAISE EXCEPTION 'role % must exist and be NOINHERIT (ALTER ROLE % NOINHERIT)',
      login, login;
  END IF;
{steps}
END $$"""


def statements() -> list[str]:
    """The SQL that sets the roles up in this database; safe to run again (each run revokes
    the groups' table privileges and grants the current ones)."""
    names = [MEMBER, SIGNIN, *(group(r) for r in ROLES), *map(combination, combinations())]
    out = [_create_role(name) for name in names]
    out += [f"GRANT {MEMBER} TO {group(r)}" for r in ROLES]
    for combo in combinations():
        out += [f"GRANT {group(r)} TO {combination(combo)}" for r in combo]
    # the owner (who runs this) may become every combination, to bind a signed-in user
    out += [f"GRANT {combination(c)} TO CURRENT_USER" for c in combinations()]
    everyone = ", ".join([MEMBER, *(group(r) for r in ROLES)])
    out.append(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    out.append(f"GRANT SELECT ON {', '.join(tables())} TO {MEMBER}")
    out.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {MEMBER}")
    out.append(f"GRANT INSERT ON {', '.join(APPEND_ONLY)} TO {MEMBER}")
    out.append(f"GRANT INSERT, UPDATE ON {CHAIN_HEAD} TO {MEMBER}")
    out.append(f"GRANT INSERT ON {JOURNAL} TO {MEMBER}")
    out.append(f"GRANT UPDATE ON {JOURNAL_HEAD} TO {MEMBER}")
    out.append(f"GRANT UPDATE ({', '.join(OWN_USER_COLUMNS)}) ON users TO {MEMBER}")
    for table in tables():
        for role in sorted(writers(table), key=ROLES.index):
            out.append(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {group(role)}")
    out.append(_USERS_GUARD)
    out.append("DROP TRIGGER IF EXISTS akutdesk_users_guard ON users")
    out.append(
        # on every UPDATE, not "OF password_hash": a migration may drop or change the column
        "CREATE TRIGGER akutdesk_users_guard BEFORE UPDATE ON users "
        "FOR EACH ROW EXECUTE FUNCTION akutdesk_users_guard()"
    )
    out.append(_grant_login_function())
    out.append(f"REVOKE ALL ON FUNCTION {GRANT_LOGIN_FUNCTION}(name) FROM PUBLIC")
    return out


def fingerprint() -> str:
    return FINGERPRINT_PREFIX + hashlib.sha256("\n".join(statements()).encode()).hexdigest()[:16]


#: the fingerprint, if the roles exist and one grant of theirs is there (a dump restored with
#: ``--no-privileges``, or into another cluster, keeps the comment but not the grants)
_INSTALLED = f"""
SELECT CASE
  WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group("manager")}') THEN NULL
  WHEN has_table_privilege('{group("manager")}', 'invoice_sequences', 'UPDATE')
  THEN obj_description(to_regclass('alembic_version'), 'pg_class')
END"""


def installed(store: Store) -> str | None:
    """The fingerprint of the roles set up in this database (None: none yet)."""
    with store.engine.connect() as conn:
        return conn.execute(text(_INSTALLED)).scalar()


def ensure(store: Store) -> bool:
    """PostgreSQL: set the roles up unless this version's are in place (one query when they
    are); run with the owner's URL at start and after a migration. Whether it ran."""
    if store.is_sqlite or installed(store) == fingerprint():
        return False
    try:
        apply(store)
    except Forbidden as error:  # a login role, not the owner (the store's own refusal)
        raise DatabaseRolesNeeded() from error
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise DatabaseRolesNeeded() from error
        raise
    return True


def apply(store: Store) -> None:
    """Create the roles and grants in one transaction, and renew every login role's."""
    with store.engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('akutdesk roles'))"))
        for statement in statements():
            conn.exec_driver_sql(statement.replace("%", "%%"))
        logins = conn.execute(
            text(
                "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :signin"
            ),
            {"signin": SIGNIN},
        ).scalars()
        for login in list(logins):
            conn.execute(text(f"SELECT {GRANT_LOGIN_FUNCTION}(:login)"), {"login": login})
        conn.exec_driver_sql(f"COMMENT ON TABLE alembic_version IS '{fingerprint()}'")


def bind(store: Store, user_id: int, initials: str, roles: frozenset[str]) -> Store:
    """The store a signed-in user works through: on PostgreSQL the same database as the
    combination role of ``roles`` (the roles stored for the user, read at sign-in), with
    the user's id for the password trigger; on SQLite the store itself."""
    if store.is_sqlite:
        return store
    shown = " + ".join(sorted(roles)) or "no role"

    def refusal(message: str) -> Exception:
        permission = _permission_of(message)
        return Forbidden(permission, shown, initials, who_may(permission))

    return store.as_role(combination(roles), {USER_SETTING: str(user_id)}, refusal)


def _permission_of(message: str) -> str:
    """The permission that guards the table the server named ("permission denied for
    table invoices" → invoices.post)."""
    found = re.search(r"permission denied for (?:table|sequence) (\w+)", message)
    guard = WRITERS.get(found.group(1), ()) if found else ()
    return guard[0] if guard else "database"
