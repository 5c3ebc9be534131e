"""Nursing homes and their fixed doctors (OK22 Bilag 2; DECISIONS D30–D33): the register,
arrangements with notice and history, residents, the nursing-home cases and the reports."""
