"""How the command line says an error: English, or the catalogue's Danish with ``--lang da``
(the same Linguist catalogue as the window; STYLE §14)."""

from __future__ import annotations

from typing import Any

from app.errors import AkutDeskError


class Refusal(AkutDeskError):
    """The command line's own refusal, by its message id (app/messages/errors.py) and
    typed parameters: Danish with ``--lang da`` like the core's errors."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        super().__init__(**params)


def error_text(exc: AkutDeskError, language: str | None) -> str:
    if not language or language == "en":
        return exc.message
    # lazy: the .ts is read only when a translation is asked for
    from app.messages import linguist

    return exc.text(linguist.translator(language), language)
