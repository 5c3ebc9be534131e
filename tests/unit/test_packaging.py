"""pyproject lists every package by hand (so resources/ can ship as app/resources)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "app").rglob("__init__.py")
    }
    assert found | {"app.resources"} == listed


def test_required_layout_exists():
    for folder in ("app", "app/views", "app/models", "resources", "installer", "tests"):
        assert (ROOT / folder).is_dir(), folder
    assert (ROOT / "resources" / "i18n" / "akutdesk_da.qm").is_file()
