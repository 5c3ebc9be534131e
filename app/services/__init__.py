"""Use cases. Each opens its own short session, enforces the rules, writes the audit trail
and returns plain results (STYLE §2). Qt-free: tests/unit/test_layering.py enforces it."""
