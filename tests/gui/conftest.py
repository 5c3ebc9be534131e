"""GUI fixtures: a window attached to a real store, in Danish unless a test asks otherwise."""

from __future__ import annotations

import pytest


@pytest.fixture
def danish(qapp):
    from app.views.components import i18n

    i18n.install("da")
    yield
    i18n.install("en")


@pytest.fixture
def english(qapp):
    from app.views.components import i18n

    i18n.install("en")


@pytest.fixture
def window(qtbot, ctx):
    from app.views.shell.launch import attach
    from app.views.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    attach(win, ctx.store, ctx)
    win.show()
    yield win
    # Pages listen on the global hub: destroy them before the next test's store exists.
    from app.views.shell.launch import dispose

    dispose(win)
