"""The models of the first screen load with app.models, the others when first named
(app/models/__init__.py, issue #17); whoever reads every table loads them all first."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import app.models
from app.models import Base, load_all

ROOT = Path(__file__).resolve().parents[2]
LATER_MODULES = {"app.models.billing", "app.models.homes", "app.models.survey"}


def _in_fresh_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return done.stdout.strip()


def test_the_first_screens_models_load_without_the_others():
    loaded = _in_fresh_python(
        "import sys, app.models, app.services.today.worklist, app.services.security.users\n"
        f"print(sorted(m for m in {sorted(LATER_MODULES)!r} if m in sys.modules))"
    )
    assert loaded == "[]"


def test_a_later_model_loads_when_named():
    found = _in_fresh_python(
        "import sys, app.models\n"
        "from app.models import Invoice, NursingHome\n"
        "print(Invoice.__tablename__, NursingHome.__tablename__, 'app.models.billing' in sys.modules)"
    )
    assert found == "invoices nursing_homes True"


def test_every_name_of_the_package_is_there():
    for name in app.models.__all__:
        assert getattr(app.models, name) is not None


def test_load_all_registers_every_module_of_the_package():
    load_all()
    modules = {p.stem for p in (ROOT / "app" / "models").glob("*.py")} - {"__init__"}
    assert {f"app.models.{m}" for m in modules} <= set(sys.modules)
    assert {"invoices", "nursing_homes", "survey_sheets", "iv_courses"} <= set(Base.metadata.tables)


def test_whoever_reads_every_table_loads_them_all_first():
    """A module of the app that walks ``Base.metadata`` calls ``load_all()`` too: without
    it, the tables of models not yet named would be missing (a citizen's records in the
    audit log, the PostgreSQL grants)."""
    readers = []
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        pattern = (
            r"Base\.metadata\.(sorted_tables|tables\b(?!\[))|target_metadata=Base|registry\.mappers"
        )
        if re.search(pattern, text):
            readers.append(path.relative_to(ROOT).as_posix())
            assert "load_all()" in text, path
    assert "app/services/kernel/db_roles.py" in readers


def test_the_sync_journal_knows_the_later_models_tables():
    """The journal listens from the store's start (app/db/store.py), before the later
    models load: its catalogue of synced tables is made when the sync first asks, with
    every model loaded, and the listeners ask each table itself (issue #15)."""
    found = _in_fresh_python(
        "import sys\n"
        "from app.db import journal\n"
        "before = 'app.models.homes' in sys.modules\n"
        "names = {t.name for t in journal.catalogue().tables}\n"
        "print(before, {'nursing_homes', 'survey_sheets', 'iv_courses'} <= names)"
    )
    assert found == "False True"


def test_a_sqlite_start_loads_no_postgresql_dialect(tmp_path):
    """The partial indexes name their PostgreSQL condition only once a PostgreSQL store is
    opened (app/models/iv.py PARTIAL): loading that dialect costs ~20 ms of a start."""
    loaded = _in_fresh_python(
        "import sys\n"
        "from sqlalchemy import select\n"
        "from app.db.store import Store\n"
        "from app.models import Administration\n"
        f"store = Store('sqlite:///{tmp_path / 'plain.sqlite3'}')\n"
        "print(Administration.__table__.c.day.name, 'sqlalchemy.dialects.postgresql' in sys.modules)"
    )
    assert loaded == "day False"


def test_a_postgresql_store_gives_the_partial_indexes_their_condition():
    """Opening a PostgreSQL store (no connection is made yet) adds the conditions."""
    ddl = _in_fresh_python(
        "from sqlalchemy.dialects import postgresql\n"
        "from sqlalchemy.schema import CreateIndex\n"
        "from app.db.store import Store\n"
        "from app.models.iv import PARTIAL, Administration, add_postgresql_conditions\n"
        "def ddl():\n"
        "    return sorted(str(CreateIndex(i).compile(dialect=postgresql.dialect()))\n"
        "                  for i in Administration.__table__.indexes if i.name in PARTIAL)\n"
        "before = ddl()\n"
        "Store('postgresql+psycopg://nobody@127.0.0.1:1/none')\n"
        "after = ddl()\n"
        "add_postgresql_conditions()  # once is enough: a second store changes nothing\n"
        "assert ddl() == after\n"
        "print(sum('WHERE' in d for d in before), *after, sep='\\n')"
    ).splitlines()
    assert ddl == [
        "0",
        "CREATE INDEX ix_iv_administrations_complicated ON iv_administrations (day, course_id) "
        "WHERE CAST(complications AS VARCHAR) != '[]'",
        "CREATE INDEX ix_iv_administrations_exceptions ON iv_administrations (day) "
        "WHERE exception_reason != ''",
    ]
