"""One helper runs a GUI action's use case (app/views/components/tasks.py run_op, STYLE §14):
it announces the result's changes on the hub, shows a refusal once and hands a bug on."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.errors import InvalidInput, NotFound
from app.services.kernel.changes import Changes, Done
from app.views.components import tasks
from app.views.components.hub import hub
from app.views.components.messages import error_text


@pytest.fixture
def heard(qtbot):
    names: list[set[str]] = []
    hub.changed.connect(names.append)
    yield names
    hub.changed.disconnect(names.append)


@pytest.fixture
def warned(monkeypatch):
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: texts.append(text))
    return texts


def _done() -> Done[str]:
    return Done("u1", Changes.of("iv_course", "u1"))


def test_directly_the_changes_go_out_on_the_hub_and_the_value_to_the_caller(heard, warned):
    got: list[object] = []
    tasks.run_op(_done, parent=None, title="T", on_done=got.append)
    assert heard == [{"iv_course", "iv_course:u1"}] and got == ["u1"] and warned == []


def test_in_the_background_with_a_progress_dialog_the_same(qtbot, heard, warned):
    parent = QWidget()
    qtbot.addWidget(parent)
    got: list[object] = []
    tasks.run_op(_done, parent=parent, title="T", on_done=got.append, label="Working…")
    qtbot.waitUntil(lambda: got == ["u1"], timeout=5000)
    assert heard == [{"iv_course", "iv_course:u1"}] and warned == [] and tasks.pending() == 0


def test_nothing_changed_announces_nothing(heard):
    got: list[object] = []
    tasks.run_op(lambda: Done(False), parent=None, title="T", on_done=got.append)
    assert heard == [] and got == [False]


def _refuse() -> Done[None]:
    raise NotFound("citizen", "u2")


@pytest.mark.parametrize("label", [None, "Working…"], ids=["directly", "in the background"])
def test_a_refusal_is_shown_once_and_nothing_is_announced(qtbot, heard, warned, label):
    got: list[object] = []
    tasks.run_op(_refuse, parent=None, title="T", on_done=got.append, label=label)
    qtbot.waitUntil(lambda: warned != [], timeout=5000)
    qtbot.wait(50)
    assert warned == [error_text(NotFound("citizen", "u2"))]  # in the user's language
    assert heard == [] and got == []


def test_a_refusal_shown_in_place_is_not_shown_again(heard, warned):
    placed: list[object] = []

    def in_place(exc: object) -> bool:
        placed.append(exc)
        return True

    def problems() -> Done[None]:
        raise InvalidInput([])

    tasks.run_op(problems, parent=None, title="T", on_refused=in_place)
    assert len(placed) == 1 and warned == [] and heard == []


def test_a_bug_is_not_a_refusal_it_goes_on_to_the_crash_dialog(heard, warned):
    def bug() -> Done[None]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        tasks.run_op(bug, parent=None, title="T")
    assert warned == [] and heard == []


def test_a_counted_run_shows_its_steps_in_one_progress_dialog(qtbot, heard, warned):
    """Posting, exporting and regulating count their invoices: the use case gets
    ``progress(done, total)``, called from the worker thread; the dialog counts them on
    the GUI thread and the run records the steps (issue #11: one background helper)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    got: list[object] = []
    seen = threading.Event()

    def counted(progress) -> Done[str]:
        for done in (1, 2, 3):
            progress(done, 3)
        assert seen.wait(5)  # the dialog showed the last step before the run ends
        return _done()

    run = tasks.run_op(counted, parent=parent, title="Post", on_done=got.append,
                       label="Posting…", progress=True)  # fmt: skip
    dialog = parent.findChild(QProgressDialog, "task_progress")
    assert dialog is not None and dialog.windowTitle() == "Post" and dialog.isVisible()
    qtbot.waitUntil(lambda: (dialog.value(), dialog.maximum()) == (3, 3), timeout=5000)
    assert not run.finished and got == []
    seen.set()
    qtbot.waitUntil(lambda: run.finished, timeout=5000)
    assert run.steps == [(1, 3), (2, 3), (3, 3)]
    assert got == ["u1"] and heard == [{"iv_course", "iv_course:u1"}] and warned == []
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog, "task_progress") is None)
    assert tasks.pending() == 0  # the dialog is gone with the run


def test_a_counted_run_needs_its_dialog():
    with pytest.raises(ValueError, match="label"):
        tasks.run_op(lambda progress: Done(None), parent=None, title="T", progress=True)
