"""setuptools finds every package (setup.py), resources/ ships as app/resources, and the
installers (Inno Setup, Linux desktop entry, AppStream) carry the version and names of app."""

from __future__ import annotations

import configparser
import importlib.util
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from app import __version__

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


def test_installers_carry_the_version_of_app():
    """The Inno Setup default, the AppStream release and the CHANGELOG name app.__version__."""

    iss = (ROOT / "installer" / "akutdesk.iss").read_text(encoding="ascii")
    assert re.findall(r'#define AppVersion "([^"]+)"', iss) == [__version__]
    meta = ET.parse(ROOT / "installer" / "linux" / "dk.akutdesk.AkutDesk.metainfo.xml")
    assert meta.getroot().find("releases/release").get("version") == __version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(__version__)}\b", changelog, re.MULTILINE)


def test_linux_desktop_entry_starts_the_bundle_and_is_the_metainfo_launchable():

    linux = ROOT / "installer" / "linux"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(linux / "dk.akutdesk.AkutDesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    spec = (ROOT / "installer" / "akutdesk.spec").read_text(encoding="utf-8")
    assert desktop["Exec"].split()[0] == "AkutDesk" and 'name="AkutDesk"' in spec
    assert desktop["Categories"].endswith(";")
    meta = ET.parse(linux / "dk.akutdesk.AkutDesk.metainfo.xml").getroot()
    assert meta.findtext("launchable") == "dk.akutdesk.AkutDesk.desktop"
    assert meta.findtext("id") == desktop["Icon"] == "dk.akutdesk.AkutDesk"
