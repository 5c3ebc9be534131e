"""PySide6 6.12.0 drops a reference to ``None`` on every call of a method returning void;
after a few thousand calls Python 3.11 aborts ("Fatal Python error: none_dealloc"), e.g.
when the Today page fills a long work list. pyproject pins PySide6 below 6.12; this test
fails if an upgrade brings the bug back."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QLabel, QTreeWidgetItem


def test_void_methods_keep_none_alive(qapp):
    label = QLabel()
    head = QTreeWidgetItem(["head"])
    gc.collect()
    gc.disable()  # other objects dying mid-loop would move the count too
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            label.setText("x")
            head.addChild(QTreeWidgetItem(["row"]))
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after > before - 1000  # the bug takes 4,000 here
