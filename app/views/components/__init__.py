"""Pieces every feature's views share and that know the app: the page base, lazy tables, the background helper, the signal hub, messages, formatting."""
