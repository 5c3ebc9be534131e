"""Synthetic, realistic Danish demo data (fictitious CPR numbers), made through the same use cases."""
