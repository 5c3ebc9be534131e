"""app/services/kernel/batch.py: inside a batch what lived before is frozen for the
collector, afterwards nothing stays frozen and the batch's cyclic garbage is collected."""

from __future__ import annotations

import gc
import weakref

import pytest

from app.services.kernel.batch import batch


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_what_lived_before_is_frozen_inside_and_thawed_after():
    gc.unfreeze()
    before = Node()
    with batch():
        assert gc.get_freeze_count() > 0
        assert not any(obj is before for obj in gc.get_objects())  # frozen: not walked
    assert gc.get_freeze_count() == 0
    assert any(obj is before for obj in gc.get_objects())


def test_garbage_made_inside_is_collected_and_an_error_thaws_too():
    with pytest.raises(RuntimeError), batch():
        made = Node()
        gone = weakref.ref(made)
        del made
        gc.collect()
        assert gone() is None  # the batch's own garbage is still collected
        raise RuntimeError("the use case failed")
    assert gc.get_freeze_count() == 0
