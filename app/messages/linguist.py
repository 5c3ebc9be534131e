"""The catalogue's translations without Qt, for the command line (``akutdesk --lang da``).

Reads the Qt Linguist source (``resources/i18n/akutdesk_<language>.ts``, shipped as package
data) for the catalogue's contexts, so the window (through Qt's ``.qm``) and the command
line say the same Danish, plural forms included.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from app import messages, paths


def plural_form(language: str, n: int) -> int:
    """Qt's numerus rule: which <numerusform> a count takes (Danish, English: 1 | other)."""
    del language
    return 0 if n == 1 else 1


def catalogue_path(language: str) -> Path:
    return paths.resources_dir() / "i18n" / f"akutdesk_{language}.ts"


@functools.cache
def translations(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) → the finished translation (numerus messages: their forms)."""
    path = catalogue_path(language)
    if language == "en" or not path.exists():
        return {}
    contexts = {t.context for t in messages.CATALOGUE.values()} | {
        word.context for _, words in messages.vocabulary.PARAMS.values() for word in words.values()
    }
    found: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            found[(name, message.findtext("source") or "")] = forms or (translation.text or "")
    return found


def translator(language: str) -> messages.Translator:
    """A translator for :func:`app.messages.render`; the English source for a text the
    catalogue has no translation of."""
    table = translations(language)

    def translate(context: str, text: str, count: int | None) -> str:
        found = table.get((context, text), text)
        if isinstance(found, tuple):
            found = found[min(plural_form(language, count or 0), len(found) - 1)] if found else text
        return found if count is None else found.replace("%n", str(count))

    return translate
