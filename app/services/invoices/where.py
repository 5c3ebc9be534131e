"""Where invoices are posted (issue #15 item 3, docs/sync.md): on the municipality's
server only. An office store previews a month's run with the server's tariffs and billed
ledger, which it pulls read-only (the draft is the same lines and amounts the server
computes from the same records), but it never posts, credits, regulates, exports or
numbers: D44's gapless numbers are taken from one sequence row, and only the server holds
it. Each of those use cases asks :func:`require_posting_here` before anything else, so an
office's refusal is one line with nothing written (and no passphrase asked for).
"""

from __future__ import annotations

from app.db import journal
from app.db.store import Store
from app.errors import PostedOnServer
from app.models.sync import OFFICE
from app.services.kernel.context import Context


def posts_here(store: Store) -> bool:
    """Whether this store posts invoices (any store but an office); a question of the
    store, not of the user's permissions."""
    with store.read() as session:
        found = journal.state(session)
    return found is None or found[0] != OFFICE


def require_posting_here(ctx: Context) -> None:
    """Refuse (:class:`~app.errors.PostedOnServer`) on an office store."""
    if not posts_here(ctx.store):
        raise PostedOnServer()
