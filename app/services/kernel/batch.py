"""Use cases that make many objects at once (issue #17): a month's invoice run reads 5,000
courses, drafts 11,000 items and writes 35,000 XML elements per invoice. Each time a few
hundred new objects have piled up, CPython's cyclic garbage collector runs, and its full
collections walk every object of the process again — the loaded libraries' (SQLAlchemy,
reportlab, pyHanko) included — a fifth of the run's CPU time.

Inside :func:`batch` what already lived is frozen (``gc.freeze``: not walked by the
collector) and thawed when the block ends (``gc.unfreeze``), so the collector only walks
what the batch made. Nothing is kept that would otherwise be freed for long: garbage among
the frozen objects waits until the block ends. Two batches at once (two threads) are fine:
the first to end thaws everything, the collector then simply walks all again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def batch() -> Iterator[None]:
    """The collector walks only the objects made inside the block."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
