"""What AkutDesk says to its users, once (STYLE §14; issue #11).

A problem or a typed error carries a message id (its code) and typed parameters — numbers,
dates, codes, or a nested :class:`Phrase` — never an English fragment. The English template
of each id lives here, in one module per feature; the window translates it through Qt
(``app/views/components/messages.py``) and the command line through the same Linguist
catalogue read without Qt (:mod:`app.messages.linguist`). Parameters are formatted per
language after translation: dates ``dd.mm.yyyy`` and Copenhagen times in both languages, a
decimal comma in Danish (D41/D42).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from app.messages import (
    acute,
    citizens,
    common,
    errors,
    exchange,
    homes,
    invoices,
    iv,
    records,
    reference,
    reports,
    reports_files,
    reports_kinds,
    reports_outcomes,
    security,
    sync,
    vocabulary,
)
from app.messages.marks import Template

COPENHAGEN = ZoneInfo("Europe/Copenhagen")

CATALOGUE: dict[str, Template] = {}
for _module in (common, citizens, reference, security, iv, acute, homes, invoices, exchange):
    CATALOGUE.update(_module.PROBLEMS)
for _report in (reports, reports_outcomes, reports_kinds, reports_files):
    CATALOGUE.update(_report.PROBLEMS)
    CATALOGUE.update(_report.TEXTS)
CATALOGUE.update(errors.ERRORS)
CATALOGUE.update(exchange.ERRORS)
CATALOGUE.update(records.RECORDS)
CATALOGUE.update(sync.PROBLEMS)
CATALOGUE.update(sync.ERRORS)
CATALOGUE.update(sync.TEXTS)

# (context, source, count or None) -> the translated template; the count picks a plural form.
Translator = Callable[[str, str, "int | None"], str]


@dataclass(frozen=True)
class Phrase:
    """A catalogue text used as another message's parameter (a reason, a label, a count)."""

    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return english(self.id, self.params)


def phrase(id: str, /, **params: Any) -> Phrase:
    return Phrase(id, params)


def roles_phrase(roles: tuple[str, ...]) -> Phrase:
    """The roles as words, "a nurse or a visitator" ("a, b or c"), never their codes."""
    names = tuple(Phrase(f"role.{r}", {}) for r in roles)
    if len(names) == 1:
        return names[0]
    return phrase("roles.or", first=names[:-1], last=names[-1])


def source(id: str) -> str:
    return CATALOGUE[id].text


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a template (``%n`` is the count ``n``)."""
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    return names | ({"n"} if "%n" in text else set())


def english_translator(context: str, text: str, count: int | None) -> str:
    del context
    return text if count is None else text.replace("%n", str(count))


def render(
    id: str, params: Mapping[str, Any], translator: Translator = english_translator,
    language: str = "en",
) -> str:  # fmt: skip
    """The message in the translator's language, its parameters formatted for it."""
    template = CATALOGUE[id]
    count = int(params["n"]) if template.plural else None
    text = translator(template.context, template.text, count)
    values = {
        k: value_text(_word(id, k, v, translator), translator, language) for k, v in params.items()
    }
    return text.format(**values)


def _word(id: str, name: str, value: object, translator: Translator) -> object:
    """A vocabulary code parameter ("ended") in its words (app/messages/vocabulary.py)."""
    found = vocabulary.PARAMS.get(name)
    if found is None or not isinstance(value, str):
        return value
    prefixes, words = found
    if value not in words or (prefixes and not id.startswith(prefixes)):
        return value
    return translator(words[value].context, words[value].text, None)


def english(id: str, params: Mapping[str, Any]) -> str:
    return render(id, params)


#: a text parameter longer than this is shown cut, with "…" (issue #13: a 20 MB name typed or
#: imported was echoed whole to the screen and to stderr)
MAX_SHOWN = 200


#: control characters (a NUL, an escape sequence) are shown as U+FFFD, never sent to a terminal
_CONTROLS = {c: "\ufffd" for c in (*range(0x20), 0x7F) if chr(c) not in "\n\t"}


def shown(text: str) -> str:
    """``text`` as a message shows it: at most :data:`MAX_SHOWN` characters, its control
    characters replaced."""
    cut = text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
    return cut.translate(_CONTROLS)


def value_text(value: object, translator: Translator, language: str) -> str:
    """A parameter as text: nested phrases rendered in the same language (a tuple of them
    comma-separated), dates and times Danish style in both languages (D42), decimals with
    the language's decimal sign (D41), a long text cut to :data:`MAX_SHOWN` characters."""
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, Phrase):
        return render(value.id, value.params, translator, language)
    if isinstance(value, tuple):  # a list of values (phrases, codes): comma-separated
        return ", ".join(value_text(v, translator, language) for v in value)
    if isinstance(value, dt.datetime):
        moment = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
        return moment.astimezone(COPENHAGEN).strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal | float) and language == "da":
        return str(value).replace(".", ",")
    return shown(str(value))
