"""Offline offices (issue #15): the sync's status in the status bar and the conflicts list."""
