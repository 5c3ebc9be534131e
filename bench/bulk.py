"""The bench's bulk builder: the synthetic store of `akutdesk demo`, written the fast way.

    .venv/bin/python bench/bulk.py --data-dir DIR [--citizens 700000] [--courses 150000]
                                   [--database-url URL]

It runs the demo itself (`akutdesk demo`: the same first start, demo users, citizens with
valid CPR numbers (D40), a year of IV referrals and courses realised by the agreement's rules,
acute episodes and nursing homes — the same distributions and, for a seed on a day, the same
rows), but every bulk INSERT the demo issues (``session.execute(insert(table), rows)`` and
``session.scalars(insert(table).returning(table.c.id), rows)``) goes straight to the
database driver as one ``executemany`` of plain tuples, in the demo's one transaction on the
migrated schema:

* the values are converted by each column's own SQLAlchemy bind processor (the stored text
  of a moment, a Decimal, a JSON list is byte for byte what the ORM writes);
* on PostgreSQL the rows go in with COPY … FROM STDIN instead (psycopg's ``write_row``);
* ids are assigned up front (max(id) + 1 … on SQLite, drawn from the id sequence on
  PostgreSQL), so RETURNING is not needed;
* SQLAlchemy's per-statement work (compiling, the ``insertmanyvalues`` batches of RETURNING,
  the store's NUL-character guard on every statement) is skipped — the demo's texts are fixed
  Danish words, never a NUL.

Everything else (reads, the ORM objects of the first start, the audit rows) goes through the
real session unchanged. The audit chain is therefore what the demo leaves: the demo's one
``demo`` audit row sums up the bulk rows, which are not audited one by one (neither are they
by the demo); ``akutdesk audit verify`` passes on the result.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


CACHE_KIB = 3_000_000  # the build connection's page cache (the store's size at 700k: 2 GB)


class _Ids(list):  # type: ignore[type-arg]
    """What ``session.scalars(insert(...).returning(id), rows)`` gives back: ``.all()``."""

    def all(self) -> list[int]:
        return list(self)


class FastSession:
    """A session whose bulk INSERTs go to the driver's executemany; all else is the real
    session's."""

    def __init__(self, session: Any) -> None:
        self._session = session
        self.rows = 0
        self.seconds = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)

    def execute(self, statement: Any, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if self._fast(statement, params, args, kwargs, returning=False):
            self._insert(statement, params, with_ids=False)
            return None
        return self._session.execute(statement, params, *args, **kwargs)

    def scalars(self, statement: Any, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if self._fast(statement, params, args, kwargs, returning=True):
            return _Ids(self._insert(statement, params, with_ids=True))
        return self._session.scalars(statement, params, *args, **kwargs)

    @staticmethod
    def _fast(statement: Any, params: Any, args: Any, kwargs: Any, *, returning: bool) -> bool:
        # lazy: keeps `bench/bulk.py --help` quick
        from sqlalchemy.sql.dml import Insert

        if args or kwargs or not isinstance(statement, Insert) or not isinstance(params, list):
            return False
        if not params or statement._values or statement.select is not None:
            return False
        returned = [getattr(c, "key", None) for c in statement._returning]
        return returned == (["id"] if returning else [])

    def _insert(self, statement: Any, rows: list[dict[str, Any]], *, with_ids: bool) -> list[int]:
        started = time.perf_counter()
        connection = self._session.connection()
        table = statement.table
        dialect = connection.dialect
        if dialect.name == "sqlite" and not self.rows:
            # The whole demo is one transaction: with the store's page cache (64 MB) the
            # indexes of the big tables spill to the WAL and are read back (and, encrypted,
            # decrypted) at every insert — 7 M rows took 10 min; in memory they stay put.
            connection.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        ids: list[int] = []
        if with_ids:
            ids = _new_ids(connection, table, len(rows))
            rows = [{**row, "id": i} for row, i in zip(rows, ids, strict=True)]
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            groups.setdefault(tuple(row), []).append(row)
        cursor = connection.connection.driver_connection.cursor()
        for keys, group in groups.items():
            sql, convert = _statement(table, keys, dialect)
            if dialect.name == "postgresql":  # COPY (20k citizens: 6.4 s against 7.6 s)
                copy_sql = "COPY " + sql.removeprefix("INSERT INTO ").split(" VALUES ")[0]
                with cursor.copy(copy_sql + " FROM STDIN") as copy:
                    for row in group:
                        copy.write_row(convert(row))
            else:
                cursor.executemany(sql, [convert(row) for row in group])
        cursor.close()
        self.rows += len(rows)
        self.seconds += time.perf_counter() - started
        return ids


def _new_ids(connection: Any, table: Any, count: int) -> list[int]:
    """Ids for ``count`` new rows: on PostgreSQL drawn from the id sequence (as the ORM's
    inserts do; nextval needs only USAGE, which the store's roles have), on SQLite
    max(id) + 1 … in the one writing transaction (BEGIN IMMEDIATE holds the lock)."""
    name = connection.dialect.identifier_preparer.format_table(table)
    if connection.dialect.name == "postgresql":
        drawn = connection.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
            f"FROM generate_series(1, {int(count)})"
        )
        return sorted(int(i) for i in drawn.scalars())
    start = int(connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {name}").scalar())
    return list(range(start + 1, start + 1 + count))


_STATEMENTS: dict[tuple[str, tuple[str, ...]], tuple[str, Any]] = {}


def _statement(table: Any, keys: Sequence[str], dialect: Any) -> tuple[str, Any]:
    """The INSERT of ``keys`` (plus the columns with a Python-side default the rows leave
    out) and the function turning a row dict into its driver tuple."""
    cached = _STATEMENTS.get((table.name, tuple(keys)))
    if cached is not None:
        return cached
    defaults = []
    for column in table.columns:
        if column.key in keys or column.default is None or column.primary_key:
            continue
        if column.default.is_scalar:
            defaults.append((column, lambda value=column.default.arg: value))
        elif column.default.is_callable:
            defaults.append((column, lambda fn=column.default.arg: fn(None)))
        else:
            raise TypeError(f"{table.name}.{column.key}: default {column.default!r}")
    columns = [table.columns[k] for k in keys] + [c for c, _ in defaults]
    processors = [_processor(c.type, dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(c.name) for c in columns)}) VALUES ({', '.join([mark] * len(columns))})"
    )
    makers = [make for _, make in defaults]
    pairs = list(zip(keys, processors, strict=False))
    tail = processors[len(keys) :]

    def convert(row: dict[str, Any]) -> tuple[Any, ...]:
        values = [row[k] if p is None else p(row[k]) for k, p in pairs]
        for make, p in zip(makers, tail, strict=True):
            value = make()
            values.append(value if p is None else p(value))
        return tuple(values)

    _STATEMENTS[(table.name, tuple(keys))] = (sql, convert)
    return sql, convert


