"""Reading a JSON file handed in (app/services/kernel/json_file.py; issue #13 items 8, 9)."""

from __future__ import annotations

import pytest

from app.services.kernel import json_file


def read(tmp_path, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / "in.json"
    path.write_bytes(data)
    return json_file.read(path)


def test_a_byte_order_mark_is_read(tmp_path):
    assert read(tmp_path, b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


@pytest.mark.parametrize(
    ("data", "error", "params"),
    [
        (b'{"a": 1, "b": {"c": 2, "c": 3}}', json_file.FileDuplicateKey, {"key": "c"}),
        (b"[" * 65 + b"]" * 65, json_file.FileTooDeep, {"n": 64}),
        (b"[" * 200_000 + b"]" * 200_000, json_file.FileTooDeep, {"n": 64}),
        (b'{"v": ' + b"9" * 5000 + b"}", json_file.FileNumberTooLong, {"n": 30}),
        (b'{"v": 1e999}', json_file.FileNumberTooLong, {"n": 30}),
        (b'{"v": NaN}', json_file.FileNotANumber, {"word": "NaN"}),
        (b'{"v": -Infinity}', json_file.FileNotANumber, {"word": "-Infinity"}),
        (b'{"v": 1', json_file.FileNotJson, {"line": 1}),
        (b"\xff\xfe{}", json_file.FileNotText, {}),
    ],
)
def test_what_is_refused_and_how_it_is_named(tmp_path, data, error, params):
    with pytest.raises(error) as refused:
        read(tmp_path, data)
    assert refused.value.code.startswith("file.")
    assert params.items() <= refused.value.params.items()


def test_a_long_duplicate_key_is_named_cut(tmp_path):
    key = "k" * 10_000
    with pytest.raises(json_file.FileDuplicateKey) as refused:
        read(tmp_path, f'{{"{key}": 1, "{key}": 2}}'.encode())
    assert len(refused.value.params["key"]) == json_file.KEY_SHOWN


def test_brackets_inside_strings_are_no_nesting(tmp_path):
    text = '{"a": "' + "[" * 100 + '\\"' + "{" * 100 + '", "b": [[1]]}'
    assert json_file.nesting_depth(text) == 3
    assert read(tmp_path, text.encode())["b"] == [[1]]


def test_a_folder_or_a_missing_file(tmp_path):
    with pytest.raises(json_file.FileIsFolder):
        json_file.read(tmp_path)
    with pytest.raises(json_file.FileUnreadable):
        json_file.read(tmp_path / "missing.json")
