"""Offline offices and the shared server (issue #15): the sync's errors and texts,
context "Sync"."""

from __future__ import annotations

from app.messages.marks import QT_TRANSLATE_NOOP, Template

PROBLEMS: dict[str, Template] = {
    "sync.choice_unknown": QT_TRANSLATE_NOOP(
        "Sync", "{choice} is not a choice: keep mine (the office's) or theirs (the server's)."
    ),
}

ERRORS: dict[str, Template] = {
    "sync_server_only": QT_TRANSLATE_NOOP(
        "Sync",
        "This is an office store: users, teams, tariffs, reference data and invoices are "
        "changed on the municipality's server only (they come here with the next sync). "
        "Nothing was saved.",
    ),
    "sync_posted_on_server": QT_TRANSLATE_NOOP(
        "Sync",
        "This is an office store: invoices are posted, numbered and exported on the "
        "municipality's server only; the preview here shows what it will post. Nothing was "
        "saved.",
    ),
    "sync_unreachable": QT_TRANSLATE_NOOP(
        "Sync",
        "The server cannot be reached ({detail}) – you keep working locally; {waiting} "
        "changes are waiting to go.",
    ),
    "sync_not_set_up": QT_TRANSLATE_NOOP(
        "Sync",
        "This store is not tied to a server. Set it up with: akutdesk sync setup --server URL",
    ),
    "sync_already_set_up": QT_TRANSLATE_NOOP(
        "Sync", "This store is already tied to a server ({server}); nothing was changed."
    ),
    "sync_store_not_empty": QT_TRANSLATE_NOOP(
        "Sync",
        "An office is made from a new, empty store: this one already holds data. Give "
        "another --data-dir; nothing was changed.",
    ),
    "sync_server_not_postgresql": QT_TRANSLATE_NOOP(
        "Sync", "The server is the municipality's PostgreSQL database (postgresql://…)."
    ),
    "sync_other_server": QT_TRANSLATE_NOOP(
        "Sync",
        "This office is tied to another server (its identity differs); nothing was sent.",
    ),
    "sync_server_not_ready": QT_TRANSLATE_NOOP(
        "Sync",
        "The server's database is not set up yet (open it once with the owner's "
        "connection, then run sync setup again).",
    ),
    "sync_pull_collides": QT_TRANSLATE_NOOP(
        "Sync",
        "A record from the server (change {seq}) collides with one made here – the same CPR "
        "number registered in two places, perhaps. The pull stopped before it; nothing was "
        "lost. The record made here is in the conflicts list.",
    ),
    "sync_conflict_resolved": QT_TRANSLATE_NOOP(
        "Sync", "This conflict was already resolved; nothing was changed."
    ),
    "sync_audit_chain_broken": QT_TRANSLATE_NOOP(
        "Sync",
        "The server refused the office's audit entries from {first}: they do not continue "
        "the chain it holds (entry {held}). Nothing of this batch was taken.",
    ),
}

TEXTS: dict[str, Template] = {
    "sync.done": QT_TRANSLATE_NOOP(
        "Sync", "Synced: {sent} changes sent, {received} received, {conflicts} new conflicts."
    ),
    "sync.status": QT_TRANSLATE_NOOP(
        "Sync",
        "Server {server}; last sync {last}; {waiting} changes waiting to go; {conflicts} "
        "conflicts waiting.",
    ),
    "sync.never": QT_TRANSLATE_NOOP("Sync", "never"),
    "sync.set_up": QT_TRANSLATE_NOOP(
        "Sync", "This store is now an office of {server}: {received} records received."
    ),
    "sync.resolved": QT_TRANSLATE_NOOP("Sync", "Conflict resolved: {choice} version kept."),
    "sync.choice.mine": QT_TRANSLATE_NOOP("Sync", "the office's"),
    "sync.choice.theirs": QT_TRANSLATE_NOOP("Sync", "the server's"),
}
