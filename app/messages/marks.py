"""The markers that put a catalogue text where Qt Linguist's lupdate finds it.

``QT_TRANSLATE_NOOP(context, text)`` is Qt's name for "translate this later, in this
context"; ``translate(context, text, None, 2)`` is the form lupdate reads as a numerus
message (Danish singular and plural forms, ``%n`` the count). Here both only return the
template with its context: the core never translates, it names what is said (STYLE §14).
"""

from __future__ import annotations

from typing import NamedTuple


class Template(NamedTuple):
    context: str
    text: str
    plural: bool = False


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # Qt's name: lupdate looks for it
    return Template(context, text)


def translate(context: str, text: str, disambiguation: None, n: int) -> Template:
    """A text with Qt numerus forms: ``%n`` is the message's ``n`` parameter."""
    del disambiguation, n
    return Template(context, text, plural=True)
