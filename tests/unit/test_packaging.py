"""setuptools finds every package (setup.py), and resources/ ships as app/resources."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_found():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "packages" not in config["tool"]["setuptools"], "no hand-written package list"
    assert config["tool"]["setuptools"]["package-dir"] == {"app.resources": "resources"}
    spec = importlib.util.spec_from_file_location("akutdesk_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    listed = set(module.PACKAGES)
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "app").rglob("__init__.py")
    }
    assert found | {"app.resources"} == listed


def test_required_layout_exists():
    for folder in ("app", "app/views", "app/models", "resources", "installer", "tests"):
        assert (ROOT / folder).is_dir(), folder
    assert (ROOT / "resources" / "i18n" / "akutdesk_da.qm").is_file()
