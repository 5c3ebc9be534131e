"""Nursing homes and their fixed doctors."""
