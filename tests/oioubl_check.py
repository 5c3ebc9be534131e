"""Validate OIOUBL 2.1 documents with the official artefacts in ../shared/einvoice/
(schematron release 1.17.2): stage 1 the UBL 2.1 XML Schema (lxml), stage 2 the compiled
schematron (Saxon-HE via saxonche, optimisation level 0 as the release needs), exactly as
../shared/einvoice/validate_oioubl.py does. Schemas and stylesheets are compiled once per
test session (the invoice stylesheet takes about 3 s); a document then takes milliseconds.

``assert_valid_oioubl(xml_bytes)`` fails with every error listed; warnings (rule ids
``W-…``) are returned, not failed. tests/conftest.py validates every document that
``app.einvoice.oioubl.invoice_xml`` returns during a test (``oioubl_documents``).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from lxml import etree

RELEASE_NAME = "oioubl-2.1-schematron-1.17.2"


def _find_root() -> Path:
    """``AKUTDESK_EINVOICE_DIR`` if set, else the first ``shared/einvoice`` beside the
    repository or one of its parents: ``../shared`` in a clone (CI, /work/main), two levels
    up in a git worktree (/work/wt/NAME), so a worktree's tests validate too (issue #16)."""
    if os.environ.get("AKUTDESK_EINVOICE_DIR"):
        return Path(os.environ["AKUTDESK_EINVOICE_DIR"])
    repository = Path(__file__).resolve().parents[1]
    for parent in repository.parents:
        if (parent / "shared" / "einvoice" / RELEASE_NAME).is_dir():
            return parent / "shared" / "einvoice"
    return repository.parent / "shared" / "einvoice"


ROOT = _find_root()
RELEASE = ROOT / RELEASE_NAME
DOCS = {
    "Invoice": ("UBL-Invoice-2.1.xsd", "OIOUBL_Invoice_Schematron.xsl"),
    "CreditNote": ("UBL-CreditNote-2.1.xsd", "OIOUBL_CreditNote_Schematron.xsl"),
}


def available() -> bool:
    return RELEASE.is_dir()


@functools.cache
def _schema(kind: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(RELEASE / "schemas" / "maindoc" / DOCS[kind][0])))


@functools.cache
def _processor() -> Any:
    from saxonche import PySaxonProcessor

    processor = PySaxonProcessor(license=False)
    # Saxon-HE mis-compiles these stylesheets when optimising ("Bad parent pointer").
    processor.set_configuration_property("http://saxon.sf.net/feature/optimizationLevel", "0")
    return processor


@functools.cache
def _stylesheet(kind: str) -> Any:
    xslt = _processor().new_xslt30_processor()
    return xslt.compile_stylesheet(stylesheet_file=str(RELEASE / "stylesheets" / DOCS[kind][1]))


def problems(xml: bytes) -> tuple[list[str], list[str]]:
    """(errors, warnings) of one document."""
    tree = etree.fromstring(xml).getroottree()
    kind = etree.QName(tree.getroot()).localname
    if kind not in DOCS:
        return [f"root element {kind!r} is neither Invoice nor CreditNote"], []
    schema = _schema(kind)
    if not schema.validate(tree):
        return [f"XSD line {e.line}: {e.message}" for e in schema.error_log], []
    node = _processor().parse_xml(xml_text=xml.decode("utf-8"))
    report = etree.fromstring(_stylesheet(kind).transform_to_string(xdm_node=node).encode())
    errors, warnings = [], []
    for error in report.iter("Error"):
        text = " ".join((error.findtext("Description") or "").split())
        where = (error.findtext("Xpath") or error.get("context", "")).strip()
        (warnings if text.startswith("[W-") else errors).append(f"{text} [{where}]")
    return errors, warnings


def assert_valid_oioubl(xml: bytes) -> list[str]:
    """Fail unless the document passes schema and schematron; returns the warnings."""
    errors, warnings = problems(xml)
    assert not errors, "OIOUBL errors:\n" + "\n".join(errors)
    return warnings


# -- every document made during a test is checked (tests/conftest.py) -------------------

produced: list[bytes] = []


def install() -> None:
    """Route ``app.einvoice.oioubl.invoice_xml`` through a recorder, once per session and
    before any test module imports it (so ``from … import invoice_xml`` gets it too)."""
    from app.einvoice import oioubl

    original = oioubl.invoice_xml
    if getattr(original, "recorded", False):
        return

    @functools.wraps(original)
    def recorded(*args: Any, **kwargs: Any) -> bytes:
        xml = original(*args, **kwargs)
        produced.append(xml)
        return xml

    recorded.recorded = True  # type: ignore[attr-defined]
    oioubl.invoice_xml = recorded  # type: ignore[assignment]


def check_produced() -> None:
    """Validate and forget what the test made (no artefacts: nothing to check against)."""
    documents = list(produced)
    produced.clear()
    if not available():
        return
    for xml in documents:
        assert_valid_oioubl(xml)
