"""Smoke test of the built PyInstaller bundle (issue #16): `make dist` then `make dist-test`.

The bundle (dist/AkutDesk/AkutDesk, or the executable AKUTDESK_DIST names) runs as a user
would, with no keyring and no Python of its own: it sets up a demo store (Alembic's
migrations from the bundle; an old store is migrated too), renders the Today page offscreen
(Qt's plugins, the Danish translation, fonts), and posts and exports last month, whose PDFs carry a valid signature
(pyHanko, reportlab, the demo TEST certificate) and whose XML passes the official OIOUBL
validator where its artefacts are present. Skipped without a bundle: CI does not build one
(docs/packaging.md)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from app import __version__
from app.db import migrate
from tests import oioubl_check

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("AKUTDESK_DIST") or ROOT / "dist" / "AkutDesk" / "AkutDesk")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not BUNDLE.is_file(), reason=f"no bundle at {BUNDLE}: make dist (or set AKUTDESK_DIST)"
    ),
]


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(BUNDLE), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, f"{args}: {done.stderr}"
    return done


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "AKUTDESK_DATA_DIR": str(tmp_path / "data"),
        "AKUTDESK_PASSWORD": "akutdesk-demo",
        "QT_QPA_PLATFORM": "offscreen",
        # a machine with no keyring: the demo still posts with no setting
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[Path]]:
    """The bundle's demo store, Today rendered, last month posted and exported: (PDFs, XMLs)."""
    tmp_path = tmp_path_factory.mktemp("bundle")
    env = _env(tmp_path)
    assert _run(env, "--version").stdout.strip() == f"AkutDesk {__version__}"

    demo = _run(env, "demo", "--citizens", "60", "--courses", "40")
    assert "Demo data: 60 citizens" in demo.stdout
    assert (tmp_path / "data" / "akutdesk.sqlite3").is_file()

    # Qt's Danish for its own dialogs, where Qt looks for it in the bundle (issue #12 item 10)
    qt = BUNDLE.parent / "_internal" / "PySide6"
    assert (qt / "translations" / "qtbase_da.qm").is_file() or (
        qt / "Qt" / "translations" / "qtbase_da.qm"
    ).is_file()

    shot = tmp_path / "today.png"
    assert "today" in _run(env, "--user", "DEMO", "screenshot", "today", "--out", str(shot)).stdout
    width, height = _png_size(shot)
    assert width >= 1000 and height >= 600
    assert shot.stat().st_size > 50_000  # a rendered page, not an empty window

    last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    month = last.strftime("%Y-%m")
    posted = json.loads(
        _run(env, "--user", "DEMO", "invoices", "post", "--month", month, "--json").stdout
    )
    assert posted and all(p["kind"] == "invoice" for p in posted)
    out = tmp_path / "out"
    _run(env, "--user", "DEMO", "invoices", "export", "--month", month, "--out", str(out))
    pdfs = sorted((out / month).glob("faktura-*.pdf"))
    xmls = sorted((out / month).glob("faktura-*.xml"))
    assert len(pdfs) == len(xmls) == len(posted)
    return pdfs, xmls


def test_the_bundle_sets_up_a_demo_renders_a_page_and_signs_invoices(exported):
    pdfsig = shutil.which("pdfsig")
    assert pdfsig, "poppler's pdfsig (scripts/system-deps.sh installs it)"
    for pdf in exported[0]:
        report = subprocess.run(
            [pdfsig, str(pdf)], capture_output=True, text=True, check=False, timeout=60
        ).stdout
        assert "Signature Validation: Signature is Valid." in report, report
        assert "AkutDesk TEST" in report  # the demo's TEST certificate signed it


@pytest.mark.skipif(
    not oioubl_check.available(),
    reason=f"no {oioubl_check.RELEASE}: set AKUTDESK_EINVOICE_DIR to validate the XML",
)
def test_the_bundles_oioubl_xml_passes_the_official_validator(exported):
    for xml in exported[1]:
        oioubl_check.assert_valid_oioubl(xml.read_bytes())


def test_the_bundle_migrates_the_oldest_released_store(tmp_path):
    """Alembic's scripts travel as files in the bundle: the first schema's fixture store is
    brought to today's, its data kept."""
    store = tmp_path / "old.sqlite3"
    shutil.copy(ROOT / "tests" / "fixtures" / "stores" / f"{migrate.REVISIONS[0]}.sqlite3", store)
    url = f"sqlite:///{store}"
    info = _run(_env(tmp_path), "--database-url", url, "--user", "FB", "info").stdout
    assert f"Store migrated to {migrate.HEAD}" in info and f"Schema: {migrate.HEAD}" in info
    assert "Municipality: Fixture Kommune" in info and "Citizens: 26" in info
