"""The billing engine for the IV agreement's economy (DIGEST §1.13; D1–D4, D9–D16).

Pure functions and plain dataclasses, no queries and no Qt: ``tariffs`` (the catalogue and
which tariff applies), ``items`` (which tariff items a course gives and in which month,
D3/D4/D11) and ``lines`` (items → invoice lines with shares and totals, D10/D41). The use
cases that read and write the store are in ``app/services/invoices/runs*.py``.
"""
