"""Fuzzing the import path (issue #7): `check_file` and `import_file` on arbitrary bytes,
arbitrary JSON and — the strong case — a valid exported file with one value somewhere
replaced by junk. Each gives a report or a typed refusal (ImportRejected, InvalidInput),
never another exception, and a refused import writes nothing (every table keeps its
count; the audit chain stays intact)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.demo import generate as demo
from app.errors import AkutDeskError
from app.services.admin import audit_chain as audit_trail
from app.services.exchange import transfer as exchange
from tests.fuzz.counts import ran, service, table_counts

JSON_LEAF = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.text(max_size=20), st.sampled_from(["", "0001-01-01T00:00", "9999-12-31", "NaN",
                                           "3102501234", "x" * 300, "-1", "1e999"]),
)  # fmt: skip
JSON = st.recursive(
    JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


INDEX = st.integers(min_value=0, max_value=10_000)


def _import(ctx, path, skip_invalid: bool) -> None:  # type: ignore[no-untyped-def]
    """One import; a refusal must leave every table as it was."""
    before = table_counts(ctx)
    try:
        report = exchange.import_file(ctx, path, skip_invalid=skip_invalid).value
    except AkutDeskError:
        assert table_counts(ctx) == before, "a refused import wrote something"
        return
    assert report.written or table_counts(ctx) == before


def _check(path) -> None:  # type: ignore[no-untyped-def]
    try:
        report = exchange.check_file(path)
    except AkutDeskError:
        return
    assert all(str(p) for p in report.problems)


@pytest.fixture
def exported(admin, tmp_path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """A valid exchange file of a small demo store (citizens, units, IV courses, episodes)."""
    demo.load_demo(admin, citizens=6, courses=3, episodes=2, seed=7)
    path = tmp_path / "valid.json"
    exchange.export_store(admin, path, reason="test")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON tree (dict keys and list positions)."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _replace(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = dict(node) if isinstance(node, dict) else list(node)
    copy[path[0]] = _replace(node[path[0]], path[1:], value)
    return copy


@service(20)
@given(st.one_of(st.binary(max_size=200), JSON.map(lambda v: json.dumps(v).encode())))
def test_arbitrary_files(admin, tmp_path, content):
    ran("exchange: arbitrary bytes / JSON (check_file + import_file)")
    path = tmp_path / "junk.json"
    path.write_bytes(content)
    _check(path)
    _import(admin, path, skip_invalid=False)


@service(60)
@given(index=INDEX, junk=JSON, skip_invalid=st.booleans())
def test_valid_files_with_one_value_replaced_by_junk(
    admin, exported, tmp_path, index, junk, skip_invalid
):
    ran("exchange: valid file, one value replaced by junk")
    places = _paths(exported)
    where = _pick(places[1:], index)
    document = _replace(exported, where, junk)
    path = tmp_path / "mutated.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    _check(path)
    _import(admin, path, skip_invalid=skip_invalid)


@service(25)
@given(data=st.data())
def test_valid_files_with_records_dropped_or_duplicated(admin, exported, tmp_path, data):
    ran("exchange: valid file, records dropped / duplicated / keys removed")
    lists = [
        p for p in _paths(exported) if isinstance(_get(exported, p), list) and _get(exported, p)
    ]
    where = _pick(lists, data.draw(INDEX, label="list"))
    items = list(_get(exported, where))
    how = data.draw(st.sampled_from(["drop", "duplicate", "strip_key"]), label="how")
    index = data.draw(INDEX, label="index") % len(items)
    if how == "drop":
        del items[index]
    elif how == "duplicate":
        items.append(items[index])
    elif isinstance(items[index], dict) and items[index]:
        key = _pick(sorted(items[index]), data.draw(INDEX, label="key"))
        items[index] = {k: v for k, v in items[index].items() if k != key}
    skip_invalid = data.draw(st.booleans(), label="skip_invalid")
    path = tmp_path / "shuffled.json"
    path.write_text(json.dumps(_replace(exported, where, items)), encoding="utf-8")
    _check(path)
    _import(admin, path, skip_invalid=skip_invalid)


def _pick(choices: list[Any], index: int) -> Any:
    """Draws do not depend on the document (a stored failing example replays the same way
    whatever today's demo file looks like)."""
    return choices[index % len(choices)]


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def test_after_all_that_the_audit_chain_is_intact(admin, exported, tmp_path):
    """Savepoints rolled back per record (import with skip_invalid) keep the chain whole."""
    document = _replace(exported, ("citizens", 0, "cpr"), "3102501234")
    path = tmp_path / "partly.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    exchange.import_file(admin, path, skip_invalid=True)
    result = audit_trail.verify(admin)
    assert result.intact, result.broken
