"""The managers' invoice page."""
