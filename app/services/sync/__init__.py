"""Offline offices and the shared PostgreSQL server (issue #15, docs/sync.md)."""
