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


@pytest.fixture(autouse=True)
def confirmations(monkeypatch):
    """The questions a dialog asked before ending a course (issue #12), answered "Yes" —
    a modal box would hang an offscreen test. A test that wants the real box (its default
    "No") calls ``CourseFormDialog.ask`` itself."""
    from app.views.iv.course_form import CourseFormDialog

    asked: list[str] = []

    def answer_yes(self, box):  # type: ignore[no-untyped-def]
        asked.append(box.text())
        box.deleteLater()
        return True

    monkeypatch.setattr(CourseFormDialog, "ask", answer_yes)
    return asked


class DiscardQuestions:
    """The "Discard your changes?" questions the form dialogs asked (issue #12), and the
    answer the next ones get: "Discard" unless a test sets ``answer = False`` (keep
    editing)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True


@pytest.fixture(autouse=True)
def discards(monkeypatch):
    """Answers a form dialog's discard question without a modal box (which would hang an
    offscreen test); the question is recorded for the test to check."""
    from app.views.components.guarded import GuardedDialog

    questions = DiscardQuestions()

    def answer(self, box):  # type: ignore[no-untyped-def]
        questions.asked.append(box.text())
        box.deleteLater()
        return questions.answer

    monkeypatch.setattr(GuardedDialog, "ask_discard", answer)
    return questions


@pytest.fixture
def submit_login(qtbot):
    """Submit a login dialog and wait: it checks the password in the background (issue
    #17), so its answer — accepted, or a message — comes a moment later."""

    def submit(dialog):  # type: ignore[no-untyped-def]
        dialog.submit()
        assert dialog.signing_in  # not on the GUI thread
        qtbot.waitUntil(lambda: not dialog.signing_in, timeout=10_000)

    return submit
