"""Acute-function episodes under OK22 Bilag 3 (DIGEST §2.3; D20–D25): one module per use
case group; ``views`` holds what screens and documents read."""
