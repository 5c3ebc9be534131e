"""Money (DECISIONS D41): Decimal kroner with 2 decimals, rounded half-up once per line and
once per total. This is the one rounding function (STYLE §3)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ORE = Decimal("0.01")


def round_kr(amount: Decimal) -> Decimal:
    """D41: half-up to whole øre."""
    return amount.quantize(ORE, rounding=ROUND_HALF_UP)
