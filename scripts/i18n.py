"""Update the Qt Linguist catalogue from the sources and compile it.

    python scripts/i18n.py          # lupdate → resources/i18n/akutdesk_da.ts, lrelease → .qm
    python scripts/i18n.py --check  # fail if a string is new, unfinished or the .qm is stale

Translate with Qt Linguist (`pyside6-linguist resources/i18n/akutdesk_da.ts`), then run
this again to compile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "akutdesk_da.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    """The views, and the core's message catalogue (app/messages: its QT_TRANSLATE_NOOP and
    numerus markers are lupdate's, the texts the window and the command line say)."""
    folders = (ROOT / "app" / "views", ROOT / "app" / "messages")
    return sorted(str(p.relative_to(ROOT)) for f in folders for p in f.rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "da_DK",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(source), "-qm", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = translation is None or (
                not (translation.text or "").strip() and not list(translation.iter("numerusform"))
            )
            if empty or (
                translation is not None
                and translation.get("type") in ("unfinished", "vanished", "obsolete")
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / TS.name
        shutil.copy(TS, copy)
        lupdate(copy)
        problems = [f"untranslated: {m}" for m in unfinished(copy)]
        if copy.read_bytes() != TS.read_bytes() and not problems:
            problems.append("the .ts file is not up to date with the sources: run scripts/i18n.py")
        compiled = Path(tmp) / QM.name
        lrelease(TS, compiled)
        if not QM.exists() or compiled.read_bytes() != QM.read_bytes():
            problems.append("the .qm file is stale: run scripts/i18n.py")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        return check()
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    lrelease(TS, QM)
    missing = unfinished(TS)
    print(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated")
    for m in missing:
        print(f"  {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