def _utc_text(value: dt.datetime | None) -> str | None:
    """What UTCDateTime + SQLAlchemy's SQLite DATETIME store for an aware moment (checked
    against them in :func:`_processor`), in one isoformat instead of three calls."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    if value.tzinfo is not dt.UTC:
        value = value.astimezone(dt.UTC)
    return value.isoformat(" ", "microseconds")[:26]  # without the "+00:00"


def _processor(kind: Any, dialect: Any) -> Any:
    """The column type's bind processor; for UTC moments on SQLite the same text, faster
    (two thirds of the conversion time went to the general one)."""
    from app.models.types import UTCDateTime

    general = kind._cached_bind_processor(dialect)
    if isinstance(kind, UTCDateTime) and dialect.name == "sqlite":
        probe = dt.datetime(2026, 3, 29, 1, 59, 58, 7, tzinfo=dt.timezone(dt.timedelta(hours=1)))
        if general(probe) == _utc_text(probe):
            return _utc_text
    return general


@contextlib.contextmanager
def fast_inserts() -> Iterator[list[FastSession]]:
    """While active, every store session is a :class:`FastSession` (the demo opens its own)."""
    from app.db.store import Store

    original = Store.session
    made: list[FastSession] = []

    @contextlib.contextmanager
    def session(self: Store) -> Iterator[Any]:
        with original(self) as real:
            fast = FastSession(real)
            made.append(fast)
            yield fast

    Store.session = session  # type: ignore[method-assign]
    try:
        yield made
    finally:
        Store.session = original  # type: ignore[method-assign]


def build(
    folder: Path, citizens: int, courses: int, url: str | None = None, seed: int = 2026
) -> dict[str, float]:
    """``akutdesk demo`` into ``folder`` (or the PostgreSQL ``url``) with fast inserts; the
    store must be new or a demo store. Returns the seconds taken and the rows written."""
    from app.cli import main as cli

    argv = ["--data-dir", str(folder)]
    if url:
        argv += ["--database-url", url]
    argv += ["demo", "--citizens", str(citizens), "--courses", str(courses), "--seed", str(seed)]
    os.environ.setdefault("AKUTDESK_PASSWORD", "akutdesk-demo")
    started = time.perf_counter()
    with fast_inserts() as sessions:
        code = cli.main(argv)
    if code != 0:
        raise SystemExit(f"akutdesk demo failed ({code})")
    return {
        "seconds": time.perf_counter() - started,
        "insert_seconds": sum(s.seconds for s in sessions),
        "rows": sum(s.rows for s in sessions),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--citizens", type=int, default=700_000)
    parser.add_argument("--courses", type=int, default=150_000)
    parser.add_argument("--database-url")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    done = build(args.data_dir, args.citizens, args.courses, args.database_url, args.seed)
    print(
        f"bulk: {done['rows']:,} rows in {done['seconds']:.1f} s "
        f"(inserts {done['insert_seconds']:.1f} s)",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
