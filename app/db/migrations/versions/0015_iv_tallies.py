"""What each course's administrations add up to, kept by the database (issue #14)

The region's dataset needs, per course, the administrations' count, their length, the
count per place and the performing units. Over twelve months that was a GROUP BY over
~880,000 administrations on the bench store (0.8 s through SQLCipher of a 2 s budget).
``iv_course_tallies`` keeps those figures per course, maintained by triggers on
``iv_administrations`` on both databases: an insert adds to its course's row, a deletion
or a change of what is counted counts the course again. Every writer is covered — the
use cases, an exchange import, the sync, a bulk load — without the code having to
remember; tests/unit/test_course_tallies.py compares the rows with a count from the
administrations after random writes. Existing administrations are counted here once.

On PostgreSQL the maintenance takes a transaction advisory lock per course, so that two
transactions writing one course's administrations count it in turn (a recount never
misses a concurrent insert).

Revision ID: 0015_iv_tallies
Revises: 0014_sync
Create Date: 2026-12-04 04:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_iv_tallies"
down_revision = "0014_sync"
branch_labels = None
depends_on = None

COLUMNS = "course_id, administrations, seconds, home, clinic, nursing_home, units"
#: any two-integer key; the second integer is the course id
LOCK = 74251

_SQLITE_SECONDS = (
    "CAST(strftime('%s', {a}end_at) AS INTEGER) - CAST(strftime('%s', {a}start_at) AS INTEGER)"
)
_PG_SECONDS = (
    "(floor(extract(epoch FROM {a}end_at)) - floor(extract(epoch FROM {a}start_at)))::bigint"
)


def _count(course: str | None, seconds: str, sep: str, agg: str, places: str) -> str:
    """INSERT … SELECT of one course's row from its administrations (none: no row); of
    every course's when ``course`` is None."""
    units = (
        f"{sep} || coalesce((SELECT {agg}(u, {sep}) || {sep} FROM (SELECT DISTINCT "
        "performing_unit AS u FROM iv_administrations WHERE course_id = a.course_id "
        "AND performing_unit <> '') AS d), '')"
    )
    where = "" if course is None else f"WHERE a.course_id = {course} "
    return (
        f"INSERT INTO iv_course_tallies ({COLUMNS}) "
        f"SELECT a.course_id, count(*), sum({seconds.format(a='a.')}), {places}, {units} "
        f"FROM iv_administrations AS a {where}GROUP BY a.course_id"
    )


def _sqlite_count(course: str | None) -> str:
    places = ", ".join(
        f"sum(a.place = '{p}')" for p in ("home", "municipal_clinic", "nursing_home")
    )
    return _count(course, _SQLITE_SECONDS, "char(31)", "group_concat", places)


def _pg_count(course: str | None) -> str:
    places = ", ".join(
        f"count(*) FILTER (WHERE a.place = '{p}')"
        for p in ("home", "municipal_clinic", "nursing_home")
    )
    return _count(course, _PG_SECONDS, "chr(31)", "string_agg", places)


def _insert(seconds: str, sep: str, flag: str, find: str, alias: str) -> str:
    """The upsert of one new administration: add to the course's row, its unit once."""
    places = ", ".join(flag.format(p) for p in ("home", "municipal_clinic", "nursing_home"))
    return (
        f"INSERT INTO iv_course_tallies{' AS t' if alias == 't' else ''} ({COLUMNS}) "
        f"VALUES (NEW.course_id, 1, "
        f"{seconds.format(a='NEW.')}, {places}, {sep} || CASE WHEN "
        f"coalesce(NEW.performing_unit, '') = '' THEN '' ELSE NEW.performing_unit || {sep} END) "
        f"ON CONFLICT (course_id) DO UPDATE SET administrations = {alias}.administrations + 1, "
        f"seconds = {alias}.seconds + excluded.seconds, home = {alias}.home + excluded.home, "
        f"clinic = {alias}.clinic + excluded.clinic, nursing_home = {alias}.nursing_home + excluded.nursing_home, "
        f"units = CASE WHEN {find}({alias}.units, excluded.units) > 0 THEN {alias}.units "
        f"ELSE {alias}.units || substr(excluded.units, 2) END"
    )


