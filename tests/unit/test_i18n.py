"""Danish is the default language: every string in the views is translated, and the
committed .ts/.qm files match the sources."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_catalogue_complete_and_compiled():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


DECISION_CODE = re.compile(r"\bD\d{1,2}\b")
SHOWN = ("app/views", "app/documents", "app/cli", "app/demo", "app/messages")


def test_no_decision_code_in_what_a_user_reads():
    """Decision codes ("D21") are for docstrings, comments and docs: not in a text of the
    catalogue (source or Danish), nor in a string the window, a document, the command
    line or the demo data shows (string literals other than docstrings)."""
    catalogue = ET.parse(ROOT / "resources" / "i18n" / "akutdesk_da.ts").getroot()
    texts = [e.text or "" for tag in ("source", "translation", "numerusform")
             for e in catalogue.iter(tag)]  # fmt: skip
    assert len(texts) > 1000
    assert [t for t in texts if DECISION_CODE.search(t)] == []
    found = []
    for folder in SHOWN:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docs = {
                id(node.value)
                for node in ast.walk(tree)
                if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            }
            found += [
                f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
                and DECISION_CODE.search(node.value)
            ]
    assert found == []
