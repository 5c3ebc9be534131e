"""The invoice's state machine (STYLE §3, Tryton ``account_invoice``).

    draft ──post──▶ posted ──export──▶ exported

Only these transitions exist. A number ("YYYY-NNNN", gapless per year) is given at
posting; from then on the invoice and its lines never change (the model refuses it, see
``app/models/billing.py``) — a correction is a credit note that references the invoice.
Exporting again is allowed (it writes the stored bytes once more) and keeps the state.
"""

from __future__ import annotations

from app import messages
from app.errors import AkutDeskError
from app.workflows import DRAFT, EXPORTED, INVOICE, POSTED

__all__ = ["DRAFT", "EXPORTED", "POSTED", "STATES", "TRANSITIONS", "check_transition"]

# Declared once in app/workflows.py (STYLE §13); these names stay for the callers.
STATES = INVOICE.states
TRANSITIONS: frozenset[tuple[str, str]] = frozenset(
    (source, t.to_state) for t in INVOICE.transitions for source in t.from_states
)
# What may still change on a posted invoice: its state towards exported, and the stamp.
MUTABLE_AFTER_POSTING = frozenset(
    {"state", "exported_at", "updated_at", "updated_by_id", "version"}
)


class InvoiceNotModifiable(AkutDeskError):
    """A posted invoice is immutable; corrections are credit notes (STYLE §3, D12)."""

    code = "invoice_not_modifiable"

    def __init__(self, number: str | messages.Phrase, detail: messages.Phrase) -> None:
        """``detail``: what was refused, a catalogue phrase (``invoice.*``)."""
        super().__init__(
            number=number,
            detail=detail,
        )


def check_transition(number: str, current: str, target: str) -> None:
    if not INVOICE.can_move(current, target):
        detail = messages.phrase(
            "invoice.transition",
            current=messages.phrase(f"invoice_state.{current}"),
            target=messages.phrase(f"invoice_state.{target}"),
        )
        raise InvoiceNotModifiable(number or messages.phrase("invoice.unnumbered"), detail)


def format_number(year: int, sequence: int) -> str:
    """The gapless number: "2026-0007"."""
    return f"{year}-{sequence:04d}"