COUNTED = "course_id, start_at, end_at, place, performing_unit"

SQLITE = [
    "CREATE TRIGGER iv_course_tallies_insert AFTER INSERT ON iv_administrations BEGIN "
    + _insert(_SQLITE_SECONDS, "char(31)", "NEW.place = '{}'", "instr", "iv_course_tallies")
    + "; END",
    "CREATE TRIGGER iv_course_tallies_delete AFTER DELETE ON iv_administrations BEGIN "
    "DELETE FROM iv_course_tallies WHERE course_id = OLD.course_id; "
    + _sqlite_count("OLD.course_id")
    + "; END",
    f"CREATE TRIGGER iv_course_tallies_update AFTER UPDATE OF {COUNTED} ON iv_administrations "
    "BEGIN DELETE FROM iv_course_tallies WHERE course_id = OLD.course_id; "
    + _sqlite_count("OLD.course_id")
    + "; END",
    "CREATE TRIGGER iv_course_tallies_move AFTER UPDATE OF course_id ON iv_administrations "
    "WHEN NEW.course_id <> OLD.course_id BEGIN "
    "DELETE FROM iv_course_tallies WHERE course_id = NEW.course_id; "
    + _sqlite_count("NEW.course_id")
    + "; END",
]

POSTGRESQL = [
    "CREATE FUNCTION akutdesk_iv_tally_count(course integer) RETURNS void LANGUAGE sql AS $$ "
    f"SELECT pg_advisory_xact_lock({LOCK}, course); "
    "DELETE FROM iv_course_tallies WHERE course_id = course; " + _pg_count("course") + " $$",
    "CREATE FUNCTION akutdesk_iv_tally() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"IF TG_OP = 'INSERT' THEN PERFORM pg_advisory_xact_lock({LOCK}, NEW.course_id); "
    + _insert(_PG_SECONDS, "chr(31)", "(NEW.place = '{}')::integer", "strpos", "t")
    + "; RETURN NULL; END IF; "
    "PERFORM akutdesk_iv_tally_count(OLD.course_id); "
    "IF TG_OP = 'UPDATE' AND NEW.course_id <> OLD.course_id THEN "
    "PERFORM akutdesk_iv_tally_count(NEW.course_id); END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER akutdesk_iv_tally AFTER INSERT OR DELETE OR UPDATE OF "
    f"{COUNTED} ON iv_administrations FOR EACH ROW EXECUTE FUNCTION akutdesk_iv_tally()",
]


def upgrade() -> None:
    op.create_table(
        "iv_course_tallies",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("administrations", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.Column("home", sa.Integer(), nullable=False),
        sa.Column("clinic", sa.Integer(), nullable=False),
        sa.Column("nursing_home", sa.Integer(), nullable=False),
        sa.Column("units", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["iv_courses.id"],
            name=op.f("fk_iv_course_tallies_course_id_iv_courses"),
        ),
        sa.PrimaryKeyConstraint("course_id", name=op.f("pk_iv_course_tallies")),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    # the administrations there are: every course counted once (a recount of all)
    op.execute((_sqlite_count if sqlite else _pg_count)(None))
    for statement in SQLITE if sqlite else POSTGRESQL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update", "move"):
            op.execute(f"DROP TRIGGER IF EXISTS iv_course_tallies_{name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS akutdesk_iv_tally ON iv_administrations")
        op.execute("DROP FUNCTION IF EXISTS akutdesk_iv_tally()")
        op.execute("DROP FUNCTION IF EXISTS akutdesk_iv_tally_count(integer)")
    op.drop_table("iv_course_tallies")
