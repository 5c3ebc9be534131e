"""Schema versions: every released schema's fixture store opens with today's code; the
migrations build exactly the models' schema on SQLite and PostgreSQL; a store from a
newer AkutDesk is refused; a backup is made before migrating."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.db import migrate
from app.db.store import Store
from app.errors import StoreTooNew
from app.models import Base, Citizen, Municipality, load_all
from app.services import citizens
from app.services.admin import setup
from app.services.security import users
from tests.conftest import PASSWORD

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"


def test_revision_list_matches_the_alembic_scripts(tmp_path):
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(
        migrate.alembic_config(Store.sqlite(tmp_path / "x.sqlite3"))
    )
    chain = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == migrate.REVISIONS
    assert scripts.get_current_head() == migrate.HEAD


def test_there_is_one_fixture_store_per_released_schema():
    assert sorted(p.stem for p in FIXTURES.glob("*.sqlite3")) == sorted(migrate.REVISIONS)


@pytest.mark.parametrize("revision", migrate.REVISIONS)
def test_every_fixture_store_opens_and_keeps_its_data(revision, tmp_path, data_dir):
    copy = tmp_path / "store.sqlite3"
    shutil.copy(FIXTURES / f"{revision}.sqlite3", copy)
    store, result = setup.open_store(f"sqlite:///{copy}", data_dir)
    assert migrate.current_revision(store) == migrate.HEAD
    if revision != migrate.HEAD:
        assert result is not None and result.backup is not None and result.backup.exists()
    with store.read() as s:
        assert s.scalar(select(Municipality.name)) == "Fixture Kommune"
        assert s.scalar(select(func.count()).select_from(Citizen)) == 26
    ctx = users.sign_in(store, "FB", PASSWORD)
    if migrate.REVISIONS.index(revision) >= migrate.REVISIONS.index("0002_iv_courses"):
        from app.services.iv.views import get_course
        from app.services.today.worklist import worklist

        listed = worklist(ctx, dt.date(2026, 11, 4))
        assert [c.status for c in listed.crp_checks] == ["awaiting_decision"]
        assert get_course(ctx, listed.crp_checks[0].course.course_uuid).administrations == 1
    if migrate.REVISIONS.index(revision) >= migrate.REVISIONS.index("0003_acute_episodes"):
        from app.services.acute import fees, units, views

        board = {u.unit.name: u for u in units.occupancy_board(ctx)}["Fixture Akutpladser"]
        assert [p.number for p in board.places if p.episode_uuid] == [2]
        episode = views.get_episode(ctx, board.places[1].episode_uuid)
        assert episode.responsible_phone == "66111111" and len(episode.measurements) == 1
        assert [(c.billable, c.not_billable_reason) for c in episode.contacts] == [(True, "")]
        assert fees.list_price_levels(ctx)[0].index == 1
    assert citizens.search_citizens(ctx, "fast punkt")[0].cpr_masked == "010150-xxxx"
    with store.read() as s:
        caves = dict(s.execute(select(Citizen.cpr, Citizen.cave_state + ":" + Citizen.cave)).all())
    if migrate.REVISIONS.index(revision) < migrate.REVISIONS.index("0008_cave"):
        # nobody was asked before CAVE existed: "not asked", never "no known allergies"
        assert set(caves.values()) == {"unknown:"}
    else:
        assert caves["0101500007"] == "known:penicillin (allergi)"
    store.dispose()


def test_migrations_build_exactly_the_models(database_url, data_dir):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store, _ = setup.open_store(database_url, data_dir)
    load_all()
    with store.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []
    store.dispose()


def test_downgrade_and_upgrade_again(database_url, data_dir):
    from alembic import command

    store, _ = setup.open_store(database_url, data_dir)
    config = migrate.alembic_config(store)
    command.downgrade(config, "base")
    assert migrate.current_revision(store) is None
    migrate.upgrade(store)
    assert migrate.current_revision(store) == migrate.HEAD
    store.dispose()


def test_a_store_from_a_newer_version_is_refused(database_url, data_dir):
    store, _ = setup.open_store(database_url, data_dir)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(StoreTooNew) as caught:
        setup.open_store(database_url, data_dir)
    assert "newer version of AkutDesk" in caught.value.message
    assert "9999_from_the_future" in caught.value.message
    store.dispose()


def test_backup_is_a_consistent_copy(tmp_path):
    store = Store.sqlite(tmp_path / "live.sqlite3")
    migrate.upgrade(store)
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TABLE probe (x INTEGER)"))
        conn.execute(text("INSERT INTO probe VALUES (42)"))
    from app.services.admin import backup

    copy = backup.create(store, "manual", folder=tmp_path / "backups").path
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT x FROM probe").fetchall() == [(42,)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.dispose()


def test_sqlite_pragmas(store):
    if not store.is_sqlite:
        pytest.skip("SQLite only")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
